/**
 * The msw service worker for the HTTP adapter tests: started once per test
 * page, each test serving the REST contract under a base URL of its own.
 */
import { setupWorker } from 'msw/browser';
import { createHttpAdapter, type HttpAdapterOptions } from '../../../src/adapters/http/index.js';
import { createLifecycleHandlers, type LifecycleHandlers, type LifecycleHandlersOptions } from '../../../src/testing/msw/index.js';

const worker = setupWorker();
let started: Promise<unknown> | undefined;

/** Registers and starts the worker (once); unhandled requests are errors. */
export function startWorker(): Promise<unknown> {
  started ??= worker.start({ serviceWorker: { url: '/mockServiceWorker.js' }, quiet: true, onUnhandledRequest: 'error' });
  return started;
}

/** Adds handlers in front of the ones already there (for a test's own odd server). */
export function use(...handlers: Parameters<typeof worker.use>): void {
  worker.use(...handlers);
}

/** Drops the handlers the tests added. */
export function resetWorker(): void {
  worker.resetHandlers();
}

let served = 0;

export interface Served extends LifecycleHandlers {
  baseUrl: string;
  /** An HTTP adapter on this base URL. */
  client(options?: Omit<HttpAdapterOptions, 'baseUrl'>): ReturnType<typeof createHttpAdapter>;
}

/** Serves the contract under a fresh base URL through the service worker. */
export async function serve(options: Omit<LifecycleHandlersOptions, 'baseUrl'> = {}): Promise<Served> {
  await startWorker();
  served += 1;
  const baseUrl = `/api/t${served}`;
  const lifecycle = createLifecycleHandlers({ ...options, baseUrl });
  worker.use(...lifecycle.handlers);
  return { ...lifecycle, baseUrl, client: (o = {}) => createHttpAdapter({ ...o, baseUrl }) };
}
