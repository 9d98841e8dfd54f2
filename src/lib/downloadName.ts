/**
 * The file name of an example's download: `<task>-<framework>.py` or `.ipynb`, e.g. `train-model-keras.py`. A
 * hyphen cannot appear in a Python module name, so a downloaded file run from its folder never shadows the
 * library it imports (a file called `keras.py` would be what `import keras` finds).
 */
export function downloadName(task: string, framework: string, extension: 'py' | 'ipynb'): string {
  return `${task}-${framework}.${extension}`;
}
