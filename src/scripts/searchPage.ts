/**
 * The full search page: words plus combinable filters with per-value counts. The search lives in the URL
 * (`?q=…&type=…`), so it can be shared, survives a reload, and the back button steps through searches.
 */
import { formatSearchQuery, parseSearchQuery, type SearchQuery } from '~/lib/searchQuery';
import { arrowNavigation, renderResults } from '~/scripts/renderResults';
import { afterTypingPause, loadFilters, loadPagefind, runSearch } from '~/scripts/searchClient';

const root = document.querySelector<HTMLElement>('[data-search-page]');
const form = root?.querySelector<HTMLFormElement>('[data-search-form]');
const input = form?.querySelector<HTMLInputElement>('input[type="search"]');
const list = root?.querySelector<HTMLElement>('[data-search-results]');
const status = root?.querySelector<HTMLElement>('[data-search-status]');
const boxes = [...(root?.querySelectorAll<HTMLInputElement>('[data-search-filters] input[type="checkbox"]') ?? [])];

if (root && form && input && list && status) {
  const allowed: Record<string, string[]> = {};
  for (const box of boxes) (allowed[box.name] ??= []).push(box.value);
  const bundle = root.dataset['bundle'] ?? '/pagefind/pagefind.js';
  const base = root.dataset['base'] ?? '/';
  let latest = 0;

  const current = (): SearchQuery => ({
    q: input.value,
    filters: Object.fromEntries(
      Object.keys(allowed).map((name) => [
        name,
        boxes.filter((box) => box.name === name && box.checked).map((box) => box.value),
      ]),
    ),
  });

  const show = (query: SearchQuery) => {
    input.value = query.q;
    for (const box of boxes) box.checked = query.filters[box.name]?.includes(box.value) ?? false;
  };

  const showFilterValues = (visible: (box: HTMLInputElement) => boolean) => {
    for (const box of boxes) {
      const label = box.closest('label');
      if (label) label.hidden = !visible(box);
    }
    for (const fieldset of root.querySelectorAll('fieldset')) {
      fieldset.hidden = fieldset.querySelector('label:not([hidden])') === null;
    }
  };

  const search = async () => {
    const ticket = ++latest;
    const query = current();
    const filtered = Object.values(query.filters).some((values) => values.length > 0);
    if (query.q.trim() === '' && !filtered) {
      list.replaceChildren();
      status.textContent = 'Type to search, or pick a filter.';
      for (const count of root.querySelectorAll<HTMLElement>('[data-count-for]')) count.textContent = '';
      showFilterValues(() => true);
      return;
    }
    const pagefind = await loadPagefind(bundle, base);
    await loadFilters(pagefind);
    const outcome = await runSearch(pagefind, query.q, query.filters, 20, () => ticket === latest);
    if (!outcome || ticket !== latest) return;
    renderResults(list, outcome.hits);
    const words = query.q.trim() === '' ? 'with these filters' : `for “${query.q}”`;
    status.textContent = `${outcome.total} ${outcome.total === 1 ? 'result' : 'results'} ${words}`;
    for (const count of root.querySelectorAll<HTMLElement>('[data-count-for]')) {
      const [name = '', value = ''] = (count.dataset['countFor'] ?? '').split(/:(.*)/);
      count.textContent = `(${outcome.filterCounts[name]?.[value] ?? 0})`;
    }
    // A value that would leave no results is hidden, unless it is ticked (so it can be unticked).
    showFilterValues((box) => box.checked || (outcome.filterCounts[box.name]?.[box.value] ?? 0) > 0);
  };

  const record = (mode: 'push' | 'replace') => {
    const url = `${location.pathname}${formatSearchQuery(current())}`;
    if (url === `${location.pathname}${location.search}`) return;
    if (mode === 'push') history.pushState(null, '', url);
    else history.replaceState(null, '', url);
  };

  show(parseSearchQuery(location.search, allowed));
  void search();
  const searchSoon = afterTypingPause(() => void search());
  input.addEventListener('input', () => {
    record('replace');
    searchSoon();
  });
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    record('push');
  });
  for (const box of boxes) {
    box.addEventListener('change', () => {
      record('push');
      void search();
    });
  }
  addEventListener('popstate', () => {
    show(parseSearchQuery(location.search, allowed));
    void search();
  });
  arrowNavigation(input, list);
}
