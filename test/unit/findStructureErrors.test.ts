import { describe, expect, it } from 'vitest';
import type { EntryForCheck } from '~/lib/findContentErrors';
import { entryId, findDuplicateIds, findImpossibleDates, findPathErrors } from '~/lib/findStructureErrors';

const ref = (collection: string, id: string) => ({ collection, id });
const lesson = (id: string, prerequisites: string[] = []): EntryForCheck => ({
  collection: 'lessons',
  id,
  filePath: `content/lessons/${id}.mdx`,
  data: { prerequisites: prerequisites.map((other) => ref('lessons', other)) },
});
const path = (id: string, lessons: string[]): EntryForCheck => ({
  collection: 'paths',
  id,
  filePath: `content/paths/${id}.yaml`,
  data: { steps: lessons.map((other, index) => ({ type: 'lesson', id: ref('lessons', other), order: index + 1 })) },
});

describe('findDuplicateIds', () => {
  it('gives files the ids the glob loader gives them', () => {
    expect(['tensor.yaml', 'tensor.yml', 'Basics/My Lesson.mdx'].map(entryId)).toEqual([
      'tensor',
      'tensor',
      'basics/my-lesson',
    ]);
  });

  it('names both files when two of one collection share an id, and lets other collections reuse it', () => {
    const file = (collection: string, relativePath: string) => ({
      collection,
      relativePath,
      filePath: `content/${collection}/${relativePath}`,
    });
    expect(
      findDuplicateIds([
        file('glossary', 'tensor.yml'),
        file('glossary', 'tensor.yaml'),
        file('lessons', 'tensor.mdx'),
      ]),
    ).toEqual([
      {
        file: 'content/glossary/tensor.yml',
        field: 'id',
        message: '"tensor" is also the id of content/glossary/tensor.yaml: one would replace the other, rename one',
      },
    ]);
  });
});

describe('findPathErrors', () => {
  it('accepts lessons that are on a path with their prerequisites earlier', () => {
    expect(findPathErrors([lesson('a'), lesson('b', ['a']), path('main', ['a', 'b'])])).toEqual([]);
  });

  it('names a lesson that no path reaches', () => {
    expect(findPathErrors([lesson('a'), lesson('lost'), path('main', ['a'])])).toEqual([
      {
        file: 'content/lessons/lost.mdx',
        field: 'id',
        message: '"lost" is in no path: add it to a path in content/paths/ so readers can reach it in order',
      },
    ]);
  });

  it('names a step a path lists twice', () => {
    expect(findPathErrors([lesson('a'), lesson('b'), path('main', ['a', 'b', 'a'])])).toEqual([
      { file: 'content/paths/main.yaml', field: 'steps[2].id', message: 'lesson "a" is already steps[0]' },
    ]);
  });

  it('names a prerequisite that is the lesson itself, or that the path puts later', () => {
    expect(findPathErrors([lesson('a', ['a']), lesson('b'), path('main', ['a', 'b'])])).toEqual([
      { file: 'content/lessons/a.mdx', field: 'prerequisites[0]', message: 'a lesson cannot be its own prerequisite' },
    ]);
    expect(findPathErrors([lesson('a', ['b']), lesson('b'), path('main', ['a', 'b'])])).toEqual([
      {
        file: 'content/lessons/a.mdx',
        field: 'prerequisites[0]',
        message: '"b" comes after this lesson in content/paths/main.yaml (order 2, this lesson 1): move it earlier',
      },
    ]);
  });

  it('names a cycle of prerequisites once, with its lessons in order', () => {
    const errors = findPathErrors([lesson('a', ['c']), lesson('b', ['a']), lesson('c', ['b']), path('p', ['a'])]);
    expect(errors.filter((error) => error.message.includes('cycle'))).toEqual([
      {
        file: 'content/lessons/b.mdx',
        field: 'prerequisites[0]',
        message: 'prerequisites form a cycle: a → c → b → a',
      },
    ]);
  });
});

describe('findImpossibleDates', () => {
  it('finds a day that does not exist, which YAML would have moved to another one, with its field', () => {
    const source = [
      '---',
      'title: T',
      'updated: 2026-02-30',
      'facts:',
      '  license: { value: MIT, source: https://x.org, asOf: 2026-04-31 }',
      'ok: 2024-02-29',
      '---',
      'Body 2026-02-30',
    ].join('\n');
    expect(findImpossibleDates('content/frameworks/x.mdx', source)).toEqual([
      { file: 'content/frameworks/x.mdx', field: 'updated', message: '2026-02-30 is not a real day' },
      { file: 'content/frameworks/x.mdx', field: 'facts.license.asOf', message: '2026-04-31 is not a real day' },
    ]);
  });
});
