import { spawn } from 'node:child_process';
import { cpSync, mkdirSync, readdirSync, symlinkSync } from 'node:fs';
import path from 'node:path';
import { stripVTControlCharacters } from 'node:util';

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

/**
 * Runs `astro build` in `root` with the project's Astro and collects everything it prints, without colour codes.
 * `onStart` receives the build's process id (the benchmark watches its memory).
 */
export function astroBuild(root: string, onStart?: (pid: number) => void): Promise<{ code: number; output: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [ASTRO_BIN, 'build'], {
      cwd: root,
      env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', NO_COLOR: '1', FORCE_COLOR: '0' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    if (child.pid !== undefined) onStart?.(child.pid);
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code: code ?? 1, output: stripVTControlCharacters(output) }));
  });
}
