import { describe, expect, it } from 'vitest';
import { describeSeries, layoutLineChart, niceStep, readEpochSeries } from '~/lib/lineChart';

const OUTPUT = `Some warning first
epoch 1: loss 2.2252, val_loss 2.0592, val_accuracy 0.3222
epoch 2: loss 1.8505, val_loss 1.7020, val_accuracy 0.6222
epoch 3: loss 1.4666, val_loss 1.3278, val_accuracy 0.7444
saved`;

describe('readEpochSeries', () => {
  it('reads each named value from every epoch line, in order, and ignores other lines', () => {
    expect(readEpochSeries(OUTPUT, ['loss', 'val_loss'])).toEqual([
      { name: 'loss', values: [2.2252, 1.8505, 1.4666] },
      { name: 'val_loss', values: [2.0592, 1.702, 1.3278] },
    ]);
  });

  it('does not take one name for the end of another', () => {
    expect(readEpochSeries('epoch 1: val_loss 0.5, loss 0.25', ['loss'])[0]?.values).toEqual([0.25]);
  });

  it('names what is missing', () => {
    expect(() => readEpochSeries('no epochs here', ['loss'])).toThrow(/no "epoch N/);
    expect(() => readEpochSeries(OUTPUT, ['accuracy'])).toThrow(/epoch 1 prints no value for "accuracy"/);
    expect(() => readEpochSeries('epoch 2: loss 1', ['loss'])).toThrow(/expected epoch 1, found epoch 2/);
  });
});

describe('niceStep', () => {
  it('cuts the range into at most five round steps', () => {
    expect(niceStep(2.2252)).toBe(0.5);
    expect(niceStep(0.93)).toBe(0.2);
    expect(niceStep(10)).toBe(2);
    expect(niceStep(0)).toBe(1);
  });
});

describe('layoutLineChart', () => {
  const series = readEpochSeries(OUTPUT, ['loss', 'val_loss']);
  const chart = layoutLineChart(series, 600, 300);

  it('runs the y axis from 0 to a round value above the largest one, labelled with the step’s decimals', () => {
    expect(chart.yTicks.map((tick) => tick.label)).toEqual(['0.0', '0.5', '1.0', '1.5', '2.0', '2.5']);
    expect(chart.yTicks[0]?.at).toBe(chart.plot.bottom);
    expect(chart.yTicks.at(-1)?.at).toBe(chart.plot.top);
  });

  it('puts one tick per epoch and each line’s points inside the plot', () => {
    expect(chart.xTicks.map((tick) => tick.label)).toEqual(['1', '2', '3']);
    for (const line of chart.lines) {
      for (const point of line.points.split(' ')) {
        const [x, y] = point.split(',').map(Number) as [number, number];
        expect(x).toBeGreaterThanOrEqual(chart.plot.left);
        expect(x).toBeLessThanOrEqual(chart.plot.right);
        expect(y).toBeGreaterThanOrEqual(chart.plot.top);
        expect(y).toBeLessThanOrEqual(chart.plot.bottom);
      }
    }
    expect(chart.lines[0]?.end.x).toBe(chart.plot.right);
  });

  it('refuses an empty chart', () => {
    expect(() => layoutLineChart([{ name: 'loss', values: [] }])).toThrow();
  });
});

describe('describeSeries', () => {
  it('says where each curve starts and ends', () => {
    expect(describeSeries(readEpochSeries(OUTPUT, ['loss']), (name) => `Training ${name}`)).toBe(
      'Training loss goes from 2.2252 at epoch 1 to 1.4666 at epoch 3',
    );
  });
});
