/** A run of excerpt text, highlighted where it matched the query. */
export interface ExcerptPart {
  text: string;
  highlighted: boolean;
}

const ENTITIES: Record<string, string> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  '#39': "'",
  '#x27': "'",
  nbsp: '\u00a0',
};

/**
 * Splits a search excerpt that marks matches with `<mark>` into plain text runs, so results can be shown
 * with `textContent` and no HTML from the index is ever parsed into the page. Any other tag is dropped.
 */
export function splitHighlights(excerpt: string): ExcerptPart[] {
  const parts: ExcerptPart[] = [];
  let highlighted = false;
  for (const token of excerpt.split(/(<\/?mark>)/)) {
    if (token === '<mark>' || token === '</mark>') {
      highlighted = token === '<mark>';
      continue;
    }
    const text = token
      .replace(/<[^>]*>/g, '')
      .replace(/&(#?\w+);/g, (entity, name: string) => ENTITIES[name] ?? entity);
    if (text !== '') parts.push({ text, highlighted });
  }
  return parts;
}
