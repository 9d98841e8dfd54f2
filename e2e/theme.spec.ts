import { expect, test, type Page } from '@playwright/test';
import { recordRootAtFirstBody } from './support/firstPaint';

const LESSON = 'learn/tensors/';
const background = (page: Page) => page.evaluate(() => getComputedStyle(document.body).backgroundColor);
const LIGHT_BG = 'rgb(255, 255, 255)';
const DARK_BG = 'rgb(14, 17, 23)';

test('the theme follows the system by default', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'dark' });
  await page.goto(LESSON);
  expect(await background(page)).toBe(DARK_BG);
  await page.emulateMedia({ colorScheme: 'light' });
  expect(await background(page)).toBe(LIGHT_BG);
});

test('the toggle switches the theme and the choice is remembered on the next page', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'light' });
  await page.goto(LESSON);
  const toggle = page.getByRole('button', { name: 'Dark theme' });
  await expect(toggle).toHaveAttribute('aria-pressed', 'false');
  await toggle.click();
  await expect(toggle).toHaveAttribute('aria-pressed', 'true');
  expect(await background(page)).toBe(DARK_BG);
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Glossary' }).click();
  await expect(page).toHaveURL(/glossary\/$/);
  expect(await background(page)).toBe(DARK_BG);
  await expect(page.getByRole('button', { name: 'Dark theme' })).toHaveAttribute('aria-pressed', 'true');
  // Switching back to the system's own theme forgets the choice, so the page follows the system again.
  await page.getByRole('button', { name: 'Dark theme' }).click();
  expect(await page.evaluate(() => localStorage.getItem('dlc:theme'))).toBeNull();
});

test('a saved theme applies before the first paint (no flash)', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'light' });
  const rootAtBody = await recordRootAtFirstBody(page, { 'dlc:theme': 'dark' });
  await page.goto(LESSON);
  expect((await rootAtBody())['theme']).toBe('dark');
  expect(await background(page)).toBe(DARK_BG);
});

test('a corrupt or foreign saved theme is ignored', async ({ page }) => {
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  await page.emulateMedia({ colorScheme: 'light' });
  await page.addInitScript(() => localStorage.setItem('dlc:theme', '{"not":"a theme"}'));
  await page.goto(LESSON);
  expect(await background(page)).toBe(LIGHT_BG);
  await expect(page.getByRole('button', { name: 'Dark theme' })).toHaveAttribute('aria-pressed', 'false');
  expect(errors).toEqual([]);
});

test('blocked storage does not break the page or the toggle', async ({ page }) => {
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  await page.addInitScript(() => {
    Object.defineProperty(window, 'localStorage', {
      get() {
        throw new DOMException('blocked', 'SecurityError');
      },
    });
  });
  await page.emulateMedia({ colorScheme: 'light' });
  await page.goto(LESSON);
  await page.getByRole('button', { name: 'Dark theme' }).click();
  expect(await background(page)).toBe(DARK_BG);
  expect(errors).toEqual([]);
});

test('code is highlighted at build time in both themes', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'light' });
  await page.goto(LESSON);
  const token = page.locator('pre.astro-code span[class*="shd-"]').first();
  const colour = () => token.evaluate((element) => getComputedStyle(element).color);
  const light = await colour();
  await page.getByRole('button', { name: 'Dark theme' }).click();
  const dark = await colour();
  expect(light).not.toBe(dark);
  const codeBackground = () =>
    page
      .locator('pre.astro-code')
      .first()
      .evaluate((element) => getComputedStyle(element).backgroundColor);
  expect(await codeBackground()).not.toBe(LIGHT_BG);
});
