/**
 * Real outputs on the pages. `npm run examples:record` runs every program on the site and keeps what it printed,
 * with the exact versions and the day, in `content/programOutputs.json` (keyed by a hash of the code: see
 * programRecords.ts). The pages show those outputs with a stamp ("Output from Keras 3.15.1 (JAX backend),
 * 3 Dec 2026") and a "Tested with …" line, and the build fails when a program has no record (its code changed
 * since the last recording) or was recorded under versions other than those requirements.txt pins.
 */
import { extractPythonBlocks } from './extractPythonBlocks.ts';
import { formatDate } from './formatDate.ts';
import { programKey, type ProgramRecord, type ProgramRecords, type RecordedRun } from './programRecords.ts';

/** Readers' names of what a run records a version of. */
const NAMES: Record<string, string> = {
  keras: 'Keras',
  tensorflow: 'TensorFlow',
  torch: 'PyTorch',
  jax: 'JAX',
  numpy: 'NumPy',
  python: 'Python',
};

/** The frameworks, in the order the site lists them; NumPy and Python are named only when nothing else ran. */
const FRAMEWORKS = ['keras', 'tensorflow', 'torch', 'jax'] as const;

/** The package in requirements.txt behind each recorded version. */
const PINNED_AS: Record<string, readonly string[]> = {
  keras: ['keras'],
  tensorflow: ['tensorflow', 'tensorflow-cpu'],
  torch: ['torch'],
  jax: ['jax'],
  numpy: ['numpy'],
};

/** "2.13.0+cpu" → "2.13.0": the local build tag means nothing to a reader. */
function shownVersion(version: string): string {
  return version.replace(/\+.*$/, '');
}

function listInWords(items: readonly string[]): string {
  return new Intl.ListFormat('en-GB', { style: 'long', type: 'conjunction' }).format(items);
}

/** The run a page shows: a Keras program's run on JAX, else its only run. */
export function shownRunKey(record: ProgramRecord): string {
  const keys = Object.keys(record.runs);
  return keys.includes('jax') ? 'jax' : (keys[0] ?? 'python');
}

function firstRun(record: ProgramRecord): RecordedRun {
  return Object.values(record.runs)[0] ?? { output: '', versions: {}, date: '' };
}

/**
 * What one run ran under, in words: "Keras 3.15.1 (JAX backend)", "PyTorch 2.13.0", "Python 3.13.5 and NumPy
 * 2.4.6". A Keras run names its backend beside Keras rather than as a framework of its own.
 */
export function ranUnder(run: RecordedRun, runKey: string): string {
  const { versions } = run;
  const keras = versions['keras'] !== undefined;
  const frameworks = FRAMEWORKS.filter((name) => versions[name] !== undefined && !(keras && name === runKey)).map(
    (name) =>
      name === 'keras'
        ? `Keras ${shownVersion(versions[name] ?? '')} (${NAMES[runKey] ?? runKey} backend)`
        : `${NAMES[name]} ${shownVersion(versions[name] ?? '')}`,
  );
  if (frameworks.length > 0) return listInWords(frameworks);
  return listInWords(
    ['python', 'numpy']
      .filter((name) => versions[name] !== undefined)
      .map((name) => `${NAMES[name]} ${versions[name]}`),
  );
}

/** The stamp under an output: "Output from Keras 3.15.1 (JAX backend), 3 Dec 2026". */
export function outputStamp(record: ProgramRecord): string {
  const key = shownRunKey(record);
  const run = record.runs[key] ?? firstRun(record);
  return `Output from ${ranUnder(run, key)}, ${formatDate(new Date(run.date))}`;
}

/**
 * "Tested with …" for a page, from the records of all its programs: each framework with its version (Keras with
 * the backends it ran on), the Python, and the day of the oldest run.
 */
export function testedWith(records: readonly ProgramRecord[]): string | undefined {
  const runs = records.flatMap((record) => Object.entries(record.runs));
  if (runs.length === 0) return undefined;
  /** Versions of what programs imported, and of the backends Keras ran on, kept apart. */
  const imported = new Map<string, Set<string>>();
  const backends = new Map<string, Set<string>>();
  const add = (into: Map<string, Set<string>>, name: string, version: string) => {
    if (!into.has(name)) into.set(name, new Set());
    into.get(name)?.add(shownVersion(version));
  };
  for (const [key, run] of runs) {
    const keras = run.versions['keras'] !== undefined;
    for (const [name, version] of Object.entries(run.versions)) {
      add(keras && name === key ? backends : imported, name, version);
    }
  }
  const versionsOf = (from: Map<string, Set<string>>, name: string) =>
    `${NAMES[name] ?? name} ${[...(from.get(name) ?? [])].sort().join(' and ')}`;
  const frameworks = FRAMEWORKS.filter((name) => imported.has(name)).map((name) =>
    name === 'keras' && backends.size > 0
      ? `${versionsOf(imported, name)} (on ${listInWords(FRAMEWORKS.filter((backend) => backends.has(backend)).map((backend) => versionsOf(backends, backend)))})`
      : versionsOf(imported, name),
  );
  if (frameworks.length === 0 && imported.has('numpy')) frameworks.push(versionsOf(imported, 'numpy'));
  const python = imported.has('python') ? ` on ${versionsOf(imported, 'python')}` : '';
  const oldest = runs.map(([, run]) => run.date).sort()[0] ?? '';
  return `Tested with ${listInWords(frameworks)}${python}, ${formatDate(new Date(oldest))}`;
}

/** Problems with a program's record: missing (the code changed since the recording) or recorded under other versions. */
export function recordProblems(
  record: ProgramRecord | undefined,
  where: string,
  pins: ReadonlyMap<string, string>,
): string[] {
  if (!record) {
    return [
      `${where}: no recorded run of this code in content/programOutputs.json (it is new or changed since the ` +
        'outputs were recorded): run `npm run examples:record`.',
    ];
  }
  return Object.entries(record.runs).flatMap(([key, run]) =>
    Object.entries(run.versions).flatMap(([name, version]) => {
      const pinned = (PINNED_AS[name] ?? []).map((pin) => pins.get(pin)).find(Boolean);
      return pinned === undefined || pinned === version
        ? []
        : [
            `${where}: its output was recorded with ${name} ${version} (${key} run), but requirements.txt pins ` +
              `${pinned}: run \`npm run examples:record\`.`,
          ];
    }),
  );
}

/** The record of a script, by its code. */
export function recordOf(records: ProgramRecords, code: string): ProgramRecord | undefined {
  return records[programKey('script', code)];
}

/** The records of every block a page runs (its ```python blocks not marked `norun`), each with its line. */
export function blockRecords(
  markdown: string,
  records: ProgramRecords,
): { line: number; record: ProgramRecord | undefined }[] {
  return extractPythonBlocks(markdown)
    .filter((block) => block.notRun === undefined)
    .map((block) => ({ line: block.line, record: recordOf(records, block.code) }));
}

/** Escapes a fence meta value written in double quotes. */
function metaValue(text: string): string {
  return text.replace(/"/g, '”');
}

/**
 * The Markdown with the output of each run ```python block replaced by its recorded output, the ```text fence
 * carrying the stamp (`output="Output from …"`) for the highlighter to show. The block's own text is the pattern
 * the tests check the program against (`...` for what varies); the reader sees what a real run printed.
 * Throws, naming the file and line, when a run block has no record or an outdated one.
 */
export function stampOutputs(
  markdown: string,
  file: string,
  records: ProgramRecords,
  pins: ReadonlyMap<string, string>,
): string {
  const lines = markdown.split('\n');
  const problems: string[] = [];
  const replacements: { start: number; end: number; text: string[] }[] = [];
  for (const block of extractPythonBlocks(markdown)) {
    if (block.notRun !== undefined) continue;
    const record = recordOf(records, block.code);
    const found = recordProblems(record, `${file}:${block.line}`, pins);
    problems.push(...found);
    if (!record || found.length > 0 || !block.outputFence) continue;
    const { start, end, indent } = block.outputFence;
    const run = record.runs[shownRunKey(record)] ?? firstRun(record);
    const fence = /^\s*(`{3,}|~{3,})/.exec(lines[start] ?? '')?.[1] ?? '```';
    const varies = block.outputVaries === undefined ? '' : ` varies="${metaValue(block.outputVaries)}"`;
    replacements.push({
      start,
      end,
      text: [
        `${indent}${fence}text output="${metaValue(outputStamp(record))}"${varies}`,
        ...run.output.split('\n').map((line) => (line === '' ? '' : `${indent}${line}`)),
        `${indent}${fence}`,
      ],
    });
  }
  if (problems.length > 0) throw new Error(problems.join('\n'));
  for (const { start, end, text } of replacements.sort((a, b) => b.start - a.start)) {
    lines.splice(start, end - start + 1, ...text);
  }
  return lines.join('\n');
}

/** The stamp in a ```text fence's meta, if the fence shows a recorded output. */
export function outputStampIn(meta: string | null | undefined): string | undefined {
  return /(?:^|\s)output="([^"]*)"/.exec(meta ?? '')?.[1];
}
