import type { ContentError } from './findContentErrors';
import { extractPythonBlocks } from './extractPythonBlocks';

/** A lesson as this check sees it: its file, its MDX body and its quiz. */
export interface LessonForOutputCheck {
  file: string;
  body: string;
  questions: readonly { kind: string; code?: string | undefined; answers: readonly string[] }[];
}

/** A line of code without its trailing comment and surrounding spaces, so a quiz may drop the comments. */
function codeLine(line: string): string {
  return line
    .replace(/\s+#.*$/, '')
    .replace(/^#.*$/, '')
    .trim();
}

function codeLines(code: string): string[] {
  return code.split('\n').map(codeLine).filter(Boolean);
}

/** Whether `part` appears in `whole` in the same order, other lines allowed in between. */
function isSubsequence(part: readonly string[], whole: readonly string[]): boolean {
  let next = 0;
  for (const line of whole) if (line === part[next]) next++;
  return next === part.length;
}

/** Whether the lines of `part` appear one after another in `whole`. */
function isRun(part: readonly string[], whole: readonly string[]): boolean {
  return whole.some((_, start) => part.every((line, offset) => whole[start + offset] === line));
}

/**
 * A predict-the-output question must quote the lesson's own code and its real output: its `code` (comments
 * aside) is taken, line by line in order, from one ```python block of the lesson, and its answer is a run of
 * lines of the ```text output that the lesson shows under that block.
 */
export function findQuizOutputErrors(lessons: readonly LessonForOutputCheck[]): ContentError[] {
  const errors: ContentError[] = [];
  for (const lesson of lessons) {
    const blocks = extractPythonBlocks(lesson.body);
    lesson.questions.forEach((question, index) => {
      if (question.kind !== 'output' || question.code === undefined) return;
      const wanted = codeLines(question.code);
      const sources = blocks.filter((block) => isSubsequence(wanted, codeLines(block.code)));
      const field = `quiz.${index}`;
      if (sources.length === 0) {
        errors.push({
          file: lesson.file,
          field: `${field}.code`,
          message: 'is not taken from a python code block of this lesson (same lines, same order; comments may go)',
        });
        return;
      }
      const answer = (question.answers[0] ?? '').split('\n').map((line) => line.trimEnd());
      const shown = sources.some((block) =>
        isRun(
          answer,
          (block.output ?? '').split('\n').map((line) => line.trimEnd()),
        ),
      );
      if (!shown) {
        errors.push({
          file: lesson.file,
          field: `${field}.answer`,
          message: 'is not in the output the lesson shows under that code (the text block after it)',
        });
      }
    });
  }
  return errors;
}
