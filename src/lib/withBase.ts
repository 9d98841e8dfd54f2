/**
 * Prefixes a site path with the base path the site is served under, keeping exactly one slash between
 * them, so links work both at the domain root and under a sub-path such as `/guide/`.
 * @param base The configured base, e.g. `import.meta.env.BASE_URL` (`/` or `/guide/`).
 * @param sitePath A path from the site root, e.g. `/learn/tensors/`.
 */
export function withBase(base: string, sitePath: string): string {
  const prefix = base.endsWith('/') ? base.slice(0, -1) : base;
  const suffix = sitePath.startsWith('/') ? sitePath : `/${sitePath}`;
  return `${prefix}${suffix}`;
}
