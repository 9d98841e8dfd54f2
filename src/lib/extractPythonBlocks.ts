/** One fenced Python block from a Markdown/MDX file. */
export interface PythonBlock {
  /** 1-based line of the opening fence. */
  line: number;
  code: string;
}

/**
 * Finds every ```python (or ```py) fenced block, including blocks indented inside components, and returns
 * its code with the fence's indentation removed.
 */
export function extractPythonBlocks(markdown: string): PythonBlock[] {
  const blocks: PythonBlock[] = [];
  const lines = markdown.split('\n');
  for (let index = 0; index < lines.length; index++) {
    const open = /^(\s*)(`{3,}|~{3,})(?:python|py)\b/.exec(lines[index] ?? '');
    if (!open) continue;
    const [, indent = '', fence = ''] = open;
    const body: string[] = [];
    let end = index + 1;
    while (end < lines.length && !(lines[end] ?? '').trim().startsWith(fence)) {
      body.push((lines[end] ?? '').startsWith(indent) ? (lines[end] ?? '').slice(indent.length) : (lines[end] ?? ''));
      end++;
    }
    blocks.push({ line: index + 1, code: body.join('\n') });
    index = end;
  }
  return blocks;
}
