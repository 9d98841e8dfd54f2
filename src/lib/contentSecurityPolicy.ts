import { createHash } from 'node:crypto';
import { ELEMENT_NODE, parse, walkSync, type Node } from 'ultrahtml';

/**
 * The site's Content-Security-Policy, built from the finished pages: the fixed directives plus a hash for each
 * inline script and style that a page really has, and nothing else (no hash that matches nothing). The same
 * policy goes into every page as the first thing in `<head>` after the charset — before any script, so it
 * covers them all — and can be sent as an HTTP header, where `frame-ancestors` also works.
 */

/** The script types a browser runs; `application/ld+json` and other data blocks are not scripts to CSP. */
const EXECUTABLE = new Set(['', 'module', 'text/javascript', 'application/javascript']);

export interface InlineCode {
  scripts: string[];
  styles: string[];
}

/** The text of every inline script (one a browser would run) and every `<style>` of a page. */
export function findInlineCode(html: string): InlineCode {
  const found: InlineCode = { scripts: [], styles: [] };
  walkSync(parse(html), (node: Node) => {
    if (node.type !== ELEMENT_NODE) return;
    const text = () => node.children.map((child: Node) => String(child.value ?? '')).join('');
    const type = String(node.attributes['type'] ?? '')
      .trim()
      .toLowerCase();
    if (node.name === 'script' && !('src' in node.attributes) && EXECUTABLE.has(type)) found.scripts.push(text());
    if (node.name === 'style') found.styles.push(text());
  });
  return found;
}

/** The CSP source expression for a piece of inline code: `'sha256-…'`. */
export function hashSource(code: string): string {
  return `'sha256-${createHash('sha256').update(code, 'utf8').digest('base64')}'`;
}

export interface PolicyParts {
  /** Directives as written, e.g. `default-src 'self'`. */
  directives: readonly string[];
  /** Sources for script-src besides the hashes, e.g. `'self'`. */
  scriptSources: readonly string[];
  /** Sources for style-src besides the hashes. */
  styleSources: readonly string[];
}

/** The policy for pages whose inline code is `code` (one entry per page): each distinct hash once, sorted. */
export function buildPolicy(parts: PolicyParts, code: readonly InlineCode[]): string {
  const hashes = (pick: (page: InlineCode) => string[]) => [...new Set(code.flatMap(pick).map(hashSource))].sort();
  return [
    ...parts.directives,
    ['script-src', ...parts.scriptSources, ...hashes((page) => page.scripts)].join(' '),
    ['style-src', ...parts.styleSources, ...hashes((page) => page.styles)].join(' '),
  ].join('; ');
}

/**
 * The page with `policy` in a `<meta>` right after its `<meta charset>` (or first in `<head>`). Throws when the
 * page has no `<head>`: a page without a policy must not ship.
 */
export function insertPolicy(html: string, policy: string): string {
  let at: number | undefined;
  walkSync(parse(html), (node: Node) => {
    if (node.type !== ELEMENT_NODE) return;
    if (node.name === 'meta' && 'charset' in node.attributes) at = node.loc[0].end;
    else if (node.name === 'head' && at === undefined) at = node.loc[0].end;
  });
  if (at === undefined) throw new Error('The page has no <head> to put its Content-Security-Policy in');
  const meta = `<meta http-equiv="content-security-policy" content="${policy.replaceAll('"', '&quot;')}">`;
  return html.slice(0, at) + meta + html.slice(at);
}
