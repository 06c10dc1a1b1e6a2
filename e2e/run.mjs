// `npm run test:e2e`: builds the demo, serves dist-demo/ on a free port, and
// walks the seeds' journeys in Chromium (playwright-core), each by mouse and
// by keyboard alone, in English and in Spanish. One line per journey, then
// `N passed, N failed`; `SUMMARY_FILE` (when set) gets {"passed":N,"failed":N}.
// Arguments filter the journeys by name: `node e2e/run.mjs "seed 001" keyboard`.
/* global window, setTimeout, clearTimeout */
import { writeFileSync } from 'node:fs';
import { chromium } from 'playwright-core';
import { findChrome } from '../test/support/browsers.mjs';
import { buildDemo } from './support/build.mjs';
import { serve } from './support/server.mjs';
import { TEXT } from './support/text.mjs';
import { createUser } from './support/user.mjs';
import { JOURNEYS } from './journeys/index.mjs';

/**
 * How long Playwright waits for one element or action, and for a whole journey:
 * limits that catch a hang, not a measure of speed, so a busy machine passes
 * (a journey takes about 12 s on a quiet one).
 */
const STEP_TIMEOUT = 30_000;
const JOURNEY_TIMEOUT = 300_000;

const filters = process.argv.slice(2);
const runs = JOURNEYS.flatMap((journey) => ['mouse', 'keyboard'].flatMap((input) => ['en', 'es'].map((lang) => ({
  journey, input, lang, name: `${journey.name} · ${input} · ${lang}`,
})))).filter((run) => filters.every((f) => run.name.includes(f)));

/** Runs one journey in a fresh context; resolves to undefined or the failure message. */
async function walk(browser, url, run) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  context.setDefaultTimeout(STEP_TIMEOUT);
  let fail;
  const failed = new Promise((_, reject) => (fail = reject));
  failed.catch(() => undefined);
  try {
    // An unhandled rejection is reported as a console error, which fails the journey.
    await context.addInitScript(() => window.addEventListener('unhandledrejection', (event) => {
      console.error(`Unhandled promise rejection: ${event.reason?.stack ?? event.reason}`);
    }));
    const page = await context.newPage();
    page.on('pageerror', (error) => fail(new Error(`The page threw: ${error.message}`)));
    page.on('console', (message) => {
      if (message.type() === 'error') fail(new Error(`Console error: ${message.text()}`));
    });
    let timer;
    const timeout = new Promise((_, reject) => {
      timer = setTimeout(() => reject(new Error(`The journey took over ${JOURNEY_TIMEOUT / 1000} s`)), JOURNEY_TIMEOUT);
    });
    try {
      await Promise.race([
        run.journey.run({ page, user: createUser(page, run.input), t: TEXT[run.lang], url }),
        failed,
        timeout,
      ]);
    } finally {
      clearTimeout(timer);
    }
    return undefined;
  } catch (error) {
    // The message and Playwright's call log, without stack frames or terminal colours.
    return (error instanceof Error ? error.message : String(error)).replaceAll(`${String.fromCharCode(27)}[2m`, '').replaceAll(`${String.fromCharCode(27)}[22m`, '').split('\n')
      .map((line) => line.trim()).filter((line) => line && !line.startsWith('at ')).slice(0, 4).join(' | ');
  } finally {
    await context.close().catch(() => undefined);
  }
}

async function main() {
  const started = Date.now();
  let passed = 0;
  let failed = 0;
  let browser;
  let server;
  const cleanUp = async () => {
    await browser?.close().catch(() => undefined);
    await server?.close().catch(() => undefined);
  };
  // Interrupted (Ctrl+C, CI cancelling): the browser and the server go too.
  let interrupted;
  for (const signal of ['SIGINT', 'SIGTERM']) {
    process.once(signal, () => {
      interrupted = `interrupted (${signal})`;
      void cleanUp().finally(() => process.exit(130));
    });
  }
  let next = 0;
  try {
    const root = await buildDemo();
    server = await serve(root);
    browser = await chromium.launch({ executablePath: findChrome(), args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage'] });
    for (; next < runs.length; next++) {
      const run = runs[next];
      const message = await walk(browser, server.url, run);
      if (message === undefined) passed++;
      else failed++;
      console.log(message === undefined ? `✓ ${run.name}` : `✗ ${run.name}: ${message}`);
    }
  } catch (error) {
    // The build, the server or the browser failed: the journeys not walked did not pass.
    const reason = interrupted ?? (error instanceof Error ? error.message.split('\n')[0] : String(error));
    for (; next < runs.length; next++, failed++) console.log(`✗ ${runs[next].name}: not run: ${reason}`);
    if (!interrupted) console.error(error instanceof Error ? error.stack : error);
  } finally {
    await cleanUp();
  }
  if (runs.length === 0) {
    failed = 1;
    console.error(`No journey matches ${filters.map((f) => `"${f}"`).join(' ')}.`);
  }
  console.error(`Took ${((Date.now() - started) / 1000).toFixed(1)} s.`);
  console.log(`${passed} passed, ${failed} failed`);
  if (process.env.SUMMARY_FILE) writeFileSync(process.env.SUMMARY_FILE, JSON.stringify({ passed, failed }));
  process.exitCode = failed > 0 ? 1 : 0;
}

await main();
