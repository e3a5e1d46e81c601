import { expect } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import { $, $$, confirm, make, unlessWebKit } from './helpers.js';

/*
 * A date answered or computed is a calendar day, written from noon UTC (src/element/format.ts).
 * Where the day runs 13 hours ahead of UTC (Samoa, Tonga; Kiribati's Line Islands 14),
 * noon UTC is already the next day there: read in the page's own time zone, each date
 * shown, the last day to submit among them, would be a day late. The machine's zone is
 * UTC, where the two never differ. The zone is set before the page makes any date
 * formatter (each is made once, at its first use), so this file holds this one test.
 */
describe('dates read 13 hours ahead of UTC (Samoa)', () => {
  const inZone = unlessWebKit('its driver cannot set the page’s time zone');
  afterEach(() => executeServerCommand('timezone', null));

  inZone('the answers, the last day to submit and the summary’s dates are the days given, not the next', async () => {
    await executeServerCommand('timezone', 'Pacific/Apia');
    const answers = { state: 'ES', jurisdiction: 'yes', author: 'self', rights: ['water'], urgency: 'no', factsDate: '2025-01-01', remedies: 'exhausted', finalDecisionDate: '2025-09-01', otherProcedure: 'none', identity: 'named', evidence: 'documents' };
    const el = await make({ asOf: '2026-03-01', answers });
    const answered = (question: string) => $(el, `.summary-row[data-question="${question}"] .summary-value`)!.textContent!.trim();
    expect([answered('factsDate'), answered('finalDecisionDate')]).to.deep.equal(['January 1, 2025', 'September 1, 2025']);
    await confirm(el);
    const row = (label: string) => $$(el, '.handoff-row').find((r) => r.querySelector('dt')!.textContent!.trim().startsWith(label))!.querySelector('dd')!.textContent!.trim();
    expect(row('Last day to submit')).to.equal('September 1, 2026');
    expect(row('Date of this screening')).to.equal('March 1, 2026');
  });
});
