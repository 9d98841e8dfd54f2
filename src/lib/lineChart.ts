/**
 * Training curves drawn from what a program really printed. A training program prints one line per epoch,
 * `epoch 3: loss 1.4666, val_loss 1.3278, val_accuracy 0.7444`; `readEpochSeries` reads the named values back
 * out of its recorded output, and `layoutLineChart` places them on a chart (axes, ticks, one polyline per series)
 * that `RecordedChart.astro` writes as an inline SVG. Nothing here is drawn by hand, and no script runs in the page.
 */

/** One named curve: its value at epoch 1, 2, 3… */
export interface Series {
  name: string;
  values: number[];
}

const EPOCH_LINE = /^epoch (\d+):(.*)$/;
const NUMBER = String.raw`[-+]?(?:\d+\.?\d*|\.\d+)(?:[eE][-+]?\d+)?`;

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * The values called `names` on each `epoch N:` line of `output`, in epoch order. Throws, naming what is missing,
 * when there is no epoch line, the epochs do not run 1, 2, 3…, or a line lacks one of the names.
 */
export function readEpochSeries(output: string, names: readonly string[]): Series[] {
  const lines = output
    .split('\n')
    .map((line) => EPOCH_LINE.exec(line.trim()))
    .filter((match) => match !== null);
  if (lines.length === 0) throw new Error('the output has no "epoch N: name value" lines');
  const series = names.map((name) => ({ name, values: [] as number[] }));
  lines.forEach((match, index) => {
    if (Number(match[1]) !== index + 1) throw new Error(`expected epoch ${index + 1}, found epoch ${match[1]}`);
    for (const entry of series) {
      const found = new RegExp(String.raw`(?:^|[\s,])${escapeRegExp(entry.name)} (${NUMBER})`).exec(match[2] ?? '');
      if (!found) throw new Error(`epoch ${index + 1} prints no value for "${entry.name}"`);
      entry.values.push(Number(found[1]));
    }
  });
  return series;
}

/** A step of 1, 2, 2.5 or 5 times a power of ten that cuts 0…max into at most `most` parts. */
export function niceStep(max: number, most = 5): number {
  if (!(max > 0)) return 1;
  const rough = max / most;
  const power = 10 ** Math.floor(Math.log10(rough));
  const step = [1, 2, 2.5, 5, 10].map((factor) => factor * power).find((candidate) => candidate >= rough);
  return Number((step ?? 10 * power).toPrecision(6));
}

export interface ChartTick {
  value: number;
  /** The value as written beside the axis. */
  label: string;
  /** Position along the axis, in SVG units. */
  at: number;
}

export interface ChartLine {
  name: string;
  /** The polyline's `points`: "x,y x,y …". */
  points: string;
  /** The last point, where the line is labelled. */
  end: { x: number; y: number };
}

export interface LineChartLayout {
  width: number;
  height: number;
  /** The plotting area inside the axes. */
  plot: { left: number; top: number; right: number; bottom: number };
  xTicks: ChartTick[];
  yTicks: ChartTick[];
  lines: ChartLine[];
}

const round = (value: number) => Math.round(value * 10) / 10;

/** Places `series` (all of one length) on a chart whose y axis runs from 0 to a round number above their maximum. */
export function layoutLineChart(series: readonly Series[], width = 600, height = 300): LineChartLayout {
  const count = Math.max(...series.map((entry) => entry.values.length));
  if (!(count > 0)) throw new Error('a chart needs at least one value');
  const plot = { left: 56, top: 16, right: width - 120, bottom: height - 48 };
  const max = Math.max(...series.flatMap((entry) => entry.values));
  const step = niceStep(max);
  const top = Math.max(step, Math.ceil(max / step - 1e-9) * step);
  const decimals = (String(step).split('.')[1] ?? '').length;
  const x = (epoch: number) => round(plot.left + ((epoch - 1) / Math.max(1, count - 1)) * (plot.right - plot.left));
  const y = (value: number) => round(plot.bottom - (value / top) * (plot.bottom - plot.top));
  const yTicks: ChartTick[] = [];
  for (let index = 0; index * step <= top + 1e-9; index++) {
    const value = Number((index * step).toPrecision(6));
    yTicks.push({ value, label: value.toFixed(decimals), at: y(value) });
  }
  const xStep = count <= 10 ? 1 : Math.ceil(count / 10);
  const xTicks: ChartTick[] = [];
  for (let epoch = 1; epoch <= count; epoch += xStep) xTicks.push({ value: epoch, label: String(epoch), at: x(epoch) });
  const lines = series.map((entry) => {
    const points = entry.values.map((value, index) => ({ x: x(index + 1), y: y(value) }));
    const last = points[points.length - 1] ?? { x: plot.left, y: plot.bottom };
    return { name: entry.name, points: points.map((point) => `${point.x},${point.y}`).join(' '), end: last };
  });
  return { width, height, plot, xTicks, yTicks, lines };
}

/** The curves in words, for the chart's description: where each starts and ends. */
export function describeSeries(series: readonly Series[], label: (name: string) => string): string {
  return series
    .map((entry) => {
      const first = entry.values[0] ?? 0;
      const last = entry.values[entry.values.length - 1] ?? 0;
      return `${label(entry.name)} goes from ${first} at epoch 1 to ${last} at epoch ${entry.values.length}`;
    })
    .join('. ');
}
