/* global window */
// Loaded first, as a classic script, before anything of the kit: a page whose other scripts extended
// Object.prototype (on purpose, or through a prototype-pollution bug in some merge helper). The values
// are plain assignments, so enumerable, as pollution is: `for…in` lists them, and a read of a missing
// key finds them. They cover the usual shapes — a number, a string, a function, an object — and two of
// the kit's message keys. One more message key is a getter that throws, so that reading it anywhere
// fails loudly. It is not enumerable: an enumerable one breaks the test driver itself (Playwright's
// waitForFunction throws its error), so no page could have one and still work.
window.__pollution = {
  polluted: 1,
  pollutedText: 'polluted text',
  pollutedFunction: function pollutedFunction() {
    return 'polluted function';
  },
  pollutedObject: { polluted: true },
  'status.deactivated': 'Polluted status',
  'dialog.title.deactivate': 'Polluted title',
};
for (const [key, value] of Object.entries(window.__pollution)) Object.prototype[key] = value;
Object.defineProperty(Object.prototype, 'status.active', {
  enumerable: false,
  configurable: true,
  get() {
    throw new Error('read Object.prototype["status.active"]: an inherited key was taken for a message');
  },
});
