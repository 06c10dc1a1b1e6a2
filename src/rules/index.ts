/**
 * The lifecycle rules of the domain (D1–D8, R1–R5, X1–X3, F1–F3, S1–S3,
 * B1–B4, G1–G8): pure functions of data and a policy. No DOM, no I/O.
 * Elements use them to guide; adapters use them to enforce.
 */
export * from './reasons.js';
export * from './policy.js';
export * from './check.js';
export * from './dates.js';
export * from './deactivate.js';
export * from './reactivate.js';
export * from './delete.js';
export * from './billing.js';
export * from './visibility.js';
export * from './status.js';
export * from './undo.js';
export * from './bulk.js';
export * from './audit.js';
export * from './preview.js';
