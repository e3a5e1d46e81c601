import { expect } from '@open-wc/testing';
import { QUESTION_IDS, QUESTION_KINDS } from '../../src/core/index.js';
import { YES_NO_UNKNOWN } from '../../src/core/questions.js';
import { optionLabel, problemText, questionText } from '../../src/element/question-messages.js';
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

  it('asks about "the person" nowhere: a group, a family or someone acting for several complains too, and is asked about each of them', () => {
    const singular = QUESTION_IDS.flatMap((q) => {
      const { title, hint } = questionText(q);
      return [title, hint].filter((words) => /\bthe person\b/i.test(words)).map((words) => `${q}: ${words}`);
    });
    expect(singular).to.deep.equal([]);
  });

  it('the jurisdiction hint names the answer to choose for harm caused from the country but felt elsewhere as the options show it, in every language', async () => {
    expect(questionText('jurisdiction').hint).to.contain(`choose “${optionLabel('jurisdiction', 'unknown')}”`);
    for (const locale of TRANSLATED_LOCALES) {
      const units = await readXliff(locale);
      expect(units.get('q.jurisdiction.hint')!.target, locale).to.contain(units.get('option.unknown')!.target!);
    }
  });
});
