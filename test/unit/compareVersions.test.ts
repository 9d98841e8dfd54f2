import { describe, expect, it } from 'vitest';
import { isAtLeast } from '~/lib/compareVersions';

describe('isAtLeast', () => {
  it.each([
    ['2.13.0+cpu', '2.6', true],
    ['2.6', '2.6', true],
    ['2.6.0', '2.6', true],
    ['1.13.1', '2.0', false],
    ['2.5.9', '2.6', false],
    ['3.15.1', '3.0', true],
    ['10.0', '9.9', true],
    ['2.21.0rc1', '2.21', true],
  ])('%s is at least %s: %s', (installed, required, expected) => {
    expect(isAtLeast(installed, required)).toBe(expected);
  });
});
