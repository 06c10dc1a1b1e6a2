import { expect } from '@open-wc/testing';
import { CUSTOMER_STATUSES } from '../../src/adapter/schemas.js';
import { STATUS_TONES, statusDisplay } from '../../src/rules/index.js';

describe('status', () => {
  it('S1 shows a deactivated customer orange with the person silhouette icon', () => {
    expect(statusDisplay('inactive', false)).to.deep.equal({ tone: 'deactivated', colour: 'orange', icons: ['person-off'] });
  });

  it('S2 shows a suspended customer red with the suspended icon', () => {
    expect(statusDisplay('active', true)).to.deep.equal({ tone: 'suspended', colour: 'red', icons: ['suspended'] });
  });

  it('S3 shows a suspended and deactivated customer red, with the deactivated icon too', () => {
    expect(statusDisplay('inactive', true)).to.deep.equal({
      tone: 'suspended-deactivated', colour: 'red', icons: ['suspended', 'person-off'],
    });
  });

  it('S2 shows suspension over dormancy', () => {
    expect(statusDisplay('active', true, true).tone).to.equal('suspended');
  });

  it('S1 never shows colour alone: every status has at least one icon and a tone to name it', () => {
    for (const status of [...CUSTOMER_STATUSES, 'archived', undefined]) {
      for (const suspended of [false, true]) {
        for (const dormant of [false, true]) {
          const display = statusDisplay(status, suspended, dormant);
          expect(display.icons.length, `${String(status)} ${suspended} ${dormant}`).to.be.greaterThan(0);
          expect(STATUS_TONES).to.include(display.tone);
        }
      }
    }
  });

  it('S1 shows an active customer green with a check', () => {
    expect(statusDisplay('active', false)).to.deep.equal({ tone: 'active', colour: 'green', icons: ['check'] });
  });

  it('S1 shows an unknown status as neutral "unknown", never as deactivated', () => {
    expect(statusDisplay('archived', false)).to.deep.equal({ tone: 'unknown', colour: 'neutral', icons: ['unknown'] });
    expect(statusDisplay(null, true).tone).to.equal('unknown');
  });

  it('G8 shows a dormant active customer grey with the dormant icon', () => {
    expect(statusDisplay('active', false, true)).to.deep.equal({ tone: 'dormant', colour: 'grey', icons: ['dormant'] });
  });

  it('G8 never shows an inactive customer as dormant', () => {
    expect(statusDisplay('inactive', false, true).tone).to.equal('deactivated');
  });
});
