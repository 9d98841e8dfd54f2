import type { APIRoute } from 'astro';
import { withBase } from '~/lib/withBase';

/** Allows every crawler and points it at the sitemap, whatever the site URL and base path are. */
export const GET: APIRoute = ({ site }) => {
  const sitemap = new URL(withBase(import.meta.env.BASE_URL, '/sitemap-index.xml'), site);
  return new Response(`User-agent: *\nAllow: /\n\nSitemap: ${sitemap.href}\n`, {
    headers: { 'Content-Type': 'text/plain; charset=utf-8' },
  });
};
