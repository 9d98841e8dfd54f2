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
  /** The reason in one plain sentence for the result card; it must say what the cited fact says. */
  because: string;
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
          {
            framework: 'keras',
            points: 2,
            fact: 'bestFor',
            because:
              'Keras is made for beginners who want a working model quickly: you see a whole project before you manage every detail.',
          },
          {
            framework: 'pytorch',
            points: 1,
            fact: 'executionModel',
            because: 'PyTorch runs your code line by line, so you can stop and look at any value while you learn.',
          },
        ],
      },
      {
        id: 'research',
        label: 'Follow and reproduce research',
        awards: [
          {
            framework: 'pytorch',
            points: 3,
            fact: 'strengths',
            because:
              'PyTorch is built for research and custom models: your model is ordinary Python that you can change freely.',
          },
          {
            framework: 'keras',
            points: 1,
            fact: 'apiLevels',
            because:
              'Keras lets you drop down from compile() and fit() to subclassed models when a paper needs something custom.',
          },
        ],
      },
      {
        id: 'production',
        label: 'Ship a model in a product',
        awards: [
          {
            framework: 'tensorflow',
            points: 2,
            fact: 'deploymentTargets',
            because: 'TensorFlow ships models to servers, phones and browsers with its own serving and mobile tools.',
          },
          {
            framework: 'pytorch',
            points: 1,
            fact: 'deploymentTargets',
            because:
              'PyTorch exports models for servers, phones and other programs with torch.export, ExecuTorch and ONNX.',
          },
          {
            framework: 'keras',
            points: 1,
            fact: 'deploymentTargets',
            because: 'Keras exports a trained model in several formats with one call, model.export().',
          },
        ],
      },
    ],
  },
  {
    id: 'experience',
    text: 'How much machine learning have you done?',
    answers: [
      {
        id: 'none',
        label: 'None yet',
        awards: [
          {
            framework: 'keras',
            points: 2,
            fact: 'bestFor',
            because:
              'You are new to machine learning, and Keras runs the training loop for you until you are ready to write one.',
          },
        ],
      },
      {
        id: 'some',
        label: 'Some (scikit-learn, a course)',
        awards: [
          {
            framework: 'keras',
            points: 1,
            fact: 'apiLevels',
            because:
              'Keras gives you the high-level fit() loop you may know from scikit-learn, and more when you need it.',
          },
          {
            framework: 'pytorch',
            points: 1,
            fact: 'apiLevels',
            because:
              "PyTorch's building blocks (tensors, modules, optimizers) are a small step up from what you have used.",
          },
        ],
      },
      {
        id: 'experienced',
        label: 'I have trained neural networks before',
        awards: [
          {
            framework: 'pytorch',
            points: 1,
            fact: 'apiLevels',
            because: "With some experience, PyTorch's low-level tensors and autograd give you full control.",
          },
          {
            framework: 'tensorflow',
            points: 1,
            fact: 'apiLevels',
            because:
              "With some experience, TensorFlow's low-level ops, GradientTape and tf.function give you full control.",
          },
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
          {
            framework: 'keras',
            points: 2,
            fact: 'apiLevels',
            because: 'You prefer short code, and Keras trains a model with compile() and fit().',
          },
          {
            framework: 'tensorflow',
            points: 1,
            fact: 'apiLevels',
            because: 'You prefer short code, and TensorFlow includes Keras as its high-level API.',
          },
        ],
      },
      {
        id: 'explicit',
        label: 'Explicit: write every step of the loop myself',
        awards: [
          {
            framework: 'pytorch',
            points: 2,
            fact: 'apiLevels',
            because:
              'You want to write every step, and PyTorch has no built-in fit(): you write the training loop yourself.',
          },
          {
            framework: 'tensorflow',
            points: 1,
            fact: 'apiLevels',
            because: 'You want to write every step, and TensorFlow lets you write the loop with GradientTape.',
          },
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
          {
            framework: 'tensorflow',
            points: 1,
            fact: 'deploymentTargets',
            because: 'TensorFlow serves models on servers with TF Serving.',
          },
          {
            framework: 'pytorch',
            points: 1,
            fact: 'deploymentTargets',
            because: 'PyTorch exports models for servers with torch.export or ONNX.',
          },
          {
            framework: 'keras',
            points: 1,
            fact: 'deploymentTargets',
            because: 'Keras exports models for servers as a SavedModel or ONNX with model.export().',
          },
        ],
      },
      {
        id: 'mobile',
        label: 'On phones or small devices',
        awards: [
          {
            framework: 'tensorflow',
            points: 2,
            fact: 'deploymentTargets',
            because: 'TensorFlow runs models on phones and small devices with LiteRT (formerly TensorFlow Lite).',
          },
          {
            framework: 'pytorch',
            points: 1,
            fact: 'deploymentTargets',
            because: 'PyTorch runs models on phones and small devices with ExecuTorch.',
          },
          {
            framework: 'keras',
            points: 1,
            fact: 'deploymentTargets',
            because: 'Keras can export a model to LiteRT for phones and small devices.',
          },
        ],
      },
      {
        id: 'browser',
        label: 'In a web browser',
        // ONNX Runtime Web runs models exported to ONNX from PyTorch or Keras; TensorFlow.js still works but has
        // had no release since 4.22.0 (Oct 2024), and its converter does not read Keras 3 models.
        awards: [
          {
            framework: 'pytorch',
            points: 2,
            fact: 'deploymentTargets',
            because: 'A PyTorch model exported to ONNX runs in the browser with ONNX Runtime Web.',
          },
          {
            framework: 'keras',
            points: 2,
            fact: 'deploymentTargets',
            because: 'A Keras model exported to ONNX runs in the browser with ONNX Runtime Web.',
          },
          {
            framework: 'tensorflow',
            points: 1,
            fact: 'deploymentTargets',
            because: 'TensorFlow.js runs models in the browser, though it has had no release since October 2024.',
          },
        ],
      },
      {
        id: 'unsure',
        label: 'I don’t know yet',
        awards: [
          {
            framework: 'keras',
            points: 1,
            fact: 'deploymentTargets',
            because:
              'You have not decided where the model will run, and Keras exports one model to many formats (SavedModel, ONNX, LiteRT and more).',
          },
        ],
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
          { framework: 'pytorch', points: 1, fact: 'hardware', because: 'PyTorch trains on NVIDIA GPUs with CUDA.' },
          {
            framework: 'tensorflow',
            points: 1,
            fact: 'hardware',
            because: 'TensorFlow trains on NVIDIA GPUs with CUDA.',
          },
          {
            framework: 'keras',
            points: 1,
            fact: 'hardware',
            because: "Keras trains on NVIDIA GPUs through its backend's CUDA build.",
          },
        ],
      },
      {
        id: 'tpu',
        label: 'Google Cloud TPUs',
        awards: [
          { framework: 'tensorflow', points: 2, fact: 'hardware', because: 'TensorFlow trains on Google Cloud TPUs.' },
          {
            framework: 'keras',
            points: 2,
            fact: 'hardware',
            because: 'Keras trains on Google Cloud TPUs through its JAX or TensorFlow backend.',
          },
        ],
      },
      {
        id: 'apple',
        label: 'A Mac with Apple silicon',
        // PyTorch's MPS device; Keras on the PyTorch backend uses it by default.
        awards: [
          {
            framework: 'pytorch',
            points: 2,
            fact: 'hardware',
            because: 'PyTorch uses the GPU of Apple silicon Macs (the MPS device).',
          },
          {
            framework: 'keras',
            points: 1,
            fact: 'hardware',
            because: 'Keras uses the GPU of Apple silicon Macs by default on its PyTorch backend.',
          },
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

/**
 * The strongest reasons for one framework: its awards for the given answers, most points first (ties in question
 * order), at most `count`, each reason said once.
 */
export function strongestReasons(
  recommendation: Recommendation,
  framework: string,
  count = 3,
): Recommendation['reasons'] {
  const seen = new Set<string>();
  return recommendation.reasons
    .map((reason, index) => ({ reason, index }))
    .filter(({ reason }) => reason.framework === framework)
    .sort((a, b) => b.reason.points - a.reason.points || a.index - b.index)
    .map(({ reason }) => reason)
    .filter((reason) => !seen.has(reason.because) && seen.add(reason.because))
    .slice(0, count);
}
