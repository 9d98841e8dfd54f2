import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { buildFixture, editFile, type FixtureBuild } from '../support/buildFixture';

const roots: string[] = [];
afterAll(() => roots.forEach((root) => rmSync(root, { recursive: true, force: true })));

async function build(mutate?: (root: string) => void): Promise<FixtureBuild> {
  const result = await buildFixture(mutate);
  roots.push(result.root);
  return result;
}

/** Expects the build to fail with every fragment in its output (file, field, reason). */
async function expectBuildError(mutate: (root: string) => void, fragments: (string | RegExp)[]) {
  const result = await build(mutate);
  expect(result.code, result.output).not.toBe(0);
  for (const fragment of fragments) expect(result.output).toMatch(fragment);
}

describe.concurrent('content that breaks the build', { timeout: 120_000 }, () => {
  it('the valid fixture builds, with every route and a search index', async () => {
    const result = await build();
    expect(result.code, result.output).toBe(0);
    const dist = path.join(result.root, 'dist');
    for (const page of [
      'learn/first',
      'learn/second',
      'frameworks/pytorch',
      'differences/graphs',
      'code/add-one',
      'glossary',
    ]) {
      expect(existsSync(path.join(dist, page, 'index.html')), page).toBe(true);
    }
    expect(existsSync(path.join(dist, 'pagefind/pagefind.js'))).toBe(true);
    expect(readFileSync(path.join(dist, 'sitemap-0.xml'), 'utf8')).toContain('/learn/second/');
  });

  it('facts boxes, the comparison table and verdict tables are generated from the data', async () => {
    const result = await build((root) => {
      editFile(root, 'content/frameworks/pytorch.mdx', (text) =>
        text.replace('value: PyTorch license', 'value: Licence 42'),
      );
      editFile(root, 'content/differences/graphs.mdx', (text) =>
        text.replace('summary: Eager plus compile.', 'summary: Verdict 7.'),
      );
    });
    expect(result.code, result.output).toBe(0);
    const page = (route: string) => readFileSync(path.join(result.root, 'dist', route, 'index.html'), 'utf8');
    for (const route of ['frameworks/pytorch', 'compare']) {
      expect(page(route), route).toContain('Licence 42');
      expect(page(route), route).toContain('https://example.org/pytorch/sources/license');
      expect(page(route), route).not.toContain('PyTorch license');
    }
    for (const route of ['differences/graphs', 'compare']) {
      expect(page(route), route).toContain('Verdict 7.');
      expect(page(route), route).not.toContain('Eager plus compile.');
    }
  });

  it('a fourth framework is one line in FRAMEWORKS plus its content: new column and pair pages, no code change', async () => {
    const result = await build((root) => {
      editFile(root, 'src/lib/taxonomy.ts', (text) =>
        text.replace(
          "['keras', 'tensorflow', 'pytorch'] as const",
          "['keras', 'tensorflow', 'pytorch', 'jax'] as const",
        ),
      );
      const pytorch = readFileSync(path.join(root, 'content/frameworks/pytorch.mdx'), 'utf8');
      writeFileSync(
        path.join(root, 'content/frameworks/jax.mdx'),
        pytorch.replaceAll('PyTorch', 'JAX').replaceAll('pytorch', 'jax'),
      );
      editFile(root, 'content/differences/graphs.mdx', (text) =>
        text.replace(
          'relatedLessons:',
          "  jax:\n    summary: Traced with jit.\n    detail: jax.jit traces.\n    sources: [{ title: JAX, url: 'https://example.org/jax' }]\nrelatedLessons:",
        ),
      );
      editFile(root, 'content/examples/add-one.mdx', (text) =>
        text.replace('relatedLessons:', '  jax:\n    notApplicable: Not in this fixture.\nrelatedLessons:'),
      );
    });
    expect(result.code, result.output).toBe(0);
    const page = (route: string) => readFileSync(path.join(result.root, 'dist', route, 'index.html'), 'utf8');
    expect(page('compare')).toContain('data-framework-column="jax"');
    expect(page('compare')).toContain('JAX license');
    for (const pair of ['keras-vs-jax', 'tensorflow-vs-jax', 'pytorch-vs-jax', 'keras-vs-pytorch']) {
      expect(existsSync(path.join(result.root, 'dist/compare', pair, 'index.html')), pair).toBe(true);
    }
    expect(page('compare/pytorch-vs-jax')).toContain('jax.jit traces.');
    expect(page('frameworks/jax')).toContain('JAX license');
  });

  it('an enum value out of range names the file, the field and the allowed values', async () => {
    await expectBuildError(
      (root) => editFile(root, 'content/lessons/first.mdx', (text) => text.replace('level: beginner', 'level: expert')),
      ['content/lessons/first.mdx', /level: Invalid option: expected one of "beginner"\|"intermediate"\|"advanced"/],
    );
  });

  it('a missing required field names the file and the field', async () => {
    await expectBuildError(
      (root) => editFile(root, 'content/lessons/second.mdx', (text) => text.replace('minutes: 7\n', '')),
      ['content/lessons/second.mdx', /minutes\W+.*Required/],
    );
  });

  it('a reference to a lesson that does not exist is fatal and names the file and the field', async () => {
    await expectBuildError(
      (root) =>
        editFile(root, 'content/lessons/second.mdx', (text) =>
          text.replace('prerequisites: [first]', 'prerequisites: [frist]'),
        ),
      ['content/lessons/second.mdx → prerequisites[0]: "frist" does not exist in lessons (known: first, second)'],
    );
  });

  it('a path step pointing at a missing entry is fatal', async () => {
    await expectBuildError(
      (root) => editFile(root, 'content/paths/fixture.yaml', (text) => text.replace('id: graphs', 'id: graph')),
      ['content/paths/fixture.yaml → steps[2].id: "graph" does not exist in differences (known: graphs)'],
    );
  });

  it('a duplicate order within a path names the file, the step and the clash', async () => {
    await expectBuildError(
      (root) => editFile(root, 'content/paths/fixture.yaml', (text) => text.replace('order: 3', 'order: 2')),
      ['content/paths/fixture.yaml', /steps\.2\.order: duplicate order 2: steps\[1\] already uses it/],
    );
  });

  it('a framework fact without a source names the file and the fact', async () => {
    await expectBuildError(
      (root) =>
        editFile(root, 'content/frameworks/pytorch.mdx', (text) =>
          text.replace('    source: https://example.org/pytorch/sources/license\n', ''),
        ),
      ['content/frameworks/pytorch.mdx', /facts\.license\.source: every fact needs a source URL/],
    );
  });

  it('a framework fact without an as-of date names the file and the fact', async () => {
    await expectBuildError(
      (root) =>
        editFile(root, 'content/frameworks/keras.mdx', (text) =>
          text.replace(/(maintainer:\n.*\n.*\n) {4}asOf: 2026-08-01\n/, '$1'),
        ),
      ['content/frameworks/keras.mdx', /facts\.maintainer\.asOf: every fact needs an asOf date/],
    );
  });

  it('an example whose .py file is missing names the file and the framework', async () => {
    await expectBuildError(
      (root) => rmSync(path.join(root, 'content/examples/add-one/pytorch.py')),
      ['content/examples/add-one.mdx → code.pytorch.file: content/examples/add-one/pytorch.py does not exist'],
    );
  });

  it('a verdict for a framework not in FRAMEWORKS is rejected', async () => {
    await expectBuildError(
      (root) =>
        editFile(root, 'content/differences/graphs.mdx', (text) =>
          text.replace(
            'relatedLessons:',
            "  jax:\n    summary: x\n    detail: y\n    sources: [{ title: JAX, url: 'https://example.org/jax' }]\nrelatedLessons:",
          ),
        ),
      ['content/differences/graphs.mdx', /verdicts: Unrecognized key: "jax"/],
    );
  });

  it('a quiz whose right answers all sit in the same place names the lesson', async () => {
    await expectBuildError(
      (root) =>
        editFile(root, 'content/lessons/first.mdx', (text) =>
          text.replace(
            'updated:',
            "  - question: Is this a test?\n    choices: ['Yes', 'No']\n    answer: 'Yes'\n    explanation: It is.\nupdated:",
          ),
        ),
      [/content\/lessons\/first\.mdx → quiz: every one-answer question has its right answer as the first choice/],
    );
  });

  it('a checkbox question whose every choice is right names the field', async () => {
    await expectBuildError(
      (root) =>
        editFile(root, 'content/lessons/first.mdx', (text) => text.replace("answer: 'Yes'", "answers: ['Yes', 'No']")),
      ['content/lessons/first.mdx', /quiz\.0\.answers: at least one choice must be wrong/],
    );
  });

  it('a quiz answer that is not one of the choices names the question', async () => {
    await expectBuildError(
      (root) => editFile(root, 'content/lessons/first.mdx', (text) => text.replace("answer: 'Yes'", "answer: 'Maybe'")),
      [
        'content/lessons/first.mdx',
        /quiz\.0\.answer: answer must be one of the choices, written the same: "Maybe" is not/,
      ],
    );
  });

  it('pages show the recorded output of a program with its stamp, and code pages say what it was tested with', async () => {
    const result = await build();
    expect(result.code, result.output).toBe(0);
    const page = (route: string) => readFileSync(path.join(result.root, 'dist', route, 'index.html'), 'utf8');
    // The lesson's pattern says `hel...`; the page shows what the program printed, stamped.
    expect(page('learn/first')).toMatch(/<strong>Output<\/strong> from Python 3\.11\.7 and NumPy 2\.4\.6, 3 Dec 2026/);
    expect(page('learn/first')).not.toContain('hel...');
    expect(page('code/add-one')).toContain('tensor([2.])');
    expect(page('code/add-one')).toMatch(/Output<\/strong> from PyTorch 2\.13\.0, 3 Dec 2026/);
    expect(page('code/add-one')).toMatch(/Tested with TensorFlow 2\.21\.0 on Python 3\.11\.7, 3 Dec 2026/);
  });

  it('an example whose code changed since its output was recorded names the file and the command to run', async () => {
    await expectBuildError(
      (root) => editFile(root, 'content/examples/add-one/pytorch.py', (text) => text.replace('+ 1', '+ 2')),
      [/content\/examples\/add-one\/pytorch\.py: no recorded run of this code .* `npm run examples:record`/],
    );
  });

  it('a lesson block that changed since its output was recorded names the file and the line', async () => {
    await expectBuildError(
      (root) =>
        editFile(root, 'content/lessons/first.mdx', (text) => text.replace('print("hello")', 'print("hello!")')),
      [/content\/lessons\/first\.mdx:\d+: no recorded run of this code/],
    );
  });

  it('outputs recorded under another version than requirements.txt pins are stale', async () => {
    await expectBuildError(
      (root) => writeFileSync(path.join(root, 'requirements.txt'), 'torch==2.12.0\ntensorflow-cpu==2.21.0\n'),
      [
        /content\/examples\/add-one\/pytorch\.py: its output was recorded with torch 2\.13\.0\+cpu \(python run\), but requirements\.txt pins 2\.12\.0/,
      ],
    );
  });
});
