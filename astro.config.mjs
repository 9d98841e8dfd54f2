// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { contentSecurityPolicy } from './src/integrations/contentSecurityPolicy.ts';
import { mythCheck } from './src/integrations/mythCheck.ts';
import { pagefind } from './src/integrations/pagefind.ts';
import { programOutputs } from './src/integrations/programOutputs.ts';
import { CODE_COLOUR_CSS, CODE_THEMES, CODE_TRANSFORMERS } from './src/lib/codeThemes.ts';
import { frameworkTabCss } from './src/lib/frameworkTabCss.ts';
import { FRAMEWORKS } from './src/lib/taxonomy.ts';

/** Where the site is published; canonical URLs, Open Graph and the sitemap are built from it. */
const site = process.env.SITE_URL ?? 'https://dl-frameworks-guide.example.org';
/**
 * Stylesheets generated from the site's data, served as virtual modules and bundled like any other CSS (so the
 * policy needs no inline style): code colours from the code themes, tab visibility from the framework list.
 */
function generatedStylesheets() {
  /** @type {Record<string, string>} */
  const sheets = {
    'virtual:code-colours.css': CODE_COLOUR_CSS,
    'virtual:framework-tabs.css': frameworkTabCss(FRAMEWORKS),
  };
  return {
    name: 'dlc:generated-stylesheets',
    /** @param {string} source */
    resolveId(source) {
      return source in sheets ? `\0${source}` : undefined;
    },
    /** @param {string} module */
    load(module) {
      return module.startsWith('\0') ? sheets[module.slice(1)] : undefined;
    },
  };
}

/** The sub-path the site is served under (e.g. `/guide/` on a project page); `/` by default. */
const base = process.env.BASE_PATH ?? '/';

export default defineConfig({
  site,
  base,
  trailingSlash: 'always',
  // Every stylesheet is a file: the policy allows styles from the site itself, not inline ones.
  build: { format: 'directory', inlineStylesheets: 'never' },
  integrations: [
    // Real outputs from the last recorded run in place of the content's output patterns; before mdx() so it
    // rewrites the source first.
    programOutputs(),
    mdx(),
    sitemap({ filter: (page) => !/\/404\/?$/.test(new URL(page).pathname) }),
    // A strict policy on every page (a <meta> first in <head>, and dist/_headers), with a hash for each inline
    // script the pages carry. Written after the build rather than by Astro's security.csp, which puts its <meta>
    // after the head script, leaves that script's hash out and lists hashes of bundled files that match nothing.
    contentSecurityPolicy({
      directives: [
        "default-src 'self'",
        "object-src 'none'",
        "base-uri 'self'",
        "img-src 'self' data:",
        "form-action 'self'",
      ],
      // Pagefind's search engine is WebAssembly; nothing else needs eval of any kind.
      scriptSources: ["'self'", "'wasm-unsafe-eval'"],
      // Code colours are classes (src/lib/codeClasses.ts), so no style attribute needs 'unsafe-inline'.
      styleSources: ["'self'"],
      // Ignored in a <meta>: only a host's header can keep other sites from framing the pages.
      headerOnly: ["frame-ancestors 'none'"],
    }),
    // No page may state a myth outside the box that corrects it (content/myths.yaml).
    mythCheck('content/myths.yaml'),
    pagefind(),
  ],
  vite: {
    plugins: [generatedStylesheets()],
    build: {
      // One stylesheet for the whole site: a reader downloads it once and every later page is styled from cache.
      cssCodeSplit: false,
      // The glossary tooltip script (<Term>) runs on most content pages: as a file the browser caches it once,
      // instead of carrying it inline in every page's HTML. Everything else keeps Vite's default.
      assetsInlineLimit: (file) => (file.includes('Term.astro') ? false : undefined),
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
      transformers: CODE_TRANSFORMERS,
    },
  },
});
