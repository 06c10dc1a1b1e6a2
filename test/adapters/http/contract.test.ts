// The adapter contract suite on the HTTP adapter, served by the msw handlers through the real service worker.
import { createMemoryAdapter } from '../../../src/adapters/memory/index.js';
import { describeAdapterContract } from '../../../src/testing/index.js';
import { resetWorker, serve, startWorker } from './worker.js';

before(startWorker);
afterEach(resetWorker);

describeAdapterContract({
  name: 'HTTP adapter over the msw handlers',
  create: async ({ data, policy, now }) => (await serve({ adapter: createMemoryAdapter({ data, policy, now }) })).client(),
});
