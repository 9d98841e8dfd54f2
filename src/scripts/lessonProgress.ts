/** On a lesson page: remember it as the place to resume, and let the reader mark it complete. */
import { isComplete, recordVisit, setComplete } from '~/lib/progress';
import { loadProgress, saveProgress, today } from '~/scripts/progressStore';

const box = document.querySelector<HTMLElement>('[data-mark-complete]');
const button = box?.querySelector<HTMLButtonElement>('[data-mark-complete-button]');
const status = box?.querySelector<HTMLElement>('[data-mark-complete-status]');
const lessonId = box?.dataset['lessonId'];

if (box && button && status && lessonId) {
  let progress = recordVisit(loadProgress(), lessonId);
  saveProgress(progress);
  const render = () => {
    const done = isComplete(progress, lessonId);
    button.setAttribute('aria-pressed', String(done));
    status.textContent = done ? '✓ Lesson complete' : '';
  };
  button.addEventListener('click', () => {
    progress = setComplete(progress, lessonId, !isComplete(progress, lessonId), today());
    saveProgress(progress);
    render();
  });
  render();
}
