/** Renders search results with DOM methods only: no text from the index is ever parsed as HTML. */
import { splitHighlights } from '~/lib/splitHighlights';
import type { SearchHit } from '~/scripts/searchClient';

function excerpt(text: string): HTMLParagraphElement {
  const paragraph = document.createElement('p');
  paragraph.className = 'search-hit__excerpt';
  for (const part of splitHighlights(text)) {
    const node = document.createElement(part.highlighted ? 'mark' : 'span');
    node.textContent = part.text;
    paragraph.append(node);
  }
  return paragraph;
}

export function renderResults(list: HTMLElement, hits: readonly SearchHit[]): void {
  list.replaceChildren(
    ...hits.map((hit) => {
      const item = document.createElement('li');
      item.className = 'search-hit';
      const link = document.createElement('a');
      link.href = hit.url;
      link.className = 'search-hit__link';
      link.textContent = hit.title;
      const meta = document.createElement('span');
      meta.className = 'search-hit__meta';
      meta.textContent = [hit.type, hit.level].filter(Boolean).join(' · ');
      item.append(link, meta, excerpt(hit.excerpt));
      if (hit.subResults.length > 0) {
        const subs = document.createElement('ul');
        subs.className = 'search-hit__subs';
        for (const sub of hit.subResults) {
          const subItem = document.createElement('li');
          const subLink = document.createElement('a');
          subLink.href = sub.url;
          subLink.textContent = sub.title;
          subItem.append(subLink, excerpt(sub.excerpt));
          subs.append(subItem);
        }
        item.append(subs);
      }
      return item;
    }),
  );
}

/** Moves focus through the result links with the arrow keys (and back to the input above the first). */
export function arrowNavigation(input: HTMLInputElement, list: HTMLElement): void {
  const links = () => [...list.querySelectorAll<HTMLAnchorElement>('a')];
  const move = (event: KeyboardEvent) => {
    if (event.key !== 'ArrowDown' && event.key !== 'ArrowUp') return;
    const all = links();
    if (all.length === 0) return;
    event.preventDefault();
    const index = all.indexOf(document.activeElement as HTMLAnchorElement);
    const next = event.key === 'ArrowDown' ? index + 1 : index - 1;
    if (next < 0) input.focus();
    else all[Math.min(next, all.length - 1)]?.focus();
  };
  input.addEventListener('keydown', move);
  list.addEventListener('keydown', move);
}
