/** On a step of a path: remember it as the place to resume, and let the reader mark it complete. */
import { isComplete, recordVisit, setComplete, type Progress } from '~/lib/progress';
import { now, onProgressChange, progressNotice, updateProgress } from '~/scripts/progressStore';

const box = document.querySelector<HTMLElement>('[data-mark-complete]');
const button = box?.querySelector<HTMLButtonElement>('[data-mark-complete-button]');
const status = box?.querySelector<HTMLElement>('[data-mark-complete-status]');
const notice = box?.querySelector<HTMLElement>('[data-progress-notice]');
const stepKey = box?.dataset['progressKey'];

if (box && button && status && notice && stepKey) {
  const render = (progress: Progress) => {
    const done = isComplete(progress, stepKey);
    button.setAttribute('aria-pressed', String(done));
    button.textContent = done ? 'Completed — undo' : 'Mark as complete';
    status.textContent = done ? '✓ Complete' : '';
    notice.textContent = progressNotice() ?? '';
  };
  button.addEventListener('click', () => {
    // Decide from the stored state, not this page's: another tab may have changed it.
    updateProgress((progress) => setComplete(progress, stepKey, !isComplete(progress, stepKey), now()));
  });
  onProgressChange(render);
  updateProgress((progress) => recordVisit(progress, stepKey, now()));
}
