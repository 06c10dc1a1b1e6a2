// The strict pages' harness: the kit built in memory (the single-file bundle
// and the library build), served from node:http with the pages of
// e2e/strict/pages, and a check runner that prints one line per check.
/* global window -- the function passed to page.waitForFunction runs in the page */
import { createServer } from 'node:http';
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { build } from 'vite';
import { POLICIES } from './policy.mjs';

const root = fileURLToPath(new URL('../..', import.meta.url));
const pages = new URL('./pages/', import.meta.url);
const BUNDLE = 'customer-lifecycle-kit.bundle.js';
export const TAGS = ['lifecycle-provider', 'customer-status-badge', 'deactivate-dialog', 'inactive-filter', 'service-reactivate-form'];

/** The JavaScript files a build of the repo's config writes in `mode`, by file name, kept in memory. */
export async function buildFiles(mode) {
  const output = await build({
    root,
    configFile: `${root}vite.config.ts`,
    mode,
    logLevel: 'warn',
    build: { write: false },
  });
  const chunks = (Array.isArray(output) ? output : [output]).flatMap((o) => o.output).filter((c) => c.type === 'chunk');
  return new Map(chunks.map((c) => [c.fileName, c.code]));
}

/** The bundle exactly as `vite build --mode bundle` makes it. */
export async function buildBundle() {
  const code = (await buildFiles('bundle')).get(BUNDLE);
  if (code === undefined) throw new Error(`the bundle build wrote no ${BUNDLE}`);
  return code;
}

const TYPES = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8' };

/**
 * Serves the bundle under /kit/ (any query string: a second URL is a second copy), the library
 * build's files under /lib/, and the pages, each with its policy.
 */
export function serve(bundle, library) {
  const server = createServer((request, response) => {
    void (async () => {
      const { pathname } = new URL(request.url ?? '/', 'http://localhost');
      const page = pathname.replace(/^\/+/, '');
      let body;
      if (pathname === '/favicon.ico') {
        response.writeHead(204).end();
        return;
      }
      if (pathname === `/kit/${BUNDLE}`) body = bundle;
      else if (pathname.startsWith('/lib/')) body = library.get(pathname.slice('/lib/'.length));
      else if (/^[\w-]+\.(html|js)$/.test(page)) body = await readFile(new URL(page, pages), 'utf8').catch(() => undefined);
      if (body === undefined) {
        response.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
        return;
      }
      const headers = { 'content-type': TYPES[page.slice(page.lastIndexOf('.'))] ?? TYPES['.js'], 'cache-control': 'no-store' };
      const policy = POLICIES[page];
      if (policy) headers['content-security-policy'] = policy;
      response.writeHead(200, headers).end(body);
    })();
  });
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve(server));
  });
}

/** A page with everything it reports collected: console messages, uncaught errors. */
export async function open(browser, url) {
  const context = await browser.newContext({ locale: 'en-US', timezoneId: 'UTC' });
  const page = await context.newPage();
  const log = { errors: [], warnings: [], pageErrors: [] };
  page.on('console', (message) => {
    if (message.type() === 'error') log.errors.push(message.text());
    if (message.type() === 'warning') log.warnings.push(message.text());
  });
  page.on('pageerror', (error) => log.pageErrors.push(String(error)));
  page.on('response', (response) => {
    if (response.status() >= 400) log.pageErrors.push(`${response.status()} ${response.url()}`);
  });
  await page.goto(url);
  await page.waitForFunction(() => window.__ready === true, null, { timeout: 30_000 }).catch((error) => {
    throw new Error(`${url} did not get ready (${[...log.pageErrors, ...log.errors].join(' | ') || error.message})`);
  });
  return { context, page, log };
}

export const results = [];
/** Runs one check; a throw is its failure message. */
export async function check(name, fn) {
  try {
    const message = await fn();
    results.push({ name, ok: true });
    console.log(`✓ ${name}${message ? ` — ${message}` : ''}`);
  } catch (error) {
    results.push({ name, ok: false });
    console.log(`✗ ${name} — ${error instanceof Error ? error.message.split('\n')[0] : String(error)}`);
  }
}

export function assert(condition, message) {
  if (!condition) throw new Error(message);
}

export const WAIT = { timeout: 30_000 }; // catches a hang; a busy machine still passes
export const squash = (text) => (text ?? '').replace(/\s+/g, ' ').trim();
