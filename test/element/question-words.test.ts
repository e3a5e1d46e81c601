import { expect, waitUntil } from '@open-wc/testing';
import { QUESTION_IDS, QUESTION_KINDS } from '../../src/core/index.js';
import { AUTHORS, YES_NO_UNKNOWN } from '../../src/core/questions.js';
import { optionLabel, problemText, questionText } from '../../src/element/question-messages.js';
import { $, currentQuestion, headingText, LANGUAGES, make } from './helpers.js';
import { readXliff, TRANSLATED_LOCALES } from './xliff.js';

/*
 * question-messages.ts words options and problems with a `default` for the yes/no
 * questions, so the compiler does not name a question added without its own: these name it
 * instead.
 */
describe('the words of every question', () => {
  it('every option of every question has words of its own, not its code', () => {
    const unworded = QUESTION_IDS.flatMap((q) => {
      const kind = QUESTION_KINDS[q];
      if (kind.kind !== 'choice' && kind.kind !== 'multiple') return [];
      return kind.options.filter((option) => optionLabel(q, option) === option).map((option) => `${q}: ${option}`);
    });
    expect(unworded).to.deep.equal([]);
  });

  it('an unanswered question asks for "yes, no or I do not know" only where those are its answers', () => {
    const yesNo = problemText('jurisdiction', 'required');
    const isYesNo = (q: (typeof QUESTION_IDS)[number]) => {
      const kind = QUESTION_KINDS[q];
      return kind.kind === 'choice' && kind.options.length === YES_NO_UNKNOWN.length && YES_NO_UNKNOWN.every((o) => kind.options.includes(o));
    };
    expect(QUESTION_IDS.filter((q) => !isYesNo(q) && problemText(q, 'required') === yesNo)).to.deep.equal([]);
  });

  it('asks about "the person" nowhere, whoever sends the complaint: a group, a family or someone acting for several complains too, and is asked about each of them', () => {
    // The context is read too: "Change whether the person is a child" went on saying one person to a group.
    const singular = [undefined, ...AUTHORS].flatMap((author) =>
      QUESTION_IDS.flatMap((q) => {
        const { title, hint, context } = questionText(q, author);
        return [title, hint, context].filter((words) => /\bthe person\b/i.test(words)).map((words) => `${author ?? 'no author'}, ${q}: ${words}`);
      }),
    );
    expect(singular).to.deep.equal([]);
  });

  it('asks a group about one or more of the people affected, and someone acting for others about anyone they act for', () => {
    expect(questionText('child', 'group').title).to.equal('Are one or more of the people affected children (under 18)?');
    expect(questionText('child', 'group').context).to.equal('whether any of the people affected are children');
    expect(questionText('grounds', 'group').title).to.equal('Were one or more of the people affected treated unfairly because of any of these?');
    expect(questionText('disability', 'group').hint).to.match(/^For example, one or more of the people affected have a disability and were refused/);
    for (const author of ['representative-consent', 'representative-no-consent'] as const) {
      expect(questionText('child', author).title).to.equal('Is anyone you act for a child (under 18)?');
      expect(questionText('grounds', author).title).to.equal('Was anyone you act for treated unfairly because of any of these?');
      expect(questionText('disability', author).hint).to.match(/^For example, someone you act for has a disability/);
    }
    // Someone complaining of what happened to them is asked about anyone affected: their children may have been harmed too.
    for (const author of [undefined, 'self', 'organisation'] as const) expect(questionText('child', author).title).to.equal('Is anyone affected a child (under 18)?');
  });

  it('the jurisdiction hint names the answer to choose for harm caused from the country but felt elsewhere as the options show it, in every language', async () => {
    expect(questionText('jurisdiction').hint).to.contain(`choose “${optionLabel('jurisdiction', 'unknown')}”`);
    for (const locale of TRANSLATED_LOCALES) {
      const units = await readXliff(locale);
      expect(units.get('q.jurisdiction.hint')!.target, locale).to.contain(units.get('option.unknown')!.target!);
    }
  });
});

describe('the hints, worded for who sends the complaint', () => {
  /** "Someone affected", as each language's fit questions say it. */
  const AFFECTED: Record<string, string> = { en: 'someone affected', fr: 'une personne concernée', es: 'una persona afectada', ar: 'أحد المتضررين' };
  /** "Your (situation)", said to someone who is not the one harmed. */
  const YOURS = /\byour\b|\bvotre\b|\bsu situación\b|حالتك/i;
  const hintOf = (el: Parameters<typeof $>[0]) => $(el, '[part="hint"]')!.textContent!.trim();

  it('asks a group, or someone acting for others, about someone affected, not about “you” or “your situation”, in every language', async () => {
    for (const lang of LANGUAGES) {
      for (const author of ['group', 'representative-consent', 'representative-no-consent'] as const) {
        const base = { state: 'ES', jurisdiction: 'yes', author, ...(author === 'representative-no-consent' ? { consentJustification: 'child' } : {}) };
        const at = async (answers: Record<string, unknown>, question: string): Promise<string> => {
          const el = await make({ lang, answers: { ...base, ...answers } });
          expect(currentQuestion(el), `${lang} ${author}`).to.equal(question);
          const hint = hintOf(el);
          el.remove();
          return hint;
        };
        expect(await at({}, 'rights'), `${lang} ${author}`).to.not.match(YOURS);
        const still = { rights: ['water'], urgency: 'no' };
        // Facts that began before the Protocol applied to Spain (2013); a final decision more than a year old.
        expect(await at({ ...still, factsDate: '2010-01-01' }, 'factsContinuing'), `${lang} ${author}`).to.contain(AFFECTED[lang]);
        expect(await at({ ...still, factsDate: '2024-01-10', remedies: 'exhausted', finalDecisionDate: '2024-06-01' }, 'lateSubmission'), `${lang} ${author}`).to.contain(AFFECTED[lang]);
      }
    }
    // Someone complaining of what happened to them is still asked about themselves.
    const self = await make({ answers: { state: 'ES', jurisdiction: 'yes', author: 'self', rights: ['water'], urgency: 'no', factsDate: '2024-01-10', remedies: 'exhausted', finalDecisionDate: '2024-06-01' } });
    expect(hintOf(self)).to.match(/For example, you were very ill, in prison, or never received the decision\.$/);
  });
});

describe('the fit questions, worded for who sends the complaint', () => {
  /** A group in Spain whose complaint names nobody: the route closes, and the fit questions are asked. */
  const GROUP = { state: 'ES', jurisdiction: 'yes', author: 'group', rights: ['eviction'], urgency: 'no', factsDate: '2024-01-10', remedies: 'exhausted', finalDecisionDate: '2026-02-01', otherProcedure: 'none', identity: 'anonymous' };

  it('asks a group, in French, whether one or more of the people affected are children, not whether "a person" is one', async () => {
    const el = await make({ lang: 'fr', answers: GROUP });
    await waitUntil(() => headingText(el).includes('enfant'), 'the child question');
    expect(headingText(el)).to.equal('Une ou plusieurs des personnes concernées sont-elles des enfants (moins de 18 ans)\u00a0?');
  });

  for (const [lang, change] of [
    ['en', 'Change whether any of the people affected are children'],
    ['fr', 'Modifier si une ou plusieurs des personnes concernées sont des enfants'],
  ] as const) {
    it(`names a group’s children so on the summary’s Change button too (${lang})`, async () => {
      const el = await make({ lang, answers: { ...GROUP, child: 'yes', disability: 'no', grounds: ['none'] } });
      await waitUntil(() => $(el, '.summary-row[data-question="child"] button'), 'the summary');
      expect($(el, '.summary-row[data-question="child"] button')!.textContent!.replace(/\s+/g, ' ').trim()).to.equal(change);
    });
  }
});
