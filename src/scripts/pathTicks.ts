/**
 * The path sidebar's ticks: completed steps from saved progress, with words for screen readers, kept current
 * when this page or another tab changes the saved progress.
 */
import { isComplete, type Progress } from '~/lib/progress';
import { loadProgress, onProgressChange } from '~/scripts/progressStore';

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
onProgressChange(tickSteps);
