import { expect } from '@open-wc/testing';
import { LifecycleError } from '../../src/adapter/errors.js';
import { createLocalizer, describeError, en, loadCatalog } from '../../src/i18n/index.js';

const l = createLocalizer('en');

describe('describeError', () => {
  it('says a rule\'s reason and its way out (G2)', () => {
    const error = new LifecycleError('rule-violation', 'blocked', { reason: 'open-balance' });
    expect(describeError(l, error)).to.equal(`${en['reason.open-balance']} ${en['fix.settle-balance']}`);
  });

  it('reads an unknown reason from a host\'s adapter as a plain refusal', () => {
    const error = new LifecycleError('rule-violation', 'blocked', { reason: 'host-specific' });
    expect(describeError(l, error)).to.equal(en['error.rule-violation']);
  });

  it('says that a change whose answer never came may or may not have been made', () => {
    const error = new LifecycleError('timeout', 'slow', { operation: 'deactivate' });
    expect(describeError(l, error)).to.equal(en['error.timeout-change']);
  });

  it('says what went wrong by the error\'s code', () => {
    expect(describeError(l, new LifecycleError('conflict', 'Version 3 expected'))).to.equal(en['error.conflict']);
  });

  it('describes a failed outcome\'s error, and never shows a code it has no words for, nor the technical message', () => {
    const failed = { code: 'teapot', message: 'HTTP 418 from /api' };
    const text = describeError(l, failed);
    expect(text).to.equal(en['error.unknown']);
  });

  it('speaks the localizer\'s language', async () => {
    const es = createLocalizer('es', { catalog: await loadCatalog('es') });
    const text = describeError(es, new LifecycleError('conflict', 'Version 3 expected'));
    expect(text).to.not.equal(en['error.conflict']);
    expect(text).to.equal(es.t('error.conflict'));
  });
});
