/**
 * `npm test`: every check in order, then a summary. Type check, lint and format first (cheap), then unit
 * tests, the bad-content builds, the production build and the browser tests against it. A failing step
 * does not hide the others, except that the browser tests need a good build.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';

interface Step {
  name: string;
  command: string[];
  /** Where the step's JSON report lands, to count its tests. */
  report?: string;
  needs?: string;
  /** Extra environment for this step. */
  env?: Record<string, string>;
  /** A line for the end of the summary, written right after the step runs. */
  summary?: () => string;
}

const reports = path.resolve('test-results/reports');
const bin = (name: string) => path.resolve('node_modules/.bin', name);

const STEPS: Step[] = [
  { name: 'astro check', command: [bin('astro'), 'check', '--minimumFailingSeverity', 'hint'] },
  { name: 'lint', command: [bin('eslint'), '.', '--max-warnings', '0'] },
  { name: 'format', command: [bin('prettier'), '--check', '.'] },
  {
    name: 'unit tests',
    command: [
      bin('vitest'),
      'run',
      'test/unit',
      '--reporter=default',
      '--reporter=json',
      `--outputFile.json=${reports}/unit.json`,
    ],
    report: `${reports}/unit.json`,
  },
  {
    name: 'content checks',
    command: [
      bin('vitest'),
      'run',
      'test/content',
      '--reporter=default',
      '--reporter=json',
      `--outputFile.json=${reports}/content-checks.json`,
    ],
    report: `${reports}/content-checks.json`,
  },
  {
    name: 'bad-content builds',
    command: [
      bin('vitest'),
      'run',
      'test/build',
      '--reporter=default',
      '--reporter=json',
      `--outputFile.json=${reports}/content.json`,
    ],
    report: `${reports}/content.json`,
  },
  // Every Python program on the site, run with the frameworks in requirements.txt (see test/python/).
  {
    name: 'Python programs',
    command: [
      bin('vitest'),
      'run',
      '--config',
      'vitest.python.config.ts',
      '--reporter=default',
      '--reporter=json',
      `--outputFile.json=${reports}/python-programs.json`,
    ],
    report: `${reports}/python-programs.json`,
    // Read as soon as the step ends: the browser tests' runner empties test-results/ when it starts.
    summary: pythonSummary,
  },
  { name: 'build', command: [bin('astro'), 'build'] },
  { name: 'html validity', command: [bin('html-validate'), 'dist/**/*.html'], needs: 'build' },
  {
    name: 'Nu HTML checker',
    command: [process.execPath, 'scripts/check-nu.ts'],
    report: `${reports}/nu.json`,
    needs: 'build',
  },
  { name: 'page budgets', command: [process.execPath, 'scripts/check-budgets.ts'], needs: 'build' },
  {
    name: 'browser tests',
    command: [bin('playwright'), 'test', '--reporter=list,json'],
    report: `${reports}/e2e.json`,
    needs: 'build',
  },
  // The site must also work when served under a sub-path (project pages on a static host).
  {
    name: 'build under /guide/',
    command: [bin('astro'), 'build'],
    env: { BASE_PATH: '/guide/' },
  },
  {
    name: 'browser under /guide/',
    command: [bin('playwright'), 'test', 'site.spec', 'smoke', 'search', 'code', 'tabs', '--reporter=list,json'],
    report: `${reports}/e2e-base.json`,
    needs: 'build under /guide/',
    env: { BASE_PATH: '/guide/' },
  },
];

/** Which frameworks the Python programs really ran under, from test/python's report. */
function pythonSummary(): string {
  const file = `${reports}/python.json`;
  if (!existsSync(file)) return '\nPython programs: no report (the step did not run to the end).';
  const report = JSON.parse(readFileSync(file, 'utf8')) as {
    python: string;
    versions: Record<string, string>;
    ran: Record<string, number>;
  };
  const ran = ['keras', 'tensorflow', 'torch', 'jax'].map((framework) => {
    const count = report.ran[framework] ?? 0;
    const version = report.versions[framework];
    return count > 0 ? `${framework} ${version}: ${count} runs` : `${framework}: NOT RUN`;
  });
  return `\nPython programs (${report.python}): ${ran.join(' · ')}`;
}

interface Outcome {
  name: string;
  status: 'passed' | 'failed' | 'skipped';
  seconds: number;
  tests?: { passed: number; failed: number; skipped: number };
}

function countTests(step: Step): Outcome['tests'] {
  if (!step.report || !existsSync(step.report)) return undefined;
  const report = JSON.parse(readFileSync(step.report, 'utf8')) as {
    numPassedTests?: number;
    numFailedTests?: number;
    numPendingTests?: number;
    stats?: { expected: number; unexpected: number; flaky: number; skipped: number };
  };
  if (report.stats) {
    return {
      passed: report.stats.expected + report.stats.flaky,
      failed: report.stats.unexpected,
      skipped: report.stats.skipped,
    };
  }
  return {
    passed: report.numPassedTests ?? 0,
    failed: report.numFailedTests ?? 0,
    skipped: report.numPendingTests ?? 0,
  };
}

rmSync(reports, { recursive: true, force: true });
mkdirSync(reports, { recursive: true });
const outcomes: Outcome[] = [];
const summaries: string[] = [];
for (const step of STEPS) {
  const needed = step.needs && outcomes.find((outcome) => outcome.name === step.needs);
  if (needed && needed.status !== 'passed') {
    outcomes.push({ name: step.name, status: 'skipped', seconds: 0 });
    continue;
  }
  console.log(`\n▶ ${step.name}: ${[path.basename(step.command[0] ?? ''), ...step.command.slice(1)].join(' ')}`);
  const started = performance.now();
  const [command = '', ...args] = step.command;
  const result = spawnSync(command, args, {
    stdio: 'inherit',
    env: {
      ...process.env,
      ASTRO_TELEMETRY_DISABLED: '1',
      PLAYWRIGHT_JSON_OUTPUT_NAME: step.report ?? `${reports}/e2e.json`,
      NU_REPORT: `${reports}/nu.json`,
      ...step.env,
    },
  });
  const outcome: Outcome = {
    name: step.name,
    status: result.status === 0 ? 'passed' : 'failed',
    seconds: (performance.now() - started) / 1000,
  };
  const tests = countTests(step);
  if (tests) outcome.tests = tests;
  if (step.summary) summaries.push(step.summary());
  outcomes.push(outcome);
}

const MARK = { passed: '✔', failed: '✘', skipped: '–' } as const;
console.log('\nSummary');
for (const outcome of outcomes) {
  const skipped = outcome.tests?.skipped ? `, ${outcome.tests.skipped} skipped` : '';
  const tests = outcome.tests ? ` (${outcome.tests.passed} passed, ${outcome.tests.failed} failed${skipped})` : '';
  console.log(
    `  ${MARK[outcome.status]} ${outcome.name.padEnd(20)} ${outcome.status.padEnd(7)} ${outcome.seconds.toFixed(1).padStart(6)} s${tests}`,
  );
}
for (const line of summaries) console.log(line);
const passed = outcomes.reduce((sum, outcome) => sum + (outcome.tests?.passed ?? 0), 0);
const skippedTests = outcomes.reduce((sum, outcome) => sum + (outcome.tests?.skipped ?? 0), 0);
const failedTests = outcomes.reduce((sum, outcome) => sum + (outcome.tests?.failed ?? 0), 0);
const failedSteps = outcomes.filter((outcome) => outcome.status !== 'passed');
console.log(
  failedSteps.length === 0
    ? '\nAll checks passed.'
    : `\nFailed: ${failedSteps.map((outcome) => outcome.name).join(', ')}`,
);
console.log(`Tests: ${passed} passed, ${failedTests} failed, ${skippedTests} skipped`);
process.exit(failedSteps.length === 0 ? 0 : 1);
