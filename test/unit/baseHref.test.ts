import { describe, expect, it } from 'vitest';
import { baseHref } from '~/lib/baseHref';

describe('baseHref', () => {
  it('prefixes site-absolute links with the base path', () => {
    expect(baseHref('/guide/', '/learn/tensors/')).toBe('/guide/learn/tensors/');
    expect(baseHref('/guide/', '/glossary/#tensor')).toBe('/guide/glossary/#tensor');
  });

  it('leaves other links alone, changes nothing at the root and never prefixes twice', () => {
    for (const href of ['https://example.org/', '//cdn.example.org/x', '#top', 'relative/', 'mailto:a@b.c']) {
      expect(baseHref('/guide/', href)).toBe(href);
    }
    expect(baseHref('/', '/learn/')).toBe('/learn/');
    expect(baseHref('/guide/', '/guide/learn/')).toBe('/guide/learn/');
  });
});
