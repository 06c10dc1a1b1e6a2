/**
 * The zod schemas of every value that crosses the adapter boundary, in both
 * directions. The TypeScript types in `types.ts` are inferred from these, so
 * the type a host implements and the check the kit applies cannot drift apart.
 *
 * `zod/mini` keeps the cost in every element's bundle small. One module per
 * concern: the records an adapter reads (`schemas.records.ts`), what the
 * operations send and answer (`schemas.operations.ts`), and the lifecycle
 * policy (`schemas.policy.ts`).
 */
export * from './schemas.records.js';
export * from './schemas.operations.js';
export * from './schemas.policy.js';
