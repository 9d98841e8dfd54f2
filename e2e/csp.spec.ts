import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { sitemapPaths } from './support/sitemap';

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

test('the policy comes before every script, and its hashes are exactly those of the inline scripts', async ({
  page,
  request,
  baseURL,
}) => {
  test.setTimeout(180_000);
  const hashes = new Set<string>();
  let policy = '';
  for (const pagePath of await sitemapPaths(request, baseURL ?? '')) {
    await page.goto(pagePath, { waitUntil: 'domcontentloaded' });
    const found = await page.evaluate(() => {
      const meta = document.querySelector('meta[http-equiv="content-security-policy"]');
      const first = document.querySelector('script');
      return {
        policy: meta?.getAttribute('content') ?? '',
        // DOCUMENT_POSITION_FOLLOWING: the first script comes after the policy.
        before: Boolean(meta && first && meta.compareDocumentPosition(first) & Node.DOCUMENT_POSITION_FOLLOWING),
        inline: [...document.querySelectorAll('script:not([src])')]
          .filter((script) => ['', 'module'].includes(script.getAttribute('type') ?? ''))
          .map((script) => script.textContent ?? ''),
      };
    });
    expect(found.before, pagePath).toBe(true);
    policy ||= found.policy;
    expect(found.policy, `${pagePath}: one policy for the whole site`).toBe(policy);
    for (const code of found.inline) {
      const hash = `'sha256-${createHash('sha256').update(code).digest('base64')}'`;
      expect(found.policy, `${pagePath}: ${code.slice(0, 60)}`).toContain(hash);
      hashes.add(hash);
    }
  }
  expect([...policy.matchAll(/'sha256-[^']+'/g)].map((match) => match[0]).sort()).toEqual([...hashes].sort());
});

test('with the policy sent as an HTTP header (from dist/_headers), the head script, tabs and chooser work', async ({
  page,
}) => {
  // The file a static host reads; the preview server does not apply it, so the test sends it itself.
  const headers = readFileSync(path.join(process.env['E2E_DIST'] ?? 'dist', '_headers'), 'utf8');
  const header = /Content-Security-Policy: (.+)/.exec(headers)?.[1] ?? '';
  expect(header).toContain("frame-ancestors 'none'");
  await page.route('**/*', async (route) => {
    const response = await route.fetch();
    const type = response.headers()['content-type'] ?? '';
    if (!type.includes('text/html')) return route.fulfill({ response });
    return route.fulfill({ response, headers: { ...response.headers(), 'content-security-policy': header } });
  });
  await page.goto('learn/tensors/');
  const meta = (await page.locator('meta[http-equiv="content-security-policy"]').getAttribute('content')) ?? '';
  expect(header).toBe(`${meta}; frame-ancestors 'none'`);
  // The head script ran: it marks the page as scripted, which shows the tabs.
  await expect(page.locator('html')).toHaveAttribute('data-js', '');
  await expect(page.getByRole('tab', { name: 'PyTorch' }).first()).toBeVisible();
  await page.getByRole('tab', { name: 'PyTorch' }).first().click();
  await expect(page.getByRole('tab', { name: 'PyTorch' }).first()).toHaveAttribute('aria-selected', 'true');
  await page.goto('compare/choose/');
  await page.getByLabel('None yet').check();
  await page.getByRole('button', { name: 'Recommend a framework' }).click();
  expect(await violations(page)).toEqual([]);
});
