import { defineConfig } from '@playwright/test';
import { findChromium } from './scripts/support/findChromium';

/** Port and build folder of the preview server; override to run two suites side by side. */
const PORT = Number(process.env['E2E_PORT'] ?? 4399);
const dist = process.env['E2E_DIST'];
const base = process.env['BASE_PATH'] ?? '/';

export default defineConfig({
  testDir: './e2e',
  fullyParallel: true,
  workers: 2,
  forbidOnly: Boolean(process.env['CI']),
  reporter: [['list']],
  use: {
    baseURL: `http://127.0.0.1:${PORT}${base.endsWith('/') ? base : `${base}/`}`,
    launchOptions: {
      executablePath: findChromium(),
      // The machines that run these tests have no outside network: keep Chromium from trying.
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--no-first-run',
      ],
    },
  },
  webServer: {
    // Serves the production build like a static host; `npm test` builds it first.
    command: `"${process.execPath}" scripts/serve.ts --port ${PORT}${dist ? ` --dist "${dist}"` : ''}`,
    url: `http://127.0.0.1:${PORT}${base}`,
    reuseExistingServer: false,
  },
});
