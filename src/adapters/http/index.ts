/**
 * `customer-lifecycle-kit/adapters/http`: the `LifecycleAdapter` contract over
 * `fetch`, against the REST contract described by `openapi.json` next to it.
 */
export { createHttpAdapter, type HttpAdapter, type HttpAdapterOptions } from './http-adapter.js';
export { codeOfStatus, ProblemSchema, STATUS_OF_CODE, type Problem } from './problem.js';
export { etagOf, HEADERS, PROBLEM_TYPE, ROUTES, versionOfEtag } from './routes.js';
