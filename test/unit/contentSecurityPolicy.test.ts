import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { buildPolicy, findInlineCode, hashSource, insertPolicy } from '~/lib/contentSecurityPolicy';

const PARTS = { directives: ["default-src 'self'"], scriptSources: ["'self'"], styleSources: ["'self'"] };
const page = (head: string, body = '') =>
  `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">${head}</head><body>${body}</body></html>`;

describe('findInlineCode', () => {
  it('finds the scripts a browser runs and the inline styles, not files or data blocks', () => {
    const html = page(
      '<script>let a = 1 < 2;</script><script type="module" src="/_astro/x.js"></script>',
      '<script type="application/ld+json">{"@type":"Article"}</script><script type="module">go()</script><style>p{}</style>',
    );
    expect(findInlineCode(html)).toEqual({ scripts: ['let a = 1 < 2;', 'go()'], styles: ['p{}'] });
  });
});

describe('buildPolicy', () => {
  it('lists the hash of each inline script once, and no hash for anything that is not on a page', () => {
    const policy = buildPolicy(PARTS, [
      { scripts: ['a()', 'b()'], styles: [] },
      { scripts: ['a()'], styles: [] },
    ]);
    const expected = (code: string) => `'sha256-${createHash('sha256').update(code).digest('base64')}'`;
    expect(policy).toBe(
      `default-src 'self'; script-src 'self' ${[expected('a()'), expected('b()')].sort().join(' ')}; style-src 'self'`,
    );
    // The empty string's hash (47DEQpj8…) is not added for a page without inline styles.
    expect(policy).not.toContain(hashSource(''));
  });
});

describe('insertPolicy', () => {
  it('puts the policy right after the charset, before any script', () => {
    const html = insertPolicy(page('<script>first()</script><title>T</title>'), "default-src 'self'");
    expect(html).toContain(
      `<meta charset="utf-8"><meta http-equiv="content-security-policy" content="default-src 'self'"><script>first()</script>`,
    );
  });

  it('refuses a page with no head', () => {
    expect(() => insertPolicy('<p>hi</p>', "default-src 'self'")).toThrow(/no <head>/);
  });
});
