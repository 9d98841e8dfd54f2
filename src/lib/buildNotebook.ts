/** A Jupyter notebook in nbformat 4.5, the subset this site writes. */
export interface Notebook {
  nbformat: 4;
  nbformat_minor: 5;
  metadata: {
    kernelspec: { name: 'python3'; display_name: 'Python 3'; language: 'python' };
    language_info: { name: 'python' };
  };
  cells: NotebookCell[];
}

export type NotebookCell =
  | { cell_type: 'markdown'; id: string; metadata: Record<string, never>; source: string[] }
  | {
      cell_type: 'code';
      id: string;
      metadata: Record<string, never>;
      source: string[];
      execution_count: null;
      outputs: [];
    };

/** Splits text into the list-of-lines form nbformat uses, each line keeping its newline but the last. */
function toSource(text: string): string[] {
  const lines = text.replace(/\s+$/, '').split('\n');
  return lines.map((line, index) => (index < lines.length - 1 ? `${line}\n` : line));
}

/**
 * Builds a notebook for one example: a markdown cell that explains it, then the Python file as code cells,
 * split where the file has a blank line followed by a top-level comment (the file's own sections).
 */
export function buildNotebook(input: { title: string; explanation: string; code: string; idPrefix: string }): Notebook {
  const sections = input.code
    .replace(/\s+$/, '')
    .split(/\n\n(?=# )/)
    .filter((section) => section.trim() !== '');
  const cells: NotebookCell[] = [
    {
      cell_type: 'markdown',
      id: `${input.idPrefix}-intro`,
      metadata: {},
      source: toSource(`# ${input.title}\n\n${input.explanation}`),
    },
    ...sections.map((section, index): NotebookCell => ({
      cell_type: 'code',
      id: `${input.idPrefix}-code-${index + 1}`,
      metadata: {},
      source: toSource(section),
      execution_count: null,
      outputs: [],
    })),
  ];
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
