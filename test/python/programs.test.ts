/**
 * Every Python program on the site, run with real frameworks: the code examples and the notebooks built from
 * them, every ```python block of the content, and the explorers' programs. Keras programs run once per backend.
 * A program passes when it exits 0 and prints what its page shows (`...` standing for what varies).
 *
 * A block marked `norun="why"` in the content is reported as skipped with that reason, and so is a program
 * whose framework this run was told not to expect (PYTHON_FRAMEWORKS, set by .ci/run when it falls back to
 * Debian's PyTorch). Any other framework that does not import is a failure, not a skip. In that fallback
 * (PYTHON_FALLBACK) only the examples whose `requires` the old PyTorch meets and the explorers' programs run.
 *
 * Environment: PYTHON (default .venv/bin/python, else python3), PYTHON_FRAMEWORKS (default
 * keras,tensorflow,torch,jax), PROGRAMS (only programs whose id contains it), RECORD_OUTPUTS=1 (write what
 * each program printed, with the versions, to content/programOutputs.json).
 *
 * Pages show the recorded output, so a program must also print its record again, up to the numeric noise that
 * differsFromRecord documents, whenever it runs under the versions the record names.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { isAtLeast } from '~/lib/compareVersions';
import { differsFromRecord, matchesOutput } from '~/lib/matchesOutput';
import { programKey, runKey } from '~/lib/programRecords';
import { allPrograms, runsOf, type ProgramRun } from '../support/contentPrograms';
import { describeFailure, PythonRunner } from '../support/pythonRunner';
import {
  installedVersions,
  pythonCommand,
  readRecords,
  runLabel,
  saveRecords,
  writeRunReport,
  type RunRecord,
} from './records';

const python = pythonCommand();
const expected = (process.env['PYTHON_FRAMEWORKS'] ?? 'keras,tensorflow,torch,jax').split(',').filter(Boolean);
const filter = process.env['PROGRAMS'] ?? '';
/** Set by .ci/run when requirements.txt could not be installed and Debian's PyTorch stands in. */
const fallback = process.env['PYTHON_FALLBACK'];
const versions = installedVersions(python);
const recording = process.env['RECORD_OUTPUTS'] === '1';
const records = readRecords();
const runner = new PythonRunner(python, 2);
const recorded: { run: ProgramRun; record: RunRecord }[] = [];
const runs = allPrograms()
  .filter((program) => program.id.includes(filter))
  .flatMap(runsOf);

/** The frameworks a run needs: those it imports, and the Keras backend it runs on. */
function needs(run: ProgramRun): string[] {
  return [...new Set([...run.frameworks, ...(run.backend ? [run.backend] : [])])];
}

describe(`the site's Python programs (${python})`, () => {
  it('there are programs to run, and the Python can be started', () => {
    expect(runs.length).toBeGreaterThan(filter ? 0 : 200);
    expect(versions, `${python} could not report its packages`).not.toBeUndefined();
  });

  describe.concurrent('each program', () => {
    for (const run of runs) {
      const label = runLabel(run);
      if (run.program.notRun) {
        it.skip(`${label} (not run: ${run.program.notRun})`, () => undefined);
        continue;
      }
      if (fallback && !/^(?:example|explorer):/.test(run.program.id)) {
        it.skip(`${label} (not run: fallback to ${fallback}'s packages)`, () => undefined);
        continue;
      }
      const have = run.frameworks.length === 1 ? versions?.[run.frameworks[0] ?? ''] : undefined;
      if (fallback && run.program.requires && have && !isAtLeast(have, run.program.requires)) {
        it.skip(`${label} (not run: needs ${run.program.requires}, the fallback has ${have})`, () => undefined);
        continue;
      }
      const unexpected = needs(run).filter((framework) => !expected.includes(framework));
      if (unexpected.length > 0) {
        it.skip(`${label} (${unexpected.join(', ')} not expected in this run: PYTHON_FRAMEWORKS)`, () => undefined);
        continue;
      }
      it(
        label,
        async () => {
          const missing = needs(run).filter((framework) => !versions?.[framework]);
          expect(missing, `not installed in ${python}: ${missing.join(', ')}`).toEqual([]);
          const result = await runner.run({ id: `${run.program.id}#${run.backend ?? ''}`, ...run.job });
          const printed = run.program.expected === undefined || matchesOutput(result.stdout, run.program.expected);
          const problem = run.program.check?.(result.stdout);
          console.log(
            result.exit === 0 && printed && !problem
              ? `ran  ${label} in ${result.seconds} s`
              : `FAIL ${label} in ${result.seconds} s: ${result.exit === 0 ? (problem ?? `printed:\n${result.stdout}`) : describeFailure(result)}`,
          );
          expect(result.exit, `${label}: ${describeFailure(result)}`).toBe(0);
          const shown = run.program.expected;
          if (shown !== undefined) {
            expect(
              matchesOutput(result.stdout, shown),
              `${label} printed something else\n--- the page shows\n${shown}\n--- it printed\n${result.stdout}`,
            ).toBe(true);
          }
          expect(run.program.check?.(result.stdout), label).toBeUndefined();
          const ranUnder = Object.fromEntries(
            [...needs(run), 'numpy', 'python'].map((name) => [name, versions?.[name] ?? '']),
          );
          // A page shows the recorded output of each program whose output it shows: the program must still print
          // it, up to the documented noise, when it runs under the versions it was recorded with (the build fails
          // when it has no record), unless its output fence says why it varies.
          const saved = records[programKey(run.program.kind, run.program.content)]?.runs[runKey(run.backend)];
          const sameVersions =
            saved !== undefined &&
            Object.entries(saved.versions).every(([name, version]) =>
              // A Python bug-fix release changes nothing a program prints.
              name === 'python'
                ? (ranUnder[name] ?? '').split('.').slice(0, 2).join('.') === version.split('.').slice(0, 2).join('.')
                : ranUnder[name] === version,
            );
          const pageShowsOutput = run.program.kind === 'script' && run.program.expected !== undefined;
          if (!recording && pageShowsOutput && saved && sameVersions && run.program.outputVaries === undefined) {
            expect(
              differsFromRecord(result.stdout, saved.output),
              `${label} no longer prints the output its page shows\n--- recorded\n${saved.output}\n--- now\n${result.stdout}`,
            ).toBeUndefined();
          }
          recorded.push({ run, record: { output: result.stdout, versions: ranUnder, seconds: result.seconds } });
        },
        900_000,
      );
    }
  });

  afterAll(() => {
    runner.close();
    writeRunReport(python, versions, recorded);
    if (recording) saveRecords(recorded, filter !== '');
  });
});
