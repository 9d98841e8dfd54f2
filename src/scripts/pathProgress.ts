/** On `/learn/`: show each step's state, the overall count, where to continue, and reset. */
import { pluralize } from '~/lib/formatDuration';
import { isComplete, summarizeProgress, type Progress } from '~/lib/progress';
import { loadProgress, resetProgress } from '~/scripts/progressStore';

interface PathLesson {
  id: string;
  title: string;
  href: string;
}

function readLessons(box: HTMLElement): PathLesson[] {
  try {
    const value: unknown = JSON.parse(box.dataset['steps'] ?? '[]');
    return Array.isArray(value) ? (value as PathLesson[]) : [];
  } catch {
    return [];
  }
}

function render(box: HTMLElement, lessons: PathLesson[], progress: Progress) {
  const summary = summarizeProgress(
    progress,
    lessons.map((lesson) => lesson.id),
  );
  const bar = box.querySelector<HTMLProgressElement>('[data-progress-bar]');
  const label = box.querySelector<HTMLElement>('[data-progress-label]');
  const link = box.querySelector<HTMLAnchorElement>('[data-resume-link]');
  if (bar) bar.value = summary.done;
  if (label) label.textContent = `${summary.done} of ${pluralize(summary.total, 'step')} complete`;
  const resume = lessons.find((lesson) => lesson.id === summary.resume);
  if (link && resume) {
    const started = summary.done > 0 || progress.lastVisited !== null;
    link.href = resume.href;
    link.textContent = started ? `Continue with “${resume.title}”` : `Start with “${resume.title}”`;
  } else if (link) {
    link.textContent = 'Path complete: read any lesson again';
  }
  for (const lesson of lessons) {
    const status = document.querySelector<HTMLElement>(`[data-step-status="${lesson.id}"]`);
    if (status) status.textContent = isComplete(progress, lesson.id) ? '✓ Complete' : '';
  }
}

for (const box of document.querySelectorAll<HTMLElement>('[data-path-progress]')) {
  const lessons = readLessons(box);
  render(box, lessons, loadProgress());
  box.querySelector('[data-progress-reset]')?.addEventListener('click', () => {
    render(box, lessons, resetProgress());
    const status = box.querySelector<HTMLElement>('[data-progress-status]');
    if (status) status.textContent = 'Progress reset.';
  });
}
