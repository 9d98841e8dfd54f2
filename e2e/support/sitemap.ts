import type { APIRequestContext } from '@playwright/test';

/** Every page the production sitemap lists, as paths from the server root (base path included). */
export async function sitemapPaths(request: APIRequestContext, baseURL: string): Promise<string[]> {
  const locs = (xml: string) =>
    [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((match) => new URL(match[1] ?? '').pathname);
  const index = await (await request.get(new URL('sitemap-index.xml', baseURL).href)).text();
  const pages: string[] = [];
  for (const sitemap of locs(index)) {
    pages.push(...locs(await (await request.get(new URL(sitemap, baseURL).href)).text()));
  }
  return pages;
}
