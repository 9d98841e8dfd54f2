/**
 * Every glossary term's name and short definition, keyed by id: what a `<Term>` link shows when hovered or
 * focused. Fetched on the first such hover, so lessons do not carry every definition in their HTML.
 */
import type { APIRoute } from 'astro';
import { getSite } from '~/data/site';

export const GET: APIRoute = async () => {
  const site = await getSite();
  const terms = Object.fromEntries(
    site.glossary.map((entry) => [entry.id, { term: entry.data.term, definition: entry.data.definition }]),
  );
  return new Response(JSON.stringify(terms), { headers: { 'Content-Type': 'application/json' } });
};
