import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const FRAMEWORK_MODULES = { keras: 'keras', tensorflow: 'tensorflow', pytorch: 'torch', jax: 'jax' } as const;

/** Every example file: content/examples/<task>/<framework>.py. */
function exampleFiles(): { file: string; framework: string; code: string }[] {
  return readdirSync('content/examples', { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith('.py'))
    .sort()
    .map((file) => ({
      file: path.join('content/examples', file),
      framework: path.basename(file, '.py'),
      code: readFileSync(path.join('content/examples', file), 'utf8'),
    }));
}

/** The top-level modules a Python file imports. */
function importedModules(code: string): string[] {
  return [...code.matchAll(/^\s*(?:from\s+([\w.]+)\s+import|import\s+([\w.]+))/gm)].map(
    (match) => (match[1] ?? match[2] ?? '').split('.')[0] ?? '',
  );
}

describe('code example files', () => {
  const files = exampleFiles();

  it('exist for at least twelve tasks in every framework', () => {
    const tasks = new Set(files.map((file) => path.dirname(file.file)));
    expect(tasks.size).toBeGreaterThanOrEqual(12);
  });

  it('import only the framework they show, plus NumPy and the standard library', () => {
    const problems = files.flatMap(({ file, framework, code }) => {
      const own = FRAMEWORK_MODULES[framework as keyof typeof FRAMEWORK_MODULES];
      const others = Object.values(FRAMEWORK_MODULES).filter((module) => module !== own);
      return importedModules(code)
        .filter((module) => (others as string[]).includes(module))
        .map((module) => `${file} imports ${module}`);
    });
    expect(problems).toEqual([]);
  });

  it('need no network or downloaded data', () => {
    const network = /\b(?:urllib|requests|urlopen|load_data\(|download=True|hub\.load|from_pretrained)\b/;
    expect(files.filter(({ code }) => network.test(code)).map(({ file }) => file)).toEqual([]);
  });

  it('the import check sees a foreign framework import', () => {
    expect(importedModules('import numpy as np\nfrom torch import nn\nimport tensorflow.keras as k\n')).toEqual([
      'numpy',
      'torch',
      'tensorflow',
    ]);
  });
});
