/** A search as it appears in the page URL: the words and the chosen filter values. */
export interface SearchQuery {
  q: string;
  filters: Record<string, string[]>;
}

/**
 * Reads `?q=…&type=…&framework=…` into a search, keeping only the filters and values the page offers (a
 * shared or hand-edited URL cannot inject anything else).
 */
export function parseSearchQuery(search: string, allowed: Readonly<Record<string, readonly string[]>>): SearchQuery {
  const params = new URLSearchParams(search);
  const filters = Object.fromEntries(
    Object.entries(allowed).map(([name, values]) => [
      name,
      params.getAll(name).filter((value) => values.includes(value)),
    ]),
  );
  return { q: params.get('q') ?? '', filters };
}

/** Writes a search back as a query string, in a stable order so equal searches give equal URLs. */
export function formatSearchQuery(query: SearchQuery): string {
  const params = new URLSearchParams();
  if (query.q !== '') params.set('q', query.q);
  for (const name of Object.keys(query.filters).sort()) {
    for (const value of [...(query.filters[name] ?? [])].sort()) params.append(name, value);
  }
  const text = params.toString();
  return text === '' ? '' : `?${text}`;
}
