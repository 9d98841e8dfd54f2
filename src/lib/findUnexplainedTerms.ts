/** A glossary term as the first-use check sees it: its id and every name it goes by (term and aliases). */
export interface TermForCheck {
  id: string;
  names: readonly string[];
  /** The lessons that teach it (the glossary's `relatedLessons`): after the first of them, it is known. */
  taughtIn: readonly string[];
}

/** A lesson as the first-use check sees it, in the order the path teaches it. */
export interface LessonForTermCheck {
  id: string;
  /** The MDX body, without frontmatter. */
  body: string;
}

/** A glossary term a lesson uses before it is explained: neither linked there nor taught by an earlier lesson. */
export interface UnexplainedTerm {
  lesson: string;
  term: string;
  /** The words as written in the lesson. */
  word: string;
  /** 1-based line of the body where they are. */
  line: number;
  /** The sentence the words first appear in, tags removed. */
  sentence: string;
}

interface Match {
  start: number;
  end: number;
  term: string;
}

const TERM_LINK = /<Term\s+id="([^"]+)"\s*>([\s\S]*?)<\/Term>/g;
/** A Markdown link to a lesson: `[words](/learn/<id>/)`. */
const LESSON_LINK = /\[([^\]]+)\]\(\/learn\/([\w-]+)\/(?:#[\w-]*)?\)/g;

/** Blanks out, keeping every offset, what is not prose a reader reads as running text. */
function maskNonProse(body: string): string {
  const blank = (text: string) => text.replace(/[^\n]/g, ' ');
  return (
    body
      // Fenced code, diagrams, import lines and headings: code is checked elsewhere, and a heading announces the
      // section that explains its words.
      .replace(/^(\s*)(`{3,}|~{3,})[^\n]*\n[\s\S]*?^\s*\2[^\n]*$/gm, blank)
      .replace(/<svg[\s\S]*?<\/svg>/g, blank)
      .replace(/^import [^\n]*$/gm, blank)
      .replace(/^#{1,6} [^\n]*$/gm, blank)
      .replace(/<!--[\s\S]*?-->/g, blank)
      // Inline code names an API, not the idea; tags and their attributes are markup; link targets are URLs.
      .replace(/`[^`\n]*`/g, blank)
      .replace(/<\/?[A-Za-z][^>]*>/g, blank)
      .replace(/\]\([^)\s]*\)/g, blank)
  );
}

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** A name as a pattern: any spacing between words, an optional plural, whole words only. All-caps names keep case. */
function namePattern(name: string): RegExp {
  const words = name.trim().split(/\s+/).map(escape).join('\\s+');
  const caseSensitive = /^[^a-z]*[A-Z][^a-z]*[A-Z][^a-z]*$/.test(name);
  return new RegExp(`(?<![\\w-])${words}(?:s|es)?(?![\\w-])`, caseSensitive ? 'g' : 'gi');
}

/** The glossary's names without a trailing "(abbreviation)", which is usually also listed as an alias. */
function plainNames(term: TermForCheck): string[] {
  return [...new Set(term.names.map((name) => name.replace(/\s*\([^)]*\)\s*$/, '')).filter(Boolean))];
}

/**
 * Every place a glossary name occurs in the prose. Where names overlap ("gradient" inside "gradient
 * descent"), the longest wins: the words name that longer term, not the shorter one.
 */
function findMatches(prose: string, terms: readonly TermForCheck[]): Match[] {
  const all: Match[] = [];
  for (const term of terms) {
    for (const name of plainNames(term)) {
      for (const found of prose.matchAll(namePattern(name))) {
        all.push({ start: found.index, end: found.index + found[0].length, term: term.id });
      }
    }
  }
  all.sort((a, b) => a.start - b.start || b.end - b.start - (a.end - a.start));
  const kept: Match[] = [];
  for (const match of all) {
    const last = kept.at(-1);
    if (last && match.start < last.end) continue;
    kept.push(match);
  }
  return kept;
}

/** The sentence around `index`, with markup removed and spaces collapsed. */
function sentenceAt(body: string, index: number): string {
  let from = 0;
  for (const boundary of body.slice(0, index).matchAll(/[.!?](?=\s)|\n\s*\n|\n\s*[-*|] /g)) {
    from = boundary.index + boundary[0].length;
  }
  const end = body.slice(index).search(/[.!?](?=\s)|\n\s*\n/);
  return body
    .slice(from, end === -1 ? body.length : index + end + 1)
    .replace(/<\/?[A-Za-z][^>]*>/g, '')
    .replace(/\s+/g, ' ')
    .replace(/^[-*|]\s+/, '')
    .trim();
}

/**
 * Finds each glossary term (or alias) whose first occurrence in a lesson's prose is neither a `<Term>` link
 * nor a link to a lesson that teaches it, in a lesson that comes before, or is, the first lesson of the path
 * that links or teaches it. Once a lesson has linked or taught a term, later lessons may use it freely.
 * Lessons must be given in path order.
 */
export function findUnexplainedTerms(
  lessons: readonly LessonForTermCheck[],
  terms: readonly TermForCheck[],
): UnexplainedTerm[] {
  const taught = new Set<string>();
  const found: UnexplainedTerm[] = [];
  for (const lesson of lessons) {
    const prose = maskNonProse(lesson.body);
    const links = [...lesson.body.matchAll(TERM_LINK)].map((link) => ({ id: link[1] ?? '', start: link.index }));
    const lessonLinks = [...lesson.body.matchAll(LESSON_LINK)].map((link) => ({
      lesson: link[2] ?? '',
      start: link.index,
      end: link.index + link[0].length,
    }));
    const firstUse = new Map<string, Match>();
    for (const match of findMatches(prose, terms)) if (!firstUse.has(match.term)) firstUse.set(match.term, match);
    for (const [id, match] of firstUse) {
      if (taught.has(id)) continue;
      // A link counts when it is in the sentence of the first use or before it ("raw scores … are called logits").
      const sentenceEnd = match.end + Math.max(0, lesson.body.slice(match.end).search(/[.!?](?=\s)|\n\s*\n|$/));
      if (links.some((link) => link.id === id && link.start < sentenceEnd)) continue;
      // So does a link to the lesson that teaches the term, written on the term itself.
      const teachers = terms.find((term) => term.id === id)?.taughtIn ?? [];
      if (
        lessonLinks.some((link) => teachers.includes(link.lesson) && link.start <= match.start && match.end <= link.end)
      )
        continue;
      found.push({
        lesson: lesson.id,
        term: id,
        word: lesson.body.slice(match.start, match.end).replace(/\s+/g, ' '),
        line: lesson.body.slice(0, match.start).split('\n').length,
        sentence: sentenceAt(lesson.body, match.start),
      });
    }
    for (const link of links) taught.add(link.id);
    for (const term of terms) if (term.taughtIn.includes(lesson.id)) taught.add(term.id);
  }
  return found;
}
