import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { RECORDS_FILE } from '../src/lib/programRecords.ts';

/** What the last recorded run of the programs wrote, to compare the pages with. */
const records = JSON.parse(readFileSync(RECORDS_FILE, 'utf8')) as Record<
  string,
  { source: string; runs: Record<string, { output: string }> }
>;

test('a code page shows what each program printed in its recorded run, stamped, with "Tested with"', async ({
  page,
}) => {
  await page.setViewportSize({ width: 1400, height: 900 });
  await page.goto('code/train-model/');
  for (const [framework, stamp] of [
    ['keras', /^Output from Keras \d+\.\d+\.\d+ \(JAX backend\), \d{1,2} \w{3} 20\d\d$/],
    ['tensorflow', /^Output from TensorFlow \d+\.\d+\.\d+, \d{1,2} \w{3} 20\d\d$/],
    ['pytorch', /^Output from PyTorch \d+\.\d+\.\d+, \d{1,2} \w{3} 20\d\d$/],
  ] as const) {
    const variant = page.locator(`.variant[data-variant="${framework}"]`);
    const output = variant.locator('.program-output');
    await expect(output.locator('.program-output__stamp')).toHaveText(stamp);
    const shown = (await output.locator('pre').innerText()).trim();
    // Real numbers, not the pattern's placeholders, and exactly what the record holds.
    expect(shown).not.toContain('...');
    const record = Object.values(records).find((entry) => entry.source === `example:train-model/${framework}`);
    const run = framework === 'keras' ? record?.runs['jax'] : record?.runs['python'];
    expect(shown).toBe(run?.output.trim());
    // Output is not code to type: it has no copy button.
    await expect(output.getByRole('button', { name: 'Copy code' })).toHaveCount(0);
    await expect(variant.getByRole('button', { name: 'Copy code' })).toHaveCount(1);
  }
  await expect(page.locator('.variant[data-variant="keras"] .example__tested')).toHaveText(
    /^Tested with Keras [\d.]+ \(on TensorFlow [\d.]+, PyTorch [\d.]+ and JAX [\d.]+\) on Python [\d.]+, /,
  );
});

test('a lesson shows recorded, stamped outputs and links a notebook per framework that holds its code', async ({
  page,
  request,
}) => {
  await page.goto('learn/tensors/');
  const stamps = page.locator('.program-output__stamp');
  expect(await stamps.count()).toBeGreaterThan(5);
  await expect(stamps.first()).toHaveText(/^Output from .+, \d{1,2} \w{3} 20\d\d$/);
  const section = page.getByRole('region', { name: 'Run the code yourself' });
  await expect(section).toContainText(/Tested with Keras [\d.]+ \(on .*JAX [\d.]+\)/);
  const links = section.getByRole('link', { name: /notebook$/ });
  await expect(links).toHaveText(['Keras notebook', 'TensorFlow notebook', 'PyTorch notebook']);
  const response = await request.get(new URL((await links.nth(2).getAttribute('href')) ?? '', page.url()).href);
  expect(response.status()).toBe(200);
  const notebook = (await response.json()) as { cells: { cell_type: string; source: string[] }[] };
  const text = (type: string) =>
    notebook.cells.filter((cell) => cell.cell_type === type).map((cell) => cell.source.join(''));
  expect(text('markdown')[0]).toMatch(/^# Tensors: .* \(PyTorch\)\n/);
  expect(text('markdown')).toContain('## Create a tensor and inspect it');
  const code = text('code').join('\n');
  expect(code).toContain('import torch');
  expect(code).not.toContain('import tensorflow');
  // The page's On this page lists the section.
  await expect(page.locator('.toc a[href="#run-code-title"]')).toHaveCount(1);
});
