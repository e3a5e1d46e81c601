import { msg, str } from '@lit/localize';
import type { QuestionId, SituationId } from '../core/index.js';
import { isFitQuestion, PREFER_NOT, STATE_UNLISTED, type Answers, type Environment } from '../core/index.js';
import { latenessSinceEntryIntoForce, stateEntryIntoForce, submissionDeadline, type AnswerProblem } from '../core/rules.js';
import type { Formatting } from './format.js';
import { affectedBy, fitProblemText, fitQuestionText, groundLabel, preferNotLabel } from './fit-messages.js';

/*
 * The words of the questions: each one's title, hint and context, its options' words, why
 * an answer was refused, and the country as a sentence names the answer to the first
 * question. The fit questions' are in fit-messages.ts. The steps show them, so they are in
 * the embed, and their translations in the language's own file (scripts/feature-messages.js
 * does not list this file). Call these at render time only.
 */

export interface QuestionText {
  /** The question itself: the step's heading and the summary's key. */
  title: string;
  /** One or two short sentences under the heading. */
  hint: string;
  /** Lower-case words for "Change …" and "Select …" ("who is sending the complaint"). */
  context: string;
}

/**
 * A question's words as its step shows them, with the date it turns on worked out from the
 * answers: asked why a complaint is late, the person first reads the day the year of art.
 * 3(2)(a) ended (and, for a year begun before the Protocol applied, that day too); asked whether the problem went on, the day the Protocol started to apply
 * to the country (art. 3(2)(b)), which nobody can be expected to know; asked about "that
 * country", the country chosen on the first step, so the question does not rest on
 * remembering it.
 */
export function questionOnItsStep(question: QuestionId, answers: Answers, env: Environment, f: Formatting): QuestionText {
  const text = questionText(question, answers.author);
  let first: string | null = null;
  if (question === 'lateSubmission') {
    const deadline = submissionDeadline(answers);
    // Lateness is then counted from the day the Protocol applied: the question is about the time since.
    // The day is the one the answer's reasons and next steps name.
    const entry = latenessSinceEntryIntoForce(answers, env);
    if (deadline && entry) {
      first = msg(
        str`The year to complain ended on ${f.date(deadline.date)}. The Protocol applied to the country only from ${f.date(entry)}, more than a year ago. Think of the time since then.`,
        { id: 'q.lateSubmission.since-entry-into-force' },
      );
    } else if (deadline) first = msg(str`The year to complain ended on ${f.date(deadline.date)}.`, { id: 'q.lateSubmission.deadline' });
  } else if (question === 'factsContinuing') {
    const entry = stateEntryIntoForce(answers, env);
    if (entry && answers.state) {
      first = msg(str`The Protocol started to apply to ${f.countryInText(answers.state, false)} on ${f.date(entry.date)}.`, {
        id: 'q.factsContinuing.entry',
      });
    }
  } else if ((question === 'jurisdiction' || question === 'remedies') && answers.state && answers.state !== STATE_UNLISTED) {
    first = msg(str`The country you chose: ${f.country(answers.state)}.`, { id: 'q.chosen-country' });
  }
  return first ? { ...text, hint: `${first} ${text.hint}` } : text;
}

/**
 * The State's name as a sentence names it ("The United States…", "the parliament of the
 * United States"), or "the country" when there is none or the place is not in the list.
 */
export function countryName(code: string | undefined, f: Formatting, atSentenceStart: boolean): string {
  if (code && code !== STATE_UNLISTED) return f.countryInText(code, atSentenceStart);
  return atSentenceStart ? msg('The country', { id: 'result.country-fallback' }) : questionText('state').context;
}

/**
 * A question's words. `author`: the answer to "Who is sending the complaint?", when given: the
 * fit questions ask about a group, or those someone acts for, in words of their own.
 */
export function questionText(question: QuestionId, author?: Answers['author']): QuestionText {
  if (isFitQuestion(question)) return fitQuestionText(question, author);
  // A group, or someone acting for others: the examples are of someone affected, not of "you".
  const others = affectedBy(author) !== 'anyone';
  switch (question) {
    case 'state':
      return {
        title: msg('Which country is your complaint about?', { id: 'q.state.title' }),
        hint: msg(
          'The country that harmed you, by what it did or failed to do. It must have joined the Optional Protocol. This treaty lets people complain to the UN Committee on Economic, Social and Cultural Rights (the Committee). If it is not in the list, choose the last option.',
          { id: 'q.state.hint' },
        ),
        context: msg('the country', { id: 'q.state.context' }),
      };
    case 'jurisdiction':
      return {
        title: msg('Did it happen in that country, or under its control?', { id: 'q.jurisdiction.title' }),
        hint: msg(
          'For example, on its land, or done by its officials, even abroad. Lawyers call this being under the country’s “jurisdiction”. If the harm happened elsewhere but was caused from that country, choose “I do not know”: a lawyer can check.',
          { id: 'q.jurisdiction.hint' },
        ),
        context: msg('whether it happened under the country’s control', { id: 'q.jurisdiction.context' }),
      };
    case 'author':
      return {
        title: msg('Who is sending the complaint?', { id: 'q.author.title' }),
        hint: msg(
          'The people who were harmed are called the “victims”. A complaint must come from them, or from someone acting for them.',
          { id: 'q.author.hint' },
        ),
        context: msg('who is sending the complaint', { id: 'q.author.context' }),
      };
    case 'consentJustification':
      return {
        title: msg('Why can the people who were harmed not agree to the complaint?', { id: 'q.consentJustification.title' }),
        hint: msg('Normally you need their agreement (their “consent”) to act for them.', { id: 'q.consentJustification.hint' }),
        context: msg('why they cannot agree', { id: 'q.consentJustification.context' }),
      };
    case 'rights':
      return {
        title: msg('What is the problem about?', { id: 'q.rights.title' }),
        hint: msg('Select all that apply.', { id: 'q.rights.hint' }),
        context: msg('what the problem is about', { id: 'q.rights.context' }),
      };
    case 'urgency':
      return {
        title: msg('Is someone about to suffer serious harm that cannot be undone?', { id: 'q.urgency.title' }),
        hint: msg('For example, an eviction that will happen soon, or losing medical treatment.', { id: 'q.urgency.hint' }),
        context: msg('whether it is urgent', { id: 'q.urgency.context' }),
      };
    case 'factsDate':
      return {
        title: msg('When did it start?', { id: 'q.factsDate.title' }),
        hint: msg('The day the events first happened. If you are not sure of the day, give your best guess.', {
          id: 'q.factsDate.hint',
        }),
        context: msg('when it started', { id: 'q.factsDate.context' }),
      };
    case 'factsContinuing':
      return {
        title: msg('Did the problem itself go on after the Protocol started to apply to the country?', { id: 'q.factsContinuing.title' }),
        hint: others
          ? msg(
              'For example, someone affected is still without water, or the same decision is still being applied to them. Harm that only remains from something that ended before then usually does not count.',
              { id: 'q.factsContinuing.hint.others' },
            )
          : msg(
              'For example, you are still without water, or the same decision is still being applied to you. Harm that only remains from something that ended before then usually does not count.',
              { id: 'q.factsContinuing.hint' },
            ),
        context: msg('whether it went on after the Protocol applied', { id: 'q.factsContinuing.context' }),
      };
    case 'remedies':
      return {
        title: msg('Have you taken the problem to the courts or authorities in that country?', { id: 'q.remedies.title' }),
        hint: msg(
          'Before going to the UN, you must normally try every way to fix it in the country. This means up to the last court that can decide. An office or ministry saying no is usually not the end. Letting the time to appeal run out does not count. Lawyers call this “exhausting domestic remedies”.',
          { id: 'q.remedies.hint' },
        ),
        context: msg('what you did in the country', { id: 'q.remedies.context' }),
      };
    case 'finalDecisionDate':
      return {
        title: msg('When was the final decision?', { id: 'q.finalDecisionDate.title' }),
        hint: msg(
          'The date of the last decision in the country, for example from the highest court. You normally have one year from this date to complain.',
          { id: 'q.finalDecisionDate.hint' },
        ),
        context: msg('the date of the final decision', { id: 'q.finalDecisionDate.context' }),
      };
    case 'lateSubmission':
      return {
        title: msg('Was there a reason you could not complain within one year?', { id: 'q.lateSubmission.title' }),
        hint: others
          ? msg('For example, someone affected was very ill, in prison, or never received the decision.', { id: 'q.lateSubmission.hint.others' })
          : msg('For example, you were very ill, in prison, or never received the decision.', { id: 'q.lateSubmission.hint' }),
        context: msg('whether you could complain in time', { id: 'q.lateSubmission.context' }),
      };
    case 'otherProcedure':
      return {
        title: msg('Has another international body looked at the same problem, or is one looking at it now?', {
          id: 'q.otherProcedure.title',
        }),
        hint: msg(
          'For example, another UN committee or a regional human rights court, even if it has not decided yet. The same case cannot normally be looked at twice.',
          { id: 'q.otherProcedure.hint' },
        ),
        context: msg('whether another body looked or is looking at it', { id: 'q.otherProcedure.context' }),
      };
    case 'identity':
      return {
        title: msg('Can the complaint give the name of each person who was harmed?', { id: 'q.identity.title' }),
        hint: msg('The Committee does not accept complaints with no name. It can keep the name from the public, but the government of the country is normally told it.', {
          id: 'q.identity.hint',
        }),
        context: msg('whether the name can be given', { id: 'q.identity.context' }),
      };
    case 'evidence':
      return {
        title: msg('Do you have papers or other proof of what happened?', { id: 'q.evidence.title' }),
        hint: msg('Proof that supports what you say, for example letters, decisions, photos or medical reports.', {
          id: 'q.evidence.hint',
        }),
        context: msg('what proof you have', { id: 'q.evidence.context' }),
      };
  }
}

const situationLabel = (id: SituationId): string => {
  switch (id) {
    case 'eviction':
      return msg('Being forced out of your home (eviction)', { id: 'situation.eviction' });
    case 'housing':
      return msg('Housing: a safe, decent place to live', { id: 'situation.housing' });
    case 'food':
      return msg('Food: having enough to eat', { id: 'situation.food' });
    case 'water':
      return msg('Clean water and toilets', { id: 'situation.water' });
    case 'land':
      return msg('Land you live on or live from', { id: 'situation.land' });
    case 'health-care':
      return msg('Health care', { id: 'situation.health-care' });
    case 'reproductive-health':
      return msg('Sexual and reproductive health, such as care in pregnancy', { id: 'situation.reproductive-health' });
    case 'education':
      return msg('School and education', { id: 'situation.education' });
    case 'work':
      return msg('Getting or keeping a job', { id: 'situation.work' });
    case 'working-conditions':
      return msg('Fair pay and safe working conditions', { id: 'situation.working-conditions' });
    case 'trade-union':
      return msg('Joining or forming a trade union', { id: 'situation.trade-union' });
    case 'social-security':
      return msg('Benefits and social security, such as a pension, sick pay or maternity pay', { id: 'situation.social-security' });
    case 'family':
      return msg('Protection of families, mothers and children', { id: 'situation.family' });
    case 'discrimination':
      return msg('Being treated worse because of who you are (discrimination)', { id: 'situation.discrimination' });
    case 'gender-equality':
      return msg('Equal rights for women and men', { id: 'situation.gender-equality' });
    case 'cultural-life':
      return msg('Taking part in cultural life', { id: 'situation.cultural-life' });
    case 'science':
      return msg('Benefiting from science', { id: 'situation.science' });
    case 'authors-rights':
      return msg('Your rights over something you created, such as a book or song', { id: 'situation.authors-rights' });
    case 'self-determination':
      return msg('A people’s right to decide its own future (self-determination)', { id: 'situation.self-determination' });
    case 'civil-political':
      return msg('Torture, arrest, a fair trial, free speech or voting', { id: 'situation.civil-political' });
    case 'disappearance':
      return msg('Someone taken by the authorities, or with their support, whose fate is hidden (enforced disappearance)', {
        id: 'situation.disappearance',
      });
    case 'other':
      return msg('Something not in this list', { id: 'situation.other' });
  }
};

/** The words of one answer option. */
export function optionLabel(question: QuestionId, option: string): string {
  if (option === 'unknown') return msg('I do not know', { id: 'option.unknown' });
  if (option === PREFER_NOT) return preferNotLabel();
  switch (question) {
    case 'state':
      // The State picker's last option; a State's own name comes from countryName().
      return msg('Not in this list', { id: 'option.state.unlisted' });
    case 'grounds':
      return groundLabel(option);
    case 'rights':
      return situationLabel(option as SituationId);
    case 'author':
      switch (option) {
        case 'self':
          return msg('I am, about what happened to me', { id: 'option.author.self' });
        case 'group':
          return msg('A group of people it happened to, together', { id: 'option.author.group' });
        case 'representative-consent':
          return msg('Someone acting for the people it happened to, with their agreement', {
            id: 'option.author.representative-consent',
          });
        case 'representative-no-consent':
          return msg('Someone acting for the people it happened to, without their agreement (for example, a parent for a young child)', {
            id: 'option.author.representative-no-consent',
          });
        case 'organisation':
          return msg('An organisation, about a general problem, with no named person who was harmed', {
            id: 'option.author.organisation',
          });
      }
      break;
    case 'consentJustification':
      switch (option) {
        case 'child':
          return msg('They are a child', { id: 'option.consentJustification.child' });
        case 'detention':
          return msg('They are in prison or held somewhere', { id: 'option.consentJustification.detention' });
        case 'disappearance':
          return msg('They have disappeared', { id: 'option.consentJustification.disappearance' });
        case 'incapacity':
          return msg('They are not able to make this decision, for example because of a serious illness', {
            id: 'option.consentJustification.incapacity',
          });
        case 'fear':
          return msg('They are too afraid to take part', { id: 'option.consentJustification.fear' });
        case 'other':
          return msg('Another reason', { id: 'option.consentJustification.other' });
        case 'none':
          return msg('There is no such reason: they could agree, but have not', { id: 'option.consentJustification.none' });
      }
      break;
    case 'remedies':
      switch (option) {
        case 'exhausted':
          return msg('Yes, and there is no appeal left: the last court that could decide has decided', { id: 'option.remedies.exhausted' });
        case 'pending':
          return msg('Yes, and the case is still going on', { id: 'option.remedies.pending' });
        case 'prolonged':
          return msg('Yes, but it is taking far too long', { id: 'option.remedies.prolonged' });
        case 'not-tried':
          return msg('No, not yet', { id: 'option.remedies.not-tried' });
        case 'unavailable':
          return msg('No, because there is no real way to do it', { id: 'option.remedies.unavailable' });
      }
      break;
    case 'otherProcedure':
      switch (option) {
        case 'none':
          return msg('No', { id: 'option.otherProcedure.none' });
        case 'cescr':
          return msg('Yes, this UN Committee', { id: 'option.otherProcedure.cescr' });
        case 'echr':
          return msg('Yes, the European Court of Human Rights', { id: 'option.otherProcedure.echr' });
        case 'un-treaty-body':
          return msg('Yes, another UN committee, such as the Human Rights Committee', { id: 'option.otherProcedure.un-treaty-body' });
        case 'regional-commission':
          return msg('Yes, a regional commission or court, for example in Africa or the Americas', {
            id: 'option.otherProcedure.regional-commission',
          });
        case 'other-international':
          return msg('Yes, another international body', { id: 'option.otherProcedure.other-international' });
        case 'special-procedure':
          return msg('Yes, a UN Special Rapporteur (an independent UN expert)', { id: 'option.otherProcedure.special-procedure' });
        case 'sent-not-examined':
          return msg('A complaint was sent to one, but withdrawn, or turned away without the problem itself being looked at', {
            id: 'option.otherProcedure.sent-not-examined',
          });
      }
      break;
    case 'identity':
      switch (option) {
        case 'named':
          return msg('Yes', { id: 'option.identity.named' });
        case 'confidential':
          return msg('Yes, but it must not be made public', { id: 'option.identity.confidential' });
        case 'anonymous':
          return msg('No, nobody can know who it is', { id: 'option.identity.anonymous' });
      }
      break;
    case 'evidence':
      switch (option) {
        case 'documents':
          return msg('Yes, such as letters, decisions, photos or medical reports', { id: 'option.evidence.documents' });
        case 'media-only':
          return msg('Only news reports', { id: 'option.evidence.media-only' });
        case 'none':
          return msg('No', { id: 'option.evidence.none' });
      }
      break;
    default:
      switch (option) {
        case 'yes':
          return msg('Yes', { id: 'option.yes' });
        case 'no':
          return msg('No', { id: 'option.no' });
      }
  }
  return option;
}

/**
 * Why an answer was refused, worded for the question. `screenedOn`: the screening's date
 * written out, when it is not today (a host's `as-of`, a training scenario's day): "today"
 * would then name another day than the one checked.
 */
export function problemText(question: QuestionId, problem: AnswerProblem, screenedOn: string | null = null): string {
  if (isFitQuestion(question)) return fitProblemText(question, problem);
  switch (problem) {
    case 'required':
      switch (question) {
        case 'state':
          return msg('Select the country your complaint is about', { id: 'problem.required.state' });
        case 'rights':
          return msg('Select at least one thing the problem is about', { id: 'problem.required.rights' });
        case 'factsDate':
          return msg('Enter the date it started, or select “I do not know”', { id: 'problem.required.factsDate' });
        case 'finalDecisionDate':
          return msg('Enter the date of the final decision, or select “I do not know”', {
            id: 'problem.required.finalDecisionDate',
          });
        case 'author':
          return msg('Select who is sending the complaint', { id: 'problem.required.author' });
        case 'consentJustification':
          return msg('Select why they cannot agree', { id: 'problem.required.consentJustification' });
        case 'remedies':
          return msg('Select what you did in the country', { id: 'problem.required.remedies' });
        case 'otherProcedure':
          return msg('Select whether another body looked or is looking at it', { id: 'problem.required.otherProcedure' });
        case 'identity':
          return msg('Select whether the name can be given', { id: 'problem.required.identity' });
        case 'evidence':
          return msg('Select what proof you have', { id: 'problem.required.evidence' });
        default:
          return msg('Select yes, no or “I do not know”', { id: 'problem.required.yes-no' });
      }
    case 'invalid':
      if (question === 'factsDate' || question === 'finalDecisionDate') {
        return msg('Enter a real date from 1900 on, with a day, month and year', { id: 'problem.invalid.date' });
      }
      return msg('Select one of the answers', { id: 'problem.invalid' });
    case 'unknown-state':
      return msg('Select a country from the list', { id: 'problem.unknown-state' });
    case 'date-in-future':
      if (screenedOn !== null) {
        return question === 'finalDecisionDate'
          ? msg(str`The date of the final decision must be on or before ${screenedOn}, the date of this screening`, {
              id: 'problem.date-after-screening.finalDecisionDate',
            })
          : msg(str`The date it started must be on or before ${screenedOn}, the date of this screening`, {
              id: 'problem.date-after-screening.factsDate',
            });
      }
      return question === 'finalDecisionDate'
        ? msg('The date of the final decision must be today or in the past', { id: 'problem.date-in-future.finalDecisionDate' })
        : msg('The date it started must be today or in the past', { id: 'problem.date-in-future.factsDate' });
  }
}
