import { fileURLToPath } from 'node:url';
import path from 'node:path';
import type { AstroIntegration } from 'astro';
import { close, createIndex } from 'pagefind';

/**
 * Builds the Pagefind search index from the finished `dist/` when `astro build` is done, so the index
 * is part of every build and never copied into `public/`. Only pages that mark their main content with
 * `data-pagefind-body` are indexed; headers, footers and navigation stay out of results.
 */
/**
 * What search leaves out besides `data-pagefind-ignore`: printed program output (numbers that match every
 * query), quiz answers (they repeat the lesson), source lists and highlighted code blocks (`import`, `print` and
 * variable names match everywhere; API names stay findable through the prose and inline code that explain them).
 * Smaller pages also mean a smaller first search download: each result shown loads its page's indexed text.
 */
const EXCLUDED = [
  '[data-pagefind-ignore]',
  'pre[data-language="text"]',
  '.example__output',
  '.example-output',
  '.quiz__reveal',
  '.sources',
  'pre.astro-code',
];

export function pagefind(): AstroIntegration {
  return {
    name: 'dlguide:pagefind',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const outDir = fileURLToPath(dir);
        const started = performance.now();
        const { index, errors } = await createIndex({ excludeSelectors: EXCLUDED });
        try {
          if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
          const added = await index.addDirectory({ path: outDir });
          if (added.errors.length > 0) throw new Error(`Pagefind indexing failed: ${added.errors.join('; ')}`);
          const written = await index.writeFiles({ outputPath: path.join(outDir, 'pagefind') });
          if (written.errors.length > 0) throw new Error(`Pagefind could not write: ${written.errors.join('; ')}`);
          const milliseconds = Math.round(performance.now() - started);
          // `npm run bench` reads this line for the indexing time: keep its shape.
          logger.info(
            `Search index written to pagefind/ (${added.page_count} HTML files scanned) in ${milliseconds} ms.`,
          );
        } finally {
          await close();
        }
      },
    },
  };
}
