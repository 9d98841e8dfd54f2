// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { pagefind } from './src/integrations/pagefind.ts';
import { CODE_THEMES } from './src/lib/codeThemes.ts';

/** Where the site is published; canonical URLs, Open Graph and the sitemap are built from it. */
const site = process.env.SITE_URL ?? 'https://dl-frameworks-guide.example.org';
/** The sub-path the site is served under (e.g. `/guide/` on a project page); `/` by default. */
const base = process.env.BASE_PATH ?? '/';

export default defineConfig({
  site,
  base,
  trailingSlash: 'always',
  security: {
    // A strict policy in a <meta> tag on every page; Astro adds a hash for each script and style it emits.
    csp: {
      directives: [
        "default-src 'self'",
        "object-src 'none'",
        "base-uri 'self'",
        "img-src 'self' data:",
        "form-action 'self'",
      ],
      // Pagefind's search engine is WebAssembly; nothing else needs eval of any kind.
      scriptDirective: { resources: ["'self'", "'wasm-unsafe-eval'"] },
      // Shiki colours code with style attributes, which hashes cannot cover.
      styleDirective: { resources: ["'self'", "'unsafe-inline'"] },
    },
  },
  build: { format: 'directory' },
  integrations: [mdx(), sitemap({ filter: (page) => !/\/(404|search)\/?$/.test(new URL(page).pathname) }), pagefind()],
  vite: {
    build: {
      rolldownOptions: {
        // Astro's MDX output carries a module-level directive that the bundler warns about once per file;
        // the warning is harmless and would bury real ones as the content grows.
        onLog(level, log, handler) {
          if (log.code === 'MODULE_LEVEL_DIRECTIVE') return;
          handler(level, log);
        },
      },
    },
  },
  markdown: {
    shikiConfig: {
      themes: CODE_THEMES,
      defaultColor: false,
    },
  },
});
