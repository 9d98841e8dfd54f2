import { existsSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import type { AstroIntegration } from 'astro';
import { parsePins } from '../lib/checkVersionFacts.ts';
import { stampOutputs } from '../lib/programOutputs.ts';
import { RECORDS_FILE, type ProgramRecords } from '../lib/programRecords.ts';

/** The records file, read again whenever it changes (the dev server keeps running while outputs are recorded). */
function recordsReader(): () => ProgramRecords {
  let cached: { mtime: number; records: ProgramRecords } | undefined;
  return () => {
    const mtime = statSync(RECORDS_FILE, { throwIfNoEntry: false })?.mtimeMs ?? 0;
    if (cached?.mtime !== mtime) {
      cached = { mtime, records: mtime ? (JSON.parse(readFileSync(RECORDS_FILE, 'utf8')) as ProgramRecords) : {} };
    }
    return cached.records;
  };
}

/**
 * Shows real outputs in lessons, differences and framework profiles: before MDX compiles a content file, the
 * ```text block after each run ```python block is replaced by what the program printed in the last recorded run,
 * its fence stamped with the versions and day (see src/lib/programOutputs.ts). The build fails, naming the file
 * and line, when a run block has no record or one made under versions requirements.txt no longer pins.
 * Must come before mdx() in the integrations, so its transform runs first.
 */
export function programOutputs(): AstroIntegration {
  const records = recordsReader();
  return {
    name: 'dlc:program-outputs',
    hooks: {
      'astro:config:setup': ({ updateConfig }) => {
        updateConfig({
          vite: {
            plugins: [
              {
                name: 'dlc:program-outputs',
                enforce: 'pre',
                transform: {
                  filter: { id: /[\\/]content[\\/](?:lessons|differences|frameworks)[\\/][^\\/]+\.mdx$/ },
                  handler(code: string, id: string) {
                    const pins = parsePins(
                      existsSync('requirements.txt') ? readFileSync('requirements.txt', 'utf8') : '',
                    );
                    const file = path.relative(process.cwd(), id);
                    const stamped = stampOutputs(code, file, records(), pins);
                    return stamped === code ? undefined : { code: stamped, map: null };
                  },
                },
              },
            ],
          },
        });
      },
    },
  };
}
