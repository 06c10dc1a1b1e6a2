/* global window, document */
// Loaded first, as a classic script from the page's own origin (no inline code): records every
// Content-Security-Policy and Trusted Types violation the page reports, and the kit's outcome events.
window.__violations = [];
window.__events = [];
window.addEventListener('securitypolicyviolation', (event) => {
  window.__violations.push({ directive: event.effectiveDirective, blocked: event.blockedURI, sample: event.sample, source: event.sourceFile });
}, true);
for (const type of ['customer-deactivated', 'services-reactivated', 'lifecycle-error']) {
  document.addEventListener(type, (event) => window.__events.push({ type, detail: JSON.parse(JSON.stringify(event.detail ?? null)) }));
}
