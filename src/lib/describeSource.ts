/**
 * A short, readable label for a source URL: the host without `www.` plus a hint of the path, e.g.
 * `github.com/pytorch/pytorch` or `docs.pytorch.org/…/export.html`.
 */
export function describeSource(url: string): string {
  const parsed = new URL(url);
  const host = parsed.hostname.replace(/^www\./, '');
  const parts = parsed.pathname.split('/').filter(Boolean);
  if (parts.length === 0) return host;
  if (parts.length <= 2) return `${host}/${parts.join('/')}`;
  return `${host}/${parts[0]}/…/${parts.at(-1)}`;
}
