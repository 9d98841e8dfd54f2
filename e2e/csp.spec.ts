import { expect, test } from '@playwright/test';

test.beforeEach(async ({ page }) => {
  await page.addInitScript(() => {
    const seen: string[] = [];
    (window as unknown as { cspViolations: string[] }).cspViolations = seen;
    document.addEventListener('securitypolicyviolation', (event) =>
      seen.push(`${event.violatedDirective} ${event.blockedURI}`),
    );
  });
});

const violations = (page: import('@playwright/test').Page) =>
  page.evaluate(() => (window as unknown as { cspViolations: string[] }).cspViolations);

test('every page sends a strict policy: self only, no inline or eval for scripts beyond WebAssembly', async ({
  page,
}) => {
  await page.goto('learn/tensors/');
  const policy = (await page.locator('meta[http-equiv="content-security-policy"]').getAttribute('content')) ?? '';
  for (const directive of ["default-src 'self'", "object-src 'none'", "base-uri 'self'"])
    expect(policy).toContain(directive);
  const scriptSrc = policy.split(';').find((part) => part.trim().startsWith('script-src')) ?? '';
  expect(scriptSrc).toContain("'wasm-unsafe-eval'");
  expect(scriptSrc).not.toContain("'unsafe-inline'");
  expect(scriptSrc).not.toMatch(/'unsafe-eval'/);
  expect(scriptSrc).toMatch(/'sha256-/);
  // Code colours are classes, so styles need no 'unsafe-inline' either: only the site's files and hashed <style>s.
  const styleSrc = policy.split(';').find((part) => part.trim().startsWith('style-src')) ?? '';
  expect(styleSrc).toContain("'self'");
  expect(styleSrc).not.toContain("'unsafe-inline'");
});

test('highlighted code is coloured by classes: no style attribute on any code, and the colours still apply', async ({
  page,
}) => {
  await page.goto('learn/tensors/');
  const code = page.locator('pre.astro-code').first();
  await expect(code).toBeVisible();
  expect(await page.locator('[style]').count()).toBe(0);
  const keyword = code.locator('span[class*="shl-cf222e"]').first();
  // GitHub light's keyword red, then GitHub dark's once the reader switches theme.
  await expect(keyword).toHaveCSS('color', 'rgb(207, 34, 46)');
  await page.getByRole('button', { name: 'Dark theme' }).click();
  await expect(keyword).toHaveCSS('color', 'rgb(255, 123, 114)');
  await expect(code).toHaveCSS('background-color', 'rgb(13, 17, 23)');
});

test('no policy violation while reading, switching tabs and theme, answering, marking complete and searching', async ({
  page,
}) => {
  await page.goto('learn/tensors/');
  await page.getByRole('tab', { name: 'PyTorch' }).first().click();
  await page.getByRole('button', { name: 'Dark theme' }).click();
  const question = page.locator('[data-quiz-question]').first();
  await question.getByRole('radio').first().check();
  await question.getByRole('button', { name: 'Check answer' }).click();
  await page.getByRole('button', { name: 'Mark as complete' }).click();
  await page.keyboard.press('Control+k');
  await page.getByRole('dialog', { name: 'Quick search' }).getByRole('searchbox').fill('gradient');
  await expect(page.getByRole('dialog').locator('[data-search-results] > li').first()).toBeVisible();
  expect(await violations(page)).toEqual([]);

  for (const path of ['learn/', 'compare/choose/', 'code/train-model/', 'search/?q=tensor&type=Lesson']) {
    await page.goto(path);
    if (path.startsWith('compare/choose')) {
      await page.getByLabel('None yet').check();
      await page.getByRole('button', { name: 'Recommend a framework' }).click();
    }
    if (path.startsWith('search'))
      await expect(page.locator('[data-search-page] [data-search-results] > li').first()).toBeVisible();
    expect(await violations(page), path).toEqual([]);
  }
});

test('an injected inline script is blocked and reported (the check can fail)', async ({ page }) => {
  await page.goto('learn/tensors/');
  await page.evaluate(() => {
    const script = document.createElement('script');
    script.textContent = 'window.injected = true;';
    document.body.append(script);
  });
  await expect.poll(() => violations(page)).not.toEqual([]);
  expect(await page.evaluate(() => (window as unknown as { injected?: boolean }).injected)).toBeUndefined();
});

test('an injected style attribute in markup is blocked and reported (the check can fail)', async ({ page }) => {
  await page.goto('learn/tensors/');
  const outline = await page.evaluate(() => {
    const holder = document.createElement('div');
    holder.innerHTML = '<p id="injected-style" style="outline: 7px solid red">styled</p>';
    document.body.append(holder);
    return getComputedStyle(document.getElementById('injected-style') as HTMLElement).outlineWidth;
  });
  await expect.poll(() => violations(page)).not.toEqual([]);
  expect(outline).not.toBe('7px');
});
