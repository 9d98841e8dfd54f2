/**
 * A "Start …" link that turns into "Continue with “<step>”" once the reader has progress on its path. The steps
 * come from the link's `data-resume-steps` (JSON: id, title, href); without JavaScript, or with nothing saved, the
 * link keeps its server-rendered text and goes to the first step. Unreadable data leaves the link as it is.
 */
import { summarizeProgress, type Progress } from '~/lib/progress';
import { loadProgress, onProgressChange } from '~/scripts/progressStore';

interface Step {
  id: string;
  title: string;
  href: string;
}

function readSteps(link: HTMLElement): Step[] {
  try {
    const value: unknown = JSON.parse(link.dataset['resumeSteps'] ?? '[]');
    return Array.isArray(value) ? (value as Step[]) : [];
  } catch {
    return [];
  }
}

function render(link: HTMLAnchorElement, steps: Step[], start: string, progress: Progress) {
  const summary = summarizeProgress(
    progress,
    steps.map((step) => step.id),
  );
  const started = summary.done > 0 || progress.lastVisited !== null;
  const resume = steps.find((step) => step.id === summary.resume);
  if (!started || !resume) {
    link.textContent = start;
    link.href = steps[0]?.href ?? link.href;
    return;
  }
  link.textContent = `Continue with “${resume.title}”`;
  link.href = resume.href;
}

for (const link of document.querySelectorAll<HTMLAnchorElement>('a[data-resume-steps]')) {
  const steps = readSteps(link);
  const start = link.textContent.trim();
  render(link, steps, start, loadProgress());
  onProgressChange((progress) => render(link, steps, start, progress));
}
