/**
 * `npm run shots`: screenshots of the main pages at 360, 768 and 1280 px in both colour schemes, for a person
 * to look at before and after a change to how pages look. Serves the production build like a static host and
 * writes full-page PNGs to `.shots/<label>/` (git-ignored), one per page, width and scheme.
 *
 *   npm run build && npm run shots [-- --label before] [-- --pages /,/learn/tensors/] [-- --widths 360]
 *
 * `--top` shoots only the first screen (900 px high) of each page.
 *
 * Environment: SHOTS_DIST (the build folder, default dist), BASE_PATH, CHROMIUM_PATH.
 */
import { mkdirSync, rmSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { chromium } from '@playwright/test';
import { findChromium } from './support/findChromium.ts';
import { serveStatic } from './support/staticServer.ts';

/** A lesson, a difference page, the comparison, a pair page, a code page and the other main page types. */
const DEFAULT_PAGES = [
  '/',
  '/learn/',
  '/learn/tensors/',
  '/learn/backpropagation/',
  '/differences/static-vs-dynamic-graphs/',
  '/frameworks/pytorch/',
  '/compare/',
  '/compare/keras-vs-pytorch/',
  '/compare/choose/',
  '/code/train-model/',
  '/glossary/',
  '/search/',
];
const DEFAULT_WIDTHS = [360, 768, 1280];
const SCHEMES = ['light', 'dark'] as const;

const { values } = parseArgs({
  options: {
    label: { type: 'string', default: 'latest' },
    pages: { type: 'string' },
    widths: { type: 'string' },
    /** Only the first screen of each page instead of the whole page. */
    top: { type: 'boolean', default: false },
  },
});
const dist = path.resolve(process.env['SHOTS_DIST'] ?? 'dist');
const base = `/${(process.env['BASE_PATH'] ?? '/').replace(/^\/+|\/+$/g, '')}/`.replace('//', '/');
const pages = values.pages ? values.pages.split(',') : DEFAULT_PAGES;
const widths = values.widths ? values.widths.split(',').map(Number) : DEFAULT_WIDTHS;
const out = path.resolve('.shots', values.label);

rmSync(out, { recursive: true, force: true });
mkdirSync(out, { recursive: true });
const server = await serveStatic(dist, base);
const { port } = server.address() as AddressInfo;
const browser = await chromium.launch({
  executablePath: findChromium(),
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update'],
});
try {
  for (const scheme of SCHEMES) {
    for (const width of widths) {
      const context = await browser.newContext({ viewport: { width, height: 900 }, colorScheme: scheme });
      const page = await context.newPage();
      for (const pagePath of pages) {
        await page.goto(`http://127.0.0.1:${port}${base}${pagePath.replace(/^\//, '')}`);
        const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
        const name = `${pagePath.replace(/^\/|\/$/g, '').replace(/\//g, '_') || 'home'}-${width}-${scheme}.png`;
        await page.screenshot({ path: path.join(out, name), fullPage: !values.top });
        console.log(`${name}${overflow > 0 ? `  scrolls sideways by ${overflow}px` : ''}`);
      }
      await context.close();
    }
  }
} finally {
  await browser.close();
  server.close();
}
console.log(`Screenshots in ${path.relative(process.cwd(), out)}/`);
