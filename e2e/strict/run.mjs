// `npm run test:strict`: the single-file bundle on pages that hold it to a strict Content-Security-Policy
// with Trusted Types enforced, on a page that loads two copies of it, and on pages whose Object.prototype
// is polluted before the kit loads (the bundle, and the library build's one entry that needs neither lit
// nor zod). Built in memory and served by ./harness.mjs, checked in headless Chromium with playwright-core.
// One line per check, then `N passed, N failed`; the totals also go to $SUMMARY_FILE as JSON when it is
// set. Exits 1 on any failure.
/* global window, document, customElements -- the functions passed to page.evaluate and page.waitForFunction run in the page */
import { writeFile } from 'node:fs/promises';
import { chromium } from 'playwright-core';
import { findChrome } from '../../test/support/browsers.mjs';
import { assert, buildBundle, buildFiles, check, open, results, serve, squash, TAGS, WAIT } from './harness.mjs';

/** The checks every page gets at the end: nothing blocked, nothing logged as an error, nothing thrown. */
async function cleanPage(name, { page, log }) {
  await check(`${name}: no securitypolicyviolation event`, async () => {
    const violations = await page.evaluate(() => window.__violations);
    assert(violations.length === 0, `${violations.length} violation(s): ${JSON.stringify(violations.slice(0, 3))}`);
  });
  await check(`${name}: no console error and no uncaught error`, async () => {
    const all = [...log.errors, ...log.pageErrors];
    assert(all.length === 0, `${all.length}: ${all.slice(0, 3).join(' | ')}`);
  });
}

/** The elements a user works with, the same on both pages. */
async function elementsWork(name, page, { staticBadge }) {
  if (staticBadge) {
    await check(`${name}: a presentational badge shows its status`, async () => {
      const label = page.locator('#badge-static [part~="label"]');
      await label.waitFor(WAIT);
      const text = squash(await label.textContent());
      assert(text === 'Deactivated', `label "${text}"`);
      return `"${text}"`;
    });
  }
  await check(`${name}: a bound badge loads its customer and says who deactivated it`, async () => {
    await page.waitForFunction(() => {
      const tooltip = document.querySelector('#badge-bound')?.shadowRoot?.querySelector('[part~="tooltip"]');
      return /by Ana Torres/.test(tooltip?.textContent ?? '');
    }, null, WAIT);
    const label = squash(await page.locator('#badge-bound [part~="label"]').textContent());
    const tooltip = squash(await page.locator('#badge-bound [part~="tooltip"]').textContent());
    assert(label === 'Deactivated', `label "${label}"`);
    assert(tooltip.includes('Reason: Moved away'), `tooltip "${tooltip}"`);
    return `"${tooltip}"`;
  });
  await check(`${name}: the filter hides the host's inactive rows, then shows only them`, async () => {
    await page.locator('inactive-filter [role="radio"][aria-checked="true"]').waitFor(WAIT);
    const hidden = () => page.evaluate(() => ['row-jose', 'row-zoe'].map((id) => document.getElementById(id).hidden));
    const before = await hidden();
    assert(before[0] === false && before[1] === true, `active: hidden ${JSON.stringify(before)}`);
    await page.locator('inactive-filter [role="radio"]', { hasText: 'Inactive' }).click();
    await page.waitForFunction(() => document.getElementById('row-jose').hidden, null, WAIT);
    const after = await hidden();
    assert(after[0] === true && after[1] === false, `inactive: hidden ${JSON.stringify(after)}`);
    await page.locator('inactive-filter [role="radio"]', { hasText: 'All' }).click();
    await page.waitForFunction(() => !document.getElementById('row-jose').hidden && !document.getElementById('row-zoe').hidden, null, WAIT);
  });
  await check(`${name}: the host's button opens the dialog with the impact preview`, async () => {
    await page.locator('#open-jose').click();
    const title = page.locator('deactivate-dialog h2');
    await page.waitForFunction(() => document.querySelector('deactivate-dialog').shadowRoot.querySelector('h2')?.textContent.includes('Deactivate José Álvarez?'), null, WAIT);
    const body = squash(await page.locator('deactivate-dialog [part~="body"]').textContent());
    assert(body.includes('1 location: Head office'), `body "${body.slice(0, 120)}"`);
    assert(await page.evaluate(() => document.querySelector('deactivate-dialog').shadowRoot.querySelector('dialog').open), 'the native dialog is not open');
    return `"${squash(await title.textContent())}"`;
  });
  await check(`${name}: confirming deactivates through the adapter`, async () => {
    await page.locator('deactivate-dialog textarea').fill('Moved abroad');
    await page.locator('deactivate-dialog [part~="confirm"]').click();
    await page.waitForFunction(() => window.__events.some((e) => e.type === 'customer-deactivated'), null, WAIT);
    const title = squash(await page.locator('deactivate-dialog h2').textContent());
    assert(title === 'José Álvarez deactivated', `title "${title}"`);
    const jose = await page.evaluate(() => window.__adapter.snapshot().customers.find((c) => c.id === 'c-jose'));
    assert(jose.status === 'inactive' && jose.deactivation?.reason === 'Moved abroad', `stored ${jose.status}, reason ${jose.deactivation?.reason}`);
    await page.locator('deactivate-dialog [part~="confirm"]').click();
    await page.waitForFunction(() => !document.querySelector('deactivate-dialog').open, null, WAIT);
  });
  await check(`${name}: the service form renders and saves`, async () => {
    const box = page.locator('service-reactivate-form input[name="reactivate"]');
    await box.waitFor(WAIT);
    const legend = squash(await page.locator('service-reactivate-form legend').first().textContent());
    assert(legend.includes('Home'), `legend "${legend}"`);
    await box.check();
    await page.locator('service-reactivate-form button', { hasText: 'Save' }).click();
    await page.waitForFunction(() => window.__events.some((e) => e.type === 'services-reactivated'), null, WAIT);
    const event = await page.evaluate(() => window.__events.find((e) => e.type === 'services-reactivated').detail);
    assert(JSON.stringify(event.serviceIds) === '["svc-2"]', `serviceIds ${JSON.stringify(event.serviceIds)}`);
    const stored = await page.evaluate(() => window.__adapter.snapshot().services.find((s) => s.id === 'svc-2').status);
    assert(stored === 'active', `svc-2 stored as ${stored}`);
  });
  await check(`${name}: no lifecycle-error event`, async () => {
    const errors = await page.evaluate(() => window.__events.filter((e) => e.type === 'lifecycle-error'));
    assert(errors.length === 0, JSON.stringify(errors.slice(0, 2)));
  });
}

async function strictPage(browser, base) {
  const name = 'strict page';
  const opened = await open(browser, `${base}/strict.html`);
  const { page, context } = opened;
  try {
    await check(`${name}: the policy is in the response`, async () => {
      const response = await page.request.get(`${base}/strict.html`);
      const csp = response.headers()['content-security-policy'] ?? '';
      assert(!/unsafe-(inline|eval)/.test(csp) && csp.includes("require-trusted-types-for 'script'"), `"${csp}"`);
      return csp;
    });
    await check(`${name}: every element is defined`, async () => {
      const missing = await page.evaluate((tags) => tags.filter((t) => !customElements.get(t)), TAGS);
      assert(missing.length === 0, `not defined: ${missing.join(', ')}`);
    });
    await elementsWork(name, page, { staticBadge: true });
    await cleanPage(name, opened);
    // Last, as they report violations themselves: the policy really is enforced, and the listener hears it.
    await check(`${name}: the policy is enforced (an HTML string sink and eval are refused, and reported)`, async () => {
      await page.locator('#probe').click();
      await page.waitForFunction(() => window.__probe !== undefined, null, WAIT);
      const outcome = await page.evaluate(() => window.__probe);
      await page.waitForFunction(() => window.__violations.length >= 2, null, WAIT);
      const directives = await page.evaluate(() => window.__violations.map((v) => v.directive));
      assert(outcome.html && outcome.eval, `refused: ${JSON.stringify(outcome)}`);
      return `reported: ${directives.join(', ')}`;
    });
  } finally {
    await context.close();
  }
}

async function twoCopiesPage(browser, base) {
  const name = 'two copies';
  const opened = await open(browser, `${base}/two-copies.html`);
  const { page, context, log } = opened;
  try {
    await check(`${name}: both copies load, and each tag keeps the first copy's definition`, async () => {
      const definitions = await page.evaluate(() => window.__definitions);
      const differ = await page.evaluate(() => window.__copiesDiffer);
      assert(differ, 'the two URLs gave the same module: not two copies');
      const wrong = Object.entries(definitions).filter(([, by]) => by !== 'first');
      assert(wrong.length === 0, `not the first copy's: ${JSON.stringify(Object.fromEntries(wrong))}`);
      assert(Object.keys(definitions).length === TAGS.length, `${Object.keys(definitions).length} tags`);
    });
    await check(`${name}: the second copy warns once for each element it did not register`, async () => {
      const warned = log.warnings.filter((w) => w.includes('is already defined'));
      const perTag = TAGS.map((tag) => warned.filter((w) => w.includes(`<${tag}>`)).length);
      assert(perTag.every((n) => n === 1) && warned.length === TAGS.length, `warnings per tag ${JSON.stringify(perTag)}: ${warned.join(' | ')}`);
      return `"${warned[0]}"`;
    });
    await elementsWork(name, page, { staticBadge: false });
    await cleanPage(name, opened);
  } finally {
    await context.close();
  }
}

/** What a page holds that the checks of a polluted page look at: Object.prototype as pollute.js left it. */
async function stillPolluted(name, page) {
  await check(`${name}: Object.prototype is still polluted while the kit runs`, async () => {
    const seen = await page.evaluate(() => {
      const empty = {};
      const keys = [];
      for (const key in empty) keys.push(key); // the inherited keys, as for…in lists them
      const getter = Object.getOwnPropertyDescriptor(Object.prototype, 'status.active')?.get;
      return { keys, number: empty.polluted, text: empty['status.deactivated'], fn: typeof empty.pollutedFunction, getter: typeof getter };
    });
    assert(seen.keys.length === 6, `enumerable inherited keys: ${seen.keys.join(', ')}`);
    assert(seen.number === 1 && seen.text === 'Polluted status' && seen.fn === 'function' && seen.getter === 'function', JSON.stringify(seen));
    return `${seen.keys.length} enumerable inherited keys`;
  });
}

/** Opens a page as a check of its own: on a polluted page, not loading at all is the failure to report. */
async function openAsCheck(name, browser, url) {
  let opened;
  await check(`${name}: the kit loads and the page gets ready`, async () => {
    opened = await open(browser, url);
  });
  return opened;
}

async function pollutedPage(browser, base) {
  const name = 'polluted page';
  const opened = await openAsCheck(name, browser, `${base}/polluted.html`);
  if (!opened) return;
  const { page, context } = opened;
  try {
    await stillPolluted(name, page);
    await check(`${name}: every element is defined`, async () => {
      const missing = await page.evaluate((tags) => tags.filter((t) => !customElements.get(t)), TAGS);
      assert(missing.length === 0, `not defined: ${missing.join(', ')}`);
    });
    // The badges' "Deactivated" and "Active" and the dialog's title are message keys pollute.js gave a value (or a getter that throws).
    await elementsWork(name, page, { staticBadge: true });
    await check(`${name}: no element shows an inherited value`, async () => {
      const texts = await page.evaluate((tags) => tags.flatMap((t) => [...document.querySelectorAll(t)].map((el) => el.shadowRoot?.textContent ?? '')), TAGS);
      const shown = texts.filter((text) => /polluted/i.test(text));
      assert(shown.length === 0, `${shown.length} element(s): "${squash(shown[0]).slice(0, 120)}"`);
      return `${texts.length} elements`;
    });
    await cleanPage(name, opened);
  } finally {
    await context.close();
  }
}

async function pollutedLibraryPage(browser, base) {
  const name = 'polluted page, library build';
  const opened = await openAsCheck(name, browser, `${base}/polluted-library.html`);
  if (!opened) return;
  const { page, context } = opened;
  try {
    await stillPolluted(name, page);
    await check(`${name}: lookups by a host's string read own keys only`, async () => {
      const seen = await page.evaluate(() => window.__library);
      assert(seen.fixForToString === 'null' && seen.fixForPolluted === 'null', `fixFor: ${seen.fixForToString}, ${seen.fixForPolluted}`);
      assert(seen.fixForKnown === 'settle-balance', `fixFor('open-balance'): ${seen.fixForKnown}`);
      assert(seen.presetProto === seen.presetDefault, `resolvePolicy('__proto__') keys: ${seen.presetProto}`);
    });
    await cleanPage(name, opened);
  } finally {
    await context.close();
  }
}

let server;
let browser;
try {
  const bundle = await buildBundle();
  const library = await buildFiles('production');
  server = await serve(bundle, library);
  const base = `http://127.0.0.1:${server.address().port}`;
  browser = await chromium.launch({ executablePath: findChrome(), args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage'] });
  await strictPage(browser, base);
  await twoCopiesPage(browser, base);
  await pollutedPage(browser, base);
  await pollutedLibraryPage(browser, base);
} catch (error) {
  results.push({ name: 'setup', ok: false });
  console.log(`✗ setup — ${error instanceof Error ? error.message : String(error)}`);
} finally {
  await browser?.close();
  await new Promise((resolve) => (server ? server.close(resolve) : resolve()));
}

const passed = results.filter((r) => r.ok).length;
const failed = results.length - passed;
console.log(`${passed} passed, ${failed} failed`);
if (process.env.SUMMARY_FILE) await writeFile(process.env.SUMMARY_FILE, JSON.stringify({ passed, failed }));
process.exit(failed === 0 ? 0 : 1);
