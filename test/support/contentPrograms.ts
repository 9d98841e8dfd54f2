/**
 * Every Python program the site shows, as runs for the Python runner: the code examples (each framework's
 * file, and the notebook the site builds from it), every ```python block in lessons, differences and framework
 * profiles, and the programs the explorers generate. A program that imports Keras runs once per backend unless
 * it picks its backend itself.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { PRESETS, explore } from '~/lib/backpropExplorer';
import { buildNotebook } from '~/lib/buildNotebook';
import { gradientProgram, type ProgramFramework } from '~/lib/expressionToPython';
import { extractPythonBlocks } from '~/lib/extractPythonBlocks';
import { matchesOutput } from '~/lib/matchesOutput';
import { downloadName } from '~/lib/downloadName';
import { TF1_PROGRAM } from '~/lib/graphModes';
import { lessonNotebook, notebookFrameworks, SHARED_NOTEBOOK } from '~/lib/lessonNotebooks';
import type { PythonJob } from './pythonRunner';

/** The frameworks a program can import, by module name. */
export const FRAMEWORK_MODULES = ['keras', 'tensorflow', 'torch', 'jax'] as const;
export type FrameworkModule = (typeof FRAMEWORK_MODULES)[number];
export const KERAS_BACKENDS = ['jax', 'tensorflow', 'torch'] as const;
export type KerasBackend = (typeof KERAS_BACKENDS)[number];

export interface ContentProgram {
  /** Stable and unique: where the program lives, e.g. `content/lessons/tensors.mdx:120` or `example:train-model/keras`. */
  id: string;
  /** The file in the repository that holds it. */
  source: string;
  kind: PythonJob['kind'];
  fileName: string;
  /** The program's code (for a notebook: the code cells joined). */
  code: string;
  /** What the runner executes: the code, or the notebook's JSON. */
  content: string;
  /** The output the page shows (`...` for what varies), if it shows one. */
  expected: string | undefined;
  /** A check of its own instead of (or beside) `expected`; returns what is wrong, if anything. */
  check?: (stdout: string) => string | undefined;
  /** Why its shown output differs from run to run (`varies="…"`): it is then not held to its recorded output. */
  outputVaries?: string | undefined;
  /** Why the program is not run here, shown on its page. */
  notRun: string | undefined;
  /** The oldest framework release it runs on (examples declare it). */
  requires?: string | undefined;
  /** The Keras backends to run it on, when not all three (a lesson's notebook: its blocks run on all already). */
  backends?: readonly KerasBackend[];
}

export interface ProgramRun {
  program: ContentProgram;
  /** The Keras backend, for a program that imports Keras. */
  backend: KerasBackend | undefined;
  /** The frameworks it imports. */
  frameworks: FrameworkModule[];
  job: Omit<PythonJob, 'id'>;
}

/** Generous: torch.compile runs g++ on the first call, which takes minutes on a busy 2-core machine. */
const TIMEOUT_SECONDS = 600;

/** The frameworks a program imports (`import x`, `from x import`, `import x.y`), in FRAMEWORK_MODULES order. */
export function importedFrameworks(code: string): FrameworkModule[] {
  const imported = new Set(
    [...code.matchAll(/^\s*(?:from\s+([\w.]+)\s+import|import\s+([\w.]+))/gm)].map(
      (match) => (match[1] ?? match[2] ?? '').split('.')[0],
    ),
  );
  return FRAMEWORK_MODULES.filter((module) => imported.has(module));
}

/** The Keras backend a program sets for itself (`os.environ["KERAS_BACKEND"] = "jax"`), if it does. */
export function ownBackend(code: string): string | undefined {
  return /os\.environ\[\s*["']KERAS_BACKEND["']\s*\]\s*=\s*["'](\w+)["']/.exec(code)?.[1];
}

/**
 * The runs of one program. A program that changes its own environment before importing (os.environ) gets a
 * zygote that has imported nothing, so the change takes effect as it would in a fresh `python`.
 */
export function runsOf(program: ContentProgram): ProgramRun[] {
  const frameworks = importedFrameworks(program.code);
  const setsEnvironment = /\bos\.(?:environ|putenv)\b/.test(program.code);
  const own = ownBackend(program.code);
  const backends: (KerasBackend | undefined)[] = !frameworks.includes('keras')
    ? [undefined]
    : own
      ? [own as KerasBackend]
      : [...(program.backends ?? KERAS_BACKENDS)];
  return backends.map((backend) => ({
    program,
    backend,
    frameworks,
    job: {
      kind: program.kind,
      fileName: program.fileName,
      content: program.content,
      modules: setsEnvironment ? [] : ['numpy', ...frameworks],
      env: backend && !own ? { KERAS_BACKEND: backend } : {},
      timeoutSeconds: TIMEOUT_SECONDS,
    },
  }));
}

interface ExampleVariantData {
  file?: string;
  output?: string;
  requires?: string;
  note?: string;
}

/** The code examples: each framework's `.py` file and the notebook built from it. */
export function examplePrograms(root = 'content'): ContentProgram[] {
  const folder = path.join(root, 'examples');
  return readdirSync(folder)
    .filter((name) => name.endsWith('.mdx'))
    .sort()
    .flatMap((entry) => {
      const task = entry.replace(/\.mdx$/, '');
      const text = readFileSync(path.join(folder, entry), 'utf8');
      const [, frontmatter = '', body = ''] = text.split(/^---$/m);
      const data = parse(frontmatter) as {
        title: string;
        description: string;
        code: Record<string, ExampleVariantData>;
      };
      return Object.entries(data.code).flatMap(([framework, variant]): ContentProgram[] => {
        if (!variant.file) return [];
        const source = path.join(folder, variant.file);
        const code = readFileSync(source, 'utf8');
        const fileName = downloadName(task, framework, 'py');
        const notebook = buildNotebook({
          title: data.title,
          explanation: [data.description, variant.note, body.trim()].filter(Boolean).join('\n\n'),
          code,
          idPrefix: `${task}-${framework}`,
        });
        return [
          {
            id: `example:${task}/${framework}`,
            source,
            kind: 'script',
            fileName,
            code,
            content: code,
            expected: variant.output,
            notRun: undefined,
            requires: variant.requires,
          },
          {
            id: `notebook:${task}/${framework}`,
            source,
            kind: 'notebook',
            fileName: downloadName(task, framework, 'ipynb'),
            code,
            content: JSON.stringify(notebook),
            expected: undefined,
            // In a notebook, TensorFlow's Python logger writes its INFO lines ("Assets written to: …") to
            // stdout; a script sends them to stderr. Those lines aside, the notebook prints what the page shows.
            check: (stdout) => {
              const printed = stdout
                .split('\n')
                .filter((line) => !line.startsWith('INFO:tensorflow:'))
                .join('\n');
              return variant.output === undefined || matchesOutput(printed, variant.output)
                ? undefined
                : `printed something else\n--- the page shows\n${variant.output}\n--- it printed\n${stdout}`;
            },
            notRun: undefined,
            // The script runs on every Keras backend already; its notebook checks the notebook form, on JAX.
            backends: ['jax'],
          },
        ];
      });
    });
}

/** Every ```python block in the lessons, differences and framework profiles. */
export function blockPrograms(root = 'content'): ContentProgram[] {
  return ['lessons', 'differences', 'frameworks'].flatMap((collection) =>
    readdirSync(path.join(root, collection))
      .filter((name) => name.endsWith('.mdx'))
      .sort()
      .flatMap((name) => {
        const file = path.join(root, collection, name);
        return extractPythonBlocks(readFileSync(file, 'utf8')).map((block): ContentProgram => ({
          id: `${file}:${block.line}`,
          source: file,
          kind: 'script',
          fileName: `${name.replace(/\.mdx$/, '')}-line-${block.line}.py`,
          code: block.code,
          content: block.code,
          expected: block.output,
          outputVaries: block.outputVaries,
          notRun: block.notRun,
        }));
      }),
  );
}

/** `name = number` lines of a program's output. */
function printedNumbers(stdout: string): Map<string, number> {
  return new Map(
    [...stdout.matchAll(/^(\S+) = (\S+)$/gm)].map((match) => [match[1] ?? '', Number(match[2])] as [string, number]),
  );
}

const EXPLORER_FILES: Record<ProgramFramework, string> = {
  keras: 'keras',
  tensorflow: 'tensorflow',
  pytorch: 'pytorch',
};

/**
 * The programs the explorers show: the backprop explorer's program for each preset and framework, which must
 * print the engine's output and gradients (the frameworks compute in float32, the engine in float64), and the
 * graph-mode explorer's TensorFlow 1 program.
 */
export function explorerPrograms(): ContentProgram[] {
  const backprop = PRESETS.flatMap((preset) =>
    (Object.keys(EXPLORER_FILES) as ProgramFramework[]).map((framework): ContentProgram => {
      const result = explore(preset.formula, preset.values, preset.output);
      if (!result.ok) throw new Error(`preset ${preset.id}: ${result.message}`);
      const code = gradientProgram(result.expression, preset.values, result.variables, framework, result.output);
      const expected = new Map([
        [result.output, result.value],
        ...result.variables.map((name) => [`d${result.output}/d${name}`, result.gradients.get(name) ?? NaN] as const),
      ]);
      return {
        id: `explorer:backprop/${preset.id}/${framework}`,
        source: 'src/lib/expressionToPython.ts',
        kind: 'script',
        fileName: `backprop-${preset.id}-${EXPLORER_FILES[framework]}.py`,
        code,
        content: code,
        expected: undefined,
        notRun: undefined,
        check: (stdout) => {
          const values = printedNumbers(stdout);
          const names = [...values.keys()].sort().join(', ');
          const wanted = [...expected.keys()].sort().join(', ');
          if (names !== wanted) return `printed ${names || 'nothing'}, the explorer shows ${wanted}`;
          for (const [name, value] of expected) {
            const got = values.get(name) ?? NaN;
            if (!(Math.abs(got - value) < 1e-5 + 1e-4 * Math.abs(value))) {
              return `${name}: the framework printed ${got}, the explorer computes ${value}`;
            }
          }
          return undefined;
        },
      };
    }),
  );
  const tf1: ContentProgram = {
    id: 'explorer:graph-modes/tf1',
    source: 'src/lib/graphModes.ts',
    kind: 'script',
    fileName: 'graph-modes-tf1.py',
    code: TF1_PROGRAM,
    content: TF1_PROGRAM,
    // The program's own comments say what each line prints.
    expected: [...TF1_PROGRAM.matchAll(/print\(.*\)\s+# (.*)$/gm)].map((match) => match[1]).join('\n'),
    notRun: undefined,
  };
  return [...backprop, tf1];
}

/** A framework's name as its profile gives it (the site's pages use the same), or NumPy's. */
function frameworkName(root: string, framework: string): string {
  if (framework === SHARED_NOTEBOOK.id) return SHARED_NOTEBOOK.name;
  const [, frontmatter = ''] = readFileSync(path.join(root, 'frameworks', `${framework}.mdx`), 'utf8').split(/^---$/m);
  return (parse(frontmatter) as { name: string }).name;
}

/**
 * Each lesson's notebooks (one per framework, as the lesson page links them), run top to bottom. Their blocks
 * already run one by one on every Keras backend, so a Keras notebook runs on JAX, the backend the pages show.
 */
export function lessonNotebookPrograms(root = 'content'): ContentProgram[] {
  const folder = path.join(root, 'lessons');
  return readdirSync(folder)
    .filter((name) => name.endsWith('.mdx'))
    .sort()
    .flatMap((name) => {
      const id = name.replace(/\.mdx$/, '');
      const source = path.join(folder, name);
      const [, frontmatter = '', ...rest] = readFileSync(source, 'utf8').split(/^---$/m);
      const body = rest.join('---');
      const data = parse(frontmatter) as { title: string; description: string };
      return notebookFrameworks(body).map((framework): ContentProgram => {
        const notebook = lessonNotebook(
          {
            id,
            title: data.title,
            description: data.description,
            body,
            url: `/learn/${id}/`,
            frameworkName: frameworkName(root, framework),
          },
          framework,
        );
        return {
          id: `lesson-notebook:${id}/${framework}`,
          source,
          kind: 'notebook',
          fileName: downloadName(id, framework, 'ipynb'),
          code: notebook.cells
            .flatMap((cell) => (cell.cell_type === 'code' ? [cell.source.join('')] : []))
            .join('\n\n'),
          content: JSON.stringify(notebook),
          expected: undefined,
          notRun: undefined,
          backends: ['jax'],
        };
      });
    });
}

export function allPrograms(): ContentProgram[] {
  return [...examplePrograms(), ...blockPrograms(), ...lessonNotebookPrograms(), ...explorerPrograms()];
}
