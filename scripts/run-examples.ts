/**
 * Runs every ```python block of the content (and every example `.py` file) with a real Python that has the
 * frameworks installed, and compares what each prints with the ```text block shown under it. Keras blocks
 * run once per backend. Not part of `npm test`: the frameworks are large and not installed in CI.
 *
 *   PYTHON=/path/to/venv/bin/python npm run examples [-- <path filter>]
 *
 * Environment: PYTHON (default python3), KERAS_BACKENDS (default tensorflow,jax,torch), EXAMPLE_TIMEOUT_S.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { extractPythonBlocks } from '../src/lib/extractPythonBlocks.ts';
import { matchesOutput } from '../src/lib/matchesOutput.ts';

interface Run {
  name: string;
  code: string;
  expected: string | undefined;
  backend: string | undefined;
}

const python = process.env['PYTHON'] ?? 'python3';
const backends = (process.env['KERAS_BACKENDS'] ?? 'tensorflow,jax,torch').split(',').filter(Boolean);
const timeoutMs = Number(process.env['EXAMPLE_TIMEOUT_S'] ?? 300) * 1000;
const filter = process.argv[2] ?? '';

function collectRuns(): Run[] {
  const runs: Run[] = [];
  for (const file of readdirSync('content', { recursive: true, encoding: 'utf8' }).sort()) {
    const full = path.join('content', file);
    if (!full.includes(filter)) continue;
    const blocks = full.endsWith('.mdx')
      ? extractPythonBlocks(readFileSync(full, 'utf8')).map((block) => ({ ...block, name: `${full}:${block.line}` }))
      : full.endsWith('.py')
        ? [{ name: full, code: readFileSync(full, 'utf8'), output: undefined }]
        : [];
    for (const block of blocks) {
      const usesKeras = /^\s*(?:import keras|from keras)\b/m.test(block.code);
      for (const backend of usesKeras ? backends : [undefined]) {
        runs.push({ name: block.name, code: block.code, expected: block.output, backend });
      }
    }
  }
  return runs;
}

function execute(run: Run): Promise<{ code: number | null; stdout: string; stderr: string }> {
  const folder = mkdtempSync(path.join(tmpdir(), 'dlguide-example-'));
  writeFileSync(path.join(folder, 'example.py'), run.code);
  return new Promise((resolve) => {
    const child = spawn(python, ['example.py'], {
      cwd: folder,
      env: {
        ...process.env,
        KERAS_BACKEND: run.backend ?? 'tensorflow',
        TF_CPP_MIN_LOG_LEVEL: '3',
        CUDA_VISIBLE_DEVICES: '',
      },
      timeout: timeoutMs,
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.on('close', (code) => {
      rmSync(folder, { recursive: true, force: true });
      resolve({ code, stdout, stderr });
    });
  });
}

const runs = collectRuns();
let passed = 0;
const failures: string[] = [];
let next = 0;
async function worker() {
  while (next < runs.length) {
    const run = runs[next++];
    if (!run) return;
    const label = run.backend ? `${run.name} [keras:${run.backend}]` : run.name;
    const result = await execute(run);
    if (result.code !== 0) {
      failures.push(`${label}: exit ${result.code}\n${result.stderr.trim().split('\n').slice(-4).join('\n')}`);
    } else if (run.expected !== undefined && !matchesOutput(result.stdout, run.expected)) {
      failures.push(
        `${label}: printed something else\n--- expected\n${run.expected}\n--- printed\n${result.stdout.trimEnd()}`,
      );
    } else {
      passed++;
      console.log(`ok   ${label}${run.expected === undefined ? ' (ran; no output shown)' : ''}`);
      continue;
    }
    console.log(`FAIL ${failures.at(-1)}`);
  }
}
await Promise.all([worker(), worker()]);
console.log(`\n${passed} passed, ${failures.length} failed`);
process.exit(failures.length === 0 ? 0 : 1);
