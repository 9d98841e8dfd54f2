/**
 * The site's content, loaded once per build and checked as a whole. Every page reads content through
 * `getSite()`, so a dangling reference or a missing example file fails the build with a message that
 * names the file and the field, instead of the log line Astro prints on its own.
 */
import { existsSync, globSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { getCollection, type CollectionEntry } from 'astro:content';
import { parsePins, staleVersionFacts } from '~/lib/checkVersionFacts';
import { COLLECTION_FILES } from '~/lib/collectionFiles';
import { findContentErrors, formatContentErrors, type EntryForCheck } from '~/lib/findContentErrors';
import { findQuizOutputErrors } from '~/lib/findQuizOutputErrors';
import { findQuizPositionErrors } from '~/lib/findQuizPositionErrors';
import { findStaleFacts } from '~/lib/findStaleFacts';
import { findDuplicateIds, findImpossibleDates, findPathErrors, type ContentFile } from '~/lib/findStructureErrors';
import { outlinePath, type PathUnit } from '~/lib/outlinePath';
import { blockRecords, outputStamp, recordOf, recordProblems, shownRunKey, testedWith } from '~/lib/programOutputs';
import { RECORDS_FILE, type ProgramRecord, type ProgramRecords } from '~/lib/programRecords';
import { FRAMEWORKS, type Framework } from '~/lib/taxonomy';

type PathStepData = CollectionEntry<'paths'>['data']['steps'][number];

/** A path step with what a page needs to link to it. */
export interface ResolvedStep {
  type: PathStepData['type'];
  id: string;
  order: number;
  unit: string;
  title: string;
  description: string;
  href: string;
  /** Reading time, for lessons. */
  minutes: number | undefined;
}

/** One framework's version of an example: its source code, or why it has none. */
export type ExampleVariant =
  | {
      framework: Framework;
      kind: 'code';
      file: string;
      code: string;
      /** What the program printed in the recorded run the page shows, if the example shows its output. */
      output: string | undefined;
      /** Where that output comes from: "Output from Keras 3.15.1 (JAX backend), 3 Dec 2026". */
      outputStamp: string;
      /** "Tested with …", from the recorded runs (Keras: one per backend). */
      testedWith: string;
      requires: string;
      note: string | undefined;
    }
  | { framework: Framework; kind: 'not-applicable'; reason: string; nearest: string | undefined };

export interface Example {
  entry: CollectionEntry<'examples'>;
  variants: ExampleVariant[];
}

export interface LearningPath {
  entry: CollectionEntry<'paths'>;
  steps: ResolvedStep[];
  units: PathUnit<ResolvedStep>[];
}

/** A framework profile whose id is known to be one of `FRAMEWORKS`. */
export type FrameworkProfile = CollectionEntry<'frameworks'> & { id: Framework };

export interface Site {
  /** Framework profiles in `FRAMEWORKS` order. */
  frameworks: FrameworkProfile[];
  lessons: CollectionEntry<'lessons'>[];
  differences: CollectionEntry<'differences'>[];
  /** Examples in their `order`. */
  examples: Example[];
  /** Glossary terms, alphabetical. */
  glossary: CollectionEntry<'glossary'>[];
  paths: LearningPath[];
  /** Display name of each framework, from its profile. */
  frameworkName: (framework: Framework) => string;
  /** Every framework's display name, in `FRAMEWORKS` order (search filters, pages about all frameworks). */
  frameworkNames: string[];
  /** "Tested with …" for a content page, from the recorded runs of its ```python blocks; undefined if it runs none. */
  testedWith: (entry: { body?: string | undefined }) => string | undefined;
}

/** The recorded outputs of every program (`content/programOutputs.json`), or none before the first recording. */
export function readRecords(): ProgramRecords {
  return existsSync(RECORDS_FILE) ? (JSON.parse(readFileSync(RECORDS_FILE, 'utf8')) as ProgramRecords) : {};
}

let loading: Promise<Site> | undefined;

/** The checked site content; loaded on first call and shared by every page of the build. */
export function getSite(): Promise<Site> {
  loading ??= loadSite();
  return loading;
}

const COLLECTIONS = Object.keys(COLLECTION_FILES) as (keyof typeof COLLECTION_FILES)[];

/** Every entry file on disk, including any the loader dropped because another file has its id. */
function contentFiles(): ContentFile[] {
  return COLLECTIONS.flatMap((collection) => {
    const { base, pattern } = COLLECTION_FILES[collection];
    return globSync(pattern, { cwd: base }).map((relativePath) => ({
      collection,
      relativePath: relativePath.split(path.sep).join('/'),
      filePath: path.posix.join(base, relativePath.split(path.sep).join('/')),
    }));
  });
}

async function loadSite(): Promise<Site> {
  const [lessons, frameworks, differences, examples, glossary, paths] = await Promise.all([
    getCollection('lessons'),
    getCollection('frameworks'),
    getCollection('differences'),
    getCollection('examples'),
    getCollection('glossary'),
    getCollection('paths'),
  ]);
  const all = [...lessons, ...frameworks, ...differences, ...examples, ...glossary, ...paths];
  const checked: EntryForCheck[] = all.map((entry) => ({
    collection: entry.collection,
    id: entry.id,
    filePath: entry.filePath ?? entry.id,
    data: entry.data,
    body: entry.body,
  }));
  const errors = [
    ...findContentErrors(checked, {
      collections: COLLECTIONS,
      fileExists: (file) => existsSync(path.resolve(file)),
    }),
    ...findDuplicateIds(contentFiles()),
    ...findPathErrors(checked),
    ...checked.flatMap((entry) =>
      findImpossibleDates(entry.filePath, readFileSync(path.resolve(entry.filePath), 'utf8')),
    ),
    ...findQuizPositionErrors(
      lessons.map((lesson) => ({ file: lesson.filePath ?? lesson.id, field: 'quiz', questions: lesson.data.quiz })),
    ),
    ...findQuizOutputErrors(
      lessons.map((lesson) => ({
        file: lesson.filePath ?? lesson.id,
        body: lesson.body ?? '',
        questions: lesson.data.quiz,
      })),
    ),
  ];
  if (errors.length > 0) throw new Error(formatContentErrors(errors));
  const stale = findStaleFacts(checked, new Date());
  if (stale.length > 0) {
    const lines = stale.map((fact) => `  ${fact.file} → ${fact.field}: ${fact.message}`);
    console.warn([`Facts to check again (${stale.length}):`, ...lines].join('\n'));
  }
  // A "current version" fact older than the release the programs are tested with (requirements.txt) is stale.
  const outdated: string[] = [];
  if (existsSync('requirements.txt')) {
    outdated.push(
      ...staleVersionFacts(
        frameworks.map((entry) => ({
          framework: entry.id,
          file: entry.filePath ?? entry.id,
          value: entry.data.facts.currentVersion.value,
        })),
        readFileSync('requirements.txt', 'utf8'),
      ),
    );
  }

  // Every program the pages show ran, and its output was recorded under the pinned versions: an example or block
  // whose code changed since the recording, or a pin that changed, fails the build.
  const records = readRecords();
  const pins = parsePins(existsSync('requirements.txt') ? readFileSync('requirements.txt', 'utf8') : '');
  const recordErrors = [
    ...examples.flatMap((entry) =>
      exampleFiles(entry).flatMap(({ file, code }) => recordProblems(recordOf(records, code), file, pins)),
    ),
    ...[...lessons, ...differences, ...frameworks].flatMap((entry) =>
      blockRecords(entry.body ?? '', records).flatMap(({ line, record }) =>
        recordProblems(record, `${entry.filePath ?? entry.id}:${line}`, pins),
      ),
    ),
  ];
  if (outdated.length + recordErrors.length > 0) throw new Error([...outdated, ...recordErrors].join('\n'));

  // Every declared framework has a profile: findContentErrors has checked it.
  const orderedFrameworks = FRAMEWORKS.flatMap((id) =>
    frameworks.filter((entry): entry is FrameworkProfile => entry.id === id),
  );
  const byKey = new Map(all.map((entry) => [`${entry.collection}/${entry.id}`, entry]));

  return {
    frameworks: orderedFrameworks,
    lessons,
    differences,
    examples: examples.sort((a, b) => a.data.order - b.data.order).map((entry) => readExample(entry, records)),
    glossary: glossary.sort((a, b) => a.data.term.localeCompare(b.data.term, 'en')),
    paths: paths.map((entry) => {
      const steps = [...entry.data.steps].sort((a, b) => a.order - b.order).map((step) => resolveStep(step, byKey));
      return { entry, steps, units: outlinePath(steps) };
    }),
    frameworkName: (framework) => orderedFrameworks.find((entry) => entry.id === framework)?.data.name ?? framework,
    frameworkNames: orderedFrameworks.map((entry) => entry.data.name),
    testedWith: (entry) =>
      testedWith(blockRecords(entry.body ?? '', records).flatMap(({ record }) => (record ? [record] : []))),
  };
}

const STEP_ROUTES = { lesson: 'learn', difference: 'differences', framework: 'frameworks' } as const;

function resolveStep(step: PathStepData, byKey: Map<string, { data: object }>): ResolvedStep {
  const data = byKey.get(`${step.id.collection}/${step.id.id}`)?.data as {
    title?: string;
    name?: string;
    description: string;
    minutes?: number;
  };
  return {
    type: step.type,
    id: step.id.id,
    order: step.order,
    unit: step.unit,
    title: data.title ?? data.name ?? step.id.id,
    description: data.description,
    href: `/${STEP_ROUTES[step.type]}/${step.id.id}/`,
    minutes: data.minutes,
  };
}

/** An example's program files, with their code. */
function exampleFiles(entry: CollectionEntry<'examples'>): { file: string; code: string }[] {
  const folder = path.dirname(entry.filePath ?? '');
  return Object.values(entry.data.code).flatMap((variant) =>
    'file' in variant
      ? [{ file: path.join(folder, variant.file), code: readFileSync(path.resolve(folder, variant.file), 'utf8') }]
      : [],
  );
}

function readExample(entry: CollectionEntry<'examples'>, records: ProgramRecords): Example {
  const folder = path.dirname(entry.filePath ?? '');
  const variants = FRAMEWORKS.map((framework): ExampleVariant => {
    const variant = entry.data.code[framework];
    if ('file' in variant) {
      const code = readFileSync(path.resolve(folder, variant.file), 'utf8');
      // loadSite() has checked that every example has a record.
      const record = recordOf(records, code) as ProgramRecord;
      return {
        framework,
        kind: 'code',
        file: variant.file,
        code,
        output: variant.output === undefined ? undefined : record.runs[shownRunKey(record)]?.output,
        outputStamp: outputStamp(record),
        testedWith: testedWith([record]) ?? '',
        requires: variant.requires,
        note: variant.note,
      };
    }
    return { framework, kind: 'not-applicable', reason: variant.notApplicable, nearest: variant.nearest };
  });
  return { entry, variants };
}
