import { describe, expect, it } from 'vitest';
import { chooseFramework, QUESTIONS, strongestReasons } from '~/lib/chooseFramework';
import { FRAMEWORKS } from '~/lib/taxonomy';

describe('chooseFramework', () => {
  it('recommends Keras to a newcomer who wants short code and has not decided where to deploy', () => {
    const result = chooseFramework(
      { goal: 'learning', experience: 'none', style: 'high-level', deployment: 'unsure', hardware: 'cpu' },
      FRAMEWORKS,
    );
    expect(result.best).toEqual(['keras']);
    expect(result.ranking[0]).toEqual({ framework: 'keras', points: 7 });
  });

  it('recommends PyTorch for research with explicit code on a Mac', () => {
    const result = chooseFramework(
      { goal: 'research', experience: 'experienced', style: 'explicit', deployment: 'server', hardware: 'apple' },
      FRAMEWORKS,
    );
    expect(result.best).toEqual(['pytorch']);
  });

  it('does not favour TensorFlow.js, stalled since Oct 2024, for the browser: ONNX Runtime Web serves PyTorch and Keras', () => {
    const result = chooseFramework(
      { goal: 'production', experience: 'experienced', style: 'explicit', deployment: 'browser', hardware: 'nvidia' },
      FRAMEWORKS,
    );
    expect(result.best).toEqual(['pytorch']);
    expect(chooseFramework({ deployment: 'browser' }, FRAMEWORKS).best).toEqual(['keras', 'pytorch']);
  });

  it('counts Apple silicon for Keras too, which uses the MPS device on the PyTorch backend', () => {
    const ranking = chooseFramework({ hardware: 'apple' }, FRAMEWORKS).ranking;
    expect(ranking).toEqual([
      { framework: 'pytorch', points: 2 },
      { framework: 'keras', points: 1 },
      { framework: 'tensorflow', points: 0 },
    ]);
  });

  it('explains every point with the fact that justifies it', () => {
    const result = chooseFramework({ deployment: 'browser' }, FRAMEWORKS);
    expect(result.reasons.map(({ because, ...rest }) => (because.length > 0 ? rest : undefined))).toEqual([
      {
        framework: 'pytorch',
        points: 2,
        fact: 'deploymentTargets',
        question: 'Where will the model run in the end?',
        answer: 'In a web browser',
      },
      {
        framework: 'keras',
        points: 2,
        fact: 'deploymentTargets',
        question: 'Where will the model run in the end?',
        answer: 'In a web browser',
      },
      {
        framework: 'tensorflow',
        points: 1,
        fact: 'deploymentTargets',
        question: 'Where will the model run in the end?',
        answer: 'In a web browser',
      },
    ]);
  });

  it('recommends nothing before any answer, and ignores unknown answers', () => {
    expect(chooseFramework({}, FRAMEWORKS).best).toEqual([]);
    expect(chooseFramework({ goal: 'world-domination', colour: 'blue' }, FRAMEWORKS).best).toEqual([]);
  });

  it('reports a tie instead of picking one arbitrarily', () => {
    expect(chooseFramework({ experience: 'some' }, FRAMEWORKS).best).toEqual(['keras', 'pytorch']);
  });

  it('gives a framework it does not know about zero points', () => {
    const result = chooseFramework({ goal: 'research' }, [...FRAMEWORKS, 'jax']);
    expect(result.ranking.find((entry) => entry.framework === 'jax')).toEqual({ framework: 'jax', points: 0 });
  });

  it('only cites facts that every profile has', () => {
    const facts = new Set(
      QUESTIONS.flatMap((question) => question.answers.flatMap((answer) => answer.awards.map((award) => award.fact))),
    );
    for (const fact of facts) {
      expect(['bestFor', 'executionModel', 'strengths', 'apiLevels', 'deploymentTargets', 'hardware']).toContain(fact);
    }
  });

  it('gives every award a plain sentence that names its framework, never a raw profile string', () => {
    const names = { keras: 'Keras', tensorflow: 'TensorFlow', pytorch: 'PyTorch' } as const;
    for (const award of QUESTIONS.flatMap((question) => question.answers.flatMap((answer) => answer.awards))) {
      expect(award.because).toMatch(/^[A-Z].*\.$/);
      expect(award.because).toContain(names[award.framework as keyof typeof names]);
      expect(award.because).not.toMatch(/\(\+\d\)|Best for:/);
    }
  });
});

describe('strongestReasons', () => {
  it('keeps the three reasons with the most points for the framework asked about, most points first', () => {
    const result = chooseFramework(
      { goal: 'learning', experience: 'none', style: 'high-level', deployment: 'unsure', hardware: 'tpu' },
      FRAMEWORKS,
    );
    const reasons = strongestReasons(result, 'keras');
    expect(reasons).toHaveLength(3);
    expect(reasons.map((reason) => reason.points)).toEqual([2, 2, 2]);
    expect(reasons.every((reason) => reason.framework === 'keras')).toBe(true);
    expect(reasons.map((reason) => reason.answer)).toEqual([
      'Learn how deep learning works',
      'None yet',
      'Short: describe the model, call fit',
    ]);
  });

  it('returns fewer when there are fewer, and none for a framework without points', () => {
    const result = chooseFramework({ hardware: 'apple' }, FRAMEWORKS);
    expect(strongestReasons(result, 'pytorch')).toHaveLength(1);
    expect(strongestReasons(result, 'tensorflow')).toEqual([]);
  });
});
