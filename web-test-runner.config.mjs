// Browser tests: TypeScript from source through esbuild, headless Chromium.
// test/support/run-tests.mjs finds (or installs) the browser and passes it as CHROME_PATH.
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';
import { defaultReporter } from '@web/test-runner';
import { readFile } from 'node:fs/promises';
import { summaryReporter } from './test/support/summary-reporter.mjs';

const executablePath = process.env.CHROME_PATH || undefined;

// msw's worker lives in demo/public; served at the root so that its scope covers the test pages.
const mswWorker = new URL('./demo/public/mockServiceWorker.js', import.meta.url);
async function serveMswWorker(context, next) {
  if (context.path !== '/mockServiceWorker.js') return next();
  context.type = 'application/javascript';
  context.body = await readFile(mswWorker, 'utf8');
}

export default {
  files: ['test/**/*.test.ts'],
  nodeResolve: { exportConditions: ['development', 'browser'] },
  middleware: [serveMswWorker],
  plugins: [esbuildPlugin({ ts: true, tsconfig: 'tsconfig.json', target: 'es2022' })],
  concurrency: 2,
  testsFinishTimeout: 600_000,
  reporters: [defaultReporter(), summaryReporter()],
  testFramework: { config: { timeout: 10000 } },
  browsers: [
    chromeLauncher({
      launchOptions: {
        executablePath,
        headless: true,
        args: [
          '--no-sandbox',
          '--disable-gpu',
          '--disable-dev-shm-usage',
          '--disable-background-networking',
          '--disable-component-update',
          '--disable-sync',
          '--no-first-run',
          // Two test pages run at once; the one behind must not have its timers and rendering slowed.
          '--disable-background-timer-throttling',
          '--disable-renderer-backgrounding',
          '--disable-backgrounding-occluded-windows',
        ],
      },
    }),
  ],
};
