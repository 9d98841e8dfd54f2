/** The verdict on one answered quiz question. */
export interface QuizJudgement {
  /** Right only when exactly the right choices are chosen. */
  correct: boolean;
  /** For each choice, a few words on whether choosing it or leaving it was right. */
  perChoice: string[];
  /** One sentence on what was chosen, e.g. "You ticked 1 of the 2 right answers and 1 wrong one." */
  summary: string;
}

/**
 * Judges an answer by the indices of the right choices and of the chosen ones. Full marks need every right
 * choice and no wrong one, so ticking every box or picking by position does not score.
 */
export function judgeQuizAnswer(
  right: readonly number[],
  chosen: readonly number[],
  choiceCount: number,
): QuizJudgement {
  const rightSet = new Set(right);
  const chosenSet = new Set(chosen);
  const perChoice = Array.from({ length: choiceCount }, (_, index) => {
    if (rightSet.has(index)) return chosenSet.has(index) ? '— right, you ticked it' : '— also right: you missed it';
    return chosenSet.has(index) ? '— wrong: leave this one out' : '— rightly left out';
  });
  const hits = chosen.filter((index) => rightSet.has(index)).length;
  const misses = chosen.length - hits;
  const correct = hits === rightSet.size && misses === 0;
  const summary =
    `You ticked ${hits} of the ${rightSet.size} right answers` +
    (misses === 0 ? '.' : ` and ${misses} wrong ${misses === 1 ? 'one' : 'ones'}.`);
  return { correct, perChoice, summary };
}

/** “A”, “A” and “B”, “A”, “B” and “C”: choices quoted for a sentence. */
export function quotedList(items: readonly string[]): string {
  const quoted = items.map((item) => `“${item}”`);
  if (quoted.length <= 1) return quoted.join('');
  return `${quoted.slice(0, -1).join(', ')} and ${quoted.at(-1) ?? ''}`;
}
