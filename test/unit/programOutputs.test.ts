import { describe, expect, it } from 'vitest';
import { differsFromRecord } from '~/lib/matchesOutput';
import { outputStamp, outputStampIn, ranUnder, recordProblems, stampOutputs, testedWith } from '~/lib/programOutputs';
import { programKey, type ProgramRecord, type ProgramRecords } from '~/lib/programRecords';

const PINS = new Map([
  ['keras', '3.15.1'],
  ['tensorflow-cpu', '2.21.0'],
  ['torch', '2.13.0+cpu'],
  ['jax', '0.10.2'],
  ['numpy', '2.4.6'],
]);

const kerasRecord: ProgramRecord = {
  source: 'x',
  runs: {
    jax: {
      output: 'loss 0.25',
      versions: { keras: '3.15.1', jax: '0.10.2', numpy: '2.4.6', python: '3.13.5' },
      date: '2026-12-03',
    },
    tensorflow: {
      output: 'loss 0.26',
      versions: { keras: '3.15.1', tensorflow: '2.21.0', numpy: '2.4.6', python: '3.13.5' },
      date: '2026-12-03',
    },
    torch: {
      output: 'loss 0.27',
      versions: { keras: '3.15.1', torch: '2.13.0+cpu', numpy: '2.4.6', python: '3.13.5' },
      date: '2026-12-02',
    },
  },
};
const torchRecord: ProgramRecord = {
  source: 'y',
  runs: {
    python: {
      output: 'tensor([1., 2.])',
      versions: { torch: '2.13.0+cpu', numpy: '2.4.6', python: '3.13.5' },
      date: '2026-12-03',
    },
  },
};
const numpyRecord: ProgramRecord = {
  source: 'z',
  runs: { python: { output: '6', versions: { numpy: '2.4.6', python: '3.13.5' }, date: '2026-12-03' } },
};

describe('stamps and "Tested with"', () => {
  it('stamps a Keras output with its backend, the version and the day, without the build tag', () => {
    expect(outputStamp(kerasRecord)).toBe('Output from Keras 3.15.1 (JAX backend), 3 Dec 2026');
    expect(outputStamp(torchRecord)).toBe('Output from PyTorch 2.13.0, 3 Dec 2026');
    expect(
      ranUnder({ output: '6', versions: { numpy: '2.4.6', python: '3.13.5' }, date: '2026-12-03' }, 'python'),
    ).toBe('Python 3.13.5 and NumPy 2.4.6');
  });

  it('names every framework with its version, Keras with its backends, and the oldest run', () => {
    expect(testedWith([kerasRecord, torchRecord])).toBe(
      'Tested with Keras 3.15.1 (on TensorFlow 2.21.0, PyTorch 2.13.0 and JAX 0.10.2) and PyTorch 2.13.0 on Python 3.13.5, 2 Dec 2026',
    );
    expect(testedWith([numpyRecord])).toBe('Tested with NumPy 2.4.6 on Python 3.13.5, 3 Dec 2026');
    expect(testedWith([])).toBeUndefined();
  });
});

describe('recordProblems', () => {
  it('reports a missing record, naming where the program is and what to run', () => {
    expect(recordProblems(undefined, 'content/lessons/a.mdx:12', PINS)).toEqual([
      expect.stringMatching(/^content\/lessons\/a\.mdx:12: no recorded run .* `npm run examples:record`/),
    ]);
  });

  it('reports a record made under another version than requirements.txt pins', () => {
    const old: ProgramRecord = {
      source: 'y',
      runs: { python: { output: 'x', versions: { torch: '2.12.0', numpy: '2.4.6' }, date: '2026-12-01' } },
    };
    expect(recordProblems(old, 'ex.py', PINS)).toEqual([
      expect.stringContaining(
        'ex.py: its output was recorded with torch 2.12.0 (python run), but requirements.txt pins 2.13.0+cpu',
      ),
    ]);
    expect(recordProblems(torchRecord, 'ex.py', PINS)).toEqual([]);
  });
});

describe('stampOutputs', () => {
  const code = 'import torch\nprint(torch.tensor([1.0, 2.0]))';
  const records: ProgramRecords = { [programKey('script', code)]: torchRecord };
  const page = [
    '# Page',
    '',
    '<Variant framework="pytorch">',
    '  ```python',
    ...code.split('\n').map((l) => `  ${l}`),
    '  ```',
    '',
    '  ```text',
    '  tensor(...)',
    '  ```',
    '</Variant>',
    '',
  ].join('\n');

  it('replaces the output pattern with the recorded output, keeping the indentation, and stamps the fence', () => {
    const stamped = stampOutputs(page, 'content/lessons/a.mdx', records, PINS);
    expect(stamped).toContain(
      '  ```text output="Output from PyTorch 2.13.0, 3 Dec 2026"\n  tensor([1., 2.])\n  ```\n</Variant>',
    );
    expect(stamped).not.toContain('tensor(...)');
    expect(outputStampIn('text output="Output from PyTorch 2.13.0, 3 Dec 2026"')).toBe(
      'Output from PyTorch 2.13.0, 3 Dec 2026',
    );
  });

  it('keeps the reason an output varies, for the page to show beside the stamp', () => {
    const varies = page.replace('```text', '```text varies="timings differ"');
    expect(stampOutputs(varies, 'a.mdx', records, PINS)).toContain(
      '```text output="Output from PyTorch 2.13.0, 3 Dec 2026" varies="timings differ"',
    );
  });

  it('fails, naming the file and line, when a run block has no record', () => {
    expect(() => stampOutputs(page.replace('2.0', '3.0'), 'content/lessons/a.mdx', records, PINS)).toThrow(
      /content\/lessons\/a\.mdx:4: no recorded run/,
    );
  });

  it('leaves blocks the site does not run alone', () => {
    const notRun = page.replace('```python', '```python norun="needs a GPU"').replace('2.0', '3.0');
    expect(stampOutputs(notRun, 'a.mdx', records, PINS)).toBe(notRun);
  });
});

describe('differsFromRecord', () => {
  it('accepts the documented numeric noise and nothing more', () => {
    expect(differsFromRecord('loss 0.2503\nacc 0.91', 'loss 0.2501\nacc 0.91')).toBeUndefined();
    expect(differsFromRecord('epoch 1: loss 101.0', 'epoch 1: loss 100.5')).toBeUndefined();
    expect(differsFromRecord('loss 0.30', 'loss 0.25')).toMatch(/line 1: 0.3 is more than the allowed noise/);
    expect(differsFromRecord('epoch 2: loss 0.25', 'epoch 1: loss 0.25')).toMatch(/line 1/);
    // Whole numbers (counts, shapes, epochs) must be exact.
    expect(differsFromRecord('steps 101', 'steps 100')).toMatch(/line 1/);
  });

  it('rejects changed words and a different number of lines', () => {
    expect(differsFromRecord('loss went down: False', 'loss went down: True')).toMatch(/line 1 reads/);
    expect(differsFromRecord('a\nb', 'a')).toBe('printed 2 lines, the record has 1');
    expect(differsFromRecord('a\n\n', 'a')).toBeUndefined();
    // NumPy pads its columns to the widest number: spacing may change with the digits.
    expect(differsFromRecord('[ 2.9999998 -2.0000002  0.5000001]', '[ 3.  -2.   0.5]')).toBeUndefined();
  });
});
