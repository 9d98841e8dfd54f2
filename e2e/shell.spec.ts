import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { sitemapPaths } from './support/sitemap';

const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
const LESSON = 'learn/tensors/';
const PHONE = { width: 360, height: 740 };

/** The steps of the first path, in order, as the /learn/ page lists them. */
async function pathSteps(page: Page): Promise<string[]> {
  await page.goto('learn/');
  return page
    .locator('ol.steps')
    .first()
    .locator('xpath=ancestor::ol[contains(@class, "units")]')
    .locator('ol.steps > li > a')
    .evaluateAll((links) => links.map((link) => new URL((link as HTMLAnchorElement).href).pathname));
}

test.describe('no page scrolls sideways on a phone', () => {
  for (const width of [320, 360]) {
    test(`every page in the sitemap fits ${width} px`, async ({ browser, request, baseURL }) => {
      test.setTimeout(240_000);
      const context = await browser.newContext({ viewport: { width, height: 800 } });
      const page = await context.newPage();
      const wide: string[] = [];
      for (const path of await sitemapPaths(request, baseURL ?? '')) {
        await page.goto(new URL(path, baseURL).href);
        const overflow = await page.evaluate(() => {
          const limit = document.documentElement.clientWidth;
          if (document.documentElement.scrollWidth <= limit) return null;
          // The widest element that sticks out and is not inside something that scrolls on its own.
          let widest = { right: 0, name: '' };
          for (const element of document.querySelectorAll<HTMLElement>('body *')) {
            const box = element.getBoundingClientRect();
            if (box.right <= limit || box.width === 0) continue;
            let clipped = false;
            for (
              let parent = element.parentElement;
              parent && parent !== document.body;
              parent = parent.parentElement
            ) {
              const style = getComputedStyle(parent);
              if (style.overflowX !== 'visible' && parent.getBoundingClientRect().right <= limit) clipped = true;
            }
            if (clipped || box.right <= widest.right) continue;
            const classes =
              element.className && typeof element.className === 'string'
                ? `.${element.className.split(/\s+/).join('.')}`
                : '';
            widest = {
              right: box.right,
              name: `${element.tagName.toLowerCase()}${classes} "${(element.textContent ?? '').trim().slice(0, 40)}"`,
            };
          }
          return `${document.documentElement.scrollWidth} px wide; widest: ${widest.name} (right edge ${Math.round(widest.right)} px)`;
        });
        if (overflow) wide.push(`${path}: ${overflow}`);
      }
      await context.close();
      expect(wide).toEqual([]);
    });
  }
});

test.describe('path sidebar', () => {
  test('every step of the path marks exactly itself as the current page', async ({ page }) => {
    test.setTimeout(120_000);
    const steps = await pathSteps(page);
    expect(steps.length).toBeGreaterThan(10);
    for (const [index, step] of steps.entries()) {
      await page.goto(step);
      const nav = page.getByRole('navigation', { name: 'Learning path', exact: true });
      const current = nav.locator('a[aria-current="page"]');
      await expect(current, step).toHaveCount(1);
      expect(new URL((await current.getAttribute('href')) ?? '', page.url()).pathname).toBe(step);
      await expect(page.locator('[data-side-nav] .side-nav__position').first()).toContainText(
        `Step ${index + 1} of ${steps.length}`,
      );
    }
  });

  test('following "Next" from the first step visits every step once, in path order', async ({ page }) => {
    test.setTimeout(120_000);
    const steps = await pathSteps(page);
    const visited: string[] = [];
    await page.goto(steps[0] ?? '');
    for (;;) {
      visited.push(new URL(page.url()).pathname);
      const next = page
        .getByRole('navigation', { name: 'Previous and next on the learning path' })
        .locator('a[rel="next"]');
      if ((await next.count()) === 0) break;
      expect(visited.length, 'the chain does not loop').toBeLessThanOrEqual(steps.length);
      const target = new URL((await next.getAttribute('href')) ?? '', page.url()).href;
      await next.click();
      await page.waitForURL(target);
    }
    expect(visited).toEqual(steps);
  });

  test('a difference step can be marked complete and the sidebar ticks it on every page', async ({ page }) => {
    const steps = await pathSteps(page);
    const difference = steps.find((step) => step.includes('/differences/')) ?? '';
    await page.goto(difference);
    await page.getByRole('button', { name: 'Mark as complete' }).click();
    const link = page.getByRole('navigation', { name: 'Learning path', exact: true }).locator('a[aria-current="page"]');
    await expect(link).toHaveAttribute('data-done', '');
    await expect(link).toContainText('(completed)');
    await page.goto(LESSON);
    const ticked = page.getByRole('navigation', { name: 'Learning path', exact: true }).locator('a[data-done]');
    await expect(ticked).toHaveCount(1);
    expect(new URL((await ticked.getAttribute('href')) ?? '', page.url()).pathname).toBe(difference);
    await page.goto('learn/');
    await expect(page.getByText(`1 of ${steps.length} steps complete`)).toBeVisible();
  });

  test('on a phone the sidebar is a labelled button that opens with the keyboard and closes on Escape', async ({
    browser,
  }) => {
    const context = await browser.newContext({ viewport: PHONE });
    const page = await context.newPage();
    await page.goto(LESSON);
    const links = page.getByRole('navigation', { name: 'Learning path', exact: true }).getByRole('link');
    await expect(links.first()).toBeHidden();
    const toggle = page.locator('[data-side-nav] > summary');
    await expect(toggle).toContainText('Deep learning from zero');
    await expect(toggle).toContainText(/Step \d+ of \d+/);
    await toggle.focus();
    await page.keyboard.press('Enter');
    await expect(links.first()).toBeVisible();
    await page.keyboard.press('Tab');
    await page.keyboard.press('Escape');
    await expect(links.first()).toBeHidden();
    await expect(toggle).toBeFocused();
    await context.close();
  });

  test('on a wide screen the sidebar is open beside the text, with no button', async ({ page }) => {
    await page.setViewportSize({ width: 1280, height: 800 });
    await page.goto(LESSON);
    await expect(
      page.getByRole('navigation', { name: 'Learning path', exact: true }).getByRole('link').first(),
    ).toBeVisible();
    await expect(page.locator('[data-side-nav] > summary')).toBeHidden();
    const nav = await page.locator('[data-side-nav]').boundingBox();
    const main = await page.locator('main').boundingBox();
    expect((nav?.x ?? 0) + (nav?.width ?? 0)).toBeLessThanOrEqual(main?.x ?? 0);
  });
});

test.describe('header', () => {
  test('stays at the top while the reader scrolls', async ({ page }) => {
    await page.goto(LESSON);
    await page.mouse.wheel(0, 4000);
    await expect.poll(() => page.evaluate(() => window.scrollY)).toBeGreaterThan(1000);
    const header = await page.locator('.site-header').boundingBox();
    expect(header?.y).toBe(0);
    await expect(page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Search' })).toBeInViewport();
  });

  test('on a phone is one row, with the section links behind a menu button that Escape closes', async ({ browser }) => {
    const context = await browser.newContext({ viewport: { width: 320, height: 640 } });
    const page = await context.newPage();
    await page.goto(LESSON);
    const header = await page.locator('.site-header').boundingBox();
    expect(header?.height).toBeLessThan(64);
    const menu = page.getByRole('navigation', { name: 'Main' }).locator('summary');
    await expect(menu).toHaveAccessibleName('Menu');
    const learn = page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Learn', exact: true });
    await expect(learn).toBeHidden();
    await menu.focus();
    await page.keyboard.press('Enter');
    await expect(learn).toBeVisible();
    await page.keyboard.press('Tab');
    await expect(learn).toBeFocused();
    await page.keyboard.press('Escape');
    await expect(learn).toBeHidden();
    await expect(menu).toBeFocused();
    // A click elsewhere closes it too.
    await menu.click();
    await expect(learn).toBeVisible();
    await page.mouse.click(160, 600);
    await expect(learn).toBeHidden();
    await context.close();
  });

  for (const scheme of ['light', 'dark'] as const) {
    test(`has no accessibility violations with the menus open on a phone (${scheme})`, async ({ browser }) => {
      test.setTimeout(90_000);
      const context = await browser.newContext({ viewport: PHONE, colorScheme: scheme });
      const page = await context.newPage();
      await page.goto(LESSON);
      await page.getByRole('navigation', { name: 'Main' }).locator('summary').click();
      await page
        .locator('[data-side-nav] > summary')
        .evaluate((summary) => summary.parentElement?.setAttribute('open', ''));
      await page.locator('[data-toc] > summary').evaluate((summary) => summary.parentElement?.setAttribute('open', ''));
      const { violations } = await new AxeBuilder({ page }).withTags(AXE_TAGS).analyze();
      expect(
        violations.map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target).join(', ')}`),
      ).toEqual([]);
      await context.close();
    });
  }
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('the menu, the sidebar and the contents still open on a phone', async ({ browser }) => {
    const context = await browser.newContext({ viewport: PHONE, javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(LESSON);
    const menu = page.getByRole('navigation', { name: 'Main' }).locator('summary');
    await menu.click();
    await expect(page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Glossary' })).toBeVisible();
    await menu.click();
    await expect(page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Glossary' })).toBeHidden();
    await page.locator('[data-side-nav] > summary').click();
    await expect(
      page.getByRole('navigation', { name: 'Learning path', exact: true }).locator('a[aria-current="page"]'),
    ).toBeVisible();
    await page.locator('[data-toc] > summary').click();
    await expect(
      page.getByRole('navigation', { name: 'On this page', exact: true }).getByRole('link').first(),
    ).toBeVisible();
    await context.close();
  });

  test('on a wide screen the sidebar and contents show without a click', async ({ page }) => {
    await page.setViewportSize({ width: 1280, height: 800 });
    await page.goto(LESSON);
    await expect(
      page.getByRole('navigation', { name: 'Learning path', exact: true }).locator('a[aria-current="page"]'),
    ).toBeVisible();
    await expect(
      page.getByRole('navigation', { name: 'On this page', exact: true }).getByRole('link').first(),
    ).toBeVisible();
  });
});

test.describe('on this page', () => {
  test('every h2 of every lesson is listed once, and every entry leads to a heading', async ({ page }) => {
    test.setTimeout(120_000);
    const lessons = (await pathSteps(page)).filter((step) => step.includes('/learn/'));
    for (const lesson of lessons) {
      await page.goto(lesson);
      const h2 = await page.locator('main h2').evaluateAll((headings) => headings.map((heading) => heading.id));
      const entries = await page
        .getByRole('navigation', { name: 'On this page', exact: true })
        .locator('[data-toc-link]')
        .evaluateAll((links) => links.map((link) => (link as HTMLAnchorElement).hash.slice(1)));
      expect(h2.every(Boolean), `${lesson}: every h2 has an id`).toBe(true);
      expect(entries, lesson).toEqual(h2);
    }
  });

  test('every page with three or more h2 has contents', async ({ page, request, baseURL }) => {
    test.setTimeout(120_000);
    const missing: string[] = [];
    for (const path of await sitemapPaths(request, baseURL ?? '')) {
      await page.goto(new URL(path, baseURL).href);
      // Card titles in a list of cards are links to other pages, not sections of this one.
      const headings = await page.locator('main h2:not(.card h2)').count();
      const contents = await page.getByRole('navigation', { name: 'On this page', exact: true }).count();
      if (headings >= 3 && contents === 0) missing.push(`${path} (${headings} h2)`);
    }
    expect(missing).toEqual([]);
  });

  test('the entry for the section being read is highlighted as the reader scrolls', async ({ page }) => {
    await page.setViewportSize({ width: 1280, height: 800 });
    await page.goto(LESSON);
    const contents = page.getByRole('navigation', { name: 'On this page', exact: true });
    const links = contents.getByRole('link');
    const third = (await links.nth(2).getAttribute('href')) ?? '';
    await page.locator(third).scrollIntoViewIfNeeded();
    await page.evaluate((id) => document.querySelector(id)?.scrollIntoView({ block: 'start' }), third);
    await expect(contents.locator('a[aria-current="true"]')).toHaveAttribute('href', third);
    const fifth = (await links.nth(4).getAttribute('href')) ?? '';
    await page.evaluate((id) => document.querySelector(id)?.scrollIntoView({ block: 'start' }), fifth);
    await expect(contents.locator('a[aria-current="true"]')).toHaveAttribute('href', fifth);
    await expect(contents.locator('a[aria-current="true"]')).toHaveCount(1);
  });

  test('long pages have a back-to-top link', async ({ page }) => {
    await page.goto(LESSON);
    await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
    await page.locator('.back-to-top a').click();
    await expect.poll(() => page.evaluate(() => window.scrollY)).toBeLessThan(50);
  });
});

test('headings in content link to themselves with a name that says so', async ({ page }) => {
  await page.goto(LESSON);
  const headings = await page
    .locator('main .anchored-heading > :is(h2, h3)')
    .evaluateAll((elements) =>
      elements.map((element) => ({ id: element.id, text: element.textContent?.trim() ?? '' })),
    );
  expect(headings.length).toBeGreaterThan(5);
  for (const heading of headings.slice(0, 4)) {
    const link = page.locator(`a.anchored-heading__link[href="#${heading.id}"]`);
    await expect(link).toHaveAccessibleName(`Link to section: ${heading.text}`);
    await link.focus();
    await expect(link).toHaveCSS('opacity', '1');
  }
  // The heading's own name is only its text.
  const first = headings[0];
  await expect(page.getByRole('heading', { name: first?.text ?? '', exact: true })).toHaveCount(1);
});

test('tables in content scroll inside their own focusable, labelled container', async ({ browser }) => {
  const context = await browser.newContext({ viewport: PHONE });
  const page = await context.newPage();
  await page.goto('learn/first-image-classifier/');
  const container = page.locator('main .table-scroll').first();
  await expect(container).toHaveAttribute('tabindex', '0');
  await expect(container).toHaveAccessibleName(/Table/);
  // Whether this table is wider than a phone depends on its content; what matters is that a wide one would scroll
  // inside the container, never the page.
  await expect(container).toHaveCSS('overflow-x', 'auto');
  const sizes = await container.evaluate((element) => ({
    container: element.getBoundingClientRect().right,
    page: document.documentElement.clientWidth,
  }));
  expect(sizes.container).toBeLessThanOrEqual(sizes.page);
  await context.close();
});

test('diagram text never renders below 12 CSS px on a phone', async ({ browser, request, baseURL }) => {
  test.setTimeout(120_000);
  const context = await browser.newContext({ viewport: { width: 320, height: 800 } });
  const page = await context.newPage();
  const small: string[] = [];
  let checked = 0;
  for (const path of await sitemapPaths(request, baseURL ?? '')) {
    await page.goto(new URL(path, baseURL).href);
    const sizes = await page.locator('main .diagram svg text').evaluateAll((texts) =>
      texts.map((text) => {
        // The length of the transformed x unit: the scale, whatever the rotation.
        const matrix = (text as SVGTextElement).getScreenCTM();
        const scale = matrix ? Math.hypot(matrix.a, matrix.b) : 1;
        return { size: scale * parseFloat(getComputedStyle(text).fontSize), text: text.textContent ?? '' };
      }),
    );
    checked += sizes.length;
    for (const { size, text } of sizes) if (size < 11.95) small.push(`${path}: "${text}" at ${size.toFixed(1)} px`);
  }
  await context.close();
  expect(checked).toBeGreaterThan(50);
  expect(small).toEqual([]);
});

test('prose never runs wider than about 75 characters on a wide screen', async ({ page, request, baseURL }) => {
  test.setTimeout(120_000);
  await page.setViewportSize({ width: 1440, height: 900 });
  const wide: string[] = [];
  for (const path of await sitemapPaths(request, baseURL ?? '')) {
    await page.goto(new URL(path, baseURL).href);
    const found = await page.locator('main p').evaluateAll((paragraphs) =>
      paragraphs.flatMap((paragraph) => {
        // Prose: a paragraph straight in the page, an article or a section, with enough text to wrap.
        if (!paragraph.parentElement?.matches('main, article, section') || (paragraph.textContent ?? '').length < 200)
          return [];
        const size = parseFloat(getComputedStyle(paragraph).fontSize);
        // About two characters per em of body text: 46rem holds roughly 75 characters.
        const characters = (paragraph.getBoundingClientRect().width / size) * 1.65;
        return characters > 80
          ? [`"${(paragraph.textContent ?? '').slice(0, 40)}" ~${Math.round(characters)} characters`]
          : [];
      }),
    );
    wide.push(...found.map((entry) => `${path}: ${entry}`));
  }
  expect(wide).toEqual([]);
});
