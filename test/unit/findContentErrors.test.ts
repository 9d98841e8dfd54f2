import { describe, expect, it } from 'vitest';
import { findContentErrors, formatContentErrors, type EntryForCheck } from '~/lib/findContentErrors';

const profiles: EntryForCheck[] = ['keras', 'tensorflow', 'pytorch'].map((id) => ({
  collection: 'frameworks',
  id,
  filePath: `content/frameworks/${id}.mdx`,
  data: { name: id },
}));
const lesson = (id: string, data: object = {}): EntryForCheck => ({
  collection: 'lessons',
  id,
  filePath: `content/lessons/${id}.mdx`,
  data,
});
const collections = ['lessons', 'frameworks', 'differences', 'examples', 'glossary', 'paths'];
const noFiles = { collections, fileExists: () => false };
const allFiles = { collections, fileExists: () => true };

describe('findContentErrors', () => {
  it('accepts references to entries that exist', () => {
    const entries = [...profiles, lesson('a'), lesson('b', { prerequisites: [{ collection: 'lessons', id: 'a' }] })];
    expect(findContentErrors(entries, noFiles)).toEqual([]);
  });

  it('names the file and the field of a dangling reference, however deep', () => {
    const path = {
      collection: 'paths',
      id: 'beginner',
      filePath: 'content/paths/beginner.yaml',
      data: {
        steps: [
          { type: 'lesson', id: { collection: 'lessons', id: 'a' } },
          { type: 'lesson', id: { collection: 'lessons', id: 'gone' } },
        ],
      },
    };
    expect(findContentErrors([...profiles, lesson('a'), path], noFiles)).toEqual([
      {
        file: 'content/paths/beginner.yaml',
        field: 'steps[1].id',
        message: '"gone" does not exist in lessons (known: a)',
      },
    ]);
  });

  it('reports a reference into a collection that has no entries yet', () => {
    const errors = findContentErrors(
      [...profiles, lesson('a', { glossary: [{ collection: 'glossary', id: 'tensor' }] })],
      noFiles,
    );
    expect(errors).toEqual([
      {
        file: 'content/lessons/a.mdx',
        field: 'glossary[0]',
        message: '"tensor" does not exist in glossary (known: none)',
      },
    ]);
  });

  it('does not mistake ordinary objects with more keys for references', () => {
    const entries = [...profiles, lesson('a', { quiz: [{ collection: 'x', id: 'y', question: 'q' }] })];
    expect(findContentErrors(entries, noFiles)).toEqual([]);
  });

  it('reports an example whose .py file is missing, resolved next to the entry', () => {
    const example: EntryForCheck = {
      collection: 'examples',
      id: 'add-one',
      filePath: 'content/examples/add-one.mdx',
      data: {
        code: {
          keras: { notApplicable: 'why' },
          tensorflow: { file: 'add-one/tensorflow.py' },
          pytorch: { file: 'add-one/pytorch.py' },
        },
      },
    };
    const checked: string[] = [];
    const errors = findContentErrors([...profiles, example], {
      collections,
      fileExists: (file) => {
        checked.push(file);
        return file.endsWith('pytorch.py');
      },
    });
    expect(checked).toEqual(['content/examples/add-one/tensorflow.py', 'content/examples/add-one/pytorch.py']);
    expect(errors).toEqual([
      {
        file: 'content/examples/add-one.mdx',
        field: 'code.tensorflow.file',
        message: 'content/examples/add-one/tensorflow.py does not exist',
      },
    ]);
    expect(findContentErrors([...profiles, example], allFiles)).toEqual([]);
  });

  it('requires exactly one profile per declared framework', () => {
    const jax = { collection: 'frameworks', id: 'jax', filePath: 'content/frameworks/jax.mdx', data: {} };
    const errors = findContentErrors([...profiles.slice(1), jax], noFiles);
    expect(errors).toEqual([
      {
        file: 'content/frameworks/jax.mdx',
        field: 'id',
        message: '"jax" is not in FRAMEWORKS (src/lib/taxonomy.ts): declare it there first',
      },
      {
        file: 'content/frameworks/keras.mdx',
        field: 'file',
        message: 'FRAMEWORKS declares "keras" but it has no profile',
      },
    ]);
  });
});

describe('formatContentErrors', () => {
  it('puts every error on its own line with file and field', () => {
    const message = formatContentErrors([
      { file: 'content/a.mdx', field: 'x', message: 'bad' },
      { file: 'content/b.mdx', field: 'y[0]', message: 'worse' },
    ]);
    expect(message).toBe('Invalid content (2 errors):\n  content/a.mdx → x: bad\n  content/b.mdx → y[0]: worse');
  });
});

describe('glossary links in lesson bodies', () => {
  const tensor = { collection: 'glossary', id: 'tensor', filePath: 'content/glossary/tensor.yaml', data: {} };

  it('accepts <Term> links to glossary entries that exist', () => {
    const entries = [...profiles, tensor, { ...lesson('a'), body: 'A <Term id="tensor">tensor</Term> holds numbers.' }];
    expect(findContentErrors(entries, noFiles)).toEqual([]);
  });

  it('names the lesson file when a <Term> points at a missing entry', () => {
    const entries = [...profiles, tensor, { ...lesson('a'), body: 'Use <Term id="gradiant">gradients</Term>.' }];
    expect(findContentErrors(entries, noFiles)).toEqual([
      {
        file: 'content/lessons/a.mdx',
        field: 'body',
        message: '<Term id="gradiant"> has no glossary entry (add content/glossary/gradiant.yaml)',
      },
    ]);
  });
  it('reads the id as MDX does: any attribute order, either quote, across lines; not inside a code block', () => {
    const body = [
      "A <Term class='x' id='gradiant'>gradient</Term> and a",
      '<Term',
      '  id="tensr" class="y">tensor</Term>.',
      '',
      '```mdx',
      '<Term id="only-shown">in a code block</Term>',
      '```',
    ].join('\n');
    expect(
      findContentErrors([...profiles, tensor, { ...lesson('a'), body }], noFiles).map((error) => error.message),
    ).toEqual([
      '<Term id="gradiant"> has no glossary entry (add content/glossary/gradiant.yaml)',
      '<Term id="tensr"> has no glossary entry (add content/glossary/tensr.yaml)',
    ]);
  });

  it('says so when the body is not valid MDX, instead of finding nothing', () => {
    const body = 'A <Term id="tensor">tensor</Term> and <3 hearts.';
    expect(findContentErrors([...profiles, tensor, { ...lesson('a'), body }], noFiles)).toEqual([
      {
        file: 'content/lessons/a.mdx',
        field: 'body',
        message: expect.stringMatching(/^MDX cannot parse the body: 1:\d+: Unexpected character/),
      },
    ]);
  });
});

describe('framework code groups in lesson bodies', () => {
  const group = (...frameworks: string[]) =>
    `<FrameworkCode>\n${frameworks.map((framework) => `<Variant framework="${framework}">\n\ncode\n\n</Variant>`).join('\n')}\n</FrameworkCode>`;

  it('accepts a group with one variant per framework, including a not-applicable one', () => {
    const body = `${group('keras', 'tensorflow', 'pytorch')}\n<FrameworkCode>\n<Variant framework="keras" notApplicable="why" />\n<Variant framework="tensorflow">x</Variant>\n<Variant framework="pytorch">y</Variant>\n</FrameworkCode>`;
    expect(findContentErrors([...profiles, { ...lesson('a'), body }], noFiles)).toEqual([]);
  });

  it('names the group that misses, repeats or invents a framework', () => {
    const body = `${group('keras', 'tensorflow', 'pytorch')}\n${group('keras', 'keras', 'jax')}`;
    expect(
      findContentErrors([...profiles, { ...lesson('a'), body }], noFiles).map(
        (error) => `${error.field}: ${error.message}`,
      ),
    ).toEqual([
      'body: <FrameworkCode> #2: no <Variant framework="tensorflow">',
      'body: <FrameworkCode> #2: no <Variant framework="pytorch">',
      'body: <FrameworkCode> #2: "jax" is not in FRAMEWORKS',
      'body: <FrameworkCode> #2: "keras" appears twice',
    ]);
  });

  it('reads variants written with other attribute orders and quotes', () => {
    const body = [
      '<FrameworkCode>',
      '<Variant notApplicable="why" framework=\'keras\' />',
      "<Variant title='t' framework='tensorflow'>x</Variant>",
      '</FrameworkCode>',
    ].join('\n');
    expect(findContentErrors([...profiles, { ...lesson('a'), body }], noFiles).map((error) => error.message)).toEqual([
      'no <Variant framework="pytorch">',
    ]);
  });
});

describe('difference dimensions', () => {
  const difference = (id: string, dimension: string): EntryForCheck => ({
    collection: 'differences',
    id,
    filePath: `content/differences/${id}.mdx`,
    data: { dimension },
  });

  it('allows one page per dimension and names the second page for a dimension', () => {
    const entries = [
      ...profiles,
      difference('graphs', 'execution-model'),
      difference('debugging', 'debugging'),
      difference('eager', 'execution-model'),
    ];
    expect(findContentErrors(entries, noFiles)).toEqual([
      {
        file: 'content/differences/eager.mdx',
        field: 'dimension',
        message: '"execution-model" is already covered by content/differences/graphs.mdx',
      },
    ]);
  });
});

describe('embedded examples in lesson bodies', () => {
  const example = {
    collection: 'examples',
    id: 'create-tensor',
    filePath: 'content/examples/create-tensor.mdx',
    data: {},
  };

  it('accepts an <Example> that exists and names the file of one that does not', () => {
    const good = { ...lesson('a'), body: '<Example id="create-tensor" />' };
    const bad = { ...lesson('b'), body: 'See <Example id="create-tenser" />.' };
    expect(findContentErrors([...profiles, example, good, bad], noFiles)).toEqual([
      {
        file: 'content/lessons/b.mdx',
        field: 'body',
        message: '<Example id="create-tenser"> has no example (add content/examples/create-tenser.mdx)',
      },
    ]);
  });
  it('finds an <Example> written with single quotes and other attributes first', () => {
    const body = "import { Example } from '~/components/user';\n\n<Example title='x' id='create-tenser' />";
    expect(
      findContentErrors([...profiles, example, { ...lesson('a'), body }], noFiles).map((error) => error.message),
    ).toEqual(['<Example id="create-tenser"> has no example (add content/examples/create-tenser.mdx)']);
  });
});
