import { withBase } from './withBase';

/**
 * The href to use for a link written in content: site-absolute links (`/learn/tensors/`) get the base path so
 * they keep working under a sub-path such as `/guide/`; external, protocol-relative, fragment, relative and
 * already-prefixed links are returned unchanged.
 */
export function baseHref(base: string, href: string): string {
  const prefix = base.endsWith('/') ? base : `${base}/`;
  if (!href.startsWith('/') || href.startsWith('//')) return href;
  if (prefix !== '/' && href.startsWith(prefix)) return href;
  return withBase(base, href);
}
