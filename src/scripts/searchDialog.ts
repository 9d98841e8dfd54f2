/** Opens the search dialog from the header link, "/" or Ctrl/Cmd+K, and searches as the reader types. */
import { arrowNavigation, renderResults } from '~/scripts/renderResults';
import { afterTypingPause, loadPagefind, runSearch } from '~/scripts/searchClient';

const dialog = document.querySelector<HTMLDialogElement>('[data-search-dialog]');
const input = dialog?.querySelector<HTMLInputElement>('input[type="search"]');
const list = dialog?.querySelector<HTMLElement>('[data-search-results]');
const status = dialog?.querySelector<HTMLElement>('[data-search-status]');

if (dialog && input && list && status) {
  let opener: Element | null = null;
  const pageLink = dialog.querySelector<HTMLAnchorElement>('[data-search-page]');
  let latest = 0;
  const bundle = dialog.dataset['bundle'] ?? '/pagefind/pagefind.js';
  const base = dialog.dataset['base'] ?? '/';

  const search = async () => {
    const ticket = ++latest;
    const query = input.value;
    if (query.trim() === '') {
      list.replaceChildren();
      status.textContent = '';
      return;
    }
    // Three pages (each loads its indexed text: the first query must stay within 120 KB), one section each.
    const outcome = await runSearch(await loadPagefind(bundle, base), query, {}, 3, () => ticket === latest, 1);
    if (!outcome || ticket !== latest) return;
    renderResults(list, outcome.hits);
    status.textContent = `${outcome.total} ${outcome.total === 1 ? 'result' : 'results'} for “${query}”`;
    // The dialog shows the best few (each costs a download); the search page shows the rest, with filters.
    if (outcome.total > outcome.hits.length) {
      const more = document.createElement('li');
      const link = document.createElement('a');
      link.href = `${pageLink?.pathname ?? '/search/'}?q=${encodeURIComponent(query)}`;
      link.textContent = `See all ${outcome.total} results`;
      more.className = 'search-more';
      more.append(link);
      list.append(more);
    }
  };

  const open = () => {
    if (dialog.open) return;
    opener = document.activeElement;
    dialog.showModal();
    input.focus();
    input.select();
    void loadPagefind(bundle, base);
  };

  dialog.addEventListener('close', () => {
    if (opener instanceof HTMLElement) opener.focus();
  });
  dialog.addEventListener('click', (event) => {
    if (event.target === dialog) dialog.close();
  });
  dialog.querySelector('[data-search-close]')?.addEventListener('click', () => dialog.close());
  // The full search page keeps what was typed.
  pageLink?.addEventListener('click', (event) => {
    const link = event.currentTarget as HTMLAnchorElement;
    const url = new URL(link.href);
    if (input.value.trim() !== '') url.searchParams.set('q', input.value);
    link.href = url.href;
  });
  // A modal dialog makes the page behind it inert; this also keeps Tab from leaving for the browser's own UI.
  dialog.addEventListener('keydown', (event) => {
    if (event.key !== 'Tab') return;
    const focusable = [...dialog.querySelectorAll<HTMLElement>('input, button, a[href]')];
    const first = focusable[0];
    const last = focusable.at(-1);
    if (event.shiftKey && document.activeElement === first) {
      event.preventDefault();
      last?.focus();
    } else if (!event.shiftKey && document.activeElement === last) {
      event.preventDefault();
      first?.focus();
    }
  });
  input.addEventListener(
    'input',
    afterTypingPause(() => void search()),
  );
  arrowNavigation(input, list);

  for (const link of document.querySelectorAll<HTMLAnchorElement>('[data-search-open]')) {
    link.addEventListener('click', (event) => {
      event.preventDefault();
      open();
    });
  }
  document.addEventListener('keydown', (event) => {
    const target = event.target as HTMLElement | null;
    const typing = target?.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target?.tagName ?? '');
    if ((event.key === 'k' || event.key === 'K') && (event.ctrlKey || event.metaKey)) {
      event.preventDefault();
      open();
    } else if (event.key === '/' && !typing && !dialog.open) {
      event.preventDefault();
      open();
    }
  });
}
