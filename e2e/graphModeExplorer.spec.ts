import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Locator, type Page } from '@playwright/test';

const PAGE = 'differences/static-vs-dynamic-graphs/';
const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

function explorer(page: Page) {
  const root = page.locator('[data-graph-explorer]');
  return {
    root,
    modes: root.getByRole('group', { name: 'Run f with' }).getByRole('radio'),
    live: root.getByRole('status'),
    history: root.locator('[data-gm-history] > li'),
    cache: root.locator('[data-gm-cache] > li'),
    graph: root.locator('[data-gm-graph] svg'),
    previous: root.locator('[data-gm-previous] svg'),
    call: root.getByRole('button', { name: 'Call f(x, n)' }),
  };
}

/** The words an SVG gives assistive technology: its description. */
const described = (svg: Locator) => svg.locator('desc').textContent();

test('driven by the keyboard alone, tf.function retraces for a new n and reuses its graph for a new sign of x', async ({
  page,
}) => {
  await page.goto(PAGE);
  const gm = explorer(page);
  await expect(gm.modes).toHaveCount(4);
  await gm.modes.first().focus();
  await page.keyboard.press('ArrowDown');
  await expect(gm.root.getByRole('radio', { name: 'tf.function' })).toBeChecked();
  await expect(gm.live).toContainText('tf.function selected');

  // Tab runs through the x group and the n group to the Call button.
  await page.keyboard.press('Tab');
  await expect(gm.root.getByRole('radio', { name: /\[1, 2\]/ })).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(gm.root.getByRole('radio', { name: '2', exact: true })).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(gm.call).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(gm.live).toContainText('first call, so tf.function traced f');
  await expect(gm.history).toHaveText([/Call 1: x = \[1, 2\], n = 2 → traced/]);
  await expect(gm.cache).toHaveCount(1);

  await page.keyboard.press('Shift+Tab');
  await page.keyboard.press('ArrowRight');
  await expect(gm.root.getByRole('radio', { name: '3', exact: true })).toBeChecked();
  await page.keyboard.press('Tab');
  await page.keyboard.press('Space');
  await expect(gm.live).toContainText('n = 3 is a new Python value, so tf.function retraced f');
  await expect(gm.history.nth(1)).toContainText('retraced: new n = 3');
  await expect(gm.cache).toHaveCount(2);
  await expect(gm.cache.nth(1)).toContainText('n = 3');
  await expect(gm.cache.nth(1)).toContainText('added by this call');
  expect(await described(gm.graph)).toContain('+ 1 → + 1 → + 1 → y');

  await page.keyboard.press('Shift+Tab');
  await page.keyboard.press('Shift+Tab');
  await page.keyboard.press('ArrowDown');
  await expect(gm.root.getByRole('radio', { name: /\[−3, 1\]/ })).toBeChecked();
  await page.keyboard.press('Tab');
  await page.keyboard.press('Tab');
  await expect(gm.call).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(gm.live).toContainText('the cached graph was reused with no retrace');
  await expect(gm.history.nth(2)).toContainText('reused the graph for n = 3; cond chose neg');
  await expect(gm.history.nth(2)).not.toContainText('retraced');
  await expect(gm.cache).toHaveCount(2);
  expect(await described(gm.graph)).toContain('tf.cond');

  // Reset is the next stop after Call.
  await page.keyboard.press('Tab');
  await page.keyboard.press('Enter');
  await expect(gm.history).toHaveCount(0);
  await expect(gm.live).toHaveText('History cleared. No calls yet.');
});

test('eager mode draws a different graph when the branch changes; torch.compile shows a graph break', async ({
  page,
}) => {
  await page.goto(PAGE);
  const gm = explorer(page);
  await expect(gm.root.getByRole('radio', { name: 'Eager (PyTorch, TF2)' })).toBeChecked();
  await gm.call.focus();
  await page.keyboard.press('Enter');
  await expect(gm.history).toHaveCount(1);
  const first = await described(gm.graph);
  expect(first).toContain('chose × 2');

  await gm.root.getByRole('radio', { name: /\[1, 2\]/ }).focus();
  await page.keyboard.press('ArrowDown');
  await gm.call.focus();
  await page.keyboard.press('Enter');
  await expect(gm.live).toContainText('recording a new graph, unlike call 1: the other branch (neg, not × 2)');
  const second = await described(gm.graph);
  expect(second).toContain('chose neg');
  expect(second).not.toBe(first);
  expect(await described(gm.previous)).toBe(first);
  await expect(gm.history.nth(1)).toContainText('new graph, unlike call 1: the other branch');

  await gm.modes.first().focus();
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowDown');
  await expect(gm.root.getByRole('radio', { name: 'torch.compile' })).toBeChecked();
  await expect(gm.live).toContainText('torch.compile selected: the same 2 calls replayed');
  await expect(gm.live).toContainText('graph break at the if');
  await expect(gm.graph.getByText('graph break', { exact: true })).toBeVisible();
  await expect(gm.graph.getByText('graph 1', { exact: true })).toBeVisible();
  await expect(gm.history).toHaveText([/compiled, with a graph break/, /compiled the neg side for the first time/]);
  await expect(gm.cache).toHaveCount(3);

  await page.keyboard.press('ArrowDown');
  await expect(gm.live).toContainText('into the same graph, built once before any data existed');
  expect(await described(gm.graph)).toContain('while_loop');
  await expect(gm.cache).toHaveCount(1);
});

for (const colorScheme of ['light', 'dark'] as const) {
  test(`the explorer has no WCAG 2.2 AA violations in every mode, ${colorScheme} scheme`, async ({ page }) => {
    await page.emulateMedia({ colorScheme });
    await page.goto(PAGE);
    const gm = explorer(page);
    for (const mode of await gm.modes.all()) {
      await mode.check();
      await gm.call.click();
      await expect(gm.graph).toBeVisible();
      const { violations } = await new AxeBuilder({ page }).include('[data-graph-explorer]').withTags(TAGS).analyze();
      expect(violations.map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target)}`)).toEqual(
        [],
      );
    }
  });
}

test('at 320 px the explorer fits without scrolling sideways, and reduced motion turns the animation off', async ({
  page,
}) => {
  await page.setViewportSize({ width: 320, height: 800 });
  await page.emulateMedia({ reducedMotion: 'reduce' });
  await page.goto(PAGE);
  const gm = explorer(page);
  await gm.root.getByRole('radio', { name: 'TF1 session (legacy)' }).check();
  await gm.root.getByRole('radio', { name: '4', exact: true }).check();
  await gm.call.click();
  await gm.root.getByRole('radio', { name: 'tf.function' }).check();
  await expect(gm.graph).toBeVisible();
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
  const box = await gm.graph.boundingBox();
  expect((box?.x ?? 0) + (box?.width ?? Infinity)).toBeLessThanOrEqual(320);
  const animation = await gm.graph
    .locator('.gm-n--new')
    .first()
    .evaluate((element) => getComputedStyle(element).animationName);
  expect(animation).toBe('none');
});

test('with JavaScript on, the worked example is replaced by the explorer', async ({ page }) => {
  await page.goto(PAGE);
  await expect(page.locator('[data-graph-explorer] [data-gm-app]')).toBeVisible();
  await expect(page.getByText('A worked example: three calls under tf.function')).toBeHidden();
});

test.describe('with JavaScript disabled', () => {
  test.use({ javaScriptEnabled: false });

  test('a static worked example and its explanation show, and the controls are hidden', async ({ page }) => {
    await page.goto(PAGE);
    const root = page.locator('[data-graph-explorer]');
    await expect(root.getByText('A worked example: three calls under tf.function')).toBeVisible();
    const pictures = root.getByRole('img');
    await expect(pictures).toHaveCount(2);
    for (const picture of await pictures.all()) await expect(picture).toBeVisible();
    await expect(root.getByRole('img', { name: 'The graph retraced for n = 3, used by call 3' })).toBeVisible();
    await expect(root.locator('li', { hasText: 'so tf.function retraced f' })).toBeVisible();
    await expect(root.getByText('Call 2 changed the sign of x and still reused the first graph')).toBeVisible();
    await expect(root.getByRole('button')).toHaveCount(0);
    await expect(root.getByRole('radio')).toHaveCount(0);
    await expect(root.locator('[data-gm-about]')).toHaveCount(4);
    for (const about of await root.locator('[data-gm-about]').all()) await expect(about).toBeVisible();
  });
});

test('an out-of-range value is refused in words, not kept in the history, and later calls still work', async ({
  page,
}) => {
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  await page.goto(PAGE);
  const gm = explorer(page);
  // The choices are radio buttons; a value edited in the page (or by an extension) must not break the explorer.
  await gm.root.locator('[data-gm-x]:checked').evaluate((radio: HTMLInputElement) => (radio.value = '1e999,1'));
  await gm.call.click();
  await expect(gm.live).toHaveText('That call was not made: x must be 2 finite numbers.');
  await expect(gm.history).toHaveCount(0);
  await gm.root.locator('[data-gm-x]:checked').evaluate((radio: HTMLInputElement) => (radio.value = '1,2'));
  await gm.call.click();
  await expect(gm.history).toHaveCount(1);
  await gm.modes.nth(1).check();
  await expect(gm.history).toHaveCount(1);
  expect(errors).toEqual([]);
});
