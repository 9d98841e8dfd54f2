import { createHash } from 'node:crypto';

/**
 * What a program printed when the tests last ran it, with the exact versions it ran under and the day:
 * `content/programOutputs.json`, written by `npm run examples:record` and read by the pages, which show the
 * output with that stamp. Programs are keyed by a hash of their code, so editing a program leaves it without a
 * record until it runs again, and the build fails rather than show an output the code no longer prints.
 */
/** The records file, beside the content it describes (a copy of the content brings its records along). */
export const RECORDS_FILE = 'content/programOutputs.json';

export interface ProgramRecord {
  /** Where the program lives, for people reading the file. */
  source: string;
  /** One run per Keras backend (`jax`, `tensorflow`, `torch`), or `python` for a program without Keras. */
  runs: Record<string, RecordedRun>;
}

export interface RecordedRun {
  output: string;
  /** Framework → exact version, e.g. { keras: '3.15.1', jax: '0.10.2' }. */
  versions: Record<string, string>;
  /** The day it ran, YYYY-MM-DD. */
  date: string;
}

export type ProgramRecords = Record<string, ProgramRecord>;

/** The record key of a program: its kind and a hash of its code (a notebook's: of its JSON). */
export function programKey(kind: 'script' | 'notebook', content: string): string {
  return `${kind}:${createHash('sha256').update(content.replace(/\s+$/, '')).digest('hex').slice(0, 16)}`;
}

/** The run key of a program on a Keras backend, or of a program without Keras. */
export function runKey(backend: string | undefined): string {
  return backend ?? 'python';
}
