// Browser suite against the production build in dist/, in Debian's Chromium (no download),
// served by Debian's nginx with the shipped sample configuration (tools/nginx.mjs), over HTTPS
// with a throwaway certificate: the tests see the production headers and MIME types.
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
    baseURL: `https://127.0.0.1:${PORT}`,
    ignoreHTTPSErrors: true,
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
      command: `node ../../tools/nginx.mjs serve ${process.env.E2E_DIST ?? "../../dist"} ${PORT}`,
      url: `https://127.0.0.1:${PORT}/`,
      ignoreHTTPSErrors: true,
      reuseExistingServer: false,
      timeout: 30_000,
    },
    {
      // The same app built with --public-url /hubs/ (subpath.spec.mjs).
      command: `node ../../tools/nginx.mjs serve ../../target/dist-subpath ${PORT + 1} /hubs/`,
      url: `https://127.0.0.1:${PORT + 1}/hubs/`,
      ignoreHTTPSErrors: true,
      reuseExistingServer: false,
      timeout: 30_000,
    },
  ],
});
