/** On a lesson page: remember it as the place to resume, and let the reader mark it complete. */
import { isComplete, recordVisit, setComplete, type Progress } from '~/lib/progress';
import { now, onProgressChange, progressNotice, updateProgress } from '~/scripts/progressStore';

const box = document.querySelector<HTMLElement>('[data-mark-complete]');
const button = box?.querySelector<HTMLButtonElement>('[data-mark-complete-button]');
const status = box?.querySelector<HTMLElement>('[data-mark-complete-status]');
const notice = box?.querySelector<HTMLElement>('[data-progress-notice]');
const lessonId = box?.dataset['lessonId'];

if (box && button && status && notice && lessonId) {
  const render = (progress: Progress) => {
    const done = isComplete(progress, lessonId);
    button.setAttribute('aria-pressed', String(done));
    status.textContent = done ? '✓ Lesson complete' : '';
    notice.textContent = progressNotice() ?? '';
  };
  button.addEventListener('click', () => {
    // Decide from the stored state, not this page's: another tab may have changed it.
    updateProgress((progress) => setComplete(progress, lessonId, !isComplete(progress, lessonId), now()));
  });
  onProgressChange(render);
  updateProgress((progress) => recordVisit(progress, lessonId, now()));
}
