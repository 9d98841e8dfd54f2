/**
 * On a step of a path: remember it as the place to resume, and let the reader mark it complete. Tells the
 * page's path sidebar (`dlc:progress`) so its ticks follow at once.
 */
import { isComplete, recordVisit, setComplete } from '~/lib/progress';
import { loadProgress, saveProgress, today } from '~/scripts/progressStore';

const box = document.querySelector<HTMLElement>('[data-mark-complete]');
const button = box?.querySelector<HTMLButtonElement>('[data-mark-complete-button]');
const status = box?.querySelector<HTMLElement>('[data-mark-complete-status]');
const stepKey = box?.dataset['progressKey'];

if (box && button && status && stepKey) {
  let progress = recordVisit(loadProgress(), stepKey);
  saveProgress(progress);
  const render = () => {
    const done = isComplete(progress, stepKey);
    button.setAttribute('aria-pressed', String(done));
    status.textContent = done ? '✓ Complete' : '';
  };
  button.addEventListener('click', () => {
    progress = setComplete(progress, stepKey, !isComplete(progress, stepKey), today());
    saveProgress(progress);
    render();
    document.dispatchEvent(new Event('dlc:progress'));
  });
  render();
}
