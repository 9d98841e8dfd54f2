import { findNeighbours, type Neighbours } from '~/lib/findNeighbours';
import type { ResolvedStep, Site } from './site';

/**
 * The steps before and after the page at `href` on the first path that includes it; undefined for a page
 * that is on no path.
 */
export function pathNeighbours(site: Site, href: string): Neighbours<ResolvedStep> | undefined {
  const path = site.paths.find((candidate) => candidate.steps.some((step) => step.href === href));
  return path ? findNeighbours(path.steps, (step) => step.href === href) : undefined;
}
