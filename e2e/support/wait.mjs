// Waiting without sleeping: every wait is Playwright's own auto-waiting, or a
// poll that re-checks once per rendered frame of the page (expect.poll-style).
/* global document, requestAnimationFrame */

const DEFAULT_TIMEOUT = 10_000;

/** Resolves on the page's next rendered frame. */
const nextFrame = (page) => page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => resolve())));

/**
 * Resolves once `check()` returns true, re-checking after each frame of `page`;
 * rejects with `message` (and what `describe()` says) after `timeout` ms.
 */
export async function until(page, check, message, { timeout = DEFAULT_TIMEOUT, describe } = {}) {
  const deadline = Date.now() + timeout;
  for (;;) {
    if (await check()) return;
    if (Date.now() > deadline) {
      const seen = describe ? ` (found: ${await describe()})` : '';
      throw new Error(`${message}${seen}`);
    }
    await nextFrame(page);
  }
}

/** A short description of the focused element (through shadow roots), for failure messages. */
export function describeFocus(page) {
  return page.evaluate(() => {
    let a = document.activeElement;
    while (a?.shadowRoot?.activeElement) a = a.shadowRoot.activeElement;
    if (!a || a === document.body) return 'nothing focused';
    const name = a.getAttribute('aria-label') ?? a.textContent?.trim().replace(/\s+/g, ' ').slice(0, 60) ?? '';
    return `<${a.localName}${a.getAttribute('role') ? ` role="${a.getAttribute('role')}"` : ''}> "${name}"`;
  });
}

/** Whether `locator`'s element has focus (looking through open shadow roots). */
export function isFocused(locator) {
  return locator.evaluate((el) => {
    let a = document.activeElement;
    while (a?.shadowRoot?.activeElement) a = a.shadowRoot.activeElement;
    return a === el;
  }, null, { timeout: 2_000 }).catch(() => false);
}

/** Waits until `locator`'s element has focus. */
export async function expectFocused(page, locator, what) {
  await locator.waitFor();
  await until(page, () => isFocused(locator), `Focus should be on ${what}`, { describe: () => describeFocus(page) });
}

/** Waits until `locator` matches exactly `count` elements. */
export async function expectCount(page, locator, count, what) {
  await until(page, async () => (await locator.count()) === count, `Expected ${count} ${what}`,
    { describe: async () => String(await locator.count()) });
}

/** Waits until `locator` shows. */
export async function expectVisible(locator) {
  await locator.waitFor({ state: 'visible' });
}

/** Waits until `locator` is gone or hidden. */
export async function expectGone(locator) {
  await locator.waitFor({ state: 'hidden' });
}
