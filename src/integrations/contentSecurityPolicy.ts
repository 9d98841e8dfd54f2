import { readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { buildPolicy, findInlineCode, insertPolicy, type PolicyParts } from '../lib/contentSecurityPolicy.ts';

/**
 * Writes the Content-Security-Policy into every built page once `astro build` is done, with the hash of every
 * inline script and style the pages really carry (see `src/lib/contentSecurityPolicy.ts`), and writes the same
 * policy as a header for static hosts that read `_headers` (Netlify, Cloudflare Pages), adding `frame-ancestors`,
 * which only works as a header.
 */
export function contentSecurityPolicy(parts: PolicyParts & { headerOnly: readonly string[] }): AstroIntegration {
  return {
    name: 'dlc:content-security-policy',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const outDir = fileURLToPath(dir);
        const files = (await readdir(outDir, { recursive: true }))
          .filter((file) => file.endsWith('.html'))
          .map((file) => path.join(outDir, file));
        const pages = await Promise.all(files.map(async (file) => ({ file, html: await readFile(file, 'utf8') })));
        const policy = buildPolicy(
          parts,
          pages.map((page) => findInlineCode(page.html)),
        );
        await Promise.all(pages.map((page) => writeFile(page.file, insertPolicy(page.html, policy))));
        const header = [policy, ...parts.headerOnly].join('; ');
        await writeFile(path.join(outDir, '_headers'), `/*\n  Content-Security-Policy: ${header}\n`);
        logger.info(`Content-Security-Policy written into ${pages.length} pages and _headers.`);
      },
    },
  };
}
