// Playwright: browser tests against the built site (dist/ on a static server that applies _headers), with Debian's Chromium.
import { defineConfig, devices } from '@playwright/test';

const PORT = Number(process.env.PW_PORT ?? 4321);
const BASE_URL = `http://127.0.0.1:${PORT}`;
/** Port of the host-page fixture server (tests/e2e/hosts), exported to tests through the environment. */
const HOST_PORT = PORT + 100;
process.env.HOST_ORIGIN = `http://127.0.0.1:${HOST_PORT}`;
// PW_OUTDIR serves another build folder (parallel work: `astro build --outDir dist-x`).
const OUT_DIR = process.env.PW_OUTDIR;
const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const launchOptions = {
  executablePath: CHROMIUM_PATH,
  // The machine's network is closed: keep Chromium from trying to reach Google's services.
  args: ['--no-sandbox', '--disable-dev-shm-usage', '--disable-background-networking', '--disable-component-update', '--no-first-run'],
};

export default defineConfig({
  testDir: './tests/e2e',
  fullyParallel: true,
  forbidOnly: !!process.env.CI,
  retries: process.env.CI ? 1 : 0,
  workers: 2,
  timeout: 45_000,
  expect: { timeout: 7_000 },
  reporter: [['list']],
  use: { baseURL: BASE_URL, trace: 'off' },
  projects: [
    {
      name: 'desktop',
      use: { ...devices['Desktop Chrome'], viewport: { width: 1440, height: 900 }, launchOptions },
    },
    {
      name: 'phone',
      use: {
        ...devices['Desktop Chrome'],
        viewport: { width: 390, height: 844 },
        deviceScaleFactor: 3,
        isMobile: true,
        hasTouch: true,
        launchOptions,
      },
    },
  ],
  webServer: [
    {
      // The built folder served as a static host serves it, with the headers of its _headers file (CORS for the
      // sandboxed embed frames, framing rules): scripts/serve.mjs, not `astro preview`, which ignores _headers.
      command: `node scripts/serve.mjs ${OUT_DIR ?? 'dist'} ${PORT}`,
      url: BASE_URL,
      reuseExistingServer: !process.env.CI,
      timeout: 60_000,
      stdout: 'ignore',
      stderr: 'pipe',
    },
    {
      // Host-page fixtures for the embed tests, on another port = another origin.
      command: `node tests/e2e/hosts/server.mjs ${HOST_PORT}`,
      url: `http://127.0.0.1:${HOST_PORT}/pym.html`,
      reuseExistingServer: !process.env.CI,
      timeout: 30_000,
      stdout: 'ignore',
      stderr: 'pipe',
    },
  ],
});
