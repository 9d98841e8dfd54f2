import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parseMyths, type Myth } from '~/lib/myths';

/** Where the myths live, relative to the project root. */
export const MYTHS_FILE = 'content/myths.yaml';

let myths: Myth[] | undefined;

/** The myths of `content/myths.yaml`, read and checked once per build. */
export function getMyths(): Myth[] {
  myths ??= parseMyths(readFileSync(path.resolve(MYTHS_FILE), 'utf8'), MYTHS_FILE);
  return myths;
}
