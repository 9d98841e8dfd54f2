import type { Page } from '@playwright/test';

/**
 * Before the next navigation, saves `stored` in localStorage and arranges to record the `<html>` element's
 * data attributes the moment `<body>` starts, before any later script could fix them up. Returns a function
 * that reads that record, to prove a saved choice applied before the first paint.
 */
export async function recordRootAtFirstBody(
  page: Page,
  stored: Record<string, string>,
): Promise<() => Promise<Record<string, string>>> {
  await page.addInitScript((values) => {
    for (const [key, value] of Object.entries(values)) localStorage.setItem(key, value);
    new MutationObserver((_, observer) => {
      if (!document.body) return;
      (window as unknown as { rootAtBody: Record<string, string> }).rootAtBody = {
        ...document.documentElement.dataset,
      } as Record<string, string>;
      observer.disconnect();
    }).observe(document, { childList: true, subtree: true });
  }, stored);
  return () => page.evaluate(() => (window as unknown as { rootAtBody: Record<string, string> }).rootAtBody);
}
