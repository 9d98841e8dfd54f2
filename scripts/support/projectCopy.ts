import { cpSync, mkdirSync, readdirSync, symlinkSync } from 'node:fs';
import path from 'node:path';

/** The project this script belongs to. */
export const PROJECT_ROOT = path.resolve(import.meta.dirname, '../..');

/** `astro` run from the project's own packages, whatever folder the build runs in. */
export const ASTRO_BIN = path.join(PROJECT_ROOT, 'node_modules/astro/bin/astro.mjs');

/**
 * Copies the site's code (config, `src/`, `public/`) and the given content folder into `root`, and links each
 * installed package rather than the whole `node_modules`, so every copy keeps its own Vite and Astro caches
 * and copies can build side by side. Used by the bad-content builds and by `npm run bench`.
 */
export function copyProject(root: string, content: string): void {
  for (const item of ['astro.config.mjs', 'tsconfig.json', 'package.json', 'src', 'public']) {
    cpSync(path.join(PROJECT_ROOT, item), path.join(root, item), { recursive: true });
  }
  cpSync(content, path.join(root, 'content'), { recursive: true });
  mkdirSync(path.join(root, 'node_modules'));
  for (const name of readdirSync(path.join(PROJECT_ROOT, 'node_modules'))) {
    if (name.startsWith('.')) continue;
    symlinkSync(path.join(PROJECT_ROOT, 'node_modules', name), path.join(root, 'node_modules', name), 'dir');
  }
}
