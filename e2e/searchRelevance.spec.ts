import { gzipSync } from 'node:zlib';
import { expect, test } from '@playwright/test';

/**
 * Realistic beginner queries and the page a reader wants for each. The test fails when none of the expected
 * pages is in the top three results of the built index.
 */
const QUERIES: [query: string, expected: string[]][] = [
  ['GradientTape', ['/learn/backpropagation/', '/learn/training-loop/', '/code/compute-gradient/']],
  ['static graph', ['/differences/static-vs-dynamic-graphs/']],
  ['save model', ['/learn/saving-and-exporting/', '/code/save-and-load/']],
  ['keras vs pytorch', ['/compare/keras-vs-pytorch/']],
  ['tensor shape', ['/learn/tensors/']],
  ['broadcasting', ['/learn/tensors/', '/code/indexing-and-broadcasting/']],
  ['overfitting', ['/learn/overfitting-and-regularization/']],
  ['dropout', ['/learn/overfitting-and-regularization/']],
  ['learning rate', ['/learn/gradient-descent/']],
  ['adam optimizer', ['/learn/gradient-descent/']],
  ['DataLoader', ['/learn/loading-data/', '/code/load-data-in-batches/', '/differences/data-loading/']],
  ['tf.data', ['/learn/loading-data/', '/differences/data-loading/', '/code/load-data-in-batches/']],
  ['confusion matrix', ['/learn/evaluating-a-model/', '/code/evaluate-model/']],
  ['cross entropy', ['/learn/loss-functions/']],
  ['activation function', ['/learn/neurons-and-layers/']],
  ['relu', ['/learn/neurons-and-layers/']],
  ['torch.compile', ['/code/compile-to-graph/', '/differences/performance/', '/differences/static-vs-dynamic-graphs/']],
  ['export onnx', ['/learn/saving-and-exporting/', '/differences/deployment/', '/code/export-model/']],
  ['install tensorflow', ['/learn/setting-up/']],
  ['GPU', ['/code/use-accelerator/', '/learn/setting-up/']],
  ['fashion mnist', ['/learn/first-image-classifier/']],
  ['which framework should I learn', ['/compare/choose/', '/differences/learning-curve/']],
  ['debugging', ['/differences/debugging/']],
  ['distributed training', ['/differences/distributed-training/']],
  ['what is deep learning', ['/learn/what-is-deep-learning/']],
  ['nn.Module', ['/learn/building-a-model/', '/code/define-model/']],
  ['backpropagation', ['/learn/backpropagation/']],
  ['early stopping', ['/learn/overfitting-and-regularization/']],
  ['convolution', ['/learn/convolutional-networks/']],
  ['max pooling', ['/learn/convolutional-networks/']],
  ['channels first', ['/learn/convolutional-networks/']],
];

test(`each of ${QUERIES.length} beginner queries finds the expected page in the top three`, async ({ page }) => {
  await page.goto('search/');
  const base = new URL(page.url()).pathname.replace(/search\/$/, '');
  const tops = await page.evaluate(
    async (queries) => {
      const root = document.querySelector<HTMLElement>('[data-search-page]');
      const pagefind = (await import(/* @vite-ignore */ root?.dataset['bundle'] ?? '')) as {
        options: (options: object) => Promise<void>;
        search: (q: string) => Promise<{ results: { data: () => Promise<{ url: string }> }[] }>;
      };
      await pagefind.options({ baseUrl: root?.dataset['base'] ?? '/' });
      const found: Record<string, string[]> = {};
      for (const query of queries) {
        const results = (await pagefind.search(query)).results.slice(0, 3);
        found[query] = await Promise.all(results.map(async (result) => (await result.data()).url));
      }
      return found;
    },
    QUERIES.map(([query]) => query),
  );
  const misses = QUERIES.filter(
    ([query, expected]) => !expected.some((path) => tops[query]?.includes(`${base}${path.slice(1)}`)),
  ).map(([query, expected]) => `${query}: wanted one of ${expected.join(', ')}, got ${tops[query]?.join(', ')}`);
  expect(misses).toEqual([]);
});

test('the first query of a session transfers at most 120 KB (gzip)', async ({ page }) => {
  await page.goto('learn/tensors/');
  await page.waitForLoadState('networkidle');
  const sizes: number[] = [];
  page.on('response', async (response) => {
    if (!response.url().includes('/pagefind/')) return;
    // What a static host serving gzip sends; Pagefind's own index files are already compressed.
    sizes.push(gzipSync(await response.body()).length);
  });
  await page.keyboard.press('/');
  await page.getByRole('dialog', { name: 'Quick search' }).getByRole('searchbox').pressSequentially('gradient');
  await expect(page.getByRole('dialog').locator('[data-search-results] > li').first()).toBeVisible();
  await page.waitForLoadState('networkidle');
  const total = sizes.reduce((sum, size) => sum + size, 0);
  test.info().annotations.push({ type: 'first-query-bytes', description: String(total) });
  console.log(`First search transferred ${(total / 1024).toFixed(1)} KB in ${sizes.length} files`);
  expect(total).toBeGreaterThan(0);
  expect(total).toBeLessThanOrEqual(120 * 1024);
});
