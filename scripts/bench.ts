/**
 * `npm run bench`: how the build and search scale. A benchmark, not a test — it passes or fails nothing.
 *
 * For each size it copies the project into a temporary folder, adds synthetic pages made from the real content
 * (copies of the lessons, with their code tabs, quizzes and diagrams, and of the code examples, beside the real
 * framework, difference and comparison pages), builds it and records the build's wall time, milliseconds per page,
 * peak memory (the build and every process it starts), Pagefind's indexing time, the index size, the files
 * written and the size of `dist/`. On one size (1,000 pages by default) it then serves the build and, in a fresh
 * Chromium session each run, types a query into the search dialog: it records the bytes Pagefind downloads for
 * that first query and the time from the last keystroke to the first result, and reports the medians.
 *
 *   npm run bench [-- --sizes 100,1000,5000] [--search-size 1000] [--runs 5] [--keep]
 *
 * Writes `bench/results.json` and `bench/results.md`, and puts the table into the README between the
 * `bench:start` and `bench:end` markers.
 */
import { spawnSync } from 'node:child_process';
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { chromium } from '@playwright/test';
import { parse, stringify } from 'yaml';
import { findChromium } from './support/findChromium.ts';
import { PROJECT_ROOT, astroBuild, copyProject } from './support/projectCopy.ts';
import { serveStatic } from './support/staticServer.ts';

const { values } = parseArgs({
  options: {
    sizes: { type: 'string', default: '100,1000,5000' },
    'search-size': { type: 'string', default: '1000' },
    runs: { type: 'string', default: '5' },
    keep: { type: 'boolean', default: false },
  },
});
const SIZES = values.sizes.split(',').map(Number);
const SEARCH_SIZE = Number(values['search-size']);
const RUNS = Number(values.runs);
const QUERIES = ['gradient', 'tensor shape', 'overfitting', 'export model', 'learning rate'];
const OUT = path.join(PROJECT_ROOT, 'bench');

interface BuildResult {
  /** The size asked for. */
  target: number;
  /** HTML pages in the build. */
  pages: number;
  buildSeconds: number;
  msPerPage: number;
  /** Highest resident memory of the build and its child processes together, MB; null off Linux. */
  peakMemoryMB: number | null;
  pagefindSeconds: number | null;
  indexBytes: number;
  files: number;
  distBytes: number;
}

interface SearchResult {
  pages: number;
  runs: number;
  /** Bytes Pagefind downloaded for the first query of a session (compressed, headers included), median. */
  firstQueryBytes: number;
  /** Milliseconds from the last keystroke to the first result on screen, median. */
  msToFirstResult: number;
  samples: { query: string; bytes: number; ms: number }[];
}

// ——— synthetic content ———

function splitFrontmatter(text: string, file: string): { data: Record<string, unknown>; body: string } {
  const match = /^---\n([\s\S]*?)\n---\n([\s\S]*)$/.exec(text);
  if (!match) throw new Error(`${file} has no frontmatter`);
  return { data: parse(match[1] ?? '') as Record<string, unknown>, body: match[2] ?? '' };
}

const joinFrontmatter = (data: Record<string, unknown>, body: string) =>
  `---\n${stringify(data, { lineWidth: 0 })}---\n${body}`;

/** A few words that differ from copy to copy, so the search index grows as a real site's would. */
const VOCABULARY =
  'activation batch channel dropout embedding feature filter gradient kernel layer logits momentum neuron optimizer padding pooling residual sample stride tensor token vector weight'.split(
    ' ',
  );
const wordsFor = (n: number) => Array.from({ length: 6 }, (_, k) => VOCABULARY[(n * 7 + k * 3) % VOCABULARY.length]);

/**
 * Adds `count` pages to the copied content: about six lesson copies for every code-example copy. The lesson copies
 * get a path of their own, as the build requires of every lesson.
 */
function addSyntheticPages(content: string, count: number): void {
  const lessonDir = path.join(content, 'lessons');
  const exampleDir = path.join(content, 'examples');
  const lessons = readdirSync(lessonDir).filter((file) => file.endsWith('.mdx'));
  const examples = readdirSync(exampleDir).filter((file) => file.endsWith('.mdx'));
  const copies: string[] = [];
  for (let n = 1; n <= count; n++) {
    const isExample = n % 7 === 0;
    const sources = isExample ? examples : lessons;
    const source = sources[n % sources.length] ?? '';
    const folder = isExample ? exampleDir : lessonDir;
    const { data, body } = splitFrontmatter(readFileSync(path.join(folder, source), 'utf8'), source);
    data['title'] = `${String(data['title'])} (copy ${n})`;
    if (isExample) data['order'] = 1000 + n;
    const note = `\n\nCopy ${n} of this page exists for the build benchmark: ${wordsFor(n).join(', ')}.\n`;
    writeFileSync(path.join(folder, `bench-${n}-${source}`), joinFrontmatter(data, isExample ? body : body + note));
    if (!isExample) copies.push(`bench-${n}-${source.replace(/\.mdx$/, '')}`);
  }
  if (copies.length === 0) return;
  const benchPath = {
    title: 'Benchmark copies',
    description: 'Copies of the real lessons, added for the build benchmark.',
    audience: 'The benchmark.',
    outcome: 'A measured build.',
    steps: copies.map((id, index) => ({ type: 'lesson', id, order: index + 1, unit: 'Copies' })),
  };
  writeFileSync(path.join(content, 'paths', 'bench-copies.yaml'), stringify(benchPath));
}

// ——— measuring a build ———

/** Resident memory of a process and all its descendants, in bytes (Linux /proc); null elsewhere. */
function treeMemory(rootPid: number): number | null {
  if (!existsSync('/proc/self/status')) return null;
  const parents = new Map<number, number>();
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
      const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      parents.set(Number(entry), ppid);
    } catch {
      // the process ended while we looked
    }
  }
  const inTree = (pid: number): boolean => {
    for (let current = pid, hops = 0; current > 1 && hops < 64; hops++) {
      if (current === rootPid) return true;
      current = parents.get(current) ?? 0;
    }
    return false;
  };
  let total = 0;
  for (const pid of parents.keys()) {
    if (!inTree(pid)) continue;
    try {
      const rss = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1];
      total += Number(rss ?? 0) * 1024;
    } catch {
      // gone
    }
  }
  return total;
}

function walk(folder: string): { files: number; bytes: number } {
  let files = 0;
  let bytes = 0;
  for (const entry of readdirSync(folder, { recursive: true, encoding: 'utf8' })) {
    const stats = statSync(path.join(folder, entry));
    if (stats.isFile()) {
      files++;
      bytes += stats.size;
    }
  }
  return { files, bytes };
}

async function build(root: string): Promise<{ seconds: number; peak: number | null; output: string }> {
  const started = performance.now();
  let peak: number | null = null;
  let timer: ReturnType<typeof setInterval> | undefined;
  const { code, output } = await astroBuild(root, (pid) => {
    timer = setInterval(() => {
      const now = treeMemory(pid);
      if (now !== null) peak = Math.max(peak ?? 0, now);
    }, 100);
  });
  clearInterval(timer);
  const seconds = (performance.now() - started) / 1000;
  if (code !== 0) throw new Error(`astro build failed in ${root}:\n${output.slice(-4000)}`);
  return { seconds, peak, output };
}

async function benchBuild(target: number, baseline: number): Promise<{ result: BuildResult; root: string }> {
  const root = mkdtempSync(path.join(os.tmpdir(), `dlguide-bench-${target}-`));
  copyProject(root, path.join(PROJECT_ROOT, 'content'));
  addSyntheticPages(path.join(root, 'content'), Math.max(0, target - baseline));
  console.log(`\n▶ ${target} pages: building in ${root}`);
  const { seconds, peak, output } = await build(root);
  const dist = path.join(root, 'dist');
  const pages = readdirSync(dist, { recursive: true, encoding: 'utf8' }).filter((file) =>
    file.endsWith('.html'),
  ).length;
  const pagefindMs = /Search index written to pagefind\/ .* in (\d+) ms/.exec(output)?.[1];
  const all = walk(dist);
  const result: BuildResult = {
    target,
    pages,
    buildSeconds: round(seconds, 2),
    msPerPage: round((seconds * 1000) / pages, 1),
    peakMemoryMB: peak === null ? null : Math.round(peak / 1024 / 1024),
    pagefindSeconds: pagefindMs ? round(Number(pagefindMs) / 1000, 2) : null,
    indexBytes: walk(path.join(dist, 'pagefind')).bytes,
    files: all.files,
    distBytes: all.bytes,
  };
  console.log(
    `  ${pages} pages in ${result.buildSeconds} s (${result.msPerPage} ms/page), peak ${result.peakMemoryMB} MB, ` +
      `Pagefind ${result.pagefindSeconds} s, index ${kb(result.indexBytes)}, ${all.files} files, dist ${mb(all.bytes)}`,
  );
  return { result, root };
}

// ——— measuring search ———

async function benchSearch(dist: string, pages: number): Promise<SearchResult> {
  const server = await serveStatic(dist, '/');
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const browser = await chromium.launch({ executablePath: findChromium(), args: ['--no-sandbox', '--disable-gpu'] });
  const samples: SearchResult['samples'] = [];
  try {
    const lesson = readdirSync(path.join(dist, 'learn')).find((entry) => !entry.startsWith('bench-')) ?? '';
    for (let run = 0; run < RUNS; run++) {
      const query = QUERIES[run % QUERIES.length] ?? 'gradient';
      // A new context is a new session: empty cache, nothing of Pagefind loaded yet.
      const context = await browser.newContext();
      const page = await context.newPage();
      const transfers: Promise<number>[] = [];
      page.on('requestfinished', (request) => {
        if (!request.url().includes('/pagefind/')) return;
        transfers.push(request.sizes().then((sizes) => sizes.responseBodySize + sizes.responseHeadersSize));
      });
      await page.goto(`${origin}/learn/${lesson}/`, { waitUntil: 'networkidle' });
      await page.keyboard.press('/');
      const dialog = page.getByRole('dialog', { name: 'Quick search' });
      const input = dialog.getByRole('searchbox');
      await input.evaluate((element) => {
        const times = { lastInput: 0 };
        (window as unknown as { benchTimes: typeof times }).benchTimes = times;
        element.addEventListener('input', () => (times.lastInput = performance.now()));
      });
      // Typed at a steady pace; the last key is pressed and released at once, because Chromium driven this way
      // holds back the page's work while a key is held down, which would add the hold time to the measurement.
      await input.pressSequentially(query.slice(0, -1), { delay: 60 });
      await page.waitForTimeout(60);
      await input.press(query.slice(-1));
      // Polled every 5 ms in the page: the moment the final query's results are on screen.
      const shown = await page.waitForFunction(
        (expected) => {
          const dialogElement = document.querySelector('[data-search-dialog]');
          const status = dialogElement?.querySelector('[data-search-status]')?.textContent ?? '';
          const hasResult = Boolean(dialogElement?.querySelector('[data-search-results] > li'));
          return status.includes(`“${expected}”`) && hasResult ? performance.now() : 0;
        },
        query,
        { polling: 5 },
      );
      const firstResult = (await shown.jsonValue()) as number;
      const lastInput = await page.evaluate(
        () => (window as unknown as { benchTimes: { lastInput: number } }).benchTimes.lastInput,
      );
      await page.waitForLoadState('networkidle');
      const times = { lastInput, firstResult };
      const bytes = (await Promise.all(transfers)).reduce((sum, size) => sum + size, 0);
      samples.push({ query, bytes, ms: round(times.firstResult - times.lastInput, 1) });
      console.log(`  search "${query}": ${kb(bytes)}, first result ${samples.at(-1)?.ms} ms after the last keystroke`);
      await context.close();
    }
  } finally {
    await browser.close();
    server.closeAllConnections();
    server.close();
  }
  return {
    pages,
    runs: RUNS,
    firstQueryBytes: median(samples.map((sample) => sample.bytes)),
    msToFirstResult: median(samples.map((sample) => sample.ms)),
    samples,
  };
}

// ——— reporting ———

const round = (value: number, digits: number) => Math.round(value * 10 ** digits) / 10 ** digits;
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;
function median(numbers: number[]): number {
  const sorted = [...numbers].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? (sorted[middle] ?? 0) : ((sorted[middle - 1] ?? 0) + (sorted[middle] ?? 0)) / 2;
}

/** Least squares of build seconds on pages: the fixed cost, the cost per page and how straight the line is. */
function fitLine(points: { pages: number; seconds: number }[]) {
  const n = points.length;
  const meanX = points.reduce((sum, point) => sum + point.pages, 0) / n;
  const meanY = points.reduce((sum, point) => sum + point.seconds, 0) / n;
  const sxx = points.reduce((sum, point) => sum + (point.pages - meanX) ** 2, 0);
  const sxy = points.reduce((sum, point) => sum + (point.pages - meanX) * (point.seconds - meanY), 0);
  const slope = sxx === 0 ? 0 : sxy / sxx;
  const intercept = meanY - slope * meanX;
  const total = points.reduce((sum, point) => sum + (point.seconds - meanY) ** 2, 0);
  const residual = points.reduce((sum, point) => sum + (point.seconds - intercept - slope * point.pages) ** 2, 0);
  return {
    fixedSeconds: round(intercept, 2),
    msPerExtraPage: round(slope * 1000, 1),
    r2: total === 0 ? 1 : round(1 - residual / total, 4),
  };
}

function machine() {
  const cpus = os.cpus();
  return {
    cpu: cpus[0]?.model.trim() ?? 'unknown',
    cores: os.availableParallelism(),
    memoryGB: Math.round(os.totalmem() / 1024 ** 3),
    os: `${os.type()} ${os.release()}`,
    node: process.version,
  };
}

const version = (name: string) =>
  (
    JSON.parse(readFileSync(path.join(PROJECT_ROOT, 'node_modules', name, 'package.json'), 'utf8')) as {
      version: string;
    }
  ).version;

function markdown(report: {
  date: string;
  machine: ReturnType<typeof machine>;
  builds: BuildResult[];
  fit: ReturnType<typeof fitLine>;
  search: SearchResult | null;
}): string {
  const { machine: host } = report;
  const lines = [
    `Measured ${report.date.slice(0, 10)} on ${host.cpu}, ${host.cores} cores, ${host.memoryGB} GB, ${host.os}, Node ${host.node}` +
      ` (Astro ${version('astro')}, Pagefind ${version('pagefind')}).`,
    '',
    '| Pages | Build | ms per page | Peak memory | Pagefind | Index | Files | dist |',
    '| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
    ...report.builds.map(
      (row) =>
        `| ${row.pages.toLocaleString('en')} | ${row.buildSeconds} s | ${row.msPerPage} | ${row.peakMemoryMB ?? '–'} MB | ` +
        `${row.pagefindSeconds ?? '–'} s | ${mb(row.indexBytes)} | ${row.files.toLocaleString('en')} | ${mb(row.distBytes)} |`,
    ),
    '',
    `Growth: build time ≈ ${report.fit.fixedSeconds} s + ${report.fit.msPerExtraPage} ms × pages (R² ${report.fit.r2}; 1 = a straight line).`,
  ];
  if (report.search) {
    lines.push(
      `Search on the ${report.search.pages.toLocaleString('en')}-page build, median of ${report.search.runs} fresh sessions: ` +
        `first query ${kb(report.search.firstQueryBytes)} transferred, first result ${report.search.msToFirstResult} ms after the last keystroke.`,
    );
  }
  return `${lines.join('\n')}\n`;
}

// ——— main ———

const builds: BuildResult[] = [];
let search: SearchResult | null = null;
const roots: string[] = [];
try {
  // The real site first: its page count is what the synthetic pages are added to.
  const real = await benchBuild(0, 0);
  roots.push(real.root);
  builds.push(real.result);
  for (const target of SIZES) {
    const { result, root } = await benchBuild(target, real.result.pages);
    roots.push(root);
    builds.push(result);
    if (target === SEARCH_SIZE) search = await benchSearch(path.join(root, 'dist'), result.pages);
    if (!values.keep) rmSync(path.join(root, 'dist'), { recursive: true, force: true });
  }
} finally {
  if (!values.keep) for (const root of roots) rmSync(root, { recursive: true, force: true });
}

const report = {
  date: new Date().toISOString(),
  machine: machine(),
  builds,
  fit: fitLine(builds.map((row) => ({ pages: row.pages, seconds: row.buildSeconds }))),
  search,
  goals: { msPerPageAt1000: 30, firstQueryKB: 120, msToFirstResult: 150 },
};
mkdirSync(OUT, { recursive: true });
writeFileSync(path.join(OUT, 'results.json'), `${JSON.stringify(report, null, 2)}\n`);
const table = markdown(report);
writeFileSync(path.join(OUT, 'results.md'), `# Benchmark results\n\n${table}`);
const readme = path.join(PROJECT_ROOT, 'README.md');
const text = readFileSync(readme, 'utf8');
const marked = /(<!-- bench:start -->\n)[\s\S]*?(<!-- bench:end -->)/;
if (marked.test(text)) writeFileSync(readme, text.replace(marked, `$1\n${table}\n$2`));
else
  console.warn('README.md has no <!-- bench:start --> … <!-- bench:end --> markers; the table was not copied there.');
// Keep the written files in the repository's format so `npm test`'s format check stays green.
spawnSync(
  path.join(PROJECT_ROOT, 'node_modules/.bin/prettier'),
  ['--write', readme, path.join(OUT, 'results.md'), path.join(OUT, 'results.json')],
  { stdio: 'ignore' },
);
console.log(`\n${table}\nWritten: bench/results.json, bench/results.md and the README table.`);
