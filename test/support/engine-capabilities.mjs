// The web-test-runner commands an engine lacks, and why. The tests ask for a
// command through test/support/capabilities.ts and are skipped in that engine
// alone (counted as skipped); docs/reliability.md lists these.
const NO_CDP = 'needs the Chrome DevTools Protocol; puppeteer drives Firefox over WebDriver BiDi';

export const MISSING = {
  chromium: {},
  firefox: {
    emulateMedia: `emulateMedia (prefers-color-scheme) ${NO_CDP}`,
  },
  webkit: {
    emulateMedia: 'emulateMedia has no WebDriver command: web-test-runner offers it for puppeteer and playwright only',
    setViewport: 'setViewport has no WebDriver command: web-test-runner offers it for puppeteer and playwright only',
    holdKey: 'over WebDriver, web-test-runner sends single key presses only: no key can be held down, so Shift+Tab cannot be pressed',
  },
};
