// Browser suite against the production build in dist/, in Debian's Chromium (no download).
import { defineConfig } from '@playwright/test';

// E2E_PORT lets two checkouts run the suite at once on one machine (it uses PORT and PORT + 1).
const PORT = Number(process.env.E2E_PORT ?? 4173);

export default defineConfig({
  testDir: '.',
  testMatch: /.*\.spec\.mjs/,
  outputDir: '../../target/playwright',
  timeout: 60_000,
  expect: { timeout: 10_000 },
  fullyParallel: true,
  workers: 2,
  retries: 0,
  forbidOnly: true,
  reporter: process.env.CI ? [['list']] : [['list']],
  use: {
    baseURL: `http://127.0.0.1:${PORT}`,
    trace: 'off',
    // page.route can't see requests a service worker answers, and many specs patch the catalog
    // with it: the worker is off except in offline.spec.mjs, which opts in.
    serviceWorkers: 'block',
    launchOptions: {
      executablePath: '/usr/bin/chromium',
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--disable-quic',
        '--no-first-run',
      ],
    },
  },
  webServer: [
    {
      command: `node ../../tools/serve.mjs ${process.env.E2E_DIST ?? "../../dist"} ${PORT}`,
      url: `http://127.0.0.1:${PORT}/`,
      reuseExistingServer: false,
      timeout: 30_000,
    },
    {
      // The same app built with --public-url /hubs/ (subpath.spec.mjs).
      command: `node ../../tools/serve.mjs ../../target/dist-subpath ${PORT + 1} /hubs/`,
      url: `http://127.0.0.1:${PORT + 1}/hubs/`,
      reuseExistingServer: false,
      timeout: 30_000,
    },
  ],
});
