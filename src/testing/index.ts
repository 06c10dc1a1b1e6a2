/**
 * `customer-lifecycle-kit/testing`: what hosts use in their own tests.
 *
 * - The adapter contract suite: `describeAdapterContract` registers it with
 *   the test runner; `contractChecks` gives the same checks as data.
 * - The contract data set (`contractDataset`, `CONTRACT_IDS`, …).
 * - The small assertion helpers the suite is written with.
 */
export {
  CONTRACT_GROUPS, contractChecks, describeAdapterContract, rulesOf,
  CONTRACT_ACTOR, ContractSkip, ManualClock, Session, startSession,
  type CheckContext, type CheckDefinition, type ContractCheck, type ContractOptions, type ContractSetup, type PolicyChoice,
} from './contract.js';
export {
  CONTRACT_IDS, CONTRACT_LOCATIONS, CONTRACT_NOW, CONTRACT_OPERATIONS, CONTRACT_RECORDS, CONTRACT_SERVICES,
  UNKNOWN_ID, contractDataset,
} from './fixtures.js';
export {
  AssertionError, assert, assertDeepEqual, assertEqual, assertExcludes, assertIncludes, assertNotEqual,
  assertSameMembers, findDifference, rejects, rejectsWithCode, show,
} from './assert.js';

// The msw handlers that serve the REST contract are on their own entry, `customer-lifecycle-kit/testing/msw`, so this one needs no msw.
