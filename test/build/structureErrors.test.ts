import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { buildFixture, editFile } from '../support/buildFixture';

const roots: string[] = [];
afterAll(() => roots.forEach((root) => rmSync(root, { recursive: true, force: true })));

/** Expects the build to fail with every fragment in its output (file, field, reason). */
async function expectBuildError(mutate: (root: string) => void, fragments: (string | RegExp)[]) {
  const result = await buildFixture(mutate);
  roots.push(result.root);
  expect(result.code, result.output).not.toBe(0);
  for (const fragment of fragments) expect(result.output).toMatch(fragment);
}

describe.concurrent('content mistakes the build rejects, naming file and field', { timeout: 180_000 }, () => {
  it('two files with one id, a lesson in no path, a step listed twice, a prerequisite cycle, an impossible day', async () => {
    await expectBuildError(
      (root) => {
        writeFileSync(
          path.join(root, 'content/glossary/tensor.yml'),
          'term: Tensor again\ndefinition: A second file with the same id.\n',
        );
        editFile(root, 'content/paths/fixture.yaml', (text) =>
          text.replace(
            '  - { type: lesson, id: second, order: 2, unit: One }\n',
            '  - { type: difference, id: graphs, order: 2, unit: One }\n',
          ),
        );
        editFile(root, 'content/lessons/first.mdx', (text) =>
          text.replace('updated: 2026-11-27', 'prerequisites: [second]\nupdated: 2026-02-30'),
        );
      },
      [
        'content/glossary/tensor.yml → id: "tensor" is also the id of content/glossary/tensor.yaml',
        'content/lessons/second.mdx → id: "second" is in no path',
        'content/paths/fixture.yaml → steps[2].id: difference "graphs" is already steps[1]',
        /content\/lessons\/(first|second)\.mdx → prerequisites\[0\]: prerequisites form a cycle: (first → second → first|second → first → second)/,
        'content/lessons/first.mdx → updated: 2026-02-30 is not a real day',
      ],
    );
  });

  it('a prerequisite that is the lesson itself or comes later in the path', async () => {
    await expectBuildError(
      (root) => {
        editFile(root, 'content/lessons/first.mdx', (text) =>
          text.replace('updated: 2026-11-27', 'prerequisites: [first]\nupdated: 2026-11-27'),
        );
        editFile(root, 'content/paths/fixture.yaml', (text) =>
          text.replace('id: first, order: 1', 'id: first, order: 4'),
        );
      },
      [
        'content/lessons/first.mdx → prerequisites[0]: a lesson cannot be its own prerequisite',
        'content/lessons/second.mdx → prerequisites[0]: "first" comes after this lesson in content/paths/fixture.yaml',
      ],
    );
  });

  it('a date that is not YYYY-MM-DD and a source that is not https', async () => {
    await expectBuildError(
      (root) =>
        editFile(root, 'content/lessons/first.mdx', (text) =>
          text.replace('updated: 2026-11-27', "sources: [{ title: Bad, url: 'javascript:alert(1)' }]\nupdated: Nov 27"),
        ),
      [
        'content/lessons/first.mdx',
        /sources\.0\.url: must be a full https:\/\/ URL/,
        /updated: must be a date written YYYY-MM-DD/,
      ],
    );
  });

  it('a fact with an http source and an as-of date in the future', async () => {
    await expectBuildError(
      (root) =>
        editFile(root, 'content/frameworks/pytorch.mdx', (text) =>
          text
            .replace('source: https://example.org/pytorch/sources/license', 'source: http://example.org/license')
            .replace(/(license:\n.*\n.*\n {4}asOf: )2026-08-01/, '$12999-01-01'),
        ),
      [
        'content/frameworks/pytorch.mdx',
        /facts\.license\.source: every fact needs a source URL/,
        /facts\.license\.asOf: 2999-01-01 is in the future/,
      ],
    );
  });

  it('a fact checked long ago builds with a warning naming file and field; the page says how old it is', async () => {
    const result = await buildFixture((root) =>
      editFile(root, 'content/frameworks/pytorch.mdx', (text) =>
        text.replace(/(license:\n.*\n.*\n {4}asOf: )2026-08-01/, '$12020-01-01'),
      ),
    );
    roots.push(result.root);
    expect(result.code, result.output).toBe(0);
    expect(result.output).toMatch(
      /content\/frameworks\/pytorch\.mdx → facts\.license\.asOf: checked 2020-01-01, \d+ years ago \(more than 180 days\)/,
    );
    const page = readFileSync(path.join(result.root, 'dist/frameworks/pytorch/index.html'), 'utf8');
    expect(page).toMatch(
      /<time datetime="2020-01-01"[^>]*>1 Jan 2020<\/time> \(\d+ years before this page was built\)/,
    );
  });

  it('a page that states a myth outside its correcting box fails the build, naming the page', async () => {
    await expectBuildError(
      (root) =>
        editFile(root, 'content/lessons/second.mdx', (text) =>
          text.replace(/\n---\n/, '\n---\n\nAs everyone knows, PyTorch is written in Lua.\n'),
        ),
      [/learn\/second\/index\.html: PyTorch is written in Lua: “PyTorch is written in Lua”/],
    );
  });

  it('a <Term> whose id only rendering can know (an expression) is checked when it renders', async () => {
    await expectBuildError(
      (root) =>
        editFile(root, 'content/lessons/second.mdx', (text) =>
          text.replace(
            /\n---\n/,
            "\n---\n\nimport { Term } from '~/components/user';\n\nA <Term id={'tens' + 'r'}>tensor</Term> link.\n",
          ),
        ),
      ['<Term id="tensr">: there is no content/glossary/tensr.yaml'],
    );
  });
});
