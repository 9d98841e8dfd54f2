/**
 * The glossary's filter box: typing keeps the terms whose name, other names or definition contain the text,
 * hides letters left empty, and says how many terms match. Without JavaScript the box stays hidden and the
 * full list (with its A–Z bar) is the page.
 */
import { pluralize } from '~/lib/formatDuration';

const form = document.querySelector<HTMLElement>('[data-glossary-filter]');
const input = form?.querySelector<HTMLInputElement>('input');
const status = form?.querySelector<HTMLElement>('[data-glossary-count]');
const entries = [...document.querySelectorAll<HTMLElement>('[data-glossary-entry]')];
const letters = [...document.querySelectorAll<HTMLElement>('[data-glossary-letter]')];

if (form && input && status) {
  form.hidden = false;
  const apply = () => {
    const query = input.value.trim().toLowerCase();
    let shown = 0;
    for (const entry of entries) {
      const match = query === '' || (entry.textContent ?? '').toLowerCase().includes(query);
      entry.hidden = !match;
      if (match) shown += 1;
    }
    for (const letter of letters) {
      letter.hidden = letter.querySelector('[data-glossary-entry]:not([hidden])') === null;
    }
    status.textContent =
      query === '' ? '' : `${pluralize(shown, 'term')} of ${entries.length} match “${input.value.trim()}”.`;
  };
  input.addEventListener('input', apply);
}
