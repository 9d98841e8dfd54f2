import { describe, expect, it } from 'vitest';
import { pageContents, pathNav, progressKey, sectionNav, type NavStep } from '~/lib/navigation';

const step = (type: NavStep['type'], id: string, unit: string): NavStep => ({
  type,
  id,
  unit,
  title: id.toUpperCase(),
  href: `/${type}/${id}/`,
});
const PATH = {
  title: 'From zero',
  href: '/learn/',
  units: [
    { title: 'Basics', steps: [step('lesson', 'a', 'Basics'), step('lesson', 'b', 'Basics')] },
    { title: 'Choose', steps: [step('difference', 'graphs', 'Choose'), step('framework', 'keras', 'Choose')] },
  ],
};

describe('progressKey', () => {
  it('keeps a lesson bare, so progress saved before other steps existed still counts', () => {
    expect(progressKey({ type: 'lesson', id: 'tensors' })).toBe('tensors');
  });

  it('prefixes other steps with their type, so a difference and a lesson of one name never collide', () => {
    expect(progressKey({ type: 'difference', id: 'tensors' })).toBe('difference/tensors');
    expect(progressKey({ type: 'framework', id: 'keras' })).toBe('framework/keras');
  });
});

describe('pathNav', () => {
  it('lists the units with their steps and marks only the current one', () => {
    const nav = pathNav(PATH, '/difference/graphs/');
    expect(nav.groups.map((group) => [group.title, group.items.map((item) => item.label)])).toEqual([
      ['Basics', ['A', 'B']],
      ['Choose', ['GRAPHS', 'KERAS']],
    ]);
    expect(nav.groups.flatMap((group) => group.items).filter((item) => item.current)).toEqual([
      { label: 'GRAPHS', href: '/difference/graphs/', current: true, progressKey: 'difference/graphs' },
    ]);
  });

  it('names the position of the current step in the whole path and its unit', () => {
    expect(pathNav(PATH, '/framework/keras/').position).toBe('Step 4 of 4 · Choose');
    expect(pathNav(PATH, '/lesson/a/').position).toBe('Step 1 of 4 · Basics');
  });

  it('has no position and no current link on a page that is not on the path', () => {
    const nav = pathNav(PATH, '/glossary/');
    expect(nav.position).toBeUndefined();
    expect(nav.groups.flatMap((group) => group.items).some((item) => item.current)).toBe(false);
  });
});

describe('sectionNav', () => {
  const SECTION = {
    title: 'Code examples',
    href: '/code/',
    groups: [
      { title: 'basics', items: [{ label: 'Tensor', href: '/code/tensor/' }] },
      {
        title: 'training',
        items: [
          { label: 'Train', href: '/code/train/' },
          { label: 'Save', href: '/code/save/' },
        ],
      },
    ],
  };

  it('marks the current page', () => {
    const nav = sectionNav(SECTION, '/code/save/');
    expect(nav.groups[0]?.items.map((item) => item.current)).toEqual([false]);
    expect(nav.groups[1]?.items.map((item) => item.current)).toEqual([false, true]);
    expect(nav.label).toBe('Code examples');
  });

  it('marks nothing on the section index', () => {
    const nav = sectionNav(SECTION, '/code/');
    expect(nav.groups.flatMap((group) => group.items).some((item) => item.current)).toBe(false);
  });
});

describe('pageContents', () => {
  const h = (depth: number, slug: string) => ({ depth, slug, text: slug });

  it('lists second-level headings once each, in order', () => {
    expect(pageContents([h(2, 'a'), h(3, 'a1'), h(2, 'b'), h(2, 'a'), h(2, 'c')]).map((entry) => entry.slug)).toEqual([
      'a',
      'b',
      'c',
    ]);
  });

  it('gives a page with fewer than three sections no contents', () => {
    expect(pageContents([h(2, 'a'), h(3, 'x'), h(3, 'y'), h(2, 'b')])).toEqual([]);
  });
});
