/** One fenced Python block from a Markdown/MDX file. */
export interface PythonBlock {
  /** 1-based line of the opening fence. */
  line: number;
  code: string;
  /** The ```text block that directly follows, if any: what the code prints. */
  output: string | undefined;
  /**
   * Why the block is not run by the tests, from the fence's `norun="…"` (it downloads data, needs a GPU, needs
   * several processes); the page shows the reason to the reader.
   */
  notRun: string | undefined;
  /**
   * Why the output differs from run to run, from the output fence's `varies="…"` (timings, memory addresses):
   * the page says so under the output, and the tests do not hold the program to its recorded output.
   */
  outputVaries?: string | undefined;
  /** Where the output block sits: its fence lines (0-based, opening and closing) and their indentation. */
  outputFence?: { start: number; end: number; indent: string } | undefined;
}

/** The reason in a fence's meta string `norun="…"`, if it has one. */
export function notRunReason(meta: string | null | undefined): string | undefined {
  const match = /(?:^|\s)norun="([^"]*)"/.exec(meta ?? '');
  return match ? (match[1] ?? '').trim() : undefined;
}

/** The reason in an output fence's meta string `varies="…"`, if it has one. */
export function variesReason(meta: string | null | undefined): string | undefined {
  const match = /(?:^|\s)varies="([^"]*)"/.exec(meta ?? '');
  return match ? (match[1] ?? '').trim() : undefined;
}

export interface Fence {
  indent: string;
  start: number;
  end: number;
  language: string;
  meta: string;
  body: string;
}

/** Every fenced block, including blocks indented inside components, with the fence's indentation removed. */
export function findFences(lines: readonly string[]): Fence[] {
  const fences: Fence[] = [];
  for (let index = 0; index < lines.length; index++) {
    const open = /^(\s*)(`{3,}|~{3,})\s*([\w-]*)(.*)$/.exec(lines[index] ?? '');
    if (!open) continue;
    const [, indent = '', fence = '', language = '', meta = ''] = open;
    const body: string[] = [];
    let end = index + 1;
    while (end < lines.length && !(lines[end] ?? '').trim().startsWith(fence)) {
      const line = lines[end] ?? '';
      body.push(line.startsWith(indent) ? line.slice(indent.length) : line);
      end++;
    }
    fences.push({ indent, start: index, end, language, meta: meta.trim(), body: body.join('\n') });
    index = end;
  }
  return fences;
}

/**
 * Finds every ```python (or ```py) block and the ```text block right after it (only blank lines between),
 * which by the site's convention shows the code's output.
 */
export function extractPythonBlocks(markdown: string): PythonBlock[] {
  const lines = markdown.split('\n');
  const fences = findFences(lines);
  return fences.flatMap((fence, index) => {
    if (fence.language !== 'python' && fence.language !== 'py') return [];
    const next = fences[index + 1];
    const between = next ? lines.slice(fence.end + 1, next.start) : [];
    const follows = next?.language === 'text' && between.every((line) => line.trim() === '');
    return [
      {
        line: fence.start + 1,
        code: fence.body,
        output: follows ? next.body : undefined,
        notRun: notRunReason(fence.meta),
        outputVaries: follows ? variesReason(next.meta) : undefined,
        outputFence: follows ? { start: next.start, end: next.end, indent: next.indent } : undefined,
      },
    ];
  });
}
