/**
 * `npm run lighthouse`: Lighthouse (default mobile config, simulated throttling) against the production build,
 * for the home page, the first lesson, `/compare/` and `/search/`. Prints each page's four category scores and,
 * under them, every audit that scored below 1, and writes the summary to `bench/lighthouse.json`. A report,
 * not a test: it exits 0 whenever every page was measured, whatever the scores.
 *
 *   npm run build && npm run lighthouse [-- --dist <folder>]
 *
 * Environment: LIGHTHOUSE_DIST (the build folder, default dist), BASE_PATH (as for the build),
 * CHROMIUM_PATH (see scripts/support/findChromium.ts).
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { parseArgs } from 'node:util';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse, { type Result } from 'lighthouse';
import { findChromium } from './support/findChromium.ts';
import { serveStatic } from './support/staticServer.ts';

const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const;
const METRICS = [
  'first-contentful-paint',
  'largest-contentful-paint',
  'total-blocking-time',
  'cumulative-layout-shift',
  'speed-index',
] as const;
const REPORT = path.resolve('bench/lighthouse.json');

interface PageSummary {
  path: string;
  url: string;
  seconds: number;
  /** Category scores 0–100; null where Lighthouse could not score the page. */
  scores: Record<(typeof CATEGORIES)[number], number | null>;
  metrics: Record<string, string | undefined>;
  /** Every audit the report shows that scored below 1, in category order; weight 0 does not move the score. */
  audits: { id: string; category: string; title: string; score: number; weight: number; displayValue?: string }[];
  warnings: string[];
  error?: string;
}

const { values } = parseArgs({ options: { dist: { type: 'string' } } });
const dist = path.resolve(values.dist ?? process.env['LIGHTHOUSE_DIST'] ?? 'dist');
const base = `/${(process.env['BASE_PATH'] ?? '/').replace(/^\/+|\/+$/g, '')}/`.replace('//', '/');

/** The first lesson of the learning path, as the lesson index lists them. */
function firstLesson(): string {
  const index = path.join(dist, 'learn/index.html');
  const html = existsSync(index) ? readFileSync(index, 'utf8') : '';
  for (const match of html.matchAll(/href="[^"]*?\/learn\/([a-z0-9-]+)\/"/g)) {
    if (existsSync(path.join(dist, 'learn', match[1] ?? '', 'index.html'))) return `learn/${match[1]}/`;
  }
  throw new Error(`No lesson found: ${index} links to no page under learn/.`);
}

function summarise(pagePath: string, lhr: Result, seconds: number): PageSummary {
  const scores = Object.fromEntries(
    CATEGORIES.map((id) => {
      const score = lhr.categories[id]?.score;
      return [id, typeof score === 'number' ? Math.round(score * 100) : null];
    }),
  ) as PageSummary['scores'];
  const audits: PageSummary['audits'] = [];
  for (const category of CATEGORIES) {
    for (const ref of lhr.categories[category]?.auditRefs ?? []) {
      const audit = lhr.audits[ref.id];
      if (ref.group === 'hidden' || !audit || typeof audit.score !== 'number' || audit.score >= 1) continue;
      if (audits.some((listed) => listed.id === audit.id)) continue;
      audits.push({
        id: audit.id,
        category,
        title: audit.title,
        score: audit.score,
        weight: ref.weight,
        ...(audit.displayValue ? { displayValue: audit.displayValue } : {}),
      });
    }
  }
  const summary: PageSummary = {
    path: pagePath,
    url: lhr.finalDisplayedUrl,
    seconds: Math.round(seconds * 10) / 10,
    scores,
    metrics: Object.fromEntries(METRICS.map((id) => [id, lhr.audits[id]?.displayValue])),
    audits,
    warnings: lhr.runWarnings.map(String),
  };
  if (lhr.runtimeError) summary.error = `${lhr.runtimeError.code}: ${lhr.runtimeError.message}`;
  return summary;
}

function printReport(pages: PageSummary[]): void {
  const width = Math.max(4, ...pages.map((page) => page.path.length));
  const cell = (value: string) => value.padStart(CATEGORIES.reduce((max, id) => Math.max(max, id.length), 0) + 2);
  console.log(`\n${'page'.padEnd(width)}${CATEGORIES.map(cell).join('')}`);
  for (const page of pages) {
    console.log(`${page.path.padEnd(width)}${CATEGORIES.map((id) => cell(String(page.scores[id] ?? '–'))).join('')}`);
  }
  for (const page of pages) {
    console.log(`\n${page.path} (${page.seconds} s)`);
    if (page.error) console.log(`  could not be measured: ${page.error}`);
    for (const warning of page.warnings) console.log(`  warning: ${warning}`);
    for (const audit of page.audits) {
      const value = audit.displayValue ? ` — ${audit.displayValue}` : '';
      const weight = audit.weight === 0 ? ' (weight 0: advice, not scored)' : '';
      console.log(
        `  ${audit.score.toFixed(2)} ${audit.category.padEnd(14)} ${audit.id}: ${audit.title}${value}${weight}`,
      );
    }
    if (!page.error && page.audits.length === 0) console.log('  every scored audit passed');
  }
}

if (!existsSync(path.join(dist, 'index.html'))) {
  console.error(`No build in ${dist} (index.html is missing). Run \`npm run build\` first, or pass --dist <folder>.`);
  process.exit(1);
}
let chrome: chromeLauncher.LaunchedChrome | undefined;
let server: Server | undefined;
function cleanUp(): void {
  chrome?.kill();
  chrome = undefined;
  server?.closeAllConnections();
  server?.close();
  server = undefined;
}
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => {
    cleanUp();
    process.exit(130);
  });
}

const started = performance.now();
const pages: PageSummary[] = [];
let lighthouseVersion = '';
let userAgent = '';
try {
  const pagePaths = ['', firstLesson(), 'compare/', 'search/'];
  server = await serveStatic(dist, base);
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  chrome = await chromeLauncher.launch({
    chromePath: findChromium(),
    // Containers cannot start Chromium's sandbox (the end-to-end tests run it the same way).
    chromeFlags: ['--headless=new', '--no-sandbox'],
    handleSIGINT: false,
  });
  for (const pagePath of pagePaths) {
    const url = `${origin}${base}${pagePath}`;
    console.log(`Lighthouse: ${url}`);
    const pageStarted = performance.now();
    const result = await lighthouse(url, { port: chrome.port, logLevel: 'error', onlyCategories: [...CATEGORIES] });
    if (!result) throw new Error(`Lighthouse returned no result for ${url}.`);
    lighthouseVersion = result.lhr.lighthouseVersion;
    userAgent = result.lhr.environment.hostUserAgent;
    pages.push(summarise(`/${pagePath}`, result.lhr, (performance.now() - pageStarted) / 1000));
  }
} catch (error) {
  cleanUp();
  console.error(`Lighthouse could not run: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
}
cleanUp();

printReport(pages);
const seconds = Math.round((performance.now() - started) / 100) / 10;
mkdirSync(path.dirname(REPORT), { recursive: true });
writeFileSync(
  REPORT,
  `${JSON.stringify({ date: new Date().toISOString(), lighthouseVersion, userAgent, seconds, pages }, null, 2)}\n`,
);
console.log(`\n${pages.length} pages in ${seconds} s; summary in ${path.relative(process.cwd(), REPORT)}`);
process.exit(pages.some((page) => page.error) ? 1 : 0);
