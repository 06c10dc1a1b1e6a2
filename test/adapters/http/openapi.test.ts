// openapi.json describes what the HTTP adapter calls and the msw handlers serve, with the kit's own schemas.
import { expect } from '@open-wc/testing';
import { HEADERS, ROUTES } from '../../../src/adapters/http/index.js';
import { componentSchemas } from './openapi-schemas.js';

const METHODS = [
  'getCustomer', 'getCustomers', 'preview', 'deactivate', 'reactivate', 'undo', 'deleteCustomers',
  'reactivateLocation', 'reactivateServices', 'releaseInvoices', 'listCustomers', 'countCustomers',
];
const MUTATIONS = ['deactivate', 'reactivate', 'undo', 'deleteCustomers', 'reactivateLocation', 'reactivateServices', 'releaseInvoices'];

interface Operation { operationId: string; parameters?: { $ref?: string }[]; responses: Record<string, unknown> }
interface Document {
  openapi: string;
  paths: Record<string, Record<string, Operation>>;
  components: Record<string, Record<string, unknown>> & { parameters: Record<string, { name: string }> };
}

let doc: Document;
const operations = () => Object.values(doc.paths).flatMap((item) => Object.values(item));

/** Every `$ref` anywhere in `value`. */
function refs(value: unknown, found: string[] = []): string[] {
  if (Array.isArray(value)) value.forEach((v) => refs(v, found));
  else if (typeof value === 'object' && value !== null) {
    for (const [k, v] of Object.entries(value)) {
      if (k === '$ref' && typeof v === 'string') found.push(v);
      else refs(v, found);
    }
  }
  return found;
}

describe('openapi.json', () => {
  before(async () => {
    const response = await fetch(new URL('../../../src/adapters/http/openapi.json', import.meta.url));
    doc = await response.json();
  });

  it('is OpenAPI 3.1', () => {
    expect(doc.openapi).to.match(/^3\.1\./);
  });

  it('holds exactly the JSON Schemas of the kit\'s zod schemas', () => {
    expect(doc.components.schemas).to.deep.equal(componentSchemas());
  });

  it('has a path for every route the adapter and the handlers use', () => {
    const paths = Object.values(ROUTES).map((route) => `/${route.replace(/:([A-Za-z]+)/g, '{$1}')}`);
    expect(Object.keys(doc.paths)).to.have.members(paths);
  });

  it('names each operation after its adapter method, every method once', () => {
    const ids = operations().map((o) => o.operationId);
    expect(ids.filter((id) => id !== 'getAudit')).to.have.members(METHODS);
  });

  it('asks every mutation for an Idempotency-Key', () => {
    for (const op of operations().filter((o) => MUTATIONS.includes(o.operationId))) {
      const names = (op.parameters ?? []).map((p) => doc.components.parameters[(p.$ref ?? '').split('/').pop() ?? '']?.name);
      expect(names, op.operationId).to.include(HEADERS.idempotencyKey);
    }
  });

  it('answers errors as problem details', () => {
    for (const op of operations()) {
      const errors = Object.keys(op.responses).filter((status) => Number(status) >= 400);
      expect(errors.length, op.operationId).to.be.greaterThan(0);
    }
    for (const response of Object.values(doc.components.responses ?? {})) {
      expect(response).to.have.nested.property('content.application/problem+json');
    }
  });

  it('refers only to components it has', () => {
    for (const ref of refs(doc)) {
      const [, section, name] = /^#\/components\/(\w+)\/(\w+)$/.exec(ref) ?? [];
      const table = section === undefined ? undefined : doc.components[section];
      expect(table?.[name ?? ''], ref).to.exist;
    }
  });
});
