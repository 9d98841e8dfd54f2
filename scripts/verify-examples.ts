/**
 * `npm run verify:examples`: runs every code example (content/examples/<task>/<framework>.py) under each
 * framework the local Python can import, and checks what it prints against the output its page shows. An
 * example skips when its framework is missing or older than the version it declares (`requires`); Keras
 * examples run once per installed backend. Prints pass / fail / skip per example and framework with the
 * framework's version, and fails when any example fails.
 *
 * Environment: PYTHON (default python3), EXAMPLE_TIMEOUT_S (default 300), EXAMPLES_REPORT (a JSON summary file).
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parse } from 'yaml';
import { isAtLeast } from '../src/lib/compareVersions.ts';
import { matchesOutput } from '../src/lib/matchesOutput.ts';

const python = process.env['PYTHON'] ?? 'python3';
const timeout = Number(process.env['EXAMPLE_TIMEOUT_S'] ?? 300) * 1000;
const MODULES = { keras: 'keras', tensorflow: 'tensorflow', pytorch: 'torch', jax: 'jax' } as const;

/** The version of each framework the local Python can really import (an import error counts as missing). */
function installedVersions(): Record<string, string> {
  const probe = `
import importlib, json
found = {}
for name, module in ${JSON.stringify(Object.entries(MODULES))}:
    try:
        found[name] = importlib.import_module(module).__version__
    except Exception:
        pass
print(json.dumps(found))
`;
  const result = spawnSync(python, ['-c', probe], {
    encoding: 'utf8',
    env: { ...process.env, KERAS_BACKEND: 'numpy', TF_CPP_MIN_LOG_LEVEL: '3' },
  });
  if (result.error || result.status !== 0) {
    console.log(`No usable Python (${python}): every example is skipped.`);
    return {};
  }
  return JSON.parse(result.stdout.trim().split('\n').at(-1) ?? '{}') as Record<string, string>;
}

interface Variant {
  file?: string;
  output?: string;
  requires?: string;
}

function run(file: string, backend: string | undefined): { ok: boolean; stdout: string; detail: string } {
  const folder = mkdtempSync(path.join(tmpdir(), 'dlguide-verify-'));
  writeFileSync(path.join(folder, 'example.py'), readFileSync(file, 'utf8'));
  const result = spawnSync(python, ['example.py'], {
    cwd: folder,
    encoding: 'utf8',
    timeout,
    env: {
      ...process.env,
      KERAS_BACKEND: backend ?? 'tensorflow',
      TF_CPP_MIN_LOG_LEVEL: '3',
      CUDA_VISIBLE_DEVICES: '',
    },
  });
  rmSync(folder, { recursive: true, force: true });
  const detail = (result.error?.message ?? result.stderr ?? '').trim().split('\n').slice(-3).join(' | ');
  return { ok: result.status === 0, stdout: result.stdout ?? '', detail };
}

const versions = installedVersions();
console.log(
  `Python: ${python}; frameworks found: ${
    Object.entries(versions)
      .map(([name, version]) => `${name} ${version}`)
      .join(', ') || 'none'
  }`,
);
const counts = { passed: 0, failed: 0, skipped: 0 };
const report = (status: keyof typeof counts, label: string, detail = '') => {
  counts[status]++;
  console.log(`${{ passed: 'pass', failed: 'FAIL', skipped: 'skip' }[status]}  ${label}${detail ? `  ${detail}` : ''}`);
};

for (const entry of readdirSync('content/examples')
  .filter((name) => name.endsWith('.mdx'))
  .sort()) {
  const task = entry.replace(/\.mdx$/, '');
  const frontmatter = readFileSync(path.join('content/examples', entry), 'utf8').split(/^---$/m)[1] ?? '';
  const code = (parse(frontmatter) as { code: Record<string, Variant> }).code;
  for (const [framework, variant] of Object.entries(code)) {
    if (!variant.file) continue;
    const label = `${task} · ${framework}`;
    const version = versions[framework];
    if (!version) {
      report('skipped', label, `${framework} is not installed`);
      continue;
    }
    if (variant.requires && !isAtLeast(version, variant.requires)) {
      report('skipped', label, `needs ${framework} ${variant.requires}, found ${version}`);
      continue;
    }
    const backends =
      framework === 'keras' ? ['tensorflow', 'jax', 'pytorch'].filter((name) => versions[name]) : [undefined];
    if (backends.length === 0) report('skipped', label, 'no Keras backend is installed');
    for (const backend of backends) {
      const name = `${label} ${version}${backend ? ` (backend ${backend === 'pytorch' ? 'torch' : backend})` : ''}`;
      const result = run(path.join('content/examples', variant.file), backend === 'pytorch' ? 'torch' : backend);
      if (!result.ok) report('failed', name, result.detail);
      else if (variant.output !== undefined && !matchesOutput(result.stdout, variant.output)) {
        report('failed', name, `printed:\n${result.stdout}\nexpected:\n${variant.output}`);
      } else report('passed', name);
    }
  }
}
console.log(`\nExamples: ${counts.passed} passed, ${counts.failed} failed, ${counts.skipped} skipped`);
const reportFile = process.env['EXAMPLES_REPORT'];
if (reportFile) {
  writeFileSync(
    reportFile,
    JSON.stringify({ numPassedTests: counts.passed, numFailedTests: counts.failed, skipped: counts.skipped }),
  );
}
process.exit(counts.failed === 0 ? 0 : 1);
