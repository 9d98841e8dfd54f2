import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const pkg = JSON.parse(readFileSync('package.json', 'utf8')) as {
  engines: { node: string };
  optionalDependencies: { node: string };
  devDependencies: Record<string, string>;
  dependencies: Record<string, string>;
};
const astro = JSON.parse(readFileSync('node_modules/astro/package.json', 'utf8')) as { engines: { node: string } };
const nvmrc = readFileSync('.nvmrc', 'utf8').trim();
const version = (text: string) =>
  text
    .replace(/^[^\d]*/, '')
    .split('.')
    .map(Number);

describe('the Node toolchain is declared once', () => {
  it('.nvmrc names the Node that npm scripts run on (the pinned node package)', () => {
    expect(pkg.optionalDependencies.node).toMatch(/^\d+\.\d+\.\d+$/);
    expect(nvmrc).toBe(pkg.optionalDependencies.node);
    expect(process.version).toBe(`v${nvmrc}`);
  });

  it('that Node satisfies engines, which is what Astro itself requires', () => {
    const [major = 0, minor = 0] = version(pkg.engines.node);
    const [pinnedMajor = 0, pinnedMinor = 0] = version(nvmrc);
    expect(pkg.engines.node).toBe(astro.engines.node);
    expect(pinnedMajor > major || (pinnedMajor === major && pinnedMinor >= minor)).toBe(true);
  });

  it('uses TypeScript 6, which @astrojs/check supports', () => {
    expect(pkg.devDependencies['typescript']).toMatch(/^~?\^?6\./);
  });
});
