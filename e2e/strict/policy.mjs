// The response headers of the strict pages: no 'unsafe-inline', no 'unsafe-eval', and Trusted Types
// enforced for every HTML sink. The allow-list names the two policies the kit creates, and nothing else:
// - `lit-html`: lit's templates (the dialog, the filter, the service form, the provider) parse their
//   static template strings through it; values are bound as text or attributes, never as markup;
// - `customer-lifecycle-kit`: the status badge parses its own constant icon markup through it
//   (one template per look, no host or adapter data in it).
// A page that loads the kit twice also loads lit twice, and each copy of lit-html creates its
// policy: such a page needs 'allow-duplicates' as well (a property of lit, not of the kit).
const STRICT = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'self'",
  "frame-ancestors 'none'",
  "require-trusted-types-for 'script'",
];

export const TRUSTED_TYPES = 'trusted-types lit-html customer-lifecycle-kit';

export const POLICIES = {
  'strict.html': [...STRICT, TRUSTED_TYPES].join('; '),
  'two-copies.html': [...STRICT, `${TRUSTED_TYPES} 'allow-duplicates'`].join('; '),
  // Object.prototype polluted before the kit loads: the same strict policy, so nothing is let through to make it work.
  'polluted.html': [...STRICT, TRUSTED_TYPES].join('; '),
  'polluted-library.html': [...STRICT, TRUSTED_TYPES].join('; '),
};
