import { expect, test } from '@playwright/test';
import { sitemapPaths } from './support/sitemap';

/** Crawls every page of the sitemap once and checks what holds site-wide. */
test('every page: links and #fragments resolve, metadata is complete and unique, no console error or foreign request', async ({
  page,
  request,
  baseURL,
}) => {
  test.setTimeout(300_000);
  const origin = new URL(baseURL ?? '').origin;
  const pages = await sitemapPaths(request, baseURL ?? '');
  const problems: string[] = [];
  const titles = new Map<string, string>();
  let fragmentsChecked = 0;
  let externalChecked = 0;
  const htmlCache = new Map<string, Promise<{ status: number; html: string }>>();
  const fetchPage = (url: string) => {
    const key = url.split('#')[0] ?? url;
    if (!htmlCache.has(key)) {
      htmlCache.set(
        key,
        request.get(key).then(async (response) => ({ status: response.status(), html: await response.text() })),
      );
    }
    return htmlCache.get(key) as Promise<{ status: number; html: string }>;
  };

  let current = '';
  page.on('console', (message) => {
    if (message.type() === 'error' || message.type() === 'warning')
      problems.push(`${current}: console ${message.type()}: ${message.text()}`);
  });
  page.on('pageerror', (error) => problems.push(`${current}: ${error.message}`));
  page.on('requestfailed', (failed) => problems.push(`${current}: request failed ${failed.url()}`));
  page.on('request', (sent) => {
    if (new URL(sent.url()).origin !== origin && !sent.url().startsWith('data:'))
      problems.push(`${current}: request to ${sent.url()}`);
  });

  for (const path of pages) {
    current = path;
    await page.goto(new URL(path, baseURL).href, { waitUntil: 'networkidle' });
    const meta = await page.evaluate(() => ({
      title: document.title,
      description: document.querySelector('meta[name="description"]')?.getAttribute('content') ?? '',
      canonical: document.querySelector('link[rel="canonical"]')?.getAttribute('href') ?? '',
      noindex: /noindex/.test(document.querySelector('meta[name="robots"]')?.getAttribute('content') ?? ''),
      og: ['og:title', 'og:description', 'og:url', 'og:type'].map(
        (property) => document.querySelector(`meta[property="${property}"]`)?.getAttribute('content') ?? '',
      ),
      links: [...document.querySelectorAll('a[href]')].map((link) => link.getAttribute('href') ?? ''),
      // Links that open a new browsing context must not hand it `window.opener` or the page's address.
      unsafeNewTabs: [...document.querySelectorAll('a[target="_blank"], area[target="_blank"]')]
        .filter((link) => {
          const rel = (link.getAttribute('rel') ?? '').split(/\s+/);
          return !rel.includes('noopener') || !rel.includes('noreferrer');
        })
        .map((link) => link.getAttribute('href') ?? ''),
    }));
    if (titles.has(meta.title)) problems.push(`${path}: title "${meta.title}" also used by ${titles.get(meta.title)}`);
    titles.set(meta.title, path);
    if (meta.description.length < 20) problems.push(`${path}: description missing or too short`);
    if (!meta.canonical.endsWith(path)) problems.push(`${path}: canonical ${meta.canonical}`);
    if (meta.og.some((value) => value === '')) problems.push(`${path}: Open Graph tags incomplete`);
    if (meta.noindex) problems.push(`${path}: in the sitemap but marked noindex`);
    for (const href of meta.unsafeNewTabs)
      problems.push(`${path}: ${href} opens a new tab without noopener noreferrer`);

    for (const href of new Set(meta.links)) {
      const target = new URL(href, new URL(path, baseURL));
      if (target.protocol !== 'http:' && target.protocol !== 'https:') {
        problems.push(`${path}: link with unexpected scheme ${href}`);
        continue;
      }
      if (target.origin !== origin) {
        // An external link (a source, mostly) must be a well-formed https URL to a real host name.
        externalChecked++;
        if (target.protocol !== 'https:') problems.push(`${path}: external link ${href} is not https`);
        if (!/^[a-z0-9-]+(\.[a-z0-9-]+)+$/i.test(target.hostname) || href.includes(' '))
          problems.push(`${path}: external link ${href} is malformed`);
        continue;
      }
      const { status, html } = await fetchPage(target.href);
      if (status !== 200) problems.push(`${path}: link ${href} answers ${status}`);
      const fragment = decodeURIComponent(target.hash.slice(1));
      if (fragment) fragmentsChecked++;
      if (fragment && !new RegExp(`\\sid="${fragment.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}"`).test(html)) {
        problems.push(`${path}: link ${href} points at a missing #${fragment}`);
      }
    }
  }
  expect(pages.length).toBeGreaterThanOrEqual(40);
  // Glossary links, unit anchors and the skip link: a crawl that checked no fragment would prove nothing.
  expect(fragmentsChecked).toBeGreaterThan(100);
  // Every fact carries a source link, so a crawl that met no external link checked nothing.
  expect(externalChecked).toBeGreaterThan(100);
  expect(problems).toEqual([]);
});
