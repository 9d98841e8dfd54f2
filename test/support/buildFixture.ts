import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { PROJECT_ROOT, astroBuild, copyProject } from '../../scripts/support/projectCopy.ts';

const fixtureContent = path.join(PROJECT_ROOT, 'test/fixtures/content');

export interface FixtureBuild {
  /** Exit code of `astro build`. */
  code: number;
  /** Everything the build printed, without colour codes. */
  output: string;
  /** The temporary project the fixture was built in. */
  root: string;
}

/** Edits one file of a fixture project in place. */
export function editFile(root: string, file: string, edit: (text: string) => string): void {
  const full = path.join(root, file);
  const before = readFileSync(full, 'utf8');
  const after = edit(before);
  if (after === before) throw new Error(`The edit to ${file} changed nothing: the fixture no longer matches the test`);
  writeFileSync(full, after);
}

/**
 * Builds the small valid fixture in `test/fixtures/content` with this project's real code, after `mutate`
 * has broken it in one place. The project is copied to a temporary folder so builds can run side by side.
 */
export async function buildFixture(mutate: (root: string) => void = () => {}): Promise<FixtureBuild> {
  const root = mkdtempSync(path.join(tmpdir(), 'dlguide-fixture-'));
  copyProject(root, fixtureContent);
  mutate(root);
  const { code, output } = await astroBuild(root);
  return { code, output, root };
}
