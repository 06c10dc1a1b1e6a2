// Browser tests: TypeScript from source through esbuild, in one engine per run.
// WTR_ENGINE picks it: chromium (default), firefox or webkit; BROWSER_PATH is
// its executable (test/support/run-tests.mjs finds or installs each engine and
// runs them one after the other).
//   Chromium: puppeteer-core over CDP, headless, two test files at a time.
//   Firefox:  the same puppeteer-core over WebDriver BiDi, headless, one file at a time.
//   WebKit:   WebKitGTK's MiniBrowser through WebKitWebDriver under Xvfb, one file at a time.
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher, puppeteerCore } from '@web/test-runner-chrome';
import { webdriverLauncher } from '@web/test-runner-webdriver';
import { defaultReporter } from '@web/test-runner';
import { readFile } from 'node:fs/promises';
import { summaryReporter } from './test/support/summary-reporter.mjs';
import { MISSING } from './test/support/engine-capabilities.mjs';

const engine = process.env.WTR_ENGINE || 'chromium';
const executablePath = process.env.BROWSER_PATH || process.env.CHROME_PATH || undefined;

// msw's worker lives in demo/public; served at the root so that its scope covers the test pages.
const mswWorker = new URL('./demo/public/mockServiceWorker.js', import.meta.url);
async function serveMswWorker(context, next) {
  if (context.path !== '/mockServiceWorker.js') return next();
  context.type = 'application/javascript';
  context.body = await readFile(mswWorker, 'utf8');
}

/** `executeServerCommand('engine-capabilities')`: which engine runs, and the commands it lacks (test/support/capabilities.ts). */
const capabilities = {
  name: 'engine-capabilities',
  executeCommand({ command }) {
    if (command === 'engine-capabilities') return { engine, missing: MISSING[engine] ?? {} };
    return undefined;
  },
};

async function launcher() {
  if (engine === 'firefox') {
    return chromeLauncher({
      puppeteer: puppeteerCore,
      launchOptions: {
        browser: 'firefox',
        executablePath: executablePath ?? '/usr/bin/firefox-esr',
        headless: true,
      },
    });
  }
  if (engine === 'webkit') {
    const { startWebKitDriver } = await import('./test/support/webkit-driver.mjs');
    const port = await startWebKitDriver();
    return webdriverLauncher({
      automationProtocol: 'webdriver',
      hostname: '127.0.0.1',
      port,
      path: '/',
      logLevel: 'error',
      capabilities: {
        browserName: 'MiniBrowser',
        'wdio:enforceWebDriverClassic': true,
        'webkitgtk:browserOptions': { binary: executablePath, args: ['--automation'] },
      },
    });
  }
  return chromeLauncher({
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
  });
}

/** The demo imports the kit's public entries by their package name, as a host does: served from source here. */
const ownEntries = {
  name: 'own-entries',
  resolveImport: ({ source }) => (source === 'customer-lifecycle-kit/i18n' ? '/src/i18n/index.ts' : undefined),
};

export default {
  files: ['test/**/*.test.ts'],
  nodeResolve: { exportConditions: ['development', 'browser'] },
  middleware: [serveMswWorker],
  plugins: [esbuildPlugin({ ts: true, tsconfig: 'tsconfig.json', target: 'es2022' }), capabilities, ownEntries],
  // One test file at a time in Firefox and WebKit. Firefox gives only the page in front the focus a user's window has:
  // behind it, Enter and Space do not activate and :focus-visible does not match. Over WebDriver, more than one file
  // at a time runs each in an iframe of one window.
  concurrency: engine === 'chromium' ? 2 : 1,
  testsFinishTimeout: 1_800_000,
  browserStartTimeout: 120_000,
  reporters: [defaultReporter(), summaryReporter()],
  // Timeouts catch a hang, never measure speed: generous, so a busy machine or a slower engine still passes.
  testFramework: { config: { timeout: 30_000 } },
  browsers: [await launcher()],
};
