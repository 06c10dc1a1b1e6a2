// A host that binds the dialog's properties to its own state sets them on
// every render, as React (`customerIds={ids}`) and Vue (`:customer-ids`) do:
// the same ids again change nothing, a selection emptied after the action ran
// leaves its result on screen, and an empty selection is a state, not an error.
import { expect, oneEvent } from '@open-wc/testing';
import type { MemoryAdapter } from '../../../src/adapters/memory/index.js';
import { until } from '../../support/until.js';
import { button, enabled, field, mount, openAndLoad, root, text, title, type } from './helpers.js';

const previews = (base: MemoryAdapter) => base.calls.filter((c) => c.method === 'preview').length;

describe('<deactivate-dialog> bound by a host on every render', () => {
  it('the same ids set again as a new array (a re-render) ask nothing and keep what the user chose', async () => {
    const { el, opener, base } = await mount({ ids: ['c-bruno', 'c-zoe'], mode: 'delete' });
    await openAndLoad(el, opener);
    await type(el, field(el, 'Type 2 to confirm'), '2');
    const asked = previews(base);
    for (let render = 0; render < 3; render += 1) {
      el.customerIds = ['c-bruno', 'c-zoe'];
      await el.updateComplete;
    }
    expect(previews(base)).to.equal(asked);
    expect(field(el, 'Type 2 to confirm').value).to.equal('2');
  });

  it('after a bulk delete the host empties its selection: the result stays, the event came, nothing is invalid', async () => {
    const { el, opener, base } = await mount({ ids: ['c-bruno', 'c-zoe'], mode: 'delete' });
    await openAndLoad(el, opener);
    await type(el, field(el, 'Type 2 to confirm'), '2');
    const deleted = oneEvent(el, 'customers-deleted');
    const errors: string[] = [];
    el.addEventListener('lifecycle-error', (e) => errors.push(e.detail.error.code));
    button(el, /Delete 2 customers/).click();
    const { detail } = await deleted;
    expect(detail.customerIds).to.deep.equal(['c-bruno', 'c-zoe']);
    const asked = previews(base);
    el.customerIds = []; // the host's list no longer holds them
    await el.updateComplete;
    await until(() => root(el).querySelector('[part~="results"]'), 'the result view went away');
    expect(text(el)).to.contain('Bruno Díaz');
    expect(text(el)).not.to.contain('not valid');
    expect(errors).to.deep.equal([]);
    expect(previews(base)).to.equal(asked);
    await expect(el).to.be.accessible();
  });

  it('opened with no customers selected: says so, asks the adapter nothing, and can only be closed', async () => {
    const { el, opener, base } = await mount({ id: '', ids: [], mode: 'delete' });
    opener.click();
    await until(() => title(el) === 'No customers selected', `the title is "${title(el)}"`);
    expect(text(el)).to.contain('Choose one or more customers first.');
    expect(previews(base)).to.equal(0);
    expect(enabled(button(el, 'Cancel'))).to.equal(true);
    await expect(el).to.be.accessible();
  });

  it('while the preview is shown, other ids are previewed again', async () => {
    const { el, opener, base } = await mount({ ids: ['c-bruno', 'c-zoe'], mode: 'delete' });
    await openAndLoad(el, opener);
    const asked = previews(base);
    el.customerIds = ['c-bruno'];
    await until(() => title(el) === 'Delete Bruno Díaz?', `the title is "${title(el)}"`);
    expect(previews(base)).to.equal(asked + 1);
  });
});
