/**
 * The "which framework should I start with?" chooser: a few questions, points per framework for each
 * answer, and for each point the framework fact that justifies it (the page shows that fact with its
 * source). Frameworks an answer does not mention get no points, so a new framework simply scores zero
 * until its points are added here.
 */

/** Points an answer gives one framework, and the fact (a key of the profile's facts) that says why. */
export interface Award {
  framework: string;
  points: number;
  fact: string;
}

export interface Answer {
  id: string;
  label: string;
  awards: readonly Award[];
}

export interface Question {
  id: string;
  text: string;
  answers: readonly Answer[];
}

export const QUESTIONS: readonly Question[] = [
  {
    id: 'goal',
    text: 'What do you want to do first?',
    answers: [
      {
        id: 'learning',
        label: 'Learn how deep learning works',
        awards: [
          { framework: 'keras', points: 2, fact: 'bestFor' },
          { framework: 'pytorch', points: 1, fact: 'executionModel' },
        ],
      },
      {
        id: 'research',
        label: 'Follow and reproduce research',
        awards: [
          { framework: 'pytorch', points: 3, fact: 'strengths' },
          { framework: 'keras', points: 1, fact: 'apiLevels' },
        ],
      },
      {
        id: 'production',
        label: 'Ship a model in a product',
        awards: [
          { framework: 'tensorflow', points: 2, fact: 'deploymentTargets' },
          { framework: 'pytorch', points: 1, fact: 'deploymentTargets' },
          { framework: 'keras', points: 1, fact: 'deploymentTargets' },
        ],
      },
    ],
  },
  {
    id: 'experience',
    text: 'How much machine learning have you done?',
    answers: [
      { id: 'none', label: 'None yet', awards: [{ framework: 'keras', points: 2, fact: 'bestFor' }] },
      {
        id: 'some',
        label: 'Some (scikit-learn, a course)',
        awards: [
          { framework: 'keras', points: 1, fact: 'apiLevels' },
          { framework: 'pytorch', points: 1, fact: 'apiLevels' },
        ],
      },
      {
        id: 'experienced',
        label: 'I have trained neural networks before',
        awards: [
          { framework: 'pytorch', points: 1, fact: 'apiLevels' },
          { framework: 'tensorflow', points: 1, fact: 'apiLevels' },
        ],
      },
    ],
  },
  {
    id: 'style',
    text: 'Which code do you prefer?',
    answers: [
      {
        id: 'high-level',
        label: 'Short: describe the model, call fit',
        awards: [
          { framework: 'keras', points: 2, fact: 'apiLevels' },
          { framework: 'tensorflow', points: 1, fact: 'apiLevels' },
        ],
      },
      {
        id: 'explicit',
        label: 'Explicit: write every step of the loop myself',
        awards: [
          { framework: 'pytorch', points: 2, fact: 'apiLevels' },
          { framework: 'tensorflow', points: 1, fact: 'apiLevels' },
        ],
      },
    ],
  },
  {
    id: 'deployment',
    text: 'Where will the model run in the end?',
    answers: [
      {
        id: 'server',
        label: 'On a server',
        awards: [
          { framework: 'tensorflow', points: 1, fact: 'deploymentTargets' },
          { framework: 'pytorch', points: 1, fact: 'deploymentTargets' },
          { framework: 'keras', points: 1, fact: 'deploymentTargets' },
        ],
      },
      {
        id: 'mobile',
        label: 'On phones or small devices',
        awards: [
          { framework: 'tensorflow', points: 2, fact: 'deploymentTargets' },
          { framework: 'pytorch', points: 1, fact: 'deploymentTargets' },
          { framework: 'keras', points: 1, fact: 'deploymentTargets' },
        ],
      },
      {
        id: 'browser',
        label: 'In a web browser',
        // ONNX Runtime Web runs models exported to ONNX from PyTorch or Keras; TensorFlow.js still works but has
        // had no release since 4.22.0 (Oct 2024), and its converter does not read Keras 3 models.
        awards: [
          { framework: 'pytorch', points: 2, fact: 'deploymentTargets' },
          { framework: 'keras', points: 2, fact: 'deploymentTargets' },
          { framework: 'tensorflow', points: 1, fact: 'deploymentTargets' },
        ],
      },
      {
        id: 'unsure',
        label: 'I don’t know yet',
        awards: [{ framework: 'keras', points: 1, fact: 'deploymentTargets' }],
      },
    ],
  },
  {
    id: 'hardware',
    text: 'What will you train on?',
    answers: [
      { id: 'cpu', label: 'A laptop CPU', awards: [] },
      {
        id: 'nvidia',
        label: 'An NVIDIA GPU',
        awards: [
          { framework: 'pytorch', points: 1, fact: 'hardware' },
          { framework: 'tensorflow', points: 1, fact: 'hardware' },
          { framework: 'keras', points: 1, fact: 'hardware' },
        ],
      },
      {
        id: 'tpu',
        label: 'Google Cloud TPUs',
        awards: [
          { framework: 'tensorflow', points: 2, fact: 'hardware' },
          { framework: 'keras', points: 2, fact: 'hardware' },
        ],
      },
      {
        id: 'apple',
        label: 'A Mac with Apple silicon',
        // PyTorch's MPS device; Keras on the PyTorch backend uses it by default.
        awards: [
          { framework: 'pytorch', points: 2, fact: 'hardware' },
          { framework: 'keras', points: 1, fact: 'hardware' },
        ],
      },
    ],
  },
];

export interface Recommendation {
  /** Frameworks with their points, highest first; ties keep the order of `frameworks`. */
  ranking: { framework: string; points: number }[];
  /** The frameworks with the top score (several when tied); empty when nothing was answered. */
  best: string[];
  /** Why each point was given, question by question. */
  reasons: (Award & { question: string; answer: string })[];
}

/**
 * Scores the answers. Unknown questions or answers (a stale URL, a tampered form) are ignored rather than
 * trusted.
 */
export function chooseFramework(
  answers: Readonly<Record<string, string>>,
  frameworks: readonly string[],
  questions: readonly Question[] = QUESTIONS,
): Recommendation {
  const points = new Map(frameworks.map((framework) => [framework, 0]));
  const reasons: Recommendation['reasons'] = [];
  for (const question of questions) {
    const answer = question.answers.find((candidate) => candidate.id === answers[question.id]);
    if (!answer) continue;
    for (const award of answer.awards) {
      const current = points.get(award.framework);
      if (current === undefined) continue;
      points.set(award.framework, current + award.points);
      reasons.push({ ...award, question: question.text, answer: answer.label });
    }
  }
  const ranking = frameworks
    .map((framework) => ({ framework, points: points.get(framework) ?? 0 }))
    .sort((a, b) => b.points - a.points);
  const top = ranking[0]?.points ?? 0;
  return {
    ranking,
    best: top === 0 ? [] : ranking.filter((entry) => entry.points === top).map((entry) => entry.framework),
    reasons,
  };
}
