/**
 * Page-weight budgets, checked against the production build in `dist/` (gzip sizes, per page): the HTML, the
 * CSS it links or inlines, and the JavaScript it runs at load (module scripts with their static imports, and
 * inline scripts; code loaded on demand, such as Pagefind, does not count), and the web fonts a first visit
 * downloads (every font file its stylesheets declare or it preloads, counted as stored: WOFF2 is already
 * compressed). Fails naming the page and the figure, and prints the worst page for each figure.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';

/** The budgets from the design, in bytes after gzip. */
const BUDGETS = {
  html: 25 * 1024,
  css: 12 * 1024,
  js: 10 * 1024,
  font: 60 * 1024,
  image: 100 * 1024,
  explorer: 15 * 1024,
} as const;

/**
 * An interactive explorer's script (a component named `…Explorer.astro`) loads only on the pages that embed it and
 * has its own budget: what it adds to the page, its own modules and any it shares with no other script of the page,
 * counts against `explorer`, not against the page's `js`.
 */
const EXPLORER_SCRIPT = /Explorer\.astro_astro_type_script_/;

const dist = path.resolve(process.argv[2] ?? 'dist');
const gz = (text: string | Buffer) => gzipSync(text, { level: 9 }).length;
const files = readdirSync(dist, { recursive: true, encoding: 'utf8' }).map((file) => path.join(dist, file));

/** Resolves an asset URL from a page to its file in dist (site-absolute URLs may carry the base path). */
function assetFile(url: string, page: string): string | undefined {
  const clean = url.split(/[?#]/)[0] ?? url;
  const candidates = clean.startsWith('/')
    ? [path.join(dist, clean), ...[1, 2, 3].map((depth) => path.join(dist, ...clean.split('/').slice(depth + 1)))]
    : [path.join(path.dirname(page), clean)];
  return candidates.find((candidate) => {
    try {
      return statSync(candidate).isFile();
    } catch {
      return false;
    }
  });
}

/** A module script and every module it imports statically, each once. */
function moduleGraph(entry: string, seen: Set<string>): void {
  if (seen.has(entry)) return;
  seen.add(entry);
  const code = readFileSync(entry, 'utf8');
  for (const match of code.matchAll(/(?:^|[;\s}])import\s*(?:[\w*{}\s,$]+from\s*)?["']([^"']+\.js)["']/g)) {
    const imported = path.join(path.dirname(entry), match[1] ?? '');
    moduleGraph(imported, seen);
  }
}

const problems: string[] = [];
const FIGURES = ['html', 'css', 'js', 'font'] as const;
const worst = { html: ['', 0], css: ['', 0], js: ['', 0], font: ['', 0] } as Record<
  (typeof FIGURES)[number],
  [string, number]
>;
let worstExplorer: [string, number] = ['none', 0];
const pages = files.filter((file) => file.endsWith('.html'));
for (const page of pages) {
  const html = readFileSync(page, 'utf8');
  const name = `/${path.relative(dist, page)}`;
  const sizes = { html: gz(html), css: 0, js: 0, font: 0 };
  const fonts = new Set<string>();
  const addFonts = (css: string, from: string) => {
    for (const match of css.matchAll(/url\(\s*['"]?([^'")]+\.(?:woff2?|ttf|otf))['"]?\s*\)/g)) {
      const file = assetFile(match[1] ?? '', from);
      if (file) fonts.add(file);
    }
  };
  for (const match of html.matchAll(/<link[^>]+rel="stylesheet"[^>]*href="([^"]+)"/g)) {
    const file = assetFile(match[1] ?? '', page);
    if (!file) continue;
    const css = readFileSync(file, 'utf8');
    sizes.css += gz(css);
    addFonts(css, file);
  }
  for (const match of html.matchAll(/<style[^>]*>([\s\S]*?)<\/style>/g)) {
    sizes.css += gz(match[1] ?? '');
    addFonts(match[1] ?? '', page);
  }
  for (const match of html.matchAll(/<link[^>]+rel="preload"[^>]*as="font"[^>]*>/g)) {
    const href = /href="([^"]+)"/.exec(match[0])?.[1];
    const file = href === undefined ? undefined : assetFile(href, page);
    if (file) fonts.add(file);
  }
  for (const font of fonts) sizes.font += statSync(font).size;
  const modules = new Set<string>();
  const explorers: string[] = [];
  for (const match of html.matchAll(/<script[^>]*\bsrc="([^"]+)"[^>]*>/g)) {
    const file = assetFile(match[1] ?? '', page);
    if (file && EXPLORER_SCRIPT.test(path.basename(file))) explorers.push(file);
    else if (file) moduleGraph(file, modules);
  }
  for (const module of modules) sizes.js += gz(readFileSync(module));
  for (const explorer of explorers) {
    const own = new Set<string>();
    moduleGraph(explorer, own);
    const bytes = [...own]
      .filter((module) => !modules.has(module))
      .reduce((sum, module) => sum + gz(readFileSync(module)), 0);
    if (bytes > worstExplorer[1]) worstExplorer = [`${name} (${path.basename(explorer)})`, bytes];
    if (bytes > BUDGETS.explorer) {
      problems.push(
        `${name}: explorer ${path.basename(explorer)} ${(bytes / 1024).toFixed(1)} KB gzip > ${BUDGETS.explorer / 1024} KB`,
      );
    }
  }
  for (const match of html.matchAll(/<script(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/g))
    sizes.js += gz(match[1] ?? '');
  for (const figure of FIGURES) {
    if (sizes[figure] > worst[figure][1]) worst[figure] = [name, sizes[figure]];
    if (sizes[figure] > BUDGETS[figure]) {
      problems.push(
        `${name}: ${figure.toUpperCase()} ${(sizes[figure] / 1024).toFixed(1)} KB${figure === 'font' ? '' : ' gzip'} > ${BUDGETS[figure] / 1024} KB`,
      );
    }
  }
}
for (const image of files.filter((file) => /\.(png|jpe?g|gif|webp|avif|svg)$/i.test(file))) {
  const bytes = statSync(image).size;
  if (bytes > BUDGETS.image)
    problems.push(`/${path.relative(dist, image)}: image ${(bytes / 1024).toFixed(1)} KB > 100 KB`);
}

console.log(`Checked ${pages.length} pages. Worst (gzip):`);
for (const figure of FIGURES) {
  const [page, bytes] = worst[figure];
  console.log(
    `  ${figure.toUpperCase().padEnd(4)} ${(bytes / 1024).toFixed(1).padStart(5)} KB of ${BUDGETS[figure] / 1024} KB  ${page}`,
  );
}
console.log(
  `  Explorer ${(worstExplorer[1] / 1024).toFixed(1).padStart(5)} KB of ${BUDGETS.explorer / 1024} KB  ${worstExplorer[0]}`,
);
if (problems.length > 0) {
  console.log(`\nOver budget:\n  ${problems.join('\n  ')}`);
  process.exit(1);
}
