/**
 * `customer-lifecycle-kit/bundle`: the whole kit in one file, for a page that
 * adds a single `<script type="module">` and no bundler. Built with lit,
 * @lit/context and zod included and every lazy module (the adapter boundary,
 * the Spanish catalogue) inlined, to `dist/customer-lifecycle-kit.bundle.js`.
 *
 * Importing it registers every tag (the provider first, so consumers upgraded
 * after it find it) and exports the package root, `createMemoryAdapter` (for
 * prototypes) and `createHttpAdapter` (for a backend that serves the REST contract).
 */
import './elements/lifecycle-provider/define.js';
import './elements/customer-status-badge/define.js';
import './elements/deactivate-dialog/define.js';
import './elements/inactive-filter/define.js';
import './elements/service-reactivate-form/define.js';

export * from './index.js';
export { createMemoryAdapter } from './adapters/memory/index.js';
export { createHttpAdapter, type HttpAdapter, type HttpAdapterOptions } from './adapters/http/index.js';
