import { msg } from '@lit/localize';
import type { FitQuestion } from '../core/index.js';
import type { AnswerProblem } from '../core/rules.js';
import type { QuestionText } from './question-messages.js';

/*
 * The words of the fit questions, asked when this route is closed to choose which other
 * routes to recommend. Call these at render time only. "Anyone affected", not "the person":
 * a group, or a family, complains too.
 */

export function fitQuestionText(question: FitQuestion): QuestionText {
  switch (question) {
    case 'child':
      return {
        title: msg('Is anyone affected a child (under 18)?', { id: 'q.child.title' }),
        hint: msg('Some UN committees deal with children’s rights. Your answer only helps us show where else you could turn.', {
          id: 'q.child.hint',
        }),
        context: msg('whether the person is a child', { id: 'q.child.context' }),
      };
    case 'disability':
      return {
        title: msg('Is a disability part of what happened?', { id: 'q.disability.title' }),
        hint: msg(
          'For example, someone affected has a disability and was refused support, access or changes they needed. Your answer only helps us show where else you could turn.',
          { id: 'q.disability.hint' },
        ),
        context: msg('whether a disability is part of it', { id: 'q.disability.context' }),
      };
    case 'grounds':
      return {
        title: msg('Was anyone affected treated unfairly because of any of these?', { id: 'q.grounds.title' }),
        hint: msg(
          'Select all that apply. Some bodies deal with unfair treatment (discrimination) for these reasons. Your answer only helps us show where else you could turn.',
          { id: 'q.grounds.hint' },
        ),
        context: msg('whether it was because of any of these', { id: 'q.grounds.context' }),
      };
  }
}

export const preferNotLabel = (): string => msg('Prefer not to say', { id: 'option.prefer-not' });

/** The words of the grounds options ("unknown" and "prefer-not" are worded once for every question). */
export function groundLabel(option: string): string {
  switch (option) {
    case 'sex':
      return msg('Sex or gender', { id: 'option.grounds.sex' });
    case 'race':
      return msg('Race or colour', { id: 'option.grounds.race' });
    case 'ethnicity':
      return msg('Ethnicity, caste or other descent, or national origin', { id: 'option.grounds.ethnicity' });
    case 'none':
      return msg('None of these', { id: 'option.grounds.none' });
    default:
      return option;
  }
}

export function fitProblemText(question: FitQuestion, problem: AnswerProblem): string {
  if (question !== 'grounds') return msg('Select an answer, or “Prefer not to say”', { id: 'problem.fit.yes-no' });
  return problem === 'required'
    ? msg('Select what it was because of, or “None of these”', { id: 'problem.required.grounds' })
    : msg('Select the reasons, or one answer after “or”, not both', { id: 'problem.invalid.grounds' });
}
