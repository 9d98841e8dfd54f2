/**
 * The content model: one schema per collection, loaded from `content/<name>/`. The schemas are the single
 * source of truth for what authors write (`z.input`) and what pages read (`z.output`). Checks that span
 * several entries (references, example files) live in `src/lib/findContentErrors.ts`.
 */
import { defineCollection, reference } from 'astro:content';
import { glob } from 'astro/loaders';
import { z } from 'astro/zod';
import { checkQuizQuestion, quizKind } from './lib/checkQuizQuestion';
import { COLLECTION_FILES } from './lib/collectionFiles';
import { calendarDate, httpsUrl } from './lib/schemaFields';
import { DIMENSIONS, EXAMPLE_CATEGORIES, FRAMEWORKS, LEVELS } from './lib/taxonomy';

const isoDate = calendarDate('must be a date written YYYY-MM-DD');

/** A non-empty line of prose. */
const text = z.string().trim().min(1, { error: 'must not be empty' });

/** A cited source: what it is and where to read it. */
const source = z.strictObject({
  /** Human-readable name of the source, e.g. "PyTorch 2.12 release notes". */
  title: text,
  /** Where the source can be read. */
  url: httpsUrl('must be a full https:// URL'),
});

/** A framework fact: a value, the URL that backs it, and the day it was last checked. */
function fact<T extends z.ZodType>(value: T) {
  return z.strictObject({
    /** The fact itself, as shown on the page. */
    value,
    /** URL of the public source that states this fact. */
    source: httpsUrl('every fact needs a source URL (https://…)'),
    /** The day the fact was last checked against its source (YYYY-MM-DD). */
    asOf: calendarDate('every fact needs an asOf date written YYYY-MM-DD'),
    /** Optional caveat shown next to the value (e.g. "approximate", "second-hand"). */
    note: text.optional(),
  });
}

const textFact = fact(text);
const listFact = fact(z.array(text).min(1, { error: 'must list at least one item' }));
const urlFact = fact(httpsUrl('must be a full https:// URL'));

/**
 * One question at the end of a lesson: one right `answer` (radio buttons), several right `answers`
 * (checkboxes), or `code` whose printed output the reader predicts. Choices are shown in the order written;
 * `findQuizPositionErrors` fails the build when the right answers sit in one position too often.
 */
const quizQuestion = z
  .strictObject({
    /** The question, one sentence. */
    question: text,
    /** A short program from the lesson; the choices are what it might print, shown as code. */
    code: text.optional(),
    /** Two or more possible answers, in the order shown. */
    choices: z.array(text).min(2, { error: 'a question needs at least two choices' }),
    /** The one right choice, written exactly as in `choices`. */
    answer: text.optional(),
    /** Every right choice, written exactly as in `choices`, for a question with more than one (checkboxes). */
    answers: z.array(text).optional(),
    /** Why the right answers are right (and the others are not), shown after answering. */
    explanation: text,
  })
  .superRefine((question, ctx) => {
    for (const problem of checkQuizQuestion(question)) {
      ctx.addIssue({ code: 'custom', path: [problem.field], message: problem.message });
    }
  })
  .transform((question) => ({
    kind: quizKind(question),
    question: question.question,
    code: question.code,
    choices: question.choices,
    /** The right choices: one for radio buttons and predicted output, several for checkboxes. */
    answers: question.answers ?? (question.answer === undefined ? [] : [question.answer]),
    explanation: question.explanation,
  }));

const lessons = defineCollection({
  loader: glob({ pattern: COLLECTION_FILES.lessons.pattern, base: `./${COLLECTION_FILES.lessons.base}` }),
  schema: z.strictObject({
    /** Page title, shown as the lesson's heading. */
    title: text,
    /** One-sentence summary for search results, cards and meta description. */
    description: text,
    /** Difficulty of the lesson. */
    level: z.enum(LEVELS),
    /** Honest reading time in minutes, code included. */
    minutes: z.number().int().min(1).max(120),
    /** What the reader can do after the lesson ("you will learn"), one line each. */
    objectives: z.array(text).min(1, { error: 'list at least one objective' }),
    /** Lessons to read first. */
    prerequisites: z.array(reference('lessons')).default([]),
    /** Frameworks whose code this lesson shows; empty for concept-only lessons. */
    frameworks: z.array(z.enum(FRAMEWORKS)).default([]),
    /** Questions that check the objectives. */
    quiz: z.array(quizQuestion).default([]),
    /** Glossary terms the lesson introduces or relies on. */
    glossary: z.array(reference('glossary')).default([]),
    /** Sources for the facts the lesson states. */
    sources: z.array(source).default([]),
    /** The day the lesson was last checked against current framework versions. */
    updated: isoDate,
  }),
});

const frameworks = defineCollection({
  loader: glob({ pattern: COLLECTION_FILES.frameworks.pattern, base: `./${COLLECTION_FILES.frameworks.base}` }),
  schema: z.strictObject({
    /** Display name, e.g. "PyTorch". */
    name: text,
    /** One line that says what the framework is. */
    tagline: text,
    /** One-sentence summary for search results and meta description. */
    description: text,
    /**
     * What it is and who reaches for it, for a reader who has never trained a model: two short sentences, no
     * jargon (no "define-by-run", no backend names without a word on what they are). Shown on the home page.
     */
    inPlainWords: text,
    /** Sourced facts; every value carries its source URL and as-of date. */
    facts: z.strictObject({
      /** Who develops and governs it. */
      maintainer: textFact,
      /** Its licence. */
      license: textFact,
      /** When it was first publicly released. */
      firstRelease: textFact,
      /** The current major line and latest release. */
      currentVersion: textFact,
      /** Languages its core is written in. */
      writtenIn: listFact,
      /** The levels of API it offers, from low to high. */
      apiLevels: listFact,
      /** How code runs by default (eager, graph, backend-dependent). */
      executionModel: textFact,
      /** How code is captured and compiled into a graph. */
      graphCompilation: textFact,
      /** Tools and switches for debugging. */
      debuggingTools: listFact,
      /** Where trained models can be deployed. */
      deploymentTargets: listFact,
      /** The APIs for training on several devices or machines. */
      distributedTraining: listFact,
      /** The accelerators it runs on. */
      hardware: listFact,
      /** What it does especially well. */
      strengths: listFact,
      /** What it does less well. */
      limitations: listFact,
      /** The readers it suits best. */
      bestFor: listFact,
      /** Official website. */
      website: urlFact,
      /** Source repository. */
      repository: urlFact,
    }),
    /** Advice for readers moving to this framework, keyed by the framework they come from. */
    migrationTips: z.partialRecord(z.enum(FRAMEWORKS), z.array(text).min(1)).default({}),
    /** The day the profile was last checked. */
    updated: isoDate,
  }),
});

/** One framework's side of a difference. */
const verdict = z.strictObject({
  /** A few words for the comparison table. */
  summary: text,
  /** One or two sentences of explanation. */
  detail: text,
  /** Sources that back the verdict (at least one). */
  sources: z.array(source).min(1, { error: 'every verdict needs at least one source' }),
});

const differences = defineCollection({
  loader: glob({ pattern: COLLECTION_FILES.differences.pattern, base: `./${COLLECTION_FILES.differences.base}` }),
  schema: z.strictObject({
    /** Page title, e.g. "Static vs dynamic graphs". */
    title: text,
    /** One-sentence summary for search results and meta description. */
    description: text,
    /** The comparison dimension this page explains. */
    dimension: z.enum(DIMENSIONS),
    /** The difference in two or three sentences, shown above the table. */
    summary: text,
    /** One verdict per framework in `FRAMEWORKS`, no more and no fewer. */
    verdicts: z.record(z.enum(FRAMEWORKS), verdict),
    /** Lessons that teach the background. */
    relatedLessons: z.array(reference('lessons')).default([]),
    /** The day the page was last checked. */
    updated: isoDate,
  }),
});

/** Where one framework's version of an example lives, or why it has none. */
const exampleCode = z.union([
  z.strictObject({
    /** Path of the `.py` file, relative to the example's `.mdx` file. */
    file: z.string().regex(/^[\w./-]+\.py$/, { error: 'must be a path ending in .py' }),
    /** What the reader should see when running it; `...` stands for values that change from run to run. */
    output: z.string().optional(),
    /** The oldest release of the framework the file runs on (e.g. "2.6"); older installs skip it. */
    requires: z.string().regex(/^\d+(?:\.\d+){0,2}$/, { error: 'must be a version such as 2.6 or 3.0.0' }),
    /** One line on what this version does differently from the others. */
    note: text.optional(),
  }),
  z.strictObject({
    /** Why this framework has no direct equivalent. */
    notApplicable: text,
    /** The nearest idiom in this framework, shown instead of code. */
    nearest: text.optional(),
  }),
]);

const examples = defineCollection({
  loader: glob({ pattern: COLLECTION_FILES.examples.pattern, base: `./${COLLECTION_FILES.examples.base}` }),
  schema: z.strictObject({
    /** The task, e.g. "Create and inspect a tensor". */
    title: text,
    /** One-sentence summary for search results and meta description. */
    description: text,
    /** The group the task belongs to. */
    category: z.enum(EXAMPLE_CATEGORIES),
    /** Position in the task list (lower first). */
    order: z.number().int().min(1),
    /** Each framework's version: a real `.py` file, or an explicit reason it has none. */
    code: z.record(z.enum(FRAMEWORKS), exampleCode),
    /** Lessons that explain the task. */
    relatedLessons: z.array(reference('lessons')).default([]),
    /** The day the code was last run against current framework versions. */
    updated: isoDate,
  }),
});

const glossary = defineCollection({
  loader: glob({ pattern: COLLECTION_FILES.glossary.pattern, base: `./${COLLECTION_FILES.glossary.base}` }),
  schema: z.strictObject({
    /** The term as readers meet it, e.g. "Tensor". */
    term: text,
    /** A plain-words definition, one to three sentences. */
    definition: text,
    /** Other names for the same idea, so search finds them. */
    aliases: z.array(text).default([]),
    /** The name of the concept in each framework's API, where it has one. */
    apiNames: z.partialRecord(z.enum(FRAMEWORKS), text).default({}),
    /** Lessons where the term is explained. */
    relatedLessons: z.array(reference('lessons')).default([]),
  }),
});

/** One stop on a learning path. */
const pathStep = z.discriminatedUnion('type', [
  z.strictObject({
    /** A lesson to read. */
    type: z.literal('lesson'),
    /** The lesson's id. */
    id: reference('lessons'),
    /** Position in the path; unique within the path. */
    order: z.number().int().min(1),
    /** The unit (chapter) this step belongs to. */
    unit: text,
  }),
  z.strictObject({
    /** A key difference to read. */
    type: z.literal('difference'),
    /** The difference's id. */
    id: reference('differences'),
    /** Position in the path; unique within the path. */
    order: z.number().int().min(1),
    /** The unit (chapter) this step belongs to. */
    unit: text,
  }),
  z.strictObject({
    /** A framework profile to read. */
    type: z.literal('framework'),
    /** The framework's id. */
    id: reference('frameworks'),
    /** Position in the path; unique within the path. */
    order: z.number().int().min(1),
    /** The unit (chapter) this step belongs to. */
    unit: text,
  }),
]);

const paths = defineCollection({
  loader: glob({ pattern: COLLECTION_FILES.paths.pattern, base: `./${COLLECTION_FILES.paths.base}` }),
  schema: z.strictObject({
    /** Name of the path, e.g. "Deep learning from zero". */
    title: text,
    /** One-sentence summary for search results and meta description. */
    description: text,
    /** Who the path is written for. */
    audience: text,
    /** What the reader can do at the end. */
    outcome: text,
    /**
     * The path this one continues (its file name without `.yaml`): a reader comes here after it, so what it
     * teaches counts as taught (glossary terms' first use is checked across both).
     */
    follows: z.string().optional(),
    /** The stops in reading order; every `order` appears once. */
    steps: z
      .array(pathStep)
      .min(1, { error: 'a path needs at least one step' })
      .superRefine((steps, ctx) => {
        const seen = new Map<number, number>();
        steps.forEach((step, index) => {
          const first = seen.get(step.order);
          if (first === undefined) {
            seen.set(step.order, index);
            return;
          }
          ctx.addIssue({
            code: 'custom',
            path: [index, 'order'],
            message: `duplicate order ${step.order}: steps[${first}] already uses it`,
          });
        });
      }),
  }),
});

export const collections = { lessons, frameworks, differences, examples, glossary, paths };
