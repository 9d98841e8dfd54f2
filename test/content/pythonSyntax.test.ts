import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractPythonBlocks } from '~/lib/extractPythonBlocks';

/** Every place Python lives in the content: fenced blocks in MDX and the example `.py` files. */
function pythonSources(): { name: string; code: string }[] {
  const sources: { name: string; code: string }[] = [];
  for (const file of readdirSync('content', { recursive: true, encoding: 'utf8' }).sort()) {
    const full = path.join('content', file);
    if (file.endsWith('.mdx')) {
      for (const block of extractPythonBlocks(readFileSync(full, 'utf8'))) {
        sources.push({ name: `${full}:${block.line}`, code: block.code });
      }
    } else if (file.endsWith('.py')) {
      sources.push({ name: full, code: readFileSync(full, 'utf8') });
    }
  }
  return sources;
}

const CHECK = `
import ast, json, sys
failures = []
for source in json.load(sys.stdin):
    try:
        ast.parse(source["code"], filename=source["name"])
    except SyntaxError as error:
        failures.append(f'{source["name"]} (+{error.lineno} lines): {error.msg}')
print(json.dumps(failures))
`;

describe('Python in the content', () => {
  it('every ```python block and example file parses with Python’s own parser', () => {
    const sources = pythonSources();
    expect(sources.length).toBeGreaterThan(20);
    const result = spawnSync('python3', ['-c', CHECK], { input: JSON.stringify(sources), encoding: 'utf8' });
    if (result.error) throw new Error(`python3 is needed for this check and could not run: ${result.error.message}`);
    expect(result.stderr).toBe('');
    expect(JSON.parse(result.stdout) as string[]).toEqual([]);
  });

  it('the check catches a block that does not parse', () => {
    const broken = JSON.stringify([{ name: 'broken.mdx:3', code: 'def f(:\n    pass\n' }]);
    const result = spawnSync('python3', ['-c', CHECK], { input: broken, encoding: 'utf8' });
    expect(JSON.parse(result.stdout) as string[]).toEqual(['broken.mdx:3 (+1 lines): invalid syntax']);
  });
});
