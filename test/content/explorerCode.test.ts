import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { PRESETS, explore } from '~/lib/backpropExplorer';
import { gradientProgram, type ProgramFramework } from '~/lib/expressionToPython';

/**
 * The backprop explorer's code panel shows, for each preset, a program per framework. Each program is run with
 * the Python in PYTHON (default python3) where its framework imports, and must print the same output and
 * gradients as the explorer's own engine. Frameworks that do not import are reported as skipped.
 */
const python = process.env['PYTHON'] ?? 'python3';
const MODULES: Record<ProgramFramework, string> = { keras: 'keras', tensorflow: 'tensorflow', pytorch: 'torch' };

function imports(module: string): boolean {
  const result = spawnSync(python, ['-c', `import ${module}`], { encoding: 'utf8', timeout: 120_000 });
  return result.status === 0;
}

/** `name = number` lines of a program's output. */
function printed(stdout: string): Map<string, number> {
  return new Map(
    [...stdout.matchAll(/^(\S+) = (\S+)$/gm)].map((match) => [match[1] ?? '', Number(match[2])] as [string, number]),
  );
}

for (const framework of Object.keys(MODULES) as ProgramFramework[]) {
  const available = imports(MODULES[framework]);
  describe.skipIf(!available)(`the explorer's ${framework} programs (${python})`, () => {
    for (const preset of PRESETS) {
      it(`${preset.id}: prints the explorer's output and gradients`, () => {
        const result = explore(preset.formula, preset.values, preset.output);
        if (!result.ok) throw new Error(result.message);
        const program = gradientProgram(result.expression, preset.values, result.variables, framework, result.output);
        const run = spawnSync(python, ['-c', program], {
          encoding: 'utf8',
          timeout: 300_000,
          env: { ...process.env, TF_CPP_MIN_LOG_LEVEL: '3' },
        });
        expect(run.status, `${program}\n${run.stderr}`).toBe(0);
        const values = printed(run.stdout);
        const expected = new Map([
          [result.output, result.value],
          ...result.variables.map((name) => [`d${result.output}/d${name}`, result.gradients.get(name) ?? NaN] as const),
        ]);
        expect([...values.keys()].sort()).toEqual([...expected.keys()].sort());
        // The frameworks compute in float32; the engine in float64.
        for (const [name, value] of expected) {
          expect(Math.abs((values.get(name) ?? NaN) - value), `${name}: ${values.get(name)} vs ${value}`).toBeLessThan(
            1e-5 + 1e-4 * Math.abs(value),
          );
        }
      }, 300_000);
    }
  });
}
