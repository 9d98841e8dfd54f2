/**
 * The path sidebar's ticks: completed steps from saved progress, with words for screen readers, kept current
 * when this page (`dlc:progress`) or another tab (`storage`) changes the saved progress.
 */
import { isComplete, type Progress } from '~/lib/progress';
import { STORAGE_KEYS } from '~/lib/storageKeys';
import { loadProgress } from '~/scripts/progressStore';

function tickSteps(progress: Progress): void {
  for (const link of document.querySelectorAll<HTMLAnchorElement>('[data-side-nav] a[data-progress-key]')) {
    const done = isComplete(progress, link.dataset['progressKey'] ?? '');
    link.toggleAttribute('data-done', done);
    let note = link.querySelector<HTMLElement>('.visually-hidden');
    if (done && !note) {
      note = document.createElement('span');
      note.className = 'visually-hidden';
      note.textContent = ' (completed)';
      link.append(note);
    } else if (!done) {
      note?.remove();
    }
  }
}

tickSteps(loadProgress());
window.addEventListener('storage', (event) => {
  if (event.key === STORAGE_KEYS.progress || event.key === null) tickSteps(loadProgress());
});
document.addEventListener('dlc:progress', () => tickSteps(loadProgress()));
