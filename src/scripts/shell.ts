/**
 * The reading shell's enhancements; every part works without them. The header menu and other open
 * disclosures close on Escape (focus returns to their button) and the header menu on a click elsewhere;
 * "On this page" marks the section being read; on path pages `pathTicks` ticks the completed steps.
 */
const menu = document.querySelector<HTMLDetailsElement>('[data-nav-menu]');

/** Disclosures that float or fold: closing them with Escape is what a menu button promises. */
function openDisclosures(): HTMLDetailsElement[] {
  return [
    ...document.querySelectorAll<HTMLDetailsElement>('[data-nav-menu][open], [data-side-nav][open], [data-toc][open]'),
  ].filter(
    // A sidebar shown as a column on wide screens has no button to return to: leave it alone.
    (details) => details.querySelector('summary')?.offsetParent !== null,
  );
}

document.addEventListener('keydown', (event) => {
  if (event.key !== 'Escape' || event.defaultPrevented) return;
  const open = openDisclosures();
  const target = open.find((details) => details.contains(document.activeElement)) ?? (menu?.open ? menu : undefined);
  if (!target || !open.includes(target)) return;
  target.open = false;
  target.querySelector('summary')?.focus();
});

document.addEventListener('click', (event) => {
  if (menu?.open && event.target instanceof Node && !menu.contains(event.target)) menu.open = false;
});

/** "On this page": the current section is the last heading that has scrolled past the top third. */
function followSections(): void {
  const links = [...document.querySelectorAll<HTMLAnchorElement>('[data-toc-link]')];
  const headings = links
    .map((link) => document.getElementById(decodeURIComponent(link.hash.slice(1))))
    .filter((heading): heading is HTMLElement => heading !== null);
  if (headings.length === 0 || !('IntersectionObserver' in window)) return;
  const mark = () => {
    const line = window.innerHeight / 3;
    let current = -1;
    headings.forEach((heading, index) => {
      if (heading.getBoundingClientRect().top <= line) current = index;
    });
    links.forEach((link, index) => {
      if (index === current) link.setAttribute('aria-current', 'true');
      else link.removeAttribute('aria-current');
    });
  };
  const observer = new IntersectionObserver(mark, { rootMargin: '0px 0px -66% 0px' });
  for (const heading of headings) observer.observe(heading);
  mark();
}

followSections();
// Only path pages read saved progress: the code for it loads there alone.
if (document.querySelector('[data-side-nav] a[data-progress-key]')) void import('~/scripts/pathTicks');
