import path from 'node:path';
import { parse } from 'yaml';
import { parseCalendarDate } from './calendarDate';
import type { ContentError, EntryForCheck } from './findContentErrors';

/**
 * Content mistakes that each entry's schema cannot see, about how entries fit together: two files with one id,
 * a lesson no path reaches, a path that lists a step twice, prerequisites that loop, name the lesson itself or
 * come later in the path, and impossible dates that YAML silently moved to another day.
 */

/** A file of a collection, as found on disk (the loader keeps only one entry per id). */
export interface ContentFile {
  collection: string;
  /** Relative to the collection's folder, e.g. `tensor.yaml` or `basics/intro.mdx`. */
  relativePath: string;
  /** Relative to the project root. */
  filePath: string;
}

/** The id Astro's glob loader gives a file: its path without extension, each part slugged. */
export function entryId(relativePath: string): string {
  return relativePath
    .replace(/\.[^./]+$/, '')
    .split('/')
    .map((part) =>
      part
        .toLowerCase()
        .replace(/[^\p{L}\p{N}\s_-]/gu, '')
        .replace(/\s/g, '-'),
    )
    .join('/');
}

/** Two files of one collection with the same id: the loader would keep one and drop the other with a warning. */
export function findDuplicateIds(files: readonly ContentFile[]): ContentError[] {
  const first = new Map<string, ContentFile>();
  const errors: ContentError[] = [];
  for (const file of [...files].sort((a, b) => a.filePath.localeCompare(b.filePath))) {
    const key = `${file.collection}/${entryId(file.relativePath)}`;
    const owner = first.get(key);
    if (owner === undefined) first.set(key, file);
    else
      errors.push({
        file: file.filePath,
        field: 'id',
        message: `"${entryId(file.relativePath)}" is also the id of ${owner.filePath}: one would replace the other, rename one`,
      });
  }
  return errors;
}

interface Reference {
  collection: string;
  id: string;
}
interface Step {
  type: string;
  id: Reference;
  order: number;
}

const stepsOf = (entry: EntryForCheck) => (entry.data as { steps?: Step[] }).steps ?? [];
const prerequisitesOf = (entry: EntryForCheck) =>
  ((entry.data as { prerequisites?: Reference[] }).prerequisites ?? []).map((ref) => ref.id);

/** Lessons in no path, steps listed twice, and prerequisites that are the lesson, loop, or come later in a path. */
export function findPathErrors(entries: readonly EntryForCheck[]): ContentError[] {
  const lessons = entries.filter((entry) => entry.collection === 'lessons');
  const paths = entries.filter((entry) => entry.collection === 'paths');
  const errors: ContentError[] = [];

  const onAPath = new Set(paths.flatMap((entry) => stepsOf(entry).map((step) => `${step.type}/${step.id.id}`)));
  for (const lesson of lessons) {
    if (onAPath.has(`lesson/${lesson.id}`)) continue;
    errors.push({
      file: lesson.filePath,
      field: 'id',
      message: `"${lesson.id}" is in no path: add it to a path in content/paths/ so readers can reach it in order`,
    });
  }

  for (const entry of paths) {
    const seen = new Map<string, number>();
    stepsOf(entry).forEach((step, index) => {
      const key = `${step.type}/${step.id.id}`;
      const earlier = seen.get(key);
      if (earlier === undefined) seen.set(key, index);
      else
        errors.push({
          file: entry.filePath,
          field: `steps[${index}].id`,
          message: `${step.type} "${step.id.id}" is already steps[${earlier}]`,
        });
    });
  }

  const lessonById = new Map(lessons.map((lesson) => [lesson.id, lesson]));
  for (const lesson of lessons) {
    prerequisitesOf(lesson).forEach((prerequisite, index) => {
      const field = `prerequisites[${index}]`;
      if (prerequisite === lesson.id) {
        errors.push({ file: lesson.filePath, field, message: 'a lesson cannot be its own prerequisite' });
        return;
      }
      for (const entry of paths) {
        const order = (id: string) => stepsOf(entry).find((step) => step.type === 'lesson' && step.id.id === id)?.order;
        const mine = order(lesson.id);
        const theirs = order(prerequisite);
        if (mine === undefined || theirs === undefined || theirs < mine) continue;
        errors.push({
          file: lesson.filePath,
          field,
          message: `"${prerequisite}" comes after this lesson in ${entry.filePath} (order ${theirs}, this lesson ${mine}): move it earlier`,
        });
      }
    });
  }
  errors.push(...findPrerequisiteCycles(lessonById));
  return errors;
}

/** Each cycle of prerequisites once, reported on the lesson where the walk found it closing. */
function findPrerequisiteCycles(lessons: ReadonlyMap<string, EntryForCheck>): ContentError[] {
  const errors: ContentError[] = [];
  const done = new Set<string>();
  const visit = (id: string, trail: string[]) => {
    if (done.has(id)) return;
    const at = trail.indexOf(id);
    if (at !== -1) {
      const cycle = [...trail.slice(at), id];
      const lesson = lessons.get(trail.at(-1) ?? id);
      const index = prerequisitesOf(lesson ?? ({ data: {} } as EntryForCheck)).indexOf(id);
      errors.push({
        file: lesson?.filePath ?? id,
        field: `prerequisites[${index}]`,
        message: `prerequisites form a cycle: ${cycle.join(' → ')}`,
      });
      return;
    }
    const lesson = lessons.get(id);
    if (!lesson) return;
    for (const prerequisite of prerequisitesOf(lesson)) if (prerequisite !== id) visit(prerequisite, [...trail, id]);
    done.add(id);
  };
  for (const id of lessons.keys()) visit(id, []);
  return errors;
}

/**
 * Dates in a file's frontmatter that name no real day. YAML reads an unquoted 2026-02-30 as 2 March, so the
 * schema never sees it; the file's own text, read without YAML's date conversion, still says 2026-02-30.
 */
export function findImpossibleDates(filePath: string, source: string): ContentError[] {
  const frontmatter = /^---\r?\n([\s\S]*?)\r?\n---/.exec(source)?.[1];
  if (frontmatter === undefined && !/\.ya?ml$/.test(path.extname(filePath))) return [];
  let data: unknown;
  try {
    data = parse(frontmatter ?? source, { schema: 'core' });
  } catch {
    return []; // Astro reports YAML syntax errors itself, with the line.
  }
  const errors: ContentError[] = [];
  const walk = (value: unknown, field: string) => {
    if (typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value) && !parseCalendarDate(value)) {
      errors.push({ file: filePath, field, message: `${value} is not a real day` });
    } else if (Array.isArray(value)) value.forEach((item, index) => walk(item, `${field}[${index}]`));
    else if (value !== null && typeof value === 'object') {
      for (const [key, item] of Object.entries(value)) walk(item, field ? `${field}.${key}` : key);
    }
  };
  walk(data, '');
  return errors;
}
