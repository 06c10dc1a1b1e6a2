export * from './schemas.js';
export type * from './types.js';
export * from './errors.js';
export * from './boundary.js';
export { parseWith, toDataIssues } from './parse.js';
export { undoDeactivation } from './undo.js';
