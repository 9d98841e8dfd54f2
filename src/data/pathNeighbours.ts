import { findNeighbours, type Neighbours } from '~/lib/findNeighbours';
import type { LearningPath, ResolvedStep, Site } from './site';

/** The first path with a step at `href`; undefined for a page that is on no path. */
export function pathContaining(site: Site, href: string): LearningPath | undefined {
  return site.paths.find((candidate) => candidate.steps.some((step) => step.href === href));
}

/**
 * The steps before and after the page at `href` on the first path that includes it; undefined for a page
 * that is on no path.
 */
export function pathNeighbours(site: Site, href: string): Neighbours<ResolvedStep> | undefined {
  const path = pathContaining(site, href);
  return path ? findNeighbours(path.steps, (step) => step.href === href) : undefined;
}
