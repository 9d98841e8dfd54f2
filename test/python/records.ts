/** What the program tests share: the Python to use, the installed versions, labels, and the records they write. */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { programKey, RECORDS_FILE, runKey, type ProgramRecords, type RecordedRun } from '~/lib/programRecords';
import type { ProgramRun } from '../support/contentPrograms';

/** PYTHON, else the project's virtual environment (`bash scripts/python-env.sh` makes it), else python3. */
export function pythonCommand(): string {
  const fromEnv = process.env['PYTHON'];
  if (fromEnv) return fromEnv;
  const venv = path.resolve(process.env['PYTHON_VENV'] ?? '.venv', 'bin/python');
  return existsSync(venv) ? venv : 'python3';
}

/**
 * The installed version of each framework, from the packages' metadata (no import): keras, tensorflow
 * (or tensorflow-cpu), torch, jax, numpy, and the Python's own. Undefined when the Python does not start.
 */
export function installedVersions(python: string): Record<string, string> | undefined {
  const probe = `
import json, platform
from importlib.metadata import version, PackageNotFoundError
found = {"python": platform.python_version()}
for name, packages in [("keras", ["keras"]), ("tensorflow", ["tensorflow", "tensorflow-cpu"]), ("torch", ["torch"]), ("jax", ["jax"]), ("numpy", ["numpy"])]:
    for package in packages:
        try:
            found[name] = version(package)
            break
        except PackageNotFoundError:
            pass
print(json.dumps(found))
`;
  const result = spawnSync(python, ['-c', probe], { encoding: 'utf8', timeout: 60_000 });
  if (result.error || result.status !== 0) return undefined;
  return JSON.parse(result.stdout.trim().split('\n').at(-1) ?? '{}') as Record<string, string>;
}

export function runLabel(run: ProgramRun): string {
  return `${run.program.id}${run.backend ? ` [keras:${run.backend}]` : ''}`;
}

/** One finished run: what it printed and what it ran under. */
export interface RunRecord {
  output: string;
  versions: Record<string, string>;
  seconds: number;
}

/** test-results/reports/python.json: which frameworks really ran, for the summary of `npm test`. */
export function writeRunReport(
  python: string,
  versions: Record<string, string> | undefined,
  recorded: { run: ProgramRun; record: RunRecord }[],
): void {
  const ran: Record<string, number> = {};
  for (const { run } of recorded) {
    for (const framework of new Set([...run.frameworks, ...(run.backend ? [run.backend] : [])])) {
      ran[framework] = (ran[framework] ?? 0) + 1;
    }
  }
  const seconds = recorded.reduce((sum, { record }) => sum + record.seconds, 0);
  mkdirSync('test-results/reports', { recursive: true });
  writeFileSync(
    'test-results/reports/python.json',
    `${JSON.stringify({ python, versions: versions ?? {}, ran, programSeconds: Math.round(seconds) }, null, 2)}\n`,
  );
}

/**
 * Writes every run's output and versions to the records file, keyed by the program's code. A run of every program
 * writes the file afresh (records of code that no longer exists go); a run of some (`PROGRAMS=…`) updates theirs
 * and keeps the rest.
 */
export function saveRecords(recorded: { run: ProgramRun; record: RunRecord }[], partial = false): void {
  const today = new Date().toISOString().slice(0, 10);
  const records: ProgramRecords = partial ? readRecords() : {};
  for (const { run, record } of [...recorded].sort((a, b) => a.run.program.id.localeCompare(b.run.program.id))) {
    const key = programKey(run.program.kind, run.program.content);
    const entry = (records[key] ??= { source: run.program.id, runs: {} });
    entry.source = run.program.id;
    const saved: RecordedRun = { output: record.output.replace(/\s+$/, ''), versions: record.versions, date: today };
    entry.runs[runKey(run.backend)] = saved;
  }
  const sorted = Object.fromEntries(Object.entries(records).sort(([a], [b]) => a.localeCompare(b)));
  writeFileSync(RECORDS_FILE, `${JSON.stringify(sorted, null, 2)}\n`);
  console.log(`Recorded ${recorded.length} runs of ${Object.keys(sorted).length} programs in ${RECORDS_FILE}.`);
}

export function readRecords(): ProgramRecords {
  return existsSync(RECORDS_FILE) ? (JSON.parse(readFileSync(RECORDS_FILE, 'utf8')) as ProgramRecords) : {};
}
