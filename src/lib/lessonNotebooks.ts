/**
 * A lesson as notebooks, one per framework: the lesson's ```python blocks in order (those shared by all
 * frameworks, and those in that framework's tab of each `<FrameworkCode>` group), under the lesson's headings as
 * markdown cells. A block the site does not run (`norun="why"`) becomes a markdown cell that shows the code and
 * says why, so the notebook still runs top to bottom. A lesson whose code uses no framework tab gets one notebook
 * for all, named `numpy`.
 */
import type { Notebook, NotebookCell } from './buildNotebook.ts';
import { findFences, notRunReason } from './extractPythonBlocks.ts';

type Part =
  | { kind: 'heading'; level: number; text: string }
  | { kind: 'code'; code: string; framework: string | undefined; notRun: string | undefined };

/** The headings and Python blocks of a lesson body, in order, each block with the framework tab it sits in. */
export function lessonParts(body: string): Part[] {
  const lines = body.split('\n');
  const fences = findFences(lines);
  const insideFence = new Set(fences.flatMap((fence) => range(fence.start, fence.end)));
  const parts: { line: number; part: Part }[] = [];
  let framework: string | undefined;
  const frameworkAt = new Map<number, string | undefined>();
  for (const [index, line] of lines.entries()) {
    if (insideFence.has(index)) {
      frameworkAt.set(index, framework);
      continue;
    }
    const open = /<Variant\s[^>]*framework="([\w-]+)"[^>]*?(\/)?>/.exec(line);
    if (open) framework = open[2] ? framework : open[1];
    if (/<\/Variant>/.test(line)) framework = undefined;
    const heading = /^(#{2,3})\s+(.+?)\s*$/.exec(line);
    if (heading) {
      parts.push({
        line: index,
        part: { kind: 'heading', level: heading[1]?.length ?? 2, text: plainHeading(heading[2] ?? '') },
      });
    }
  }
  for (const fence of fences) {
    if (fence.language !== 'python' && fence.language !== 'py') continue;
    parts.push({
      line: fence.start,
      part: {
        kind: 'code',
        code: fence.body,
        framework: frameworkAt.get(fence.start),
        notRun: notRunReason(fence.meta),
      },
    });
  }
  return parts.sort((a, b) => a.line - b.line).map(({ part }) => part);
}

/** A heading without the components or links it may hold: `<Term id="x">tensor</Term>s` → `tensors`. */
function plainHeading(text: string): string {
  return text.replace(/<[^>]+>/g, '').replace(/\[([^\]]*)\]\([^)]*\)/g, '$1');
}

function range(from: number, to: number): number[] {
  return Array.from({ length: to - from + 1 }, (_, index) => from + index);
}

function toSource(text: string): string[] {
  const lines = text.replace(/\s+$/, '').split('\n');
  return lines.map((line, index) => (index < lines.length - 1 ? `${line}\n` : line));
}

/** The notebook of a lesson whose code needs no framework tab. */
export const SHARED_NOTEBOOK = { id: 'numpy', name: 'NumPy' } as const;

/** The frameworks a lesson has notebooks for: those with a tab holding Python, or `numpy` when it has none. */
export function notebookFrameworks(body: string): string[] {
  const parts = lessonParts(body);
  const tabs = [...new Set(parts.flatMap((part) => (part.kind === 'code' && part.framework ? [part.framework] : [])))];
  if (tabs.length > 0) return tabs;
  return parts.some((part) => part.kind === 'code') ? [SHARED_NOTEBOOK.id] : [];
}

export interface LessonForNotebook {
  id: string;
  title: string;
  description: string;
  body: string;
  /** The lesson's address on the site, for the first cell. */
  url: string;
  /** The framework's name, for the title ("Tensors (PyTorch)"). */
  frameworkName: string;
}

/** The notebook of a lesson for one framework (see notebookFrameworks). */
export function lessonNotebook(lesson: LessonForNotebook, framework: string): Notebook {
  const parts = lessonParts(lesson.body).filter(
    (part) => part.kind === 'heading' || part.framework === undefined || part.framework === framework,
  );
  const cells: NotebookCell[] = [
    {
      cell_type: 'markdown',
      id: `${lesson.id}-${framework}-intro`,
      metadata: {},
      source: toSource(
        `# ${lesson.title} (${lesson.frameworkName})\n\n${lesson.description}\n\n` +
          `The code of the lesson [${lesson.title}](${lesson.url}), in order. Each cell is a complete program; ` +
          'read the lesson for what it shows.',
      ),
    },
  ];
  let pending: Part[] = [];
  let count = 0;
  for (const part of parts) {
    if (part.kind === 'heading') {
      // A heading is written only when code follows it, before the next heading at its level or above.
      pending = [...pending.filter((held) => held.kind === 'heading' && held.level < part.level), part];
      continue;
    }
    for (const held of pending) {
      if (held.kind !== 'heading') continue;
      cells.push({
        cell_type: 'markdown',
        id: `${lesson.id}-${framework}-heading-${cells.length}`,
        metadata: {},
        source: toSource(`${'#'.repeat(held.level)} ${held.text}`),
      });
    }
    pending = [];
    count += 1;
    if (part.notRun !== undefined) {
      cells.push({
        cell_type: 'markdown',
        id: `${lesson.id}-${framework}-not-run-${count}`,
        metadata: {},
        source: toSource(
          `Not run in this notebook: ${part.notRun} Paste it into a cell to run it where it can.\n\n` +
            `\`\`\`python\n${part.code.replace(/\s+$/, '')}\n\`\`\``,
        ),
      });
      continue;
    }
    cells.push({
      cell_type: 'code',
      id: `${lesson.id}-${framework}-code-${count}`,
      metadata: {},
      source: toSource(part.code),
      execution_count: null,
      outputs: [],
    });
  }
  return {
    nbformat: 4,
    nbformat_minor: 5,
    metadata: {
      kernelspec: { name: 'python3', display_name: 'Python 3', language: 'python' },
      language_info: { name: 'python' },
    },
    cells,
  };
}
