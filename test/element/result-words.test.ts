import { expect } from '@open-wc/testing';
import type { OpEligibility } from '../../src/index.js';
import { $, $$, answer, answerEach, confirm, currentQuestion, make, outcome } from './helpers.js';
import { readXliff } from './xliff.js';

/*
 * What a reason or a next step says must hold for every set of answers that shows it:
 * these are the answer sets at the edges, where a sentence written for the usual case
 * would say something the rules did not decide.
 */

const reasonSaid = (el: OpEligibility, code: string) => $(el, `.reason[data-code="${code}"] .reason-text`)!.textContent!.trim();
const stepSaid = (el: OpEligibility, code: string) => $(el, `.next-steps [data-code="${code}"]`)!.textContent!.trim();
const NO_FIT = { child: 'no', disability: 'no', grounds: ['none'] };
const SPAIN = { state: 'ES', jurisdiction: 'yes', author: 'self', rights: ['housing'], urgency: 'no', otherProcedure: 'none', identity: 'named', evidence: 'documents' };

async function result(asOf: string, answers: Record<string, unknown>): Promise<OpEligibility> {
  const el = await make({ asOf, answers });
  await confirm(el);
  return el;
}

describe('the result’s sentences, at the edges of the answers that show them', () => {
  it('facts that began on the day the Protocol applied did not begin “after” it, and a start date in time does not clear a passed time limit', async () => {
    // Spain: the Protocol applies from 5 May 2013, the day these facts began.
    const onTheDay = await result('2026-03-01', { ...SPAIN, factsDate: '2013-05-05', remedies: 'exhausted', finalDecisionDate: '2025-12-01' });
    expect(outcome(onTheDay)).to.equal('likely-admissible');
    const said = 'When it started is not a problem here. It started on or after May 5, 2013, the day the Optional Protocol began to apply to the country.';
    expect(reasonSaid(onTheDay, 'facts-after-entry-into-force')).to.equal(said);
    // More than a year after the final decision: a date closes the route, so “the dates are not a problem” would be false.
    const late = await result('2026-03-01', { ...SPAIN, factsDate: '2020-01-10', remedies: 'exhausted', finalDecisionDate: '2022-01-10', lateSubmission: 'no', ...NO_FIT });
    expect(outcome(late)).to.equal('not-admissible');
    expect(reasonSaid(late, 'facts-after-entry-into-force')).to.equal(said);
    expect(late.shadowRoot!.textContent).to.not.include('The dates are not a problem');
  });

  it('a year that ran out before the Protocol applied, which has applied for years since: the reason excuses the year, the next step asks why not sooner, in each language', async () => {
    const answers = { ...SPAIN, factsDate: '2010-01-10', factsContinuing: 'yes', remedies: 'exhausted', finalDecisionDate: '2011-06-01', lateSubmission: 'unknown' };
    const el = await result('2026-06-01', answers);
    expect(outcome(el)).to.equal('needs-review');
    expect(reasonSaid(el, 'time-limit-before-entry-into-force')).to.contain('So nobody could complain in time, which the Committee can accept.');
    expect(stepSaid(el, 'explain-delay-since-entry-into-force')).to.equal(
      'The Protocol has applied to the country since May 5, 2013, more than a year ago. Say in your complaint why it was not sent sooner, with proof if you can.',
    );
    const fr = await make({ asOf: '2026-06-01', answers, lang: 'fr' });
    await confirm(fr);
    expect(stepSaid(fr, 'explain-delay-since-entry-into-force')).to.contain('depuis le 5 mai 2013, il y a plus d’un an');
  });

  it('asked of the time since the Protocol applied, what the person said is of that time, not of a year that ended before it, in each language', async () => {
    // The question's lead said "Think of the time since then": "in time" alone would tell a
    // lawyer the person claims something stopped them in 2011-12, beside a reason saying nobody could complain then.
    const answers = { ...SPAIN, factsDate: '2010-01-10', factsContinuing: 'yes', remedies: 'exhausted', finalDecisionDate: '2011-06-01', ...NO_FIT };
    const yes = await result('2026-06-01', { ...answers, lateSubmission: 'yes' });
    expect(reasonSaid(yes, 'late-submission-justified')).to.equal(
      'The one year to complain after the final decision ended on June 1, 2012. The Protocol applied to the country only from May 5, 2013, and more than a year has passed since then too. You say something stopped you from complaining in that time. The Committee accepts this only if you can show it.',
    );
    const unknown = await result('2026-06-01', { ...answers, lateSubmission: 'unknown' });
    expect(reasonSaid(unknown, 'late-submission-unknown')).to.equal(
      'The one year to complain after the final decision ended on June 1, 2012. The Protocol applied to the country only from May 5, 2013, and more than a year has passed since then too. It is not clear whether something stopped you from complaining in that time. A lawyer should check this.',
    );
    // Nothing stopped them since: weighed, not barred, and said so.
    const no = await result('2026-06-01', { ...answers, lateSubmission: 'no' });
    expect(outcome(no)).to.equal('needs-review');
    expect(reasonSaid(no, 'delay-since-entry-into-force')).to.equal(
      'The one year to complain after the final decision ended on June 1, 2012, before the Protocol applied to the country on May 5, 2013. So nobody could complain in time, which the Committee can accept. But more than a year has passed since then, and you said nothing stopped you from complaining in that time: the Committee may find the complaint too late. A lawyer should check this, and you should complain at once.',
    );
    for (const [lang, words] of [['fr', '5 mai 2013'], ['es', '5 de mayo de 2013'], ['ar', '5 مايو 2013']] as const) {
      const other = await make({ asOf: '2026-06-01', answers: { ...answers, lateSubmission: 'yes' }, lang });
      await confirm(other);
      expect(reasonSaid(other, 'late-submission-justified'), lang).to.contain(words).and.not.contain('Protocol applied');
    }
    // An ordinary late year keeps its words.
    const late = await result('2026-06-01', { ...SPAIN, factsDate: '2020-01-10', remedies: 'exhausted', finalDecisionDate: '2022-01-10', lateSubmission: 'yes', ...NO_FIT });
    expect(reasonSaid(late, 'late-submission-justified')).to.equal('The one-year time limit ended on January 10, 2023. You say you could not complain in time. The Committee accepts this only if you can show it.');
  });

  it('past the year, a person who does not know whether something stopped them is asked it, and told what to do if so, in each language', async () => {
    const answers = { ...SPAIN, factsDate: '2020-01-10', remedies: 'exhausted', finalDecisionDate: '2025-05-31', ...NO_FIT };
    const unsure = await result('2026-06-01', { ...answers, lateSubmission: 'unknown' });
    expect(outcome(unsure)).to.equal('needs-review');
    expect(stepSaid(unsure, 'explain-late-submission')).to.equal(
      'Did something stop you from complaining within the year, such as a serious illness, prison, or a decision you never received? If so, write it down, with proof. Send your complaint as soon as you can.',
    );
    // Who said something did is told to write it down, not asked.
    const yes = await result('2026-06-01', { ...answers, lateSubmission: 'yes' });
    expect(stepSaid(yes, 'explain-late-submission')).to.match(/^Write down what stopped you/);
    const fr = await make({ asOf: '2026-06-01', answers: { ...answers, lateSubmission: 'unknown' }, lang: 'fr' });
    await confirm(fr);
    expect(stepSaid(fr, 'explain-late-submission')).to.match(/^Quelque chose vous a-t-il empêché/);
  });

  it('a complaint closed only by its missing name is told first to give the name, before the day to send by, in each language (art. 3(2)(g))', async () => {
    const answers = { ...SPAIN, factsDate: '2020-01-10', remedies: 'exhausted', finalDecisionDate: '2025-12-01', identity: 'anonymous', ...NO_FIT };
    const el = await result('2026-06-01', answers);
    expect(outcome(el)).to.equal('not-admissible');
    expect($$(el, '.next-steps li').map((li) => li.dataset['code']).slice(0, 2)).to.deep.equal(['ask-confidentiality', 'mind-deadline']);
    expect(stepSaid(el, 'ask-confidentiality')).to.equal(
      'Give the name of each person harmed: the Committee takes no complaint without it (Article 3(2)(g)). If a name must not be made public, say so in the complaint. This is called asking for “confidentiality”.',
    );
    const es = await make({ asOf: '2026-06-01', answers, lang: 'es' });
    await confirm(es);
    expect(stepSaid(es, 'ask-confidentiality')).to.match(/^Dé el nombre de cada persona perjudicada/);
  });

  it('a year cut short by the day the Protocol applied: the reason gives both days and leaves it to a lawyer, in each language', async () => {
    // Germany: in force 20 July 2023; a final decision of 25 July 2022.
    const answers = { ...SPAIN, state: 'DE', factsDate: '2020-01-10', factsContinuing: 'yes', remedies: 'exhausted', finalDecisionDate: '2022-07-25', lateSubmission: 'no' };
    const el = await result('2023-08-01', answers);
    expect(outcome(el)).to.equal('needs-review');
    expect(reasonSaid(el, 'time-limit-shortened-by-entry-into-force')).to.equal(
      'The one year to complain after the final decision ended on July 25, 2023. But the Protocol applied to the country only from July 20, 2023, so a complaint could be sent for only part of that year. The Committee may take this into account. A lawyer should check this, and you should complain soon.',
    );
    expect(stepSaid(el, 'send-within-year-of-entry-into-force')).to.equal(
      'Send your complaint as soon as you can, and by July 20, 2024 at the latest: one year after the Protocol began to apply to the country. After that day, the Committee may find it too late, unless you can show what stopped you.',
    );
    for (const [lang, words] of [['fr', '20 juillet 2023'], ['es', '20 de julio de 2023'], ['ar', '20 يوليو 2023']] as const) {
      const other = await make({ asOf: '2023-08-01', answers, lang });
      await confirm(other);
      expect(reasonSaid(other, 'time-limit-shortened-by-entry-into-force'), lang).to.contain(words).and.not.contain('Protocol applied');
    }
    // Over a year after it applied, with nothing that stopped the person: the delay since is weighed, and said so, never "nobody could".
    const later = await result('2024-07-21', answers);
    expect(outcome(later)).to.equal('needs-review');
    expect(reasonSaid(later, 'delay-since-entry-into-force')).to.equal(
      'The one year to complain after the final decision ended on July 25, 2023. The Protocol applied to the country only from July 20, 2023, so a complaint could be sent for only part of that year. But more than a year has passed since then, and you said nothing stopped you from complaining in that time: the Committee may find the complaint too late. A lawyer should check this, and you should complain at once.',
    );
  });

  it('a representative without consent is told to get it, then to check again, the year being among the rules still to check; the date of a final decision not known is to be found', async () => {
    const noConsent = await result('2026-06-01', { ...SPAIN, author: 'representative-no-consent', consentJustification: 'none', ...NO_FIT });
    expect(outcome(noConsent)).to.equal('not-admissible');
    expect(stepSaid(noConsent, 'check-again-once-consented')).to.equal(
      'When you have it, check again here. The complaint must also meet the other rules, such as being sent within one year of the final decision in the country.',
    );
    const noDate = await result('2026-06-01', { ...SPAIN, factsDate: '2024-01-10', remedies: 'exhausted', finalDecisionDate: 'unknown' });
    expect(stepSaid(noDate, 'find-final-decision-date')).to.equal(
      'Find out the date of the final decision in the country: the complaint must normally be sent within one year of it. Send it as soon as you can.',
    );
    const unsure = await result('2026-06-01', { ...SPAIN, factsDate: '2024-01-10', remedies: 'unknown' });
    expect(stepSaid(unsure, 'find-out-remedies')).to.equal(
      'Find out whether the courts or authorities in the country have made a final decision on your problem, and when. The complaint must normally be sent within one year of it. If a case is still going on, wait for its decision: the Committee normally needs it first. If nobody took the problem to a court, ask a lawyer or a free legal advice service now whether you still can: courts have time limits of their own.',
    );
    // Art. 3(1): remedies must be used, in time, whatever they cost; the person is told so where it matters.
    const notTried = await result('2026-06-01', { ...SPAIN, factsDate: '2024-01-10', remedies: 'not-tried', ...NO_FIT });
    expect(stepSaid(notTried, 'try-domestic-remedies')).to.contain('Do it soon: courts have time limits of their own.');
    const noWay = await result('2026-06-01', { ...SPAIN, factsDate: '2024-01-10', remedies: 'unavailable' });
    expect(reasonSaid(noWay, 'remedies-unavailable')).to.contain('what it costs, or the fear that a case would take years, is not usually enough');
    expect(stepSaid(noWay, 'explain-remedies')).to.contain('If a court could still take the case, ask a lawyer');
    const slow = await result('2026-06-01', { ...SPAIN, factsDate: '2024-01-10', remedies: 'pending', ...NO_FIT });
    expect(reasonSaid(slow, 'remedies-pending')).to.contain('If it has gone on for years with no real progress, the Committee may accept the complaint anyway');
    const fr = await make({ asOf: '2026-06-01', answers: { ...SPAIN, author: 'representative-no-consent', consentJustification: 'none', ...NO_FIT }, lang: 'fr' });
    await confirm(fr);
    expect(stepSaid(fr, 'check-again-once-consented')).to.contain('refaites la vérification ici');
  });

  it('a matter sent to another body but withdrawn, or turned away unexamined: offered after the bodies and before “I do not know”, and left to a lawyer, not barred, in each language', async () => {
    const { otherProcedure: _, identity: __, evidence: ___, ...before } = SPAIN;
    const answers = { ...before, factsDate: '2024-01-10', remedies: 'exhausted', finalDecisionDate: '2025-12-01' };
    const english = {
      option: 'A complaint was sent to one, but withdrawn, or turned away without the problem itself being looked at',
      reason:
        'You said a complaint about the problem was sent to another international body, but withdrawn, or turned away without that body looking at the problem itself. This does not always stop a complaint here. A lawyer should check what that body decided, and why.',
    };
    for (const lang of ['en', 'fr', 'es', 'ar'] as const) {
      const units = lang === 'en' ? null : await readXliff(lang);
      const option = units ? units.get('option.otherProcedure.sent-not-examined')!.target! : english.option;
      const reason = units ? units.get('reason.not-examined-elsewhere')!.target! : english.reason;
      const el = await make({ asOf: '2026-03-01', answers, lang });
      expect(currentQuestion(el), lang).to.equal('otherProcedure');
      const inputs = $$<HTMLInputElement>(el, 'input[name="answer"]');
      expect(inputs.map((i) => i.value).slice(-3), lang).to.deep.equal(['special-procedure', 'sent-not-examined', 'unknown']);
      const input = inputs.find((i) => i.value === 'sent-not-examined')!;
      expect($(el, `label[for="${input.id}"]`)!.textContent!.trim(), lang).to.equal(option);
      await answer(el, 'sent-not-examined');
      await answerEach(el, (q) => (q === 'identity' ? 'named' : 'documents'));
      await confirm(el);
      expect(outcome(el), lang).to.equal('needs-review');
      expect($$(el, '.reason').map((r) => r.dataset['code']), lang).to.include('not-examined-elsewhere').and.not.include('same-matter-elsewhere');
      expect(reasonSaid(el, 'not-examined-elsewhere'), lang).to.equal(reason);
      el.remove();
    }
  });

  it('a Protocol not yet in force: from its first day the person may be able to complain, about what happens from that day on', async () => {
    // Albania acceded on 19 February 2025: the Protocol applies there from 19 May 2025.
    // Nothing past the State was asked: any other bar may still apply, so “may”, as the intro says.
    const el = await result('2025-03-01', { state: 'AL', rights: ['water'], urgency: 'no', ...NO_FIT });
    expect(outcome(el)).to.equal('not-available');
    expect(stepSaid(el, 'complain-once-in-force')).to.equal(
      'From May 19, 2025, you may be able to complain to the Committee. It can look at what happens, or is still going on, from that day on. Keep your papers and be ready. A complaint must normally be sent within one year of the final decision in your country.',
    );
    expect(reasonSaid(el, 'not-yet-in-force')).to.equal(
      'Albania has joined the Optional Protocol, but it only starts to apply there on May 19, 2025. The Committee can then receive complaints about what happens, or is still going on, from that day on.',
    );
    // Urgent: the urgent help gives that day too, not "it cannot take this one" above "from that day, you may complain",
    // and points to the bodies that can act now, listed first below.
    const urgent = await result('2025-03-01', { state: 'AL', rights: ['water'], urgency: 'yes', ...NO_FIT });
    expect(stepSaid(urgent, 'get-urgent-help')).to.equal(
      'It is urgent. Get help now from a lawyer or a human rights organisation. A court in the country may act faster, and so may the places listed first below. The Committee can ask the country to prevent the harm (“interim measures”, Article 5) only for a complaint it can take: it can take none about this country before May 19, 2025.',
    );
  });

  it('a reason’s dates are each in their place: the other reading of a day the Protocol began, and facts that ended before it', async () => {
    // Finland: three months after 31 January 2014 is 30 April or 1 May; facts of 30 April fall between.
    const finland = await result('2026-03-01', { ...SPAIN, state: 'FI', factsDate: '2014-04-30', remedies: 'exhausted', finalDecisionDate: '2025-12-01' });
    expect(outcome(finland)).to.equal('needs-review');
    expect(reasonSaid(finland, 'entry-into-force-ambiguous')).to.equal(
      'It started very close to the day the Protocol began to apply to the country. Depending on how that day is counted, it is April 30, 2014 or May 1, 2014. A lawyer should check which.',
    );
    // Ended before the Protocol applied: the day it started, then the day the Protocol applied, not the other way round.
    const ended = await result('2026-03-01', { ...SPAIN, factsDate: '2010-01-10', factsContinuing: 'no', ...NO_FIT });
    expect(outcome(ended)).to.equal('not-admissible');
    expect(reasonSaid(ended, 'facts-before-entry-into-force')).to.equal(
      'It started on January 10, 2010 and ended before the Protocol applied to the country on May 5, 2013. The Committee cannot look at it.',
    );
  });

  it('the answers a reason rests on are named in it: the body that looked at the problem, the reason for acting without consent', async () => {
    const { otherProcedure: _, ...rest } = SPAIN;
    const echr = await result('2026-03-01', { ...rest, otherProcedure: 'echr', factsDate: '2024-01-10', remedies: 'exhausted', finalDecisionDate: '2025-12-01', ...NO_FIT });
    expect(reasonSaid(echr, 'same-matter-elsewhere')).to.match(/^You said the European Court of Human Rights has looked at the same problem/);
    const child = await result('2026-03-01', { ...SPAIN, author: 'representative-no-consent', consentJustification: 'detention', factsDate: '2024-01-10', remedies: 'exhausted', finalDecisionDate: '2025-12-01', ...NO_FIT });
    expect(reasonSaid(child, 'acting-without-consent')).to.contain('Your reason: “They are in prison or held somewhere”.');
    // For a child, the ordinary case: a parent or guardian acting is usually accepted, not "only if you can show it".
    const young = await result('2026-03-01', { ...SPAIN, author: 'representative-no-consent', consentJustification: 'child', factsDate: '2024-01-10', remedies: 'exhausted', finalDecisionDate: '2025-12-01', ...NO_FIT });
    expect(reasonSaid(young, 'acting-without-consent')).to.equal(
      'You would act for a child who cannot agree yet. This is usually accepted from a parent or guardian: say in the complaint who you are to the child and why you act for them.',
    );
  });

  it('the abuse of the right to complain (art. 3(2)(f)): the author knows the facts are false, not the complaint, in each language', async () => {
    const el = await result('2026-03-01', { ...SPAIN, factsDate: '2025-01-10', remedies: 'exhausted', finalDecisionDate: '2025-12-01' });
    expect(reasonSaid(el, 'abuse-of-right')).to.include('for example one whose author gives facts they know are false.');
    const said = { fr: 'des faits que son auteur sait faux', es: 'su autor aporte hechos que sabe que son falsos', ar: 'يقدّم فيها صاحبها وقائع يعلم أنها كاذبة' } as const;
    for (const [locale, words] of Object.entries(said) as [keyof typeof said, string][]) {
      expect((await readXliff(locale)).get('reason.abuse-of-right')!.target, locale).to.include(words);
    }
  });

  it('the translations say the same law: on or after the first day, and “may” before anything else was asked', async () => {
    const said = {
      fr: { facts: 'ou après', once: 'vous pourrez peut-être porter plainte' },
      es: { facts: 'o después', once: 'es posible que pueda presentar una denuncia' },
      ar: { facts: 'أو بعده', once: 'قد يمكنك أن تشتكي' },
    } as const;
    for (const [locale, words] of Object.entries(said) as [keyof typeof said, (typeof said)[keyof typeof said]][]) {
      const units = await readXliff(locale);
      expect(units.get('reason.facts-after-entry-into-force')!.target, locale).to.include(words.facts);
      expect(units.get('next.complain-once-in-force')!.target, locale).to.include(words.once);
    }
  });
});
