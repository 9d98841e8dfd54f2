/**
 * Which side navigation a page shows: the learning path's, when the page is a step of a path (lessons, and the
 * path's difference and framework steps), else its section's own. Pages call `navFor` once and hand the
 * result to the layout.
 */
import { frameworkPairs, pairSlug } from '~/lib/buildComparison';
import { pathNav, sectionNav, type SideNav } from '~/lib/navigation';
import { pathContaining } from './pathNeighbours';
import type { Site } from './site';

/** The side navigation for the page at `href` (a site path such as `/learn/tensors/`), if it has one. */
export function navFor(site: Site, href: string): SideNav | undefined {
  const path = pathContaining(site, href);
  if (path) return pathNav({ title: path.entry.data.title, href: '/learn/', units: path.units }, href);
  const section = SECTIONS.find((candidate) => href.startsWith(candidate.prefix));
  return section ? sectionNav(section.build(site), href) : undefined;
}

const SECTIONS: { prefix: string; build: (site: Site) => Parameters<typeof sectionNav>[0] }[] = [
  {
    prefix: '/differences/',
    build: (site) => ({
      title: 'Key differences',
      href: '/differences/',
      groups: [
        {
          title: 'Dimensions',
          items: site.differences.map((entry) => ({ label: entry.data.title, href: `/differences/${entry.id}/` })),
        },
      ],
    }),
  },
  {
    prefix: '/frameworks/',
    build: (site) => ({
      title: 'Frameworks',
      href: '/frameworks/',
      groups: [
        {
          title: 'Profiles',
          items: site.frameworks.map((entry) => ({ label: entry.data.name, href: `/frameworks/${entry.id}/` })),
        },
      ],
    }),
  },
  {
    prefix: '/code/',
    build: (site) => {
      const categories = [...new Set(site.examples.map((example) => example.entry.data.category))];
      return {
        title: 'Code examples',
        href: '/code/',
        groups: categories.map((category) => ({
          title: category,
          items: site.examples
            .filter((example) => example.entry.data.category === category)
            .map((example) => ({ label: example.entry.data.title, href: `/code/${example.entry.id}/` })),
        })),
      };
    },
  },
  {
    prefix: '/compare/',
    build: (site) => ({
      title: 'Compare',
      href: '/compare/',
      groups: [
        {
          title: 'All frameworks',
          items: [
            { label: 'Comparison table', href: '/compare/' },
            { label: 'Which should I start with?', href: '/compare/choose/' },
          ],
        },
        {
          title: 'Two at a time',
          items: frameworkPairs(site.frameworks).map(([first, second]) => ({
            label: `${first.data.name} vs ${second.data.name}`,
            href: `/compare/${pairSlug(first.id, second.id)}/`,
          })),
        },
      ],
    }),
  },
];
