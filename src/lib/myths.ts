import { z } from 'astro/zod';
import { ELEMENT_NODE, parse as parseHtml, TEXT_NODE, type Node } from 'ultrahtml';
import { parse } from 'yaml';
import { httpsUrl } from './schemaFields';

/**
 * The myths the site corrects, read from `content/myths.yaml`: one list for the comparison's corrected "popular
 * table" and for the check that no page states a myth outside the `<Myth>` box that corrects it.
 */

const text = z.string().trim().min(1, { error: 'must not be empty' });

const myth = z
  .strictObject({
    /** A kebab-case name for the myth. */
    id: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, { error: 'must be kebab-case' }),
    /** The myth in a few words, as the check reports it. */
    myth: text,
    /** A regular expression (case-insensitive) matching the claim stated as fact, not the correct fact. */
    pattern: z
      .string()
      .refine(
        (source) => {
          try {
            new RegExp(source, 'i');
            return true;
          } catch {
            return false;
          }
        },
        { error: 'must be a valid regular expression' },
      )
      .optional(),
    /** Its row in the widely shared comparison table that /compare/ shows corrected. */
    popularTable: z
      .strictObject({
        row: text,
        claim: text,
        fact: text,
        source: z.strictObject({ title: text, url: httpsUrl('must be a full https:// URL') }),
      })
      .optional(),
  })
  .refine((entry) => entry.pattern !== undefined || entry.popularTable !== undefined, {
    error: 'needs a pattern for the check, a popularTable row, or both',
  });

export type Myth = z.output<typeof myth>;

/** The myths in `source` (the YAML text of `file`); throws naming the file and the field of any mistake. */
export function parseMyths(source: string, file: string): Myth[] {
  const result = z.array(myth).safeParse(parse(source));
  if (result.success) return result.data;
  const lines = result.error.issues.map((issue) => {
    const [index, ...fields] = issue.path.map(String);
    return `  ${file} → [${index}]${fields.map((field) => `.${field}`).join('')}: ${issue.message}`;
  });
  throw new Error([`Invalid myths (${lines.length}):`, ...lines].join('\n'));
}

/** The myths that `text` states (the caller removes the boxes that correct them first). */
export function findMythClaims(text: string, myths: readonly Myth[]): string[] {
  const flat = text.replace(/\s+/g, ' ');
  return myths.flatMap(({ myth: name, pattern }) => {
    const match = pattern === undefined ? null : new RegExp(pattern, 'i').exec(flat);
    return match ? [`${name}: “${match[0]}”`] : [];
  });
}

/** Stands for a page's text without the boxes that correct myths, as a reader would see it. */
export function textOutsideMythBoxes(html: string): string {
  const parts: string[] = [];
  const visit = (node: Node) => {
    if (node.type === ELEMENT_NODE) {
      if ('data-myth' in node.attributes || ['script', 'style', 'template'].includes(node.name)) return;
    } else if (node.type === TEXT_NODE) parts.push(decodeEntities(String(node.value)));
    for (const child of node.children ?? []) visit(child);
  };
  visit(parseHtml(html));
  return parts.join('');
}

const NAMED: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ' };

function decodeEntities(text: string): string {
  return text.replace(/&(#x[\da-f]+|#\d+|[a-z]+);/gi, (entity, name: string) => {
    if (name.startsWith('#x') || name.startsWith('#X')) return String.fromCodePoint(parseInt(name.slice(2), 16));
    if (name.startsWith('#')) return String.fromCodePoint(Number(name.slice(1)));
    return NAMED[name] ?? entity;
  });
}
