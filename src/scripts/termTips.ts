/**
 * A glossary term link (`<Term>`) shows the term's short definition in a tooltip while it is hovered or focused,
 * and still links to the glossary. One tooltip serves the whole page (a manual popover, so it sits above
 * everything); the definitions load from `/glossary/terms.json` (beside the page the link goes to) on the first
 * hover or focus. The tooltip stays while the pointer moves onto it, and Escape closes it (WCAG 1.4.13). Without
 * JavaScript the link is a plain link.
 */
interface Definition {
  term: string;
  definition: string;
}

const links = [...document.querySelectorAll<HTMLAnchorElement>('a.term')];
const first = links[0];
let definitions: Promise<Record<string, Definition>> | undefined;
let tip: HTMLElement | undefined;
let current: HTMLAnchorElement | undefined;
let hideTimer: ReturnType<typeof setTimeout> | undefined;

function load(url: string): Promise<Record<string, Definition>> {
  definitions ??= fetch(url)
    .then((response) => (response.ok ? (response.json() as Promise<Record<string, Definition>>) : {}))
    .catch(() => ({}));
  return definitions;
}

function tooltip(): HTMLElement {
  if (tip) return tip;
  tip = document.createElement('div');
  tip.id = 'term-tip';
  tip.className = 'term-tip';
  tip.setAttribute('role', 'tooltip');
  tip.popover = 'manual';
  tip.addEventListener('pointerenter', () => clearTimeout(hideTimer));
  tip.addEventListener('pointerleave', () => scheduleHide());
  document.body.append(tip);
  return tip;
}

function hide() {
  clearTimeout(hideTimer);
  if (!tip || !current) return;
  current.removeAttribute('aria-describedby');
  current = undefined;
  if (tip.matches(':popover-open')) tip.hidePopover();
}

function scheduleHide() {
  clearTimeout(hideTimer);
  hideTimer = setTimeout(hide, 150);
}

/** Puts the tooltip under the link (above it when there is no room below), inside the viewport. */
function place(element: HTMLElement, link: HTMLAnchorElement) {
  const box = link.getBoundingClientRect();
  const width = element.offsetWidth;
  const height = element.offsetHeight;
  const left = Math.min(Math.max(8, box.left), window.innerWidth - width - 8);
  const below = box.bottom + 6;
  const top = below + height > window.innerHeight - 8 ? box.top - height - 6 : below;
  element.style.left = `${Math.max(8, left)}px`;
  element.style.top = `${Math.max(8, top)}px`;
}

async function show(link: HTMLAnchorElement) {
  clearTimeout(hideTimer);
  // The link goes to /glossary/#<id>; the definitions sit beside that page, at /glossary/terms.json.
  const target = new URL(link.href);
  const entry = (await load(new URL('terms.json', target).href))[decodeURIComponent(target.hash.slice(1))];
  if (!entry) return;
  const element = tooltip();
  if (current && current !== link) current.removeAttribute('aria-describedby');
  current = link;
  const name = document.createElement('strong');
  name.textContent = entry.term;
  element.replaceChildren(name, ` ${entry.definition}`);
  link.setAttribute('aria-describedby', element.id);
  if (!element.matches(':popover-open')) element.showPopover();
  place(element, link);
}

if (first) {
  for (const link of links) {
    link.addEventListener('pointerenter', () => void show(link));
    link.addEventListener('pointerleave', () => scheduleHide());
    link.addEventListener('focus', () => void show(link));
    link.addEventListener('blur', () => hide());
  }
  document.addEventListener('keydown', (event) => {
    if (event.key === 'Escape' && current) hide();
  });
  window.addEventListener('scroll', () => hide(), { passive: true });
}
