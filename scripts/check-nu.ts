/**
 * `npm run validate:nu` (after a build): the W3C Nu HTML checker (the `vnu-jar` package, run with Java) over
 * every built page. Any error fails, naming the page, the line and the message; each page counts as a test in
 * the summary of `npm test` (EXAMPLES_REPORT-style JSON in NU_REPORT).
 *
 * Environment: NU_DIST (the build folder, default dist), NU_REPORT (where to write the counts).
 */
import { spawnSync } from 'node:child_process';
import { readdirSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';

const dist = process.env['NU_DIST'] ?? 'dist';
const pages = readdirSync(dist, { recursive: true, encoding: 'utf8' })
  .filter((file) => file.endsWith('.html'))
  .map((file) => path.join(dist, file))
  .sort();
if (pages.length === 0) {
  console.error(`No built pages in ${dist}/: run the build first.`);
  process.exit(1);
}
const jar = String(createRequire(import.meta.url)('vnu-jar'));
const result = spawnSync('java', ['-jar', jar, '--errors-only', '--format', 'json', ...pages], {
  encoding: 'utf8',
  maxBuffer: 64 * 1024 * 1024,
});
if (result.error) {
  console.error(`The Nu checker needs Java (apt-get install default-jre-headless): ${result.error.message}`);
  process.exit(1);
}
const { messages = [] } = JSON.parse(result.stderr || '{"messages":[]}') as {
  messages?: { type: string; url?: string; lastLine?: number; message: string; extract?: string }[];
};
const errors = messages.filter((message) => message.type === 'error' || message.type === 'non-document-error');
const failing = new Set<string>();
for (const error of errors) {
  const page = error.url ? path.relative(process.cwd(), new URL(error.url).pathname) : '(no page)';
  failing.add(page);
  console.log(
    `${page}:${error.lastLine ?? '?'}: ${error.message}${error.extract ? `\n    ${error.extract.trim()}` : ''}`,
  );
}
console.log(`Nu HTML checker: ${pages.length} pages, ${errors.length} errors on ${failing.size} pages.`);
const report = process.env['NU_REPORT'];
if (report) {
  writeFileSync(report, JSON.stringify({ numPassedTests: pages.length - failing.size, numFailedTests: failing.size }));
}
process.exit(errors.length === 0 && result.status === 0 ? 0 : 1);
