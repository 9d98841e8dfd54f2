import { readdir, readFile } from 'node:fs/promises';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { findMythClaims, parseMyths, textOutsideMythBoxes } from '../lib/myths.ts';

/**
 * Fails the build when a page states a myth from `content/myths.yaml` anywhere but inside the `<Myth>` box that
 * corrects it, naming the page and the words. Runs over every built page's text, so generated pages (the
 * comparison, pair pages, the chooser) are checked as well as content.
 */
export function mythCheck(mythsFile: string): AstroIntegration {
  return {
    name: 'dlc:myth-check',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const myths = parseMyths(readFileSync(path.resolve(mythsFile), 'utf8'), mythsFile);
        const outDir = fileURLToPath(dir);
        const files = (await readdir(outDir, { recursive: true })).filter((file) => file.endsWith('.html')).sort();
        const found: string[] = [];
        for (const file of files) {
          const text = textOutsideMythBoxes(await readFile(path.join(outDir, file), 'utf8'));
          found.push(...findMythClaims(text, myths).map((claim) => `  ${file}: ${claim}`));
        }
        if (found.length > 0) {
          throw new Error([`Pages state a myth outside the box that corrects it (${mythsFile}):`, ...found].join('\n'));
        }
        logger.info(`No page states one of ${myths.length} myths outside its correcting box.`);
      },
    },
  };
}
