import { createMemoryAdapter } from '../../../src/adapters/memory/index.js';
import { describeAdapterContract } from '../../../src/testing/index.js';

describeAdapterContract({
  name: 'memory adapter',
  create: ({ data, policy, now }) => createMemoryAdapter({ data, policy, now }),
});
