/**
 * Runs Python programs and notebooks with the Python in PYTHON, two at a time, each in a clean folder of its own.
 *
 * Importing TensorFlow, PyTorch or Keras costs seconds, more than most programs run, so programs do not each
 * start a new interpreter: for every set of modules and environment the runner starts one zygote
 * (`scripts/support/python_zygote.py`) that imports them once and forks a fresh child per program. A child
 * shares nothing with the next but the imported modules, and runs the file as `python <file>` would, as
 * `__main__`, its folder first on `sys.path`. A notebook child starts an IPython kernel forked from the same
 * zygote and executes the notebook in it with nbclient.
 */
import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { createInterface } from 'node:readline';

export interface PythonJob {
  /** Unique, for the zygote's replies. */
  id: string;
  kind: 'script' | 'notebook';
  /** The file's name in its clean folder, e.g. `train-model-keras.py`. */
  fileName: string;
  /** The program, or the notebook's JSON. */
  content: string;
  /** Modules the zygote imports before forking; empty for a program that sets its own environment first. */
  modules: string[];
  /** Extra environment, such as KERAS_BACKEND. */
  env: Record<string, string>;
  timeoutSeconds: number;
}

export interface PythonResult {
  exit: number | null;
  signal: number | null;
  timedOut: boolean;
  seconds: number;
  stdout: string;
  stderr: string;
  /** For a notebook: the executed notebook's JSON. */
  executed: string | undefined;
}

interface Reply {
  id: string;
  exit: number | null;
  signal: number | null;
  timedOut: boolean;
  seconds: number;
}

/** The environment every program gets: quiet native logs and no GPU, whatever the machine has. */
const BASE_ENV = { TF_CPP_MIN_LOG_LEVEL: '3', CUDA_VISIBLE_DEVICES: '', PYTHONUNBUFFERED: '1' };
const ZYGOTE = path.resolve(import.meta.dirname, '../../scripts/support/python_zygote.py');

class Zygote {
  readonly ready: Promise<{ versions: Record<string, string> }>;
  private readonly process: ChildProcessWithoutNullStreams;
  private readonly waiting = new Map<string, (reply: Reply) => void>();
  private stderr = '';

  constructor(python: string, modules: string[], env: Record<string, string>) {
    this.process = spawn(python, [ZYGOTE, JSON.stringify(modules)], {
      env: { ...process.env, ...BASE_ENV, ...env },
      stdio: ['pipe', 'pipe', 'pipe'],
    });
    this.process.stderr.on('data', (chunk: Buffer) => {
      this.stderr = (this.stderr + chunk.toString()).slice(-4000);
    });
    const lines = createInterface({ input: this.process.stdout });
    this.ready = new Promise((resolve, reject) => {
      this.process.on('error', (error) => reject(new Error(`${python} could not start: ${error.message}`)));
      this.process.on('exit', (code) => {
        const message = `the Python zygote for [${modules.join(', ')}] ended (exit ${code}): ${this.stderr.trim()}`;
        reject(new Error(message));
        for (const resolveReply of this.waiting.values()) {
          resolveReply({ id: '', exit: null, signal: null, timedOut: false, seconds: 0 });
        }
        this.waiting.clear();
      });
      lines.on('line', (line) => {
        const message = JSON.parse(line) as Reply & { ready?: boolean; error?: string; versions?: object };
        if (message.ready === true) resolve({ versions: message.versions as Record<string, string> });
        else if (message.ready === false) reject(new Error(message.error));
        else this.waiting.get(message.id)?.(message);
      });
    });
  }

  run(job: PythonJob, file: string): Promise<Reply> {
    return new Promise((resolve) => {
      this.waiting.set(job.id, (reply) => {
        this.waiting.delete(job.id);
        resolve(reply);
      });
      this.process.stdin.write(
        `${JSON.stringify({ id: job.id, kind: job.kind, path: file, timeout: job.timeoutSeconds })}\n`,
      );
    });
  }

  close(): void {
    this.process.stdin.end();
  }
}

/** One runner per test run: it keeps the zygotes and lets `concurrency` programs run at once. */
export class PythonRunner {
  private readonly zygotes = new Map<string, Zygote>();
  private active = 0;
  private readonly queue: (() => void)[] = [];

  constructor(
    readonly python: string,
    private readonly concurrency = 2,
  ) {}

  private zygote(job: PythonJob): Zygote {
    const key = JSON.stringify([job.modules, job.env]);
    let zygote = this.zygotes.get(key);
    if (!zygote) {
      zygote = new Zygote(this.python, job.modules, job.env);
      zygote.ready.catch(() => undefined);
      this.zygotes.set(key, zygote);
    }
    return zygote;
  }

  /** The versions of the modules that a zygote for this job imported; rejects when they do not import. */
  async versions(job: Pick<PythonJob, 'modules' | 'env'>): Promise<Record<string, string>> {
    return (await this.zygote(job as PythonJob).ready).versions;
  }

  async run(job: PythonJob): Promise<PythonResult> {
    const zygote = this.zygote(job);
    await zygote.ready;
    if (this.active >= this.concurrency) await new Promise<void>((resolve) => this.queue.push(resolve));
    this.active++;
    const folder = mkdtempSync(path.join(tmpdir(), 'dlguide-python-'));
    try {
      const file = path.join(folder, job.fileName);
      writeFileSync(file, job.content);
      const reply = await zygote.run(job, file);
      const read = (suffix: string) =>
        existsSync(`${file}${suffix}`) ? readFileSync(`${file}${suffix}`, 'utf8') : undefined;
      return {
        exit: reply.exit,
        signal: reply.signal,
        timedOut: reply.timedOut,
        seconds: reply.seconds,
        stdout: read('.stdout') ?? '',
        stderr: read('.stderr') ?? '',
        executed: read('.executed.ipynb'),
      };
    } finally {
      rmSync(folder, { recursive: true, force: true });
      this.active--;
      this.queue.shift()?.();
    }
  }

  close(): void {
    for (const zygote of this.zygotes.values()) zygote.close();
  }
}

/** The last lines of what a failed program wrote to stderr, for a test's message. */
export function describeFailure(result: PythonResult): string {
  const why = result.timedOut
    ? `timed out after ${result.seconds} s`
    : result.signal !== null
      ? `killed by signal ${result.signal}`
      : `exit ${result.exit}`;
  const tail = result.stderr.trim().split('\n').slice(-12).join('\n');
  return `${why}\n${tail}`;
}
