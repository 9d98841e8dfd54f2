/**
 * The reading shell's navigation as data: the path sidebar, a section's own navigation and a page's
 * "On this page" contents. Pages build these once at build time and the layout only displays them.
 */

/** A step of a path as the navigation needs it. */
export interface NavStep {
  type: 'lesson' | 'difference' | 'framework';
  id: string;
  title: string;
  href: string;
  unit: string;
}

/** One link of a side navigation. */
export interface NavItem {
  label: string;
  href: string;
  /** The page this link points at is the one being read. */
  current: boolean;
  /** Key under which saved progress marks this step complete; only path steps have one. */
  progressKey?: string;
}

/** A titled group of links: a unit of a path, a category of a section. */
export interface NavGroup {
  title: string;
  items: NavItem[];
}

/** Everything a side navigation shows. */
export interface SideNav {
  /** The landmark's accessible name, e.g. "Learning path". */
  label: string;
  /** Heading above the links: the path's or the section's name. */
  title: string;
  /** Link for the title (the path overview, the section index). */
  titleHref: string;
  /** Where the current page sits, e.g. "Step 6 of 19 · Building blocks"; shown on the collapsed button too. */
  position: string | undefined;
  groups: NavGroup[];
}

/**
 * The key a step's completion is saved under. Lessons keep their bare id, as they always have, so progress
 * saved before other steps could be completed still counts; other steps are prefixed with their type.
 */
export function progressKey(step: Pick<NavStep, 'type' | 'id'>): string {
  return step.type === 'lesson' ? step.id : `${step.type}/${step.id}`;
}

/**
 * The sidebar of a learning path: its units in order with their steps (as `outlinePath` groups them), the
 * current step marked and its position named. `currentHref` is a site path such as `/learn/tensors/`.
 */
export function pathNav(
  path: { title: string; href: string; units: readonly { title: string; steps: readonly NavStep[] }[] },
  currentHref: string,
): SideNav {
  const steps = path.units.flatMap((unit) => unit.steps);
  const index = steps.findIndex((step) => step.href === currentHref);
  const step = steps[index];
  return {
    label: 'Learning path',
    title: path.title,
    titleHref: path.href,
    position: step ? `Step ${index + 1} of ${steps.length} · ${step.unit}` : undefined,
    groups: path.units.map((unit) => ({
      title: unit.title,
      items: unit.steps.map((item) => ({
        label: item.title,
        href: item.href,
        current: item.href === currentHref,
        progressKey: progressKey(item),
      })),
    })),
  };
}

/** The navigation of a section that is not a path (differences, code, compare), grouped as given; the current page marked. */
export function sectionNav(
  section: {
    title: string;
    href: string;
    groups: readonly { title: string; items: { label: string; href: string }[] }[];
  },
  currentHref: string,
): SideNav {
  const groups = section.groups.map((group) => ({
    title: group.title,
    items: group.items.map((item) => ({ ...item, current: item.href === currentHref })),
  }));
  return {
    label: section.title,
    title: section.title,
    titleHref: section.href,
    position: undefined,
    groups,
  };
}

/** A heading as Astro's `render()` reports it. */
export interface Heading {
  depth: number;
  slug: string;
  text: string;
}

/** Fewer second-level headings than this and a page gets no "On this page" contents. */
export const MIN_CONTENTS_HEADINGS = 3;

/**
 * The "On this page" entries: every second-level heading in reading order, once each (a slug repeated by a
 * component is listed once). Empty when the page has fewer than three, where contents would only repeat
 * what fits on one screen.
 */
export function pageContents(headings: readonly Heading[]): Heading[] {
  const seen = new Set<string>();
  const entries = headings.filter((heading) => {
    if (heading.depth !== 2 || !heading.slug || seen.has(heading.slug)) return false;
    seen.add(heading.slug);
    return true;
  });
  return entries.length >= MIN_CONTENTS_HEADINGS ? entries : [];
}
