// A story that names a state must show it: "G5: an open balance blocks" must
// show a customer whose balance blocks the action, not a customer with none.
// Each dialog story whose name claims a rule's state is listed here with
// what a user would see in it; a claiming story missing from this list fails.
import { expect } from '@open-wc/testing';
import { storiesOf, type StoriesModule } from '../../stories/render.js';
import * as dialog from '../../stories/deactivate-dialog.stories.js';
import { deepText, resetCombination, showStory } from '../a11y/support.js';

const module = dialog as unknown as StoriesModule;

interface Shown {
  text: string;
  /** The confirm button can be pressed. */
  confirmable: boolean;
  root: ShadowRoot;
}

/** What each claiming story must show, by export name. */
const CLAIMS: Record<string, (shown: Shown) => void> = {
  DeactivateCompany: ({ text, confirmable }) => {
    expect(text, 'D6: its contacts stay as they are').to.contain('Linked contacts and companies stay as they are: José Álvarez.');
    expect(confirmable).to.equal(true);
  },
  BalanceWarns: ({ text, confirmable }) => {
    expect(text, 'G5 warning').to.contain('This customer still has an open balance.');
    expect(text, 'with the amount').to.match(/Open balance: \$[\d,.]+/);
    expect(confirmable, 'a warning does not block').to.equal(true);
  },
  BalanceBlocks: ({ text, confirmable }) => {
    expect(text, 'G5 reason').to.contain('This customer still has an open balance.');
    expect(text, 'G2 way out').to.contain('Settle the open balance first.');
    expect(confirmable, 'G5 blocks').to.equal(false);
  },
  ReasonRequired: ({ root, confirmable }) => {
    expect(root.querySelector('textarea')!.required, 'the reason is a required field').to.equal(true);
    expect(confirmable, 'not without a reason').to.equal(false);
  },
  DeleteWhatGoes: ({ text, confirmable }) => {
    expect(text).to.contain('Open balance:');
    expect(text).to.contain('on hold');
    expect(confirmable).to.equal(true);
  },
  DeleteBalanceBlocks: ({ text, confirmable }) => {
    expect(text).to.contain('Settle the open balance first.');
    expect(confirmable).to.equal(false);
  },
  DeleteActive: ({ text, confirmable }) => {
    expect(text).to.contain('Deactivate instead');
    expect(confirmable).to.equal(false);
  },
  DeleteNever: ({ confirmable }) => {
    expect(confirmable).to.equal(false);
  },
  Reactivate: ({ text }) => {
    expect(text, 'R2').to.contain('Locations and services stay inactive until you reactivate them.');
    expect(text, 'R4').to.match(/Release \d+ invoices? on hold/);
    expect(text, 'R5').to.contain('Cancelled subscriptions do not come back');
    expect(text, 'G3').to.contain('Also reactivate the');
  },
  Delete: ({ text, confirmable }) => {
    expect(text, 'X2: the warning').to.contain('cannot be undone');
    expect(confirmable).to.equal(true);
  },
  BulkDeactivate: ({ text }) => expect(text, 'G6: the count typed').to.match(/Type \d+ to confirm/),
  BulkDelete: ({ text }) => expect(text, 'G6: the count typed').to.match(/Type \d+ to confirm/),
  Done: ({ text }) => {
    expect(text, 'D7').to.contain('Recorded: deactivated on');
    expect(text, 'G4').to.contain('Undo');
  },
  Undone: ({ text }) => {
    expect(text, 'G4').to.match(/Deactivation of .+ undone/);
  },
  BulkDone: ({ root }) => {
    expect(root.querySelector('[part~="results"]'), 'G6: the results').to.not.equal(null);
  },
};

/** A story name that claims a rule's state: a rule id in parentheses or before a colon. */
const claims = (name: string) => /\b[DRXFSBG]\d\b/.test(name);

describe('dialog stories show the state their names claim', () => {
  afterEach(resetCombination);

  it('every story that names a rule is checked here', () => {
    const unchecked = storiesOf(module).filter(({ id, name }) => claims(name) && !CLAIMS[id]);
    expect(unchecked.map((s) => `${s.id} ("${s.name}")`)).to.deep.equal([]);
  });

  for (const [id, check] of Object.entries(CLAIMS)) {
    it(`${id}: ${storiesOf(module).find((s) => s.id === id)?.name ?? '(missing)'}`, async () => {
      const canvas = await showStory(module, id);
      const el = canvas.querySelector('deactivate-dialog')!;
      const confirm = el.shadowRoot!.querySelector('[part~="confirm"]')!;
      check({ text: deepText(canvas).replace(/\s+/g, ' '), confirmable: confirm.getAttribute('aria-disabled') !== 'true', root: el.shadowRoot! });
    });
  }
});
