/**
 * Framework tabs: one choice for the whole site. Selecting a tab (click, or arrow keys / Home / End in the
 * tab list) switches every group on the page, keeps the selected tab where it was on screen, and is saved
 * so other pages and other open windows follow.
 */
import { readStored, writeStored } from '~/scripts/storage';
import { STORAGE_KEYS } from '~/lib/storageKeys';
import { FRAMEWORKS, isFramework, type Framework } from '~/lib/taxonomy';

const root = document.documentElement;
const groups = [...document.querySelectorAll<HTMLElement>('[data-framework-tabs]')];

function tabsOf(group: HTMLElement): HTMLButtonElement[] {
  return [...group.querySelectorAll<HTMLButtonElement>(':scope > [role="tablist"] > [role="tab"]')];
}

function show(framework: Framework, anchor?: HTMLElement) {
  const before = anchor?.getBoundingClientRect().top;
  root.dataset['framework'] = framework;
  for (const group of groups) {
    for (const tab of tabsOf(group)) {
      const selected = tab.dataset['tab'] === framework;
      tab.setAttribute('aria-selected', String(selected));
      tab.tabIndex = selected ? 0 : -1;
    }
  }
  // Groups above the one the reader used may change height: keep the used tab where it was.
  if (anchor && before !== undefined) window.scrollBy(0, anchor.getBoundingClientRect().top - before);
}

function choose(framework: Framework, tab: HTMLElement) {
  show(framework, tab);
  writeStored(STORAGE_KEYS.framework, framework);
}

groups.forEach((group, index) => {
  const tabs = tabsOf(group);
  for (const tab of tabs) {
    const framework = tab.dataset['tab'];
    const panel = group.querySelector<HTMLElement>(`:scope > [data-variant="${framework}"]`);
    if (!panel) continue;
    tab.id = `tab-${index}-${framework}`;
    panel.id = `panel-${index}-${framework}`;
    tab.setAttribute('aria-controls', panel.id);
    panel.setAttribute('role', 'tabpanel');
    panel.setAttribute('aria-labelledby', tab.id);
    panel.tabIndex = 0;
    tab.addEventListener('click', () => {
      if (isFramework(framework)) choose(framework, tab);
    });
  }
  group.querySelector('[role="tablist"]')?.addEventListener('keydown', (event) => {
    const key = (event as KeyboardEvent).key;
    const current = tabs.findIndex((tab) => tab === document.activeElement);
    if (current === -1) return;
    const target = { ArrowRight: current + 1, ArrowLeft: current - 1, Home: 0, End: tabs.length - 1 }[key];
    if (target === undefined) return;
    event.preventDefault();
    const tab = tabs[(target + tabs.length) % tabs.length];
    const framework = tab?.dataset['tab'];
    if (!tab || !isFramework(framework)) return;
    choose(framework, tab);
    tab.focus();
  });
});

const initial = root.dataset['framework'];
show(isFramework(initial) ? initial : FRAMEWORKS[0]);

addEventListener('storage', (event) => {
  if (event.key !== STORAGE_KEYS.framework) return;
  const stored = readStored(STORAGE_KEYS.framework);
  if (isFramework(stored)) show(stored);
});
