import path from 'node:path';
import { findComponentUses, usesOf, type ComponentUse } from './findComponentUses';
import { FRAMEWORKS } from './taxonomy';

/** A content entry as the checks see it: where it came from and its validated data. */
export interface EntryForCheck {
  collection: string;
  id: string;
  /** Path of the entry's file, relative to the project root. */
  filePath: string;
  data: unknown;
  /** The raw MDX body, for entries that have one. */
  body?: string | undefined;
}

/** One problem with the content, located by file and field. */
export interface ContentError {
  file: string;
  field: string;
  message: string;
}

/** What the checks need to know beyond the entries (injected, so the checks stay pure). */
export interface CheckContext {
  /** Every collection name, including collections that have no entries yet. */
  collections: readonly string[];
  fileExists: (filePath: string) => boolean;
}

/**
 * Finds the content errors that no single schema can see: references to entries that do not exist,
 * example `.py` files that are missing, and framework profiles that do not match `FRAMEWORKS`.
 * Returns every error at once so an author can fix them in one pass.
 */
export function findContentErrors(entries: readonly EntryForCheck[], context: CheckContext): ContentError[] {
  const known = new Map<string, Set<string>>(context.collections.map((name) => [name, new Set<string>()]));
  for (const entry of entries) known.get(entry.collection)?.add(entry.id);
  const errors: ContentError[] = [];
  for (const entry of entries) {
    for (const ref of findReferences(entry.data, '')) {
      if (!known.has(ref.collection) || known.get(ref.collection)?.has(ref.id)) continue;
      errors.push({
        file: entry.filePath,
        field: ref.field,
        message: `"${ref.id}" does not exist in ${ref.collection} (known: ${[...(known.get(ref.collection) ?? [])].sort().join(', ') || 'none'})`,
      });
    }
    if (entry.collection === 'examples') errors.push(...findMissingExampleFiles(entry, context));
    const parsed = findComponentUses(entry.body ?? '');
    if ('error' in parsed) {
      errors.push({ file: entry.filePath, field: 'body', message: `MDX cannot parse the body: ${parsed.error}` });
    }
    const uses = 'uses' in parsed ? parsed.uses : [];
    errors.push(...findFrameworkCodeErrors(entry, uses));
    for (const example of idsOf(uses, 'Example')) {
      if (known.get('examples')?.has(example)) continue;
      errors.push({
        file: entry.filePath,
        field: 'body',
        message: `<Example id="${example}"> has no example (add content/examples/${example}.mdx)`,
      });
    }
    for (const term of idsOf(uses, 'Term')) {
      if (known.get('glossary')?.has(term)) continue;
      errors.push({
        file: entry.filePath,
        field: 'body',
        message: `<Term id="${term}"> has no glossary entry (add content/glossary/${term}.yaml)`,
      });
    }
  }
  errors.push(...findFrameworkProfileErrors(entries), ...findRepeatedDimensions(entries));
  return errors;
}

/** Formats errors as one message, one line per error, naming file and field. */
export function formatContentErrors(errors: readonly ContentError[]): string {
  const lines = errors.map((error) => `  ${error.file} → ${error.field}: ${error.message}`);
  return [`Invalid content (${errors.length} ${errors.length === 1 ? 'error' : 'errors'}):`, ...lines].join('\n');
}

interface FoundReference {
  collection: string;
  id: string;
  field: string;
}

/** Walks entry data for the `{ collection, id }` objects that `reference()` produces. */
function findReferences(value: unknown, field: string): FoundReference[] {
  if (value === null || typeof value !== 'object' || value instanceof Date) return [];
  if (Array.isArray(value)) return value.flatMap((item, index) => findReferences(item, `${field}[${index}]`));
  const record = value as Record<string, unknown>;
  if (
    typeof record['collection'] === 'string' &&
    typeof record['id'] === 'string' &&
    Object.keys(record).length === 2
  ) {
    return [{ collection: record['collection'], id: record['id'], field }];
  }
  return Object.entries(record).flatMap(([key, item]) => findReferences(item, field ? `${field}.${key}` : key));
}

/**
 * Every `<FrameworkCode>` group must hold exactly one `<Variant>` per framework, so a tab never silently
 * shows another framework's code (a framework without an equivalent says so with `notApplicable`).
 */
function findFrameworkCodeErrors(entry: EntryForCheck, uses: readonly ComponentUse[]): ContentError[] {
  return usesOf(uses, 'FrameworkCode').flatMap((group, index) => {
    const found = usesOf(group.children, 'Variant').map((variant) => variant.attributes.get('framework') ?? '');
    const problems = [
      ...FRAMEWORKS.filter((framework) => !found.includes(framework)).map(
        (framework) => `no <Variant framework="${framework}">`,
      ),
      ...found
        .filter((framework) => !(FRAMEWORKS as readonly string[]).includes(framework))
        .map((framework) => `"${framework}" is not in FRAMEWORKS`),
      ...found
        .filter((framework, at) => found.indexOf(framework) !== at)
        .map((framework) => `"${framework}" appears twice`),
    ];
    return problems.map((message) => ({ file: entry.filePath, field: `body: <FrameworkCode> #${index + 1}`, message }));
  });
}

/**
 * The ids a component is given in an MDX body (`<Example id="…">`, `<Term id='…'>`), however the tag is written.
 * An id written as an expression is checked when the component renders.
 */
function idsOf(uses: readonly ComponentUse[], name: string): string[] {
  return usesOf(uses, name).flatMap((use) => {
    const id = use.attributes.get('id');
    return typeof id === 'string' ? [id] : [];
  });
}

function findMissingExampleFiles(entry: EntryForCheck, context: CheckContext): ContentError[] {
  const code = (entry.data as { code?: Record<string, { file?: string }> }).code ?? {};
  return Object.entries(code).flatMap(([framework, variant]) => {
    if (variant.file === undefined) return [];
    const resolved = path.join(path.dirname(entry.filePath), variant.file);
    if (context.fileExists(resolved)) return [];
    return [{ file: entry.filePath, field: `code.${framework}.file`, message: `${resolved} does not exist` }];
  });
}

/** Each comparison dimension has one page; a second page for the same dimension would split its verdicts. */
function findRepeatedDimensions(entries: readonly EntryForCheck[]): ContentError[] {
  const owners = new Map<string, string>();
  return entries
    .filter((entry) => entry.collection === 'differences')
    .flatMap((entry) => {
      const dimension = (entry.data as { dimension?: string }).dimension;
      if (dimension === undefined) return [];
      const owner = owners.get(dimension);
      if (owner === undefined) {
        owners.set(dimension, entry.filePath);
        return [];
      }
      return [{ file: entry.filePath, field: 'dimension', message: `"${dimension}" is already covered by ${owner}` }];
    });
}

function findFrameworkProfileErrors(entries: readonly EntryForCheck[]): ContentError[] {
  const profiles = entries.filter((entry) => entry.collection === 'frameworks');
  const declared = new Set<string>(FRAMEWORKS);
  const errors: ContentError[] = profiles
    .filter((profile) => !declared.has(profile.id))
    .map((profile) => ({
      file: profile.filePath,
      field: 'id',
      message: `"${profile.id}" is not in FRAMEWORKS (src/lib/taxonomy.ts): declare it there first`,
    }));
  for (const framework of FRAMEWORKS) {
    if (profiles.some((profile) => profile.id === framework)) continue;
    errors.push({
      file: `content/frameworks/${framework}.mdx`,
      field: 'file',
      message: `FRAMEWORKS declares "${framework}" but it has no profile`,
    });
  }
  return errors;
}
