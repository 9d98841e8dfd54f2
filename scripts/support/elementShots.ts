/**
 * Screenshots of one element per page (the first match of a selector, with some room around it), at the given
 * widths in both colour schemes: a closer look than `npm run shots` at a component being designed.
 *
 *   node scripts/support/elementShots.ts --dist dist --selector .program-output --pages /learn/tensors/ --out .shots/el
 */
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { chromium } from '@playwright/test';
import { findChromium } from './findChromium.ts';
import { serveStatic } from './staticServer.ts';

const { values } = parseArgs({
  options: {
    dist: { type: 'string', default: 'dist' },
    selector: { type: 'string' },
    pages: { type: 'string', default: '/' },
    widths: { type: 'string', default: '360,768,1280' },
    out: { type: 'string', default: '.shots/element' },
    port: { type: 'string', default: '4477' },
  },
});
const port = Number(values.port);
await serveStatic(path.resolve(values.dist), '/', port);
const browser = await chromium.launch({ executablePath: findChromium() });
mkdirSync(values.out, { recursive: true });
for (const pagePath of values.pages.split(',')) {
  for (const width of values.widths.split(',').map(Number)) {
    for (const scheme of ['light', 'dark'] as const) {
      const page = await browser.newPage({ viewport: { width, height: 900 }, colorScheme: scheme });
      await page.goto(`http://127.0.0.1:${port}${pagePath}`);
      const name = `${pagePath.replace(/\W+/g, '-').replace(/^-|-$/g, '') || 'home'}-${width}-${scheme}.png`;
      if (values.selector) {
        const element = page.locator(values.selector).first();
        await element.waitFor();
        // The element 250 px below the top of the screen, with what comes before and after it.
        await element.evaluate((node) => window.scrollBy(0, node.getBoundingClientRect().top - 250));
        await page.waitForTimeout(100);
        await page.screenshot({ path: path.join(values.out, name) });
      } else {
        await page.screenshot({ path: path.join(values.out, name) });
      }
      await page.close();
    }
  }
}
await browser.close();
console.log(`Screenshots in ${values.out}`);
process.exit(0);
