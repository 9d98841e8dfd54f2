/**
 * A thin, typed wrapper over Pagefind's browser API. The bundle (JS, WebAssembly, index chunks) is fetched
 * on the first search only, so pages carry none of it until the reader searches.
 */
export interface SearchHit {
  url: string;
  title: string;
  excerpt: string;
  type: string | undefined;
  level: string | undefined;
  subResults: { title: string; url: string; excerpt: string }[];
}

export interface SearchOutcome {
  total: number;
  hits: SearchHit[];
  /** For each filter, the number of results each value would leave (Pagefind's own counts). */
  filterCounts: Record<string, Record<string, number>>;
}

interface PagefindData {
  url: string;
  excerpt: string;
  meta: Record<string, string | undefined>;
  sub_results?: { title: string; url: string; excerpt: string }[];
}

interface Pagefind {
  options: (options: Record<string, unknown>) => Promise<void>;
  init: () => Promise<void>;
  filters: () => Promise<Record<string, Record<string, number>>>;
  search: (
    query: string | null,
    options?: { filters?: Record<string, string[]> },
  ) => Promise<{
    results: { data: () => Promise<PagefindData> }[];
    filters: Record<string, Record<string, number>>;
  } | null>;
}

/**
 * How long typing must pause before a search runs. Keystrokes closer together than this start one search, not
 * one per letter: no index chunks or result fragments are downloaded for prefixes the reader typed past, and the
 * result still appears well within 150 ms of the last keystroke.
 */
export const TYPING_PAUSE_MS = 80;

/** `run` once typing has paused for {@link TYPING_PAUSE_MS}. */
export function afterTypingPause(run: () => void): () => void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  return () => {
    clearTimeout(timer);
    timer = setTimeout(run, TYPING_PAUSE_MS);
  };
}

let loading: Promise<Pagefind> | undefined;

/** Loads Pagefind once, from the site's own `/pagefind/` folder (base path included). */
export function loadPagefind(bundleUrl: string, baseUrl: string): Promise<Pagefind> {
  loading ??= (import(/* @vite-ignore */ bundleUrl) as Promise<Pagefind>).then(async (pagefind) => {
    // The index is small: searching on the main thread saves loading a second copy of the engine as a worker.
    await pagefind.options({ baseUrl, excerptLength: 24, noWorker: true });
    // Fetch the engine and the index's table of contents now, while the reader is still typing, so only the index
    // chunk and the results' text remain to load once typing pauses.
    await pagefind.init();
    return pagefind;
  });
  return loading;
}

let filtersLoading: Promise<unknown> | undefined;

/**
 * Loads every filter's values. Pagefind reports per-value counts with a search only for filters it has
 * loaded, so the search page calls this once before its first search; the dialog, which shows no counts,
 * saves the download.
 */
export function loadFilters(pagefind: Pagefind): Promise<unknown> {
  filtersLoading ??= pagefind.filters();
  return filtersLoading;
}

/**
 * Runs one search; `limit` results are loaded in full (each with at most `sections` matching sections), the
 * rest only counted. Returns nothing when `isCurrent` says a newer search has started, so stale results cost no
 * downloads.
 */
export async function runSearch(
  pagefind: Pagefind,
  query: string,
  filters: Record<string, string[]>,
  limit: number,
  isCurrent: () => boolean = () => true,
  sections = 3,
): Promise<SearchOutcome | undefined> {
  const active = Object.fromEntries(Object.entries(filters).filter(([, values]) => values.length > 0));
  const found = await pagefind.search(query.trim() === '' ? null : query, { filters: active });
  // A newer keystroke has already replaced this search: skip loading its results' text.
  if (!isCurrent()) return undefined;
  if (!found) return { total: 0, hits: [], filterCounts: {} };
  const hits = await Promise.all(
    found.results.slice(0, limit).map(async (result) => {
      const data = await result.data();
      return {
        url: data.url,
        title: data.meta['title'] ?? data.url,
        excerpt: data.excerpt,
        type: data.meta['type'],
        level: data.meta['level'],
        subResults: (data.sub_results ?? []).filter((sub) => sub.url !== data.url).slice(0, sections),
      };
    }),
  );
  return { total: found.results.length, hits, filterCounts: found.filters };
}
