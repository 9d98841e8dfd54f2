/**
 * Claims from a popular framework comparison that are wrong or out of date (see shared/facts.md §7). The
 * site may show one only inside a "You may have read…" box that corrects it; anywhere else it is a defect.
 * Each pattern matches the claim stated as fact, not a sentence that states the correct fact.
 */
export const MYTH_PATTERNS: readonly { myth: string; pattern: RegExp }[] = [
  {
    myth: 'PyTorch is written in Lua',
    pattern: /\bPyTorch(?:'s core)? (?:is|was) (?:written|implemented|built) (?:mostly |mainly )?in Lua\b/i,
  },
  {
    myth: 'Keras is slow',
    pattern: /\bKeras(?: 3)? (?:is|runs) (?:slow|slower)\b|\bKeras:? (?:has )?slow performance\b/i,
  },
  {
    myth: 'TensorFlow requires static graphs',
    pattern:
      /\bTensorFlow(?: 2(?:\.x)?)? (?:requires|needs|only supports|is limited to|forces you to use|uses) (?:a )?static (?:computation )?graphs?\b|\bin TensorFlow,? (?:the|a) graph must be defined statically\b/i,
  },
  {
    myth: 'PyTorch is not very popular',
    pattern: /\bPyTorch (?:is|remains) (?:not very popular|unpopular|little used)\b/i,
  },
  { myth: 'Keras is the most popular framework', pattern: /\bKeras is the most popular\b/i },
  {
    myth: 'Dataset size decides the framework',
    pattern: /\b(?:Keras|TensorFlow|PyTorch) is (?:only )?(?:for|suited to) (?:small|large) datasets\b/i,
  },
];

/** The myths that `text` states outside a correcting box (the caller removes those boxes first). */
export function findMythClaims(text: string): string[] {
  const flat = text.replace(/\s+/g, ' ');
  return MYTH_PATTERNS.flatMap(({ myth, pattern }) => {
    const match = pattern.exec(flat);
    return match ? [`${myth}: “${match[0]}”`] : [];
  });
}
