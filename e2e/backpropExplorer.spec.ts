import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { PRESETS, explore } from '../src/lib/backpropExplorer';
import { formatNumber } from '../src/lib/backpropSteps';

const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
const preset = PRESETS[0];
if (!preset) throw new Error('no presets');

/** What the engine says for the first preset: the oracle the page must agree with. */
function expected(values: Record<string, number> = { ...preset?.values }) {
  const result = explore(preset?.formula ?? '', values, preset?.output);
  if (!result.ok) throw new Error(result.message);
  return result;
}

const explorer = (page: Page) => page.locator('[data-backprop-explorer]');
const row = (page: Page, name: string) =>
  explorer(page)
    .locator('[data-bpx-table] tr')
    .filter({ has: page.getByRole('rowheader', { name, exact: true }) });

/** Presses a button with the keyboard: focus by Tab order is what a keyboard user has; Enter activates. */
async function press(page: Page, name: string, times = 1) {
  const button = explorer(page).getByRole('button', { name, exact: true });
  await button.focus();
  for (let count = 0; count < times; count++) await page.keyboard.press(count % 2 ? 'Space' : 'Enter');
}

test('stepping forward with the keyboard shows each value, and the narration, as the engine computes them', async ({
  page,
}) => {
  await page.goto('learn/backprop-explorer/');
  await explorer(page).getByText('Every node’s value and gradient, as a table').click();
  const engine = expected();
  const narration = explorer(page).locator('[data-bpx-narration]');
  await press(page, 'Next step', 3);
  const third = engine.steps[2];
  await expect(narration).toHaveText(`Forward: ${third?.narration}`);
  await expect(explorer(page).locator('[data-bpx-position]')).toHaveText('Step 3 of 18: forward pass.');
  // After three steps w, x and w × x have values; nothing later has one yet.
  const nodes = engine.graph.nodes;
  const rows = explorer(page).locator('[data-bpx-table] tr');
  for (const [index, node] of nodes.entries()) {
    await expect(rows.nth(index).locator('td').first()).toHaveText(index < 3 ? formatNumber(node.value) : '—');
  }
  await press(page, 'Step back');
  await expect(narration).toHaveText(`Forward: ${engine.steps[1]?.narration}`);
  await expect(rows.nth(2).locator('td').first()).toHaveText('—');
  // The current node is marked in the picture with more than colour: a dashed outline, and in the table.
  await expect(explorer(page).locator('svg[data-bpx-svg] .is-current')).toHaveCount(1);
  await expect(rows.nth(1)).toHaveAttribute('aria-current', 'step');
});

test('the backward pass gives every variable the engine’s gradient, one node at a time', async ({ page }) => {
  await page.goto('learn/backprop-explorer/');
  await explorer(page).getByText('Every node’s value and gradient, as a table').click();
  const engine = expected();
  await press(page, 'Whole forward pass');
  await expect(row(page, 'loss').locator('td').nth(1)).toHaveText('—');
  await press(page, 'Next step');
  // The backward pass starts at the output with gradient 1.
  await expect(row(page, 'loss').locator('td').nth(1)).toHaveText('1');
  await expect(explorer(page).locator('[data-bpx-narration]')).toContainText(
    '= 1 (the backward pass starts at the output)',
  );
  await expect(row(page, 'w').locator('td').nth(1)).toHaveText('—');
  await press(page, 'Whole backward pass');
  for (const name of engine.variables) {
    await expect(row(page, name).locator('td').nth(1), name).toHaveText(
      formatNumber(engine.gradients.get(name) ?? NaN),
    );
  }
  // Each edge carries its gradient as a label in the picture too.
  await expect(explorer(page).locator('svg[data-bpx-svg] .bpx__label').first()).toHaveText(/^← /);
  for (const scheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme: scheme });
    const { violations } = await new AxeBuilder({ page })
      .include('[data-backprop-explorer]')
      .withTags(AXE_TAGS)
      .analyze();
    expect(violations.map((violation) => `${scheme}: ${violation.id}`)).toEqual([]);
  }
});

test('changing a value redraws with the engine’s numbers; gradient descent lowers the loss', async ({ page }) => {
  await page.goto('learn/backprop-explorer/');
  await explorer(page).getByText('Every node’s value and gradient, as a table').click();
  await explorer(page).getByRole('spinbutton', { name: 'x', exact: true }).fill('2');
  await press(page, 'Whole backward pass');
  const engine = expected({ ...preset.values, x: 2 });
  await expect(row(page, 'w').locator('td').nth(1)).toHaveText(formatNumber(engine.gradients.get('w') ?? NaN));

  await press(page, 'Ten steps');
  const losses = explorer(page).locator('[data-bpx-losses]');
  await expect(losses).toContainText('→');
  const numbers = ((await losses.textContent()) ?? '')
    .split(':')[1]
    ?.split('→')
    .map((text) => Number(text.trim().replace('−', '-')));
  expect(numbers?.length).toBeGreaterThan(5);
  for (let index = 1; index < (numbers?.length ?? 0); index++) {
    expect(numbers?.[index]).toBeLessThanOrEqual(numbers?.[index - 1] ?? 0);
  }
  await expect(explorer(page).locator('[data-bpx-narration]')).toContainText('10 steps of gradient descent');
  await expect(losses).toContainText('after 10 steps');
  // The same fall as a line: it ends lower than it starts (SVG y grows downwards).
  const points = (await explorer(page).locator('svg[data-bpx-chart] polyline').getAttribute('points')) ?? '';
  const ys = points.split(' ').map((pair) => Number(pair.split(',')[1]));
  expect(ys.length).toBe(11);
  expect(ys.at(-1)).toBeGreaterThan(ys[0] ?? Infinity);
  // Data does not move; parameters do.
  await expect(explorer(page).getByRole('spinbutton', { name: 'x', exact: true })).toHaveValue('2');
  await expect(explorer(page).getByRole('spinbutton', { name: 'w', exact: true })).not.toHaveValue('0.8');
  // An empty learning rate is refused in words; the parameters do not move.
  const w = await explorer(page).getByRole('spinbutton', { name: 'w', exact: true }).inputValue();
  await explorer(page).getByRole('spinbutton', { name: 'Learning rate' }).fill('');
  await press(page, 'One gradient-descent step');
  await expect(explorer(page).getByRole('alert')).toHaveText('The learning rate must be a number.');
  await expect(explorer(page).getByRole('spinbutton', { name: 'w', exact: true })).toHaveValue(w);
});

test('a typed formula is drawn and shown as code in every framework; a broken one says where', async ({ page }) => {
  await page.goto('learn/backprop-explorer/');
  const formula = explorer(page).getByRole('textbox', { name: 'Formula' });
  await formula.fill('relu(w*x - 1)');
  await formula.press('Enter');
  await expect(explorer(page).locator('[data-bpx-narration]')).toHaveText('Drew f = relu(w*x - 1): 6 nodes.');
  await expect(explorer(page).locator('[data-bpx-code="pytorch"]')).toContainText('f = torch.relu(w * x - 1)');
  await expect(explorer(page).locator('[data-bpx-code="tensorflow"]')).toContainText('f = tf.nn.relu(w * x - 1)');
  await formula.fill('2 * (x +');
  await formula.press('Enter');
  await expect(explorer(page).getByRole('alert')).toContainText('at character');
  await expect(formula).toHaveAttribute('aria-invalid', 'true');
});

test('the lesson embeds the explorer; without JavaScript its worked example shows instead', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto('learn/backpropagation/');
  const staticPart = explorer(page).locator('.bpx__static');
  await expect(staticPart).toBeVisible();
  await expect(staticPart.locator('svg .bpx__node')).toHaveCount(expected().graph.nodes.length);
  await expect(staticPart.locator('ol > li')).toHaveCount(18);
  await expect(staticPart.locator('ol > li').last()).toContainText('Backward:');
  await expect(explorer(page).locator('.bpx__live')).toBeHidden();
  await context.close();
});

/** Fails the test on any uncaught error in the page. */
function collectErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  return errors;
}

test('training that overflows stops and says so in words; stepping afterwards never throws', async ({ page }) => {
  const errors = collectErrors(page);
  await page.goto('learn/backprop-explorer/');
  const formula = explorer(page).getByRole('textbox', { name: 'Formula' });
  await formula.fill('w^2');
  await formula.press('Enter');
  await explorer(page).getByRole('spinbutton', { name: 'Learning rate' }).fill('1e200');
  await press(page, 'Ten steps');
  await expect(explorer(page).getByRole('alert')).toHaveText(
    /^(w|f) overflowed to (minus )?infinity: lower the learning rate, or reset the values\.$/,
  );
  await expect(explorer(page).locator('[data-bpx-narration]')).toContainText('overflowed');
  // The value box keeps the last value that was a number.
  await expect(explorer(page).getByRole('spinbutton', { name: 'w', exact: true })).toHaveValue(/^-?\d/);
  await press(page, 'Next step', 3);
  await press(page, 'Step back');
  await press(page, 'Whole backward pass');
  await expect(explorer(page).locator('[data-bpx-position]')).toHaveText(/^Step \d+ of \d+: backward pass\.$/);
  await expect(explorer(page).locator('[data-bpx-code="pytorch"]')).toContainText('w = torch.tensor(');
  expect(errors).toEqual([]);
});

test('a constant too large for a float, an emoji and an out-of-range value are refused in words', async ({ page }) => {
  const errors = collectErrors(page);
  await page.goto('learn/backprop-explorer/');
  const formula = explorer(page).getByRole('textbox', { name: 'Formula' });
  const alert = explorer(page).getByRole('alert');
  await formula.fill(`${'9'.repeat(400)}*x`);
  await formula.press('Enter');
  await expect(alert).toHaveText(/^The number 99999999… \(400 digits\) is too large.* \(at character 1\)$/);
  await formula.fill('x + 😀 * 2');
  await formula.press('Enter');
  await expect(alert).toHaveText('Unexpected character "😀" (at character 5)');
  await formula.fill('w * x');
  await formula.press('Enter');
  await expect(alert).toHaveText('');
  const x = explorer(page).getByRole('spinbutton', { name: 'x', exact: true });
  await x.fill('2');
  await x.fill('1e400');
  await expect(alert).toHaveText(
    'x must be a number between about −1.8e308 and 1.8e308; the explorer still uses x = 2.',
  );
  await expect(x).toHaveAttribute('aria-invalid', 'true');
  await x.fill('3');
  await expect(alert).toHaveText('');
  await expect(x).not.toHaveAttribute('aria-invalid');
  expect(errors).toEqual([]);
});

test('variables named constructor and __proto__ are ordinary variables', async ({ page }) => {
  const errors = collectErrors(page);
  await page.goto('learn/backprop-explorer/');
  await explorer(page).getByText('Every node’s value and gradient, as a table').click();
  const formula = explorer(page).getByRole('textbox', { name: 'Formula' });
  await formula.fill('constructor * __proto__');
  await formula.press('Enter');
  await expect(explorer(page).getByRole('alert')).toHaveText('');
  await explorer(page).getByRole('spinbutton', { name: 'constructor', exact: true }).fill('2');
  await explorer(page).getByRole('spinbutton', { name: '__proto__', exact: true }).fill('5');
  await press(page, 'Whole backward pass');
  await expect(row(page, 'f').locator('td').first()).toHaveText('10');
  await expect(row(page, 'constructor').locator('td').nth(1)).toHaveText('5');
  await expect(row(page, '__proto__').locator('td').nth(1)).toHaveText('2');
  await expect(explorer(page).locator('[data-bpx-code="pytorch"]')).toContainText('f = constructor * __proto__');
  expect(errors).toEqual([]);
});
