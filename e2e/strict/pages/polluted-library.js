/* global window */
// The library build (`vite build`, what a host's bundler or an import map takes) on a polluted page:
// `customer-lifecycle-kit/rules` is the one entry that imports neither lit nor zod, so it loads here
// without an import map, and its chunks use the bundler's runtime helper at load, as `index.js` does.
// It reports what some lookups keyed by a host's strings answer.
const rules = await import('/lib/rules.js');

window.__library = {
  fixForToString: String(rules.fixFor('toString')),
  fixForPolluted: String(rules.fixFor('polluted')),
  fixForKnown: rules.fixFor('open-balance'),
  presetProto: Object.keys(rules.resolvePolicy('__proto__')).sort().join(','),
  presetDefault: Object.keys(rules.DEFAULT_POLICY).sort().join(','),
};
window.__ready = true;
