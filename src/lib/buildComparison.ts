/** A cited source. */
export interface Source {
  title: string;
  url: string;
}

/** What the builder needs of a framework profile. */
export interface ComparedFramework {
  id: string;
  name: string;
  facts: Record<string, { value: string | string[]; source: string; asOf: Date; note?: string | undefined }>;
}

/** What the builder needs of a key-difference page. */
export interface ComparedDifference {
  id: string;
  title: string;
  dimension: string;
  verdicts: Partial<Record<string, { summary: string; detail: string; sources: Source[] }>>;
}

/** One cell: the value, where it comes from and, for facts, the day it was checked. */
export interface ComparisonCell {
  framework: string;
  value: string | string[];
  sources: Source[];
  asOf: Date | undefined;
  note: string | undefined;
}

export interface ComparisonRow {
  key: string;
  label: string;
  /** The difference page that explains the row, when there is one. */
  differenceId: string | undefined;
  cells: ComparisonCell[];
}

/** A fact row of the comparison: the fact key, its label, and the comparison dimension it belongs to. */
export interface FactRowSpec {
  key: string;
  label: string;
  dimension?: string;
}

/**
 * Builds the comparison table from the data: one row per listed fact (linked to the difference page of
 * its dimension when there is one), then one row per difference page whose dimension no fact covers.
 * Columns follow the order of `frameworks`, so a new framework is a new column with no code change.
 */
export function buildComparison(
  frameworks: readonly ComparedFramework[],
  differences: readonly ComparedDifference[],
  factRows: readonly FactRowSpec[],
): ComparisonRow[] {
  const byDimension = new Map(differences.map((difference) => [difference.dimension, difference]));
  const rows: ComparisonRow[] = factRows.map((spec) => ({
    key: spec.key,
    label: spec.label,
    differenceId: spec.dimension === undefined ? undefined : byDimension.get(spec.dimension)?.id,
    cells: frameworks.map((framework) => {
      const fact = framework.facts[spec.key];
      if (!fact) throw new Error(`${framework.id} has no fact "${spec.key}"`);
      const source = { title: sourceTitle(fact.source), url: fact.source };
      return { framework: framework.id, value: fact.value, sources: [source], asOf: fact.asOf, note: fact.note };
    }),
  }));
  const covered = new Set(factRows.map((spec) => spec.dimension));
  for (const difference of differences) {
    if (covered.has(difference.dimension)) continue;
    rows.push({
      key: difference.dimension,
      label: difference.title,
      differenceId: difference.id,
      cells: frameworks.map((framework) => {
        const verdict = difference.verdicts[framework.id];
        return {
          framework: framework.id,
          value: verdict?.summary ?? 'Not compared yet',
          sources: verdict?.sources ?? [],
          asOf: undefined,
          note: undefined,
        };
      }),
    });
  }
  return rows;
}

/** Every unordered pair of frameworks, in declaration order: (a, b) with a before b. */
export function frameworkPairs<T>(frameworks: readonly T[]): [T, T][] {
  return frameworks.flatMap((first, index) => frameworks.slice(index + 1).map((second): [T, T] => [first, second]));
}

/** The URL slug of a pair page, e.g. `keras-vs-pytorch`. */
export function pairSlug(first: string, second: string): string {
  return `${first}-vs-${second}`;
}

function sourceTitle(url: string): string {
  const parsed = new URL(url);
  return parsed.hostname.replace(/^www\./, '');
}
