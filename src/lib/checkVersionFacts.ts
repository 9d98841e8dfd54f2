import { isAtLeast } from './compareVersions.ts';

/** The package in requirements.txt that each framework profile's `currentVersion` fact is about. */
export const PINNED_PACKAGES: Record<string, readonly string[]> = {
  keras: ['keras'],
  tensorflow: ['tensorflow', 'tensorflow-cpu'],
  pytorch: ['torch'],
};

/** `name==version` pins of a requirements file, by lower-case name ("torch" → "2.13.0+cpu"). */
export function parsePins(requirements: string): Map<string, string> {
  const pins = new Map<string, string>();
  for (const line of requirements.split('\n')) {
    const match = /^\s*([A-Za-z0-9_.-]+)\s*==\s*([^\s;#]+)/.exec(line);
    if (match) pins.set((match[1] ?? '').toLowerCase().replace(/_/g, '-'), match[2] ?? '');
  }
  return pins;
}

/** The highest version number written in a fact's text ("2.x — 2.14.0 (2 Sep 2026); 2.13.0 …" → "2.14.0"). */
export function latestVersionIn(text: string): string | undefined {
  const versions = [...text.matchAll(/\b\d+\.\d+\.\d+\b/g)].map((match) => match[0]);
  return versions.reduce<string | undefined>(
    (best, version) => (best === undefined || !isAtLeast(best, version) ? version : best),
    undefined,
  );
}

/**
 * Every framework whose "current version" fact names a release older than the one the site's programs run
 * under (the pins in requirements.txt): the fact is out of date, since a newer release demonstrably exists.
 */
export function staleVersionFacts(
  facts: { framework: string; file: string; value: string }[],
  requirements: string,
): string[] {
  const pins = parsePins(requirements);
  return facts.flatMap(({ framework, file, value }) => {
    const pinned = (PINNED_PACKAGES[framework] ?? []).map((name) => pins.get(name)).find(Boolean);
    if (!pinned) return [];
    const latest = latestVersionIn(value);
    if (latest !== undefined && isAtLeast(latest, pinned)) return [];
    return [
      `${file}: facts.currentVersion says "${value}", but the site's programs run under ${framework} ${pinned} ` +
        '(requirements.txt): update the fact, its source and asOf.',
    ];
  });
}
