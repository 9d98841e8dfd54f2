import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { latestVersionIn, parsePins, staleVersionFacts } from '~/lib/checkVersionFacts';

const requirements = 'keras==3.15.1\ntensorflow-cpu==2.21.0\ntorch==2.13.0+cpu  # CPU build\n';

describe('staleVersionFacts', () => {
  it('reads the pins and the newest version a fact names', () => {
    expect(parsePins(requirements).get('torch')).toBe('2.13.0+cpu');
    expect(latestVersionIn('2.x — 2.14.0 (2 Sep 2026); 2.13.0 (8 Jul 2026)')).toBe('2.14.0');
    expect(latestVersionIn('3.x')).toBeUndefined();
  });

  it('fails a current-version fact older than the version the programs ran under', () => {
    const problems = staleVersionFacts(
      [
        { framework: 'pytorch', file: 'pytorch.mdx', value: '2.x — 2.12.0 (May 2026); 2.12.1 (Jun 2026)' },
        { framework: 'keras', file: 'keras.mdx', value: '3.x — 3.15.1 (29 Jul 2026)' },
        { framework: 'tensorflow', file: 'tensorflow.mdx', value: '2.x — 2.21.0 (Mar 2026)' },
      ],
      requirements,
    );
    expect(problems).toHaveLength(1);
    expect(problems[0]).toContain('pytorch.mdx: facts.currentVersion says "2.x — 2.12.0');
    expect(problems[0]).toContain('pytorch 2.13.0+cpu');
  });

  it('passes the site’s own facts against its own requirements.txt', () => {
    const facts = ['keras', 'tensorflow', 'pytorch'].map((framework) => {
      const file = `content/frameworks/${framework}.mdx`;
      const value = /currentVersion:\n\s+value: (.*)/.exec(readFileSync(file, 'utf8'))?.[1] ?? '';
      return { framework, file, value };
    });
    expect(staleVersionFacts(facts, readFileSync('requirements.txt', 'utf8'))).toEqual([]);
  });
});
