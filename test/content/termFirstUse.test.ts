import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { findUnexplainedTerms } from '~/lib/findUnexplainedTerms';

interface Step {
  type: string;
  id: string;
  order: number;
}

/**
 * The lessons of every path, each in its path's order, with their bodies (frontmatter removed). A path that
 * `follows` another comes after that path's lessons: what the first path taught counts as taught.
 */
function lessonsInPathOrder() {
  const paths = new Map(
    readdirSync('content/paths')
      .filter((file) => file.endsWith('.yaml'))
      .map((file) => {
        const data = parse(readFileSync(path.join('content/paths', file), 'utf8')) as {
          follows?: string;
          steps: Step[];
        };
        return [file.replace(/\.yaml$/, ''), data] as const;
      }),
  );
  const lessonsOf = (id: string): { id: string; file: string; offset: number; body: string }[] => {
    const data = paths.get(id);
    if (!data) throw new Error(`content/paths: no path "${id}" (named in follows)`);
    const own = data.steps
      .filter((step) => step.type === 'lesson')
      .sort((a, b) => a.order - b.order)
      .map((step) => {
        const file = path.join('content/lessons', `${step.id}.mdx`);
        const source = readFileSync(file, 'utf8');
        const body = source.replace(/^---\n[\s\S]*?\n---\n/, '');
        // Lines of the frontmatter, so a finding can name its line in the file.
        const offset = source.slice(0, source.length - body.length).split('\n').length - 1;
        return { id: step.id, file, offset, body };
      });
    return [...(data.follows ? lessonsOf(data.follows) : []), ...own];
  };
  return [...paths.keys()].map((id) => ({ path: `${id}.yaml`, lessons: lessonsOf(id) }));
}

function glossary() {
  return readdirSync('content/glossary')
    .filter((file) => file.endsWith('.yaml'))
    .map((file) => {
      const data = parse(readFileSync(path.join('content/glossary', file), 'utf8')) as {
        term: string;
        aliases?: string[];
        relatedLessons?: string[];
      };
      return {
        id: file.replace(/\.yaml$/, ''),
        names: [data.term, ...(data.aliases ?? [])],
        taughtIn: data.relatedLessons ?? [],
      };
    });
}

describe('glossary terms in the lessons', () => {
  it('every term is linked with <Term> where a lesson first uses it, unless an earlier lesson of the path did', () => {
    const terms = glossary();
    expect(terms.length).toBeGreaterThan(20);
    const report: string[] = [];
    for (const { path: file, lessons } of lessonsInPathOrder()) {
      expect(lessons.length, file).toBeGreaterThan(0);
      for (const found of findUnexplainedTerms(lessons, terms)) {
        const lesson = lessons.find((candidate) => candidate.id === found.lesson);
        report.push(
          `${lesson?.file ?? found.lesson}:${found.line + (lesson?.offset ?? 0)}: ${found.term} ("${found.word}") in: ${found.sentence}`,
        );
      }
    }
    if (report.length > 0) console.log(report.join('\n'));
    expect(report, 'link the first use with <Term id="…">, or explain the word before it is used').toEqual([]);
  });
});
