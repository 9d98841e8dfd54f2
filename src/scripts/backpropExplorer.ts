/**
 * The backprop explorer on the page: reads the formula and values, steps through the plan from
 * `~/lib/backpropExplorer`, and draws each state three ways — the SVG graph, the table and a one-sentence
 * narration in a live region. Everything is built with DOM calls and textContent; nothing typed is parsed as HTML.
 */
import {
  PRESETS,
  descend,
  explore,
  overflowWords,
  overflowedParameter,
  type Exploration,
} from '~/lib/backpropExplorer';
import { formatNumber, stateAt } from '~/lib/backpropSteps';
import { parseExpression, variablesOf } from '~/lib/expression';
import { gradientProgram, hasProgram } from '~/lib/expressionToPython';
import { layoutGraph } from '~/lib/graphLayout';
import { drawGraph, nodeTitle, pictureSvg } from '~/lib/graphPicture';
import { el } from '~/lib/svgTree';
import { FRAMEWORKS } from '~/lib/taxonomy';
import { buildSvg } from '~/scripts/svgDom';

function cell(tag: 'th' | 'td', text: string): HTMLTableCellElement {
  const element = document.createElement(tag);
  element.textContent = text;
  if (tag === 'th') element.scope = 'row';
  return element;
}

function setUp(root: HTMLElement): void {
  const $ = <T extends Element>(selector: string) => root.querySelector<T>(selector);
  const presetSelect = $<HTMLSelectElement>('[data-bpx-preset]');
  const formulaInput = $<HTMLInputElement>('[data-bpx-formula]');
  const error = $<HTMLElement>('[data-bpx-error]');
  const hint = $<HTMLElement>('[data-bpx-hint]');
  const valuesBox = $<HTMLElement>('[data-bpx-values]');
  const position = $<HTMLElement>('[data-bpx-position]');
  const narration = $<HTMLElement>('[data-bpx-narration]');
  const picture = $<SVGSVGElement>('[data-bpx-svg]');
  const table = $<HTMLElement>('[data-bpx-table]');
  const rateInput = $<HTMLInputElement>('[data-bpx-rate]');
  const losses = $<HTMLElement>('[data-bpx-losses]');
  const chart = $<SVGSVGElement>('[data-bpx-chart]');
  if (!presetSelect || !formulaInput || !error || !hint || !valuesBox || !position || !narration || !picture) return;
  if (!table || !rateInput || !losses) return;

  let output = PRESETS[0]?.output ?? 'f';
  let values = new Map<string, number>();
  let current: Exploration = { ok: false, message: '' };
  /** Index of the latest step shown; −1 is before the first. */
  let index = -1;
  let history: number[] = [];

  const draw = (announce: boolean) => {
    if (!current.ok) return;
    const { steps, graph } = current;
    const state = stateAt(steps, index);
    const step = index >= 0 ? steps[index] : undefined;
    // One forward step per node, then one backward step per node.
    const forwardCount = graph.nodes.length;
    position.textContent =
      index < 0
        ? `Step 0 of ${steps.length}: nothing computed yet.`
        : `Step ${index + 1} of ${steps.length}: ${index < forwardCount ? 'forward pass' : 'backward pass'}.`;
    const text =
      step === undefined
        ? 'Press “Next step” to compute the first value, or jump with “Whole forward pass”.'
        : `${step.phase === 'forward' ? 'Forward' : 'Backward'}: ${step.narration}`;
    // The live region speaks only when the reader acted, not when the page loads.
    if (announce || narration.textContent !== '') narration.textContent = text;

    const drawn = drawGraph(graph, layoutGraph(graph), {
      values: state.values,
      grads: state.grads,
      current: step && { nodeId: step.nodeId, phase: step.phase },
    });
    const fresh = buildSvg(pictureSvg(drawn));
    for (const name of ['viewBox', 'width', 'height']) picture.setAttribute(name, fresh.getAttribute(name) ?? '');
    picture.replaceChildren(...fresh.childNodes);

    table.replaceChildren(
      ...graph.nodes.map((node) => {
        const row = document.createElement('tr');
        row.dataset['node'] = String(node.id);
        if (step?.nodeId === node.id) row.setAttribute('aria-current', 'step');
        const value = state.values.get(node.id);
        const grad = state.grads.get(node.id);
        row.append(
          cell('th', node.label ?? nodeTitle(node)),
          cell('td', value === undefined ? '—' : formatNumber(value)),
          cell('td', grad === undefined ? '—' : formatNumber(grad)),
        );
        return row;
      }),
    );
  };

  /** The loss after every step as a line, highest value at the top; the text beside it has the numbers. */
  const drawChart = () => {
    if (!chart) return;
    const points = history.slice(-100);
    chart.replaceChildren();
    if (points.length < 2) return;
    const [width, height, pad] = [240, 64, 4];
    const top = Math.max(...points);
    const bottom = Math.min(...points);
    const span = top - bottom || 1;
    const xy = points.map((loss, step) => [
      pad + (step * (width - 2 * pad)) / (points.length - 1),
      pad + ((top - loss) * (height - 2 * pad)) / span,
    ]);
    chart.append(
      buildSvg(el('line', { x1: pad, y1: height - pad, x2: width - pad, y2: height - pad, class: 'bpx__axis' })),
      buildSvg(el('polyline', { points: xy.map(([x, y]) => `${x?.toFixed(1)},${y?.toFixed(1)}`).join(' ') })),
    );
  };

  const showLosses = () => {
    drawChart();
    if (!current.ok || current.parameters.length === 0) {
      losses.textContent = 'Gradient descent needs a parameter: a variable whose name starts with w or b.';
      return;
    }
    const shown = history.slice(-8).map(formatNumber);
    losses.textContent =
      history.length <= 1
        ? `${output} = ${shown[0] ?? ''}. Take a step to see it change.`
        : `${output} after ${history.length - 1} ${history.length === 2 ? 'step' : 'steps'}, latest ${shown.length} values: ${shown.join(' → ')}`;
  };

  const updateCode = () => {
    if (!current.ok) return;
    for (const framework of FRAMEWORKS.filter(hasProgram)) {
      const code = root.querySelector(`[data-bpx-code="${framework}"]`);
      if (code)
        code.textContent = gradientProgram(current.expression, values, current.variables, framework, current.output);
    }
  };

  /** Rebuilds from the formula and values; keeps the step position when only values changed. */
  const rebuild = (keepStep: boolean) => {
    const next = explore(formulaInput.value, values, output);
    if (!next.ok) {
      error.textContent = next.message + (next.character === undefined ? '' : ` (at character ${next.character})`);
      formulaInput.setAttribute('aria-invalid', 'true');
      return false;
    }
    error.textContent = '';
    formulaInput.removeAttribute('aria-invalid');
    current = next;
    if (!keepStep) index = -1;
    index = Math.min(index, current.steps.length - 1);
    draw(keepStep);
    updateCode();
    return true;
  };

  const buildValueInputs = (names: readonly string[]) => {
    valuesBox.replaceChildren(
      ...names.map((name) => {
        const label = document.createElement('label');
        const input = document.createElement('input');
        input.type = 'number';
        input.step = 'any';
        input.value = String(values.get(name) ?? 0);
        input.dataset['variable'] = name;
        input.addEventListener('input', () => {
          const number = input.valueAsNumber;
          if (!Number.isFinite(number)) {
            // An empty box, a typo or 1e400 (beyond what a float holds): say so and keep computing with the old value.
            const kept = formatNumber(values.get(name) ?? 0);
            error.textContent = `${name} must be a number between about −1.8e308 and 1.8e308; the explorer still uses ${name} = ${kept}.`;
            input.setAttribute('aria-invalid', 'true');
            return;
          }
          error.textContent = '';
          input.removeAttribute('aria-invalid');
          values = new Map(values).set(name, number);
          history = [];
          if (rebuild(true) && current.ok) history = [current.value];
          showLosses();
        });
        label.append(`${name}`, input);
        return label;
      }),
    );
  };

  /** Draws a formula from scratch: new value inputs, a fresh loss history. False when the formula is wrong. */
  const load = (formula: string, startValues: ReadonlyMap<string, number>): boolean => {
    formulaInput.value = formula;
    values = new Map(startValues);
    if (!rebuild(false) || !current.ok) return false;
    buildValueInputs(current.variables);
    history = [current.value];
    showLosses();
    return true;
  };

  const choosePreset = (id: string, announce: boolean) => {
    const preset = PRESETS.find((candidate) => candidate.id === id) ?? PRESETS[0];
    if (!preset) return;
    output = preset.output;
    hint.textContent = preset.hint;
    load(preset.formula, new Map(Object.entries(preset.values)));
    if (announce) narration.textContent = `Loaded “${preset.name}”. ${preset.hint}`;
  };

  presetSelect.addEventListener('change', () => choosePreset(presetSelect.value, true));
  formulaInput.addEventListener('keydown', (event) => {
    if (event.key !== 'Enter') return;
    event.preventDefault();
    output = 'f';
    hint.textContent = 'Your own formula: step through it, or train it if it has a parameter (w… or b…).';
    const parsed = parseExpression(formulaInput.value);
    // New variables start at 1 (0 would make many gradients vanish); kept ones keep their value.
    const kept = parsed.ok
      ? new Map(variablesOf(parsed.expression).map((name) => [name, values.get(name) ?? 1]))
      : values;
    if (load(formulaInput.value, kept) && current.ok) {
      narration.textContent = `Drew ${current.output} = ${formulaInput.value}: ${current.graph.nodes.length} nodes.`;
    }
  });

  const train = (count: number) => {
    if (!current.ok || current.parameters.length === 0) return;
    const rate = rateInput.valueAsNumber;
    if (!Number.isFinite(rate)) {
      error.textContent = 'The learning rate must be a number.';
      return;
    }
    let taken = 0;
    let overflow = '';
    for (; taken < count && current.ok; taken++) {
      if (!Number.isFinite(current.value)) {
        overflow = `${output} ${overflowWords(current.value)}`;
        break;
      }
      const nextValues = descend(values, current.gradients, current.parameters, rate);
      const broken = overflowedParameter(nextValues, current.parameters);
      if (broken !== undefined) {
        // Keep the last finite values: the reader can still step through them and lower the rate.
        overflow = `${broken} ${overflowWords(nextValues.get(broken) ?? NaN)}`;
        break;
      }
      const next = explore(formulaInput.value, nextValues, output);
      if (!next.ok) break;
      values = nextValues;
      current = next;
      history.push(current.value);
    }
    if (overflow === '' && current.ok && !Number.isFinite(current.value)) {
      overflow = `${output} ${overflowWords(current.value)}`;
    }
    // Clear an overflow message from earlier training, never a message about the formula or a value.
    if (overflow !== '' || error.dataset['from'] === 'training') {
      error.textContent = overflow === '' ? '' : `${overflow}: lower the learning rate, or reset the values.`;
      error.dataset['from'] = 'training';
    }
    for (const input of valuesBox.querySelectorAll<HTMLInputElement>('input[data-variable]')) {
      input.value = formatNumber(values.get(input.dataset['variable'] ?? '') ?? 0).replace('−', '-');
      input.removeAttribute('aria-invalid');
    }
    // Show the finished passes for the new values: the gradients the next step will use.
    index = current.ok ? current.steps.length - 1 : -1;
    draw(true);
    updateCode();
    showLosses();
    if (current.ok && taken > 0) {
      const before = history[history.length - 1 - taken] ?? history[0] ?? 0;
      narration.textContent = `${taken === 1 ? 'One step' : `${taken} steps`} of gradient descent with learning rate ${rate}: ${output} went from ${formatNumber(before)} to ${formatNumber(current.value)}.${overflow === '' ? '' : ` Then ${overflow}: training stopped.`}`;
    } else if (overflow !== '') {
      narration.textContent = `No step taken: ${overflow}. Lower the learning rate, or reset the values.`;
    }
  };

  const actions: Record<string, () => void> = {
    reset: () => {
      index = -1;
      draw(true);
    },
    back: () => {
      index = Math.max(-1, index - 1);
      draw(true);
    },
    next: () => {
      if (current.ok) index = Math.min(current.steps.length - 1, index + 1);
      draw(true);
    },
    forward: () => {
      if (current.ok) index = current.graph.nodes.length - 1;
      draw(true);
    },
    backward: () => {
      if (current.ok) index = current.steps.length - 1;
      draw(true);
    },
    descend: () => train(1),
    descend10: () => train(10),
  };
  for (const button of root.querySelectorAll<HTMLButtonElement>('[data-bpx-action]')) {
    button.addEventListener('click', () => actions[button.dataset['bpxAction'] ?? '']?.());
  }

  choosePreset(root.dataset['preset'] ?? presetSelect.value, false);
}

for (const root of document.querySelectorAll<HTMLElement>('[data-backprop-explorer]')) setUp(root);
