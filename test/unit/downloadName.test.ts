import { describe, expect, it } from 'vitest';
import { downloadName } from '~/lib/downloadName';

describe('downloadName', () => {
  it('names a download after its task and framework', () => {
    expect(downloadName('train-model', 'keras', 'py')).toBe('train-model-keras.py');
    expect(downloadName('train-model', 'pytorch', 'ipynb')).toBe('train-model-pytorch.ipynb');
  });

  it('never gives a name Python could import, so a download cannot shadow a library', () => {
    for (const framework of ['keras', 'tensorflow', 'pytorch']) {
      const stem = downloadName('create-tensor', framework, 'py').replace(/\.py$/, '');
      expect(stem).not.toMatch(/^[A-Za-z_]\w*$/);
    }
  });
});
