import { msg } from '@lit/localize';
import type { Answers, FitQuestion } from '../core/index.js';
import type { AnswerProblem } from '../core/rules.js';
import type { QuestionText } from './question-messages.js';

/*
 * The words of the fit questions, asked when this route is closed to choose which other
 * routes to recommend. Call these at render time only. "Anyone affected", not "the person":
 * a group, or a family, complains too. Worded apart where the author answer changes them and
 * a language says one person otherwise ("Une personne concernée…" to a group): for a group,
 * "one or more of the people affected"; for someone acting for others, "anyone you act for".
 * A person complaining about what happened to them is asked about anyone affected too: their
 * children may have been harmed with them.
 */

/** Whom the fit questions ask about, by the author answer (none when the route closed before it). */
export type Affected = 'group' | 'acted-for' | 'anyone';

export function affectedBy(author: Answers['author']): Affected {
  if (author === 'group') return 'group';
  return author === 'representative-consent' || author === 'representative-no-consent' ? 'acted-for' : 'anyone';
}

export function fitQuestionText(question: FitQuestion, author: Answers['author']): QuestionText {
  const who = affectedBy(author);
  const onlyHelps = msg('Your answer only helps us show where else you could turn.', { id: 'q.fit.only-helps' });
  switch (question) {
    case 'child':
      return {
        title:
          who === 'group'
            ? msg('Are one or more of the people affected children (under 18)?', { id: 'q.child.title.group' })
            : who === 'acted-for'
              ? msg('Is anyone you act for a child (under 18)?', { id: 'q.child.title.representative' })
              : msg('Is anyone affected a child (under 18)?', { id: 'q.child.title' }),
        hint: `${msg('Some UN committees deal with children’s rights.', { id: 'q.child.hint' })} ${onlyHelps}`,
        context:
          who === 'group'
            ? msg('whether any of the people affected are children', { id: 'q.child.context.group' })
            : who === 'acted-for'
              ? msg('whether anyone you act for is a child', { id: 'q.child.context.representative' })
              : msg('whether anyone affected is a child', { id: 'q.child.context' }),
      };
    case 'disability':
      return {
        title: msg('Is a disability part of what happened?', { id: 'q.disability.title' }),
        hint: `${
          who === 'group'
            ? msg('For example, one or more of the people affected have a disability and were refused support, access or changes they needed.', {
                id: 'q.disability.hint.group',
              })
            : who === 'acted-for'
              ? msg('For example, someone you act for has a disability and was refused support, access or changes they needed.', {
                  id: 'q.disability.hint.representative',
                })
              : msg('For example, someone affected has a disability and was refused support, access or changes they needed.', { id: 'q.disability.hint' })
        } ${onlyHelps}`,
        context: msg('whether a disability is part of it', { id: 'q.disability.context' }),
      };
    case 'grounds':
      return {
        title:
          who === 'group'
            ? msg('Were one or more of the people affected treated unfairly because of any of these?', { id: 'q.grounds.title.group' })
            : who === 'acted-for'
              ? msg('Was anyone you act for treated unfairly because of any of these?', { id: 'q.grounds.title.representative' })
              : msg('Was anyone affected treated unfairly because of any of these?', { id: 'q.grounds.title' }),
        hint: `${msg('Select all that apply. Some bodies deal with unfair treatment (discrimination) for these reasons.', { id: 'q.grounds.hint' })} ${onlyHelps}`,
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
