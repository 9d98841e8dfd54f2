import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { explore } from '~/lib/backpropExplorer';
import { gradientProgram, reservedName, type ProgramFramework } from '~/lib/expressionToPython';

/**
 * A property test of the backprop explorer's code generator: formulas over random variable names (with the names
 * most likely to collide — Python keywords and builtins, the programs' own names, what every JavaScript object
 * inherits) either are refused for a reserved name, or give three programs that Python's `compile()` accepts and
 * that, run against small stand-ins for the frameworks (`test/support/fake-frameworks/`: the same API, a scalar
 * autodiff), print the output and gradients of the explorer's engine. `test/content/explorerCode.test.ts` runs
 * the presets with the real frameworks where they are installed.
 */
const python = process.env['PYTHON'] ?? 'python3';
const FAKES = path.resolve('test/support/fake-frameworks');
const FRAMEWORKS: ProgramFramework[] = ['pytorch', 'tensorflow', 'keras'];

const TRICKY = [
  ...['out', 'out2', 'f', 'loss', 'grads', 'tape', 'torch', 'tf', 'keras', 'ops', 'os', 'print', 'float', 'len'],
  ...['__debug__', '__import__', '__name__', 'lambda', 'None', 'match', 'case', 'type', '_', 'ValueError'],
  ...['constructor', '__proto__', 'toString', 'hasOwnProperty', 'valueOf', 'w', 'b1', 'x_1', 'item', 'grad'],
];

const RUN = `
import contextlib, io, json, sys
results = []
for program in json.load(sys.stdin):
    out = io.StringIO()
    try:
        code = compile(program["code"], program["name"], "exec")
        with contextlib.redirect_stdout(out):
            exec(code, {"__name__": "__main__"})
        results.append({"stdout": out.getvalue()})
    except BaseException as error:
        results.append({"error": f"{type(error).__name__}: {error}"})
print(json.dumps(results))
`;

/** A small deterministic random generator (mulberry32), so a failure can be replayed. */
function random(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function identifier(next: () => number): string {
  if (next() < 0.5) return TRICKY[Math.floor(next() * TRICKY.length)] ?? 'x';
  const first = 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ_';
  const rest = `${first}0123456789`;
  let name = first[Math.floor(next() * first.length)] ?? 'x';
  for (let length = Math.floor(next() * 6); length > 0; length--) name += rest[Math.floor(next() * rest.length)];
  return name;
}

function formula(names: string[], next: () => number, depth = 0): string {
  const pick = () => names[Math.floor(next() * names.length)] ?? 'x';
  if (depth > 2 || next() < 0.3) return next() < 0.8 ? pick() : String(1 + Math.floor(next() * 3));
  const choice = Math.floor(next() * 6);
  const left = formula(names, next, depth + 1);
  const right = formula(names, next, depth + 1);
  return (
    [
      `${left} + ${right}`,
      `${left} * ${right}`,
      `(${left}) - ${right}`,
      `tanh(${left})`,
      `sigmoid(${left})`,
      `(${left})^2`,
    ][choice] ?? left
  );
}

/** `name = number` lines of a program's output. */
function printed(stdout: string): Map<string, number> {
  return new Map([...stdout.matchAll(/^(\S+) = (\S+)$/gm)].map((match) => [match[1] ?? '', Number(match[2])]));
}

describe('the explorer’s generated programs for random variable names', () => {
  it('are refused for a reserved name, or compile and print the engine’s gradients in all three frameworks', () => {
    const next = random(14);
    const programs: { name: string; code: string; expected: Map<string, number> }[] = [];
    let refused = 0;
    for (let trial = 0; trial < 150; trial++) {
      const names = [...new Set(Array.from({ length: 1 + Math.floor(next() * 3) }, () => identifier(next)))];
      const text = `${formula(names, next)} + ${names.join(' * ')}`;
      const values = new Map(names.map((name) => [name, 0.5 + next()]));
      const result = explore(text, values, next() < 0.5 ? 'loss' : 'f');
      if (!result.ok) {
        // The only acceptable refusal for a well-formed formula with every value given: a reserved name.
        expect(reservedName(names), `${text}: ${result.message}`).toBeDefined();
        expect(result.message, text).toMatch(/is a name the Python code needs for itself/);
        refused++;
        continue;
      }
      expect(result.variables).not.toContain(result.output);
      const expected = new Map([
        [result.output, result.value],
        ...result.variables.map((name) => [`d${result.output}/d${name}`, result.gradients.get(name) ?? NaN] as const),
      ]);
      for (const framework of FRAMEWORKS) {
        const code = gradientProgram(result.expression, values, result.variables, framework, result.output);
        programs.push({ name: `${framework}: ${text}`, code, expected });
      }
    }
    expect(refused).toBeGreaterThan(5);
    expect(programs.length).toBeGreaterThan(150);

    const run = spawnSync(python, ['-c', RUN], {
      input: JSON.stringify(programs.map(({ name, code }) => ({ name, code }))),
      encoding: 'utf8',
      env: { ...process.env, PYTHONPATH: FAKES },
      maxBuffer: 64 * 1024 * 1024,
    });
    if (run.error) throw new Error(`${python} is needed for this check and could not run: ${run.error.message}`);
    expect(run.stderr).toBe('');
    const results = JSON.parse(run.stdout) as ({ stdout: string } | { error: string })[];
    programs.forEach((program, index) => {
      const result = results[index];
      if (!result || 'error' in result) throw new Error(`${program.name}\n${program.code}\n${result?.error}`);
      const values = printed(result.stdout);
      expect([...values.keys()].sort(), program.name).toEqual([...program.expected.keys()].sort());
      // The programs round values to six significant digits.
      for (const [name, value] of program.expected) {
        const got = values.get(name) ?? NaN;
        expect(Math.abs(got - value), `${program.name}: ${name} ${got} vs ${value}`).toBeLessThan(
          1e-4 * (1 + Math.abs(value)),
        );
      }
    });
  });
});
