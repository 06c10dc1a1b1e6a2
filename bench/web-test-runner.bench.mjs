// Benchmarks in headless Chromium: bench/*.bench.ts, one at a time, from
// source. Each benchmark sends its samples to the runner with the
// `bench-result` command; they are written to bench/results/latest.json.
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';
import { defaultReporter } from '@web/test-runner';
import { mkdirSync, writeFileSync } from 'node:fs';

const results = [];
const out = new URL('./results/', import.meta.url);

/** Receives the samples of each benchmark and writes them all when the run ends. */
const collect = {
  name: 'bench-results',
  executeCommand({ command, payload }) {
    if (command !== 'bench-result') return undefined;
    results.push(payload);
    mkdirSync(out, { recursive: true });
    writeFileSync(new URL('latest.json', out), JSON.stringify(results, null, 2));
    return true;
  },
};

export default {
  files: ['bench/**/*.bench.ts'],
  nodeResolve: { exportConditions: ['production', 'browser'] },
  plugins: [esbuildPlugin({ ts: true, tsconfig: 'tsconfig.json', target: 'es2022' }), collect],
  concurrency: 1,
  reporters: [defaultReporter()],
  testFramework: { config: { timeout: 300_000 } },
  browsers: [
    chromeLauncher({
      launchOptions: {
        executablePath: process.env.CHROME_PATH || undefined,
        headless: true,
        args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--no-first-run', '--disable-background-timer-throttling'],
      },
    }),
  ],
};
