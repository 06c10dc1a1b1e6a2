/**
 * `customer-lifecycle-kit/adapters/memory`: the embedded default adapter and
 * the data generator behind the demo, the tests and hosts' prototypes.
 */
export { createMemoryAdapter } from './memory-adapter.js';
export type {
  MemoryAdapter, MemoryAdapterOptions, MemoryCall, MemoryCallStatus, MemoryMethod, PolicyInput,
} from './options.js';
export type { Latency } from './timing.js';
export { generateDataset, GENERATOR_NOW, type GenerateOptions } from './generator.js';
export { mulberry32 } from './random.js';
export { normalizeText } from './store.js';
