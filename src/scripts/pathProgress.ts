/** On `/learn/`: show each step's state, the overall count, where to continue, reset, export and import. */
import { pluralize } from '~/lib/formatDuration';
import { isComplete, summarizeProgress, type Progress } from '~/lib/progress';
import {
  exportProgress,
  importProgress,
  loadProgress,
  onProgressChange,
  progressNotice,
  resetProgress,
  saveProgress,
} from '~/scripts/progressStore';

interface PathStep {
  id: string;
  title: string;
  href: string;
}

function readSteps(box: HTMLElement): PathStep[] {
  try {
    const value: unknown = JSON.parse(box.dataset['steps'] ?? '[]');
    return Array.isArray(value) ? (value as PathStep[]) : [];
  } catch {
    return [];
  }
}

function render(box: HTMLElement, steps: PathStep[], progress: Progress) {
  const summary = summarizeProgress(
    progress,
    steps.map((step) => step.id),
  );
  const bar = box.querySelector<HTMLProgressElement>('[data-progress-bar]');
  const label = box.querySelector<HTMLElement>('[data-progress-label]');
  const link = box.querySelector<HTMLAnchorElement>('[data-resume-link]');
  const notice = box.querySelector<HTMLElement>('[data-progress-notice]');
  if (bar) bar.value = summary.done;
  if (label) label.textContent = `${summary.done} of ${pluralize(summary.total, 'step')} complete`;
  if (notice) notice.textContent = progressNotice() ?? '';
  const resume = steps.find((step) => step.id === summary.resume);
  if (link && resume) {
    const started = summary.done > 0 || progress.lastVisited !== null;
    link.href = resume.href;
    link.textContent = started ? `Continue with “${resume.title}”` : `Start with “${resume.title}”`;
  } else if (link) {
    link.textContent = 'Path complete: read any step again';
  }
  for (const step of steps) {
    const status = document.querySelector<HTMLElement>(`[data-step-status="${step.id}"]`);
    if (status) status.textContent = isComplete(progress, step.id) ? '✓ Complete' : '';
  }
}

function download(text: string, fileName: string) {
  const url = URL.createObjectURL(new Blob([text], { type: 'application/json' }));
  const link = Object.assign(document.createElement('a'), { href: url, download: fileName });
  link.click();
  setTimeout(() => URL.revokeObjectURL(url), 0);
}

for (const box of document.querySelectorAll<HTMLElement>('[data-path-progress]')) {
  const steps = readSteps(box);
  const status = box.querySelector<HTMLElement>('[data-progress-status]');
  const say = (message: string) => {
    if (status) status.textContent = message;
  };
  onProgressChange((progress) => render(box, steps, progress));
  render(box, steps, loadProgress());
  // Reset asks first, then offers to undo: the progress from before is kept in memory until the page closes.
  const reset = box.querySelector<HTMLButtonElement>('[data-progress-reset]');
  const confirm = box.querySelector<HTMLElement>('[data-progress-confirm]');
  const undo = box.querySelector<HTMLButtonElement>('[data-progress-undo]');
  let before: Progress | null = null;
  reset?.addEventListener('click', () => {
    if (!confirm) return;
    confirm.hidden = false;
    confirm.querySelector<HTMLButtonElement>('[data-progress-confirm-no]')?.focus();
  });
  confirm?.querySelector('[data-progress-confirm-no]')?.addEventListener('click', () => {
    confirm.hidden = true;
    reset?.focus();
  });
  confirm?.querySelector('[data-progress-confirm-yes]')?.addEventListener('click', () => {
    before = loadProgress();
    resetProgress();
    confirm.hidden = true;
    say('Progress reset.');
    if (undo) {
      undo.hidden = false;
      undo.focus();
    }
  });
  undo?.addEventListener('click', () => {
    if (before) saveProgress(before);
    before = null;
    undo.hidden = true;
    say('Progress restored.');
    reset?.focus();
  });
  box.querySelector('[data-progress-export]')?.addEventListener('click', () => {
    download(exportProgress(), 'deep-learning-compass-progress.json');
    say('Progress exported as deep-learning-compass-progress.json.');
  });
  const input = box.querySelector<HTMLInputElement>('[data-progress-import]');
  input?.addEventListener('change', () => {
    const file = input.files?.[0];
    if (!file) return;
    file.text().then(
      (text) => {
        const result = importProgress(text);
        say('error' in result ? result.error : `Imported progress from ${file.name}.`);
        input.value = '';
      },
      () => say(`${file.name} could not be read.`),
    );
  });
}
