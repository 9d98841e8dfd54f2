import { expect, test, type Page } from '@playwright/test';
import { recordRootAtFirstBody } from './support/firstPaint';

const FIRST = 'learn/tensors/';
const SECOND = 'learn/neurons-and-layers/';

/** The framework every visible panel on the page belongs to. */
async function visibleFrameworks(page: Page): Promise<string[]> {
  const panels = page.locator('.framework-code > .variant');
  expect(await panels.count()).toBeGreaterThan(0);
  const shown = await panels.evaluateAll((elements) =>
    elements
      .filter((element) => (element as HTMLElement).offsetParent !== null)
      .map((element) => (element as HTMLElement).dataset['variant']),
  );
  return [...new Set(shown)] as string[];
}

test('choosing a framework switches every group and is remembered across pages and reloads', async ({ page }) => {
  await page.goto(FIRST);
  expect(await visibleFrameworks(page)).toEqual(['keras']);
  const groups = page.locator('[data-framework-tabs]');
  expect(await groups.count()).toBeGreaterThan(1);
  await groups.nth(1).getByRole('tab', { name: 'PyTorch' }).click();
  expect(await visibleFrameworks(page)).toEqual(['pytorch']);
  for (const tab of await page.getByRole('tab', { name: 'PyTorch' }).all()) {
    await expect(tab).toHaveAttribute('aria-selected', 'true');
  }
  await page.goto(SECOND);
  expect(await visibleFrameworks(page)).toEqual(['pytorch']);
  await page.reload();
  expect(await visibleFrameworks(page)).toEqual(['pytorch']);
  await expect(page.getByRole('tab', { name: 'PyTorch' }).first()).toHaveAttribute('aria-selected', 'true');
});

test('the remembered framework applies before the first paint (no layout shift)', async ({ page }) => {
  const rootAtBody = await recordRootAtFirstBody(page, { 'dlc:framework': 'tensorflow' });
  await page.goto(FIRST);
  expect((await rootAtBody())['framework']).toBe('tensorflow');
  expect(await visibleFrameworks(page)).toEqual(['tensorflow']);
  const shift = await page.evaluate(
    () =>
      new Promise<number>((resolve) => {
        let total = 0;
        new PerformanceObserver((list) => {
          for (const entry of list.getEntries()) total += (entry as unknown as { value: number }).value;
        }).observe({ type: 'layout-shift', buffered: true });
        setTimeout(() => resolve(total), 500);
      }),
  );
  expect(shift).toBeLessThan(0.01);
});

test('tabs follow the WAI-ARIA pattern and work from the keyboard', async ({ page }) => {
  await page.goto(FIRST);
  const group = page.locator('[data-framework-tabs]').first();
  const tablist = group.getByRole('tablist', { name: 'Framework' });
  const tabs = tablist.getByRole('tab');
  await expect(tabs).toHaveText(['Keras', 'TensorFlow', 'PyTorch']);
  for (const tab of await tabs.all()) {
    const panelId = await tab.getAttribute('aria-controls');
    await expect(page.locator(`#${panelId}`)).toHaveAttribute('role', 'tabpanel');
    await expect(page.locator(`#${panelId}`)).toHaveAttribute('aria-labelledby', (await tab.getAttribute('id')) ?? '');
  }
  await tabs.nth(0).focus();
  await page.keyboard.press('ArrowRight');
  await expect(tabs.nth(1)).toBeFocused();
  await expect(tabs.nth(1)).toHaveAttribute('aria-selected', 'true');
  await expect(tabs.nth(0)).toHaveAttribute('tabindex', '-1');
  await page.keyboard.press('End');
  await expect(tabs.nth(2)).toBeFocused();
  await page.keyboard.press('ArrowRight');
  await expect(tabs.nth(0)).toBeFocused();
  await page.keyboard.press('ArrowLeft');
  await expect(tabs.nth(2)).toBeFocused();
  await page.keyboard.press('Home');
  await expect(tabs.nth(0)).toBeFocused();
  await expect(tabs.nth(0)).toHaveAttribute('aria-selected', 'true');
  // Tab leaves the tab list for the selected panel.
  await page.keyboard.press('Tab');
  await expect(group.locator('[role="tabpanel"]').first()).toBeFocused();
  expect(await visibleFrameworks(page)).toEqual(['keras']);
});

test('a corrupt saved framework falls back to the first framework without errors', async ({ page }) => {
  const problems: string[] = [];
  page.on('pageerror', (error) => problems.push(error.message));
  page.on('console', (message) => {
    if (message.type() === 'error' || message.type() === 'warning') problems.push(message.text());
  });
  await page.addInitScript(() => localStorage.setItem('dlc:framework', '<script>alert(1)</script>'));
  await page.goto(FIRST);
  expect(await visibleFrameworks(page)).toEqual(['keras']);
  expect(problems).toEqual([]);
});
