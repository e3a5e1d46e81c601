import { msg, str } from '@lit/localize';
import type { AnswerProblem, NextStep, Outcome, QuestionId, Reason, Severity, SituationId } from '../core/index.js';
import { COMPLAINT_LANGUAGES, isFitQuestion, PREFER_NOT } from '../core/index.js';
import type { Formatting } from './format.js';
import { fitProblemText, fitQuestionText, groundLabel, preferNotLabel } from './route-messages.js';

/*
 * Every sentence the element shows, each in its own msg() call with a stable id, so that
 * translations can be added with lit-localize without touching the templates. Call these
 * at render time only. Written for a person under stress: short sentences, everyday
 * words, legal terms explained where they first appear.
 */

export interface QuestionText {
  /** The question itself: the step's heading and the summary's key. */
  title: string;
  /** One or two short sentences under the heading. */
  hint: string;
  /** Lower-case words for "Change …" and "Select …" ("who is sending the complaint"). */
  context: string;
}

export function questionText(question: QuestionId): QuestionText {
  if (isFitQuestion(question)) return fitQuestionText(question);
  switch (question) {
    case 'state':
      return {
        title: msg('Which country is your complaint about?', { id: 'q.state.title' }),
        hint: msg(
          'The country that harmed you, by what it did or failed to do. It must have joined the Optional Protocol: the treaty that lets people complain to the UN Committee on Economic, Social and Cultural Rights (the Committee). Type the first letters to find it.',
          { id: 'q.state.hint' },
        ),
        context: msg('the country', { id: 'q.state.context' }),
      };
    case 'jurisdiction':
      return {
        title: msg('Did it happen in that country, or under its control?', { id: 'q.jurisdiction.title' }),
        hint: msg(
          'For example, on its land, or done by its officials, even abroad. Lawyers call this being under the country’s “jurisdiction”.',
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
        hint: msg(
          'For example, you are still without water, or the same decision is still being applied to you. Harm that only remains from something that ended before then usually does not count.',
          { id: 'q.factsContinuing.hint' },
        ),
        context: msg('whether it is still going on', { id: 'q.factsContinuing.context' }),
      };
    case 'remedies':
      return {
        title: msg('Have you taken the problem to the courts or authorities in that country?', { id: 'q.remedies.title' }),
        hint: msg(
          'Before going to the UN, you must normally try every way to fix it in the country, up to the last court that can decide. Lawyers call this “exhausting domestic remedies”.',
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
        hint: msg('For example, you were very ill, in prison, or never received the decision.', { id: 'q.lateSubmission.hint' }),
        context: msg('whether you could complain in time', { id: 'q.lateSubmission.context' }),
      };
    case 'otherProcedure':
      return {
        title: msg('Has another international body already looked at the same problem?', { id: 'q.otherProcedure.title' }),
        hint: msg('For example, another UN committee or a regional human rights court. The same problem cannot be looked at twice.', {
          id: 'q.otherProcedure.hint',
        }),
        context: msg('whether another body looked at it', { id: 'q.otherProcedure.context' }),
      };
    case 'identity':
      return {
        title: msg('Can the complaint give the name of the person who was harmed?', { id: 'q.identity.title' }),
        hint: msg('The Committee does not accept complaints with no name. It can keep the name from the public.', {
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
      return msg('Benefits and social security, such as a pension or sick pay', { id: 'situation.social-security' });
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
      return msg('Something else, such as torture, arrest, a fair trial, free speech or voting', {
        id: 'situation.civil-political',
      });
  }
};

/** The words of one answer option. */
export function optionLabel(question: QuestionId, option: string): string {
  if (option === 'unknown') return msg('I do not know', { id: 'option.unknown' });
  if (option === PREFER_NOT) return preferNotLabel();
  switch (question) {
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
          return msg('Someone acting for the people it happened to, without their agreement', {
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
          return msg('Yes, and the last court or authority has made its final decision', { id: 'option.remedies.exhausted' });
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
          return msg('Yes, this UN Committee already has', { id: 'option.otherProcedure.cescr' });
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

/** Why an answer was refused, worded for the question. */
export function problemText(question: QuestionId, problem: AnswerProblem): string {
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
          return msg('Select whether another body looked at it', { id: 'problem.required.otherProcedure' });
        case 'identity':
          return msg('Select whether the name can be given', { id: 'problem.required.identity' });
        case 'evidence':
          return msg('Select what proof you have', { id: 'problem.required.evidence' });
        default:
          return msg('Select yes, no or “I do not know”', { id: 'problem.required.yes-no' });
      }
    case 'invalid':
      if (question === 'factsDate' || question === 'finalDecisionDate') {
        return msg('Enter a real date, with a day, month and year', { id: 'problem.invalid.date' });
      }
      return msg('Select one of the answers', { id: 'problem.invalid' });
    case 'unknown-state':
      return msg('Select a country from the list', { id: 'problem.unknown-state' });
    case 'date-in-future':
      return question === 'finalDecisionDate'
        ? msg('The date of the final decision must be today or in the past', { id: 'problem.date-in-future.finalDecisionDate' })
        : msg('The date it started must be today or in the past', { id: 'problem.date-in-future.factsDate' });
    case 'decision-before-facts':
      return msg('The date of the final decision must be on or after the date it started', { id: 'problem.decision-before-facts' });
  }
}

export interface OutcomeText {
  title: string;
  intro: string;
}

export function outcomeText(outcome: Outcome): OutcomeText {
  switch (outcome) {
    case 'likely-admissible':
      return {
        title: msg('You may be able to complain to the Committee', { id: 'outcome.likely-admissible.title' }),
        intro: msg(
          'From your answers, your complaint seems to meet the basic rules. The Committee on Economic, Social and Cultural Rights makes the final decision.',
          { id: 'outcome.likely-admissible.intro' },
        ),
      };
    case 'needs-review':
      return {
        title: msg('You may be able to complain, but some points need checking', { id: 'outcome.needs-review.title' }),
        intro: msg(
          'Some of your answers need a closer look by someone who knows the law. The points to check are listed below.',
          { id: 'outcome.needs-review.intro' },
        ),
      };
    case 'not-admissible':
      return {
        title: msg('The Committee would probably not accept this complaint', { id: 'outcome.not-admissible.title' }),
        intro: msg('From your answers, at least one rule is not met. The reasons are below. You may still get help elsewhere.', {
          id: 'outcome.not-admissible.intro',
        }),
      };
    case 'not-available':
      return {
        title: msg('You cannot use this complaint route', { id: 'outcome.not-available.title' }),
        intro: msg(
          'The Committee cannot receive a complaint in this situation. The reasons are below, with other places that may help.',
          { id: 'outcome.not-available.intro' },
        ),
      };
  }
}

/** A short tag saying how a reason weighs. */
export function severityLabel(severity: Severity): string {
  switch (severity) {
    case 'unavailable':
      return msg('Route closed', { id: 'severity.unavailable' });
    case 'bar':
      return msg('Stops the complaint', { id: 'severity.bar' });
    case 'review':
      return msg('Needs checking', { id: 'severity.review' });
    case 'info':
      return msg('Good to know', { id: 'severity.info' });
  }
}

/** "Article 3(2)(a)": the Protocol article beside the plain words. */
export const articleLabel = (article: string): string => msg(str`Article ${article}`, { id: 'article' });

function bodyName(body: string): string {
  switch (body) {
    case 'cescr':
      return msg('this Committee', { id: 'body.cescr' });
    case 'echr':
      return msg('the European Court of Human Rights', { id: 'body.echr' });
    case 'un-treaty-body':
      return msg('another UN committee', { id: 'body.un-treaty-body' });
    case 'regional-commission':
      return msg('a regional human rights commission or court', { id: 'body.regional-commission' });
    default:
      return msg('another international body', { id: 'body.other-international' });
  }
}

/** What a reason means, in plain words, with its facts filled in. */
export function reasonText(reason: Reason, country: string, f: Formatting): string {
  const d = reason.data ?? {};
  const date = (key: string): string | null => (typeof d[key] === 'string' ? f.date(d[key] as string) : null);
  switch (reason.code) {
    case 'state-not-party': {
      const signed = date('signedOn');
      return signed
        ? msg(
            str`${country} signed the Optional Protocol on ${signed}, but has not joined it fully (ratified it). Until it does, nobody can complain about it to the Committee.`,
            { id: 'reason.state-not-party.signed' },
          )
        : msg(str`${country} has not joined the Optional Protocol. So nobody can complain about it to the Committee.`, {
            id: 'reason.state-not-party',
          });
    }
    case 'not-yet-in-force':
      return msg(
        str`${country} has joined the Optional Protocol, but it only starts to apply there on ${date('entryIntoForce') ?? ''}. Complaints are possible from that day.`,
        { id: 'reason.not-yet-in-force' },
      );
    case 'state-party':
      return msg(str`${country} has joined the Optional Protocol. It has applied there since ${date('entryIntoForce') ?? ''}.`, {
        id: 'reason.state-party',
      });
    case 'outside-jurisdiction':
      return msg(
        'The complaint must be about something the country did, or failed to do, on its land or under its control. You said it was not.',
        { id: 'reason.outside-jurisdiction' },
      );
    case 'jurisdiction-unknown':
      return msg('You were not sure it happened under the country’s control (its “jurisdiction”). Someone needs to check this.', {
        id: 'reason.jurisdiction-unknown',
      });
    case 'no-identified-victim':
      return msg(
        'A complaint must be about named people who were harmed (the “victims”). An organisation cannot complain about a general problem on its own.',
        { id: 'reason.no-identified-victim' },
      );
    case 'inquiry-procedure':
      return d['optedIn'] === true
        ? msg(
            str`${country} accepts inquiries: the Committee can look into serious or widespread abuses when it gets reliable information, even with no named victim.`,
            { id: 'reason.inquiry-procedure.opted-in' },
          )
        : msg(
            str`The Committee can also look into serious or widespread abuses (an “inquiry”), but only in countries that accept this. ${country} has not.`,
            { id: 'reason.inquiry-procedure' },
          );
    case 'consent-required':
      return msg('When you act for other people, you need their agreement, normally in writing.', { id: 'reason.consent-required' });
    case 'consent-missing':
      return msg('You would act for people without their agreement, and without a reason that explains why. This is not allowed.', {
        id: 'reason.consent-missing',
      });
    case 'acting-without-consent': {
      const why = typeof d['justification'] === 'string' ? optionLabel('consentJustification', d['justification']) : '';
      return msg(
        str`You would act for the people who were harmed without their agreement. Your reason: “${why}”. The Committee accepts this only if you can show it is justified.`,
        { id: 'reason.acting-without-consent' },
      );
    }
    case 'outside-covenant':
      return msg(
        'The Committee only deals with economic, social and cultural rights, such as housing, food, health, work and education. What you described is not one of them.',
        { id: 'reason.outside-covenant' },
      );
    case 'civil-political-part':
      return msg(
        'Part of what you described, such as torture, arrest or free speech, is not for this Committee. The UN Human Rights Committee deals with those rights.',
        { id: 'reason.civil-political-part' },
      );
    case 'self-determination':
      return msg(
        'The right of a people to decide its own future is in the Covenant, but a person may not be able to complain about it alone. A lawyer should check this.',
        { id: 'reason.self-determination' },
      );
    case 'interim-measures':
      return msg(
        'If someone is about to suffer serious harm that cannot be undone, the Committee can urgently ask the country to prevent it. These are called “interim measures”.',
        { id: 'reason.interim-measures' },
      );
    case 'reprisals-protection':
      return msg('The country must protect people who complain from threats or punishment.', { id: 'reason.reprisals-protection' });
    case 'facts-after-entry-into-force':
      return msg(
        str`It started after the Optional Protocol began to apply to the country on ${date('entryIntoForce') ?? ''}, so the Committee can look at it.`,
        { id: 'reason.facts-after-entry-into-force' },
      );
    case 'entry-into-force-ambiguous':
      return msg(
        str`It started very close to the day the Protocol began to apply to the country. Depending on how that day is counted, it is ${date('entryIntoForce') ?? ''} or ${date('otherReading') ?? ''}. Someone needs to check which.`,
        { id: 'reason.entry-into-force-ambiguous' },
      );
    case 'continuing-violation': {
      const since = date('entryIntoForce');
      return since
        ? msg(
            str`It started before the Protocol applied to the country (${since}), but it is still going on. The Committee can look at what went on after that date.`,
            { id: 'reason.continuing-violation' },
          )
        : msg('It started before the Protocol applied to the country, but it is still going on. The Committee can look at what went on after that.', {
            id: 'reason.continuing-violation.no-date',
          });
    }
    case 'facts-before-entry-into-force':
      return msg(
        str`It started on ${date('factsDate') ?? ''} and ended before the Protocol applied to the country on ${date('entryIntoForce') ?? ''}. The Committee cannot look at it.`,
        { id: 'reason.facts-before-entry-into-force' },
      );
    case 'facts-timing-unknown': {
      const since = date('entryIntoForce');
      return since
        ? msg(
            str`It is not clear whether it happened, or went on, after the Protocol began to apply to the country on ${since}. Someone needs to check this.`,
            { id: 'reason.facts-timing-unknown' },
          )
        : msg('It is not clear whether it happened, or went on, after the Protocol began to apply to the country. Someone needs to check this.', {
            id: 'reason.facts-timing-unknown.no-date',
          });
    }
    case 'remedies-pending':
      return msg('A case is still going on in the country. You must normally wait for the final decision before going to the UN.', {
        id: 'reason.remedies-pending',
      });
    case 'remedies-not-tried':
      return msg('You must normally first try the courts or authorities in the country, up to the final decision.', {
        id: 'reason.remedies-not-tried',
      });
    case 'remedies-unavailable':
      return msg(
        'You say there is no real way to fix it in the country. The Committee accepts this only if you can show it. It will decide.',
        { id: 'reason.remedies-unavailable' },
      );
    case 'remedies-prolonged':
      return msg(
        'You say it is taking far too long in the country. The Committee can accept a complaint when the delay is unreasonable. It will decide.',
        { id: 'reason.remedies-prolonged' },
      );
    case 'remedies-unknown':
      return msg('It is not clear whether every way to fix it in the country was tried. Someone needs to check this.', {
        id: 'reason.remedies-unknown',
      });
    case 'within-time-limit':
      return msg(
        str`The final decision was on ${date('finalDecision') ?? ''}. You must complain within one year, so by ${date('deadline') ?? ''}.`,
        { id: 'reason.within-time-limit' },
      );
    case 'time-limit-ambiguous':
      return msg(
        str`The one-year time limit ends on ${date('deadline') ?? ''} or ${date('otherReading') ?? ''}, depending on how it is counted. Complain as soon as you can, and ask someone to check.`,
        { id: 'reason.time-limit-ambiguous' },
      );
    case 'decision-date-unknown':
      return msg('You must normally complain within one year of the final decision. This could not be checked, because the date is not known.', {
        id: 'reason.decision-date-unknown',
      });
    case 'time-limit-passed': {
      const deadline = date('deadline');
      return deadline
        ? msg(str`The one-year time limit ended on ${deadline}, and nothing stopped you from complaining in time.`, {
            id: 'reason.time-limit-passed',
          })
        : msg('The one-year time limit has passed, and nothing stopped you from complaining in time.', {
            id: 'reason.time-limit-passed.no-date',
          });
    }
    case 'late-submission-justified': {
      const deadline = date('deadline');
      return deadline
        ? msg(
            str`The one-year time limit ended on ${deadline}. You say you could not complain in time. The Committee accepts this only if you can show it.`,
            { id: 'reason.late-submission-justified' },
          )
        : msg('The one-year time limit has passed. You say you could not complain in time. The Committee accepts this only if you can show it.', {
            id: 'reason.late-submission-justified.no-date',
          });
    }
    case 'late-submission-unknown': {
      const deadline = date('deadline');
      return deadline
        ? msg(
            str`The one-year time limit ended on ${deadline}. It is not clear whether something stopped you from complaining in time. Someone needs to check.`,
            { id: 'reason.late-submission-unknown' },
          )
        : msg('The one-year time limit has passed. It is not clear whether something stopped you from complaining in time. Someone needs to check.', {
            id: 'reason.late-submission-unknown.no-date',
          });
    }
    case 'same-matter-elsewhere': {
      const body = bodyName(typeof d['body'] === 'string' ? d['body'] : '');
      return msg(str`The same problem has already been looked at by ${body}. The Committee cannot look at it again.`, {
        id: 'reason.same-matter-elsewhere',
      });
    }
    case 'special-procedure':
      return msg('A UN Special Rapporteur looked at it. This does not usually stop a complaint, but a lawyer should check.', {
        id: 'reason.special-procedure',
      });
    case 'other-procedure-unknown':
      return msg('It is not clear whether another international body has looked at the same problem. Someone needs to check.', {
        id: 'reason.other-procedure-unknown',
      });
    case 'anonymous':
      return msg('The Committee does not accept complaints with no name.', { id: 'reason.anonymous' });
    case 'name-confidential':
      return msg('You can ask the Committee not to make the name public. The country will still know it.', {
        id: 'reason.name-confidential',
      });
    case 'media-reports-only':
      return msg('A complaint cannot rest only on news reports. You need other proof too, such as letters or decisions.', {
        id: 'reason.media-reports-only',
      });
    case 'evidence-missing':
      return msg('A complaint needs proof that supports what you say. Try to gather papers, photos or reports.', {
        id: 'reason.evidence-missing',
      });
    case 'evidence-unknown':
      return msg('It is not clear what proof you have. A complaint needs proof that supports what you say.', {
        id: 'reason.evidence-unknown',
      });
    case 'clear-disadvantage':
      return msg(
        'The Committee may refuse a complaint that shows no clear harm to the person, unless it raises a serious issue that matters to everyone.',
        { id: 'reason.clear-disadvantage' },
      );
  }
}

/** One thing to do next, in plain words. */
export function nextStepText(step: NextStep, f: Formatting): string {
  switch (step.code) {
    case 'request-interim-measures':
      return msg(
        'It is urgent: when you complain, ask the Committee for “interim measures” (Article 5). Say what harm is about to happen and why it cannot be undone.',
        { id: 'next.request-interim-measures' },
      );
    case 'mind-deadline': {
      const deadline = typeof step.data?.['deadline'] === 'string' ? f.date(step.data['deadline']) : '';
      return msg(str`Send your complaint by ${deadline}. After that day it will normally be too late.`, { id: 'next.mind-deadline' });
    }
    case 'finish-domestic-remedies':
      return msg('Wait for the final decision in the country. From that day you will have one year to complain.', {
        id: 'next.finish-domestic-remedies',
      });
    case 'try-domestic-remedies':
      return msg('Take the problem to the courts or authorities in the country first, up to the final decision.', {
        id: 'next.try-domestic-remedies',
      });
    case 'gather-documents':
      return msg(
        'Gather copies of your papers: decisions, letters, official or medical reports and photos. Put them in date order.',
        { id: 'next.gather-documents' },
      );
    case 'get-written-consent':
      return msg('Get the written agreement (consent) of each person you act for.', { id: 'next.get-written-consent' });
    case 'explain-acting-without-consent':
      return msg('Write down why the people who were harmed cannot agree, and why you can act for them.', {
        id: 'next.explain-acting-without-consent',
      });
    case 'ask-confidentiality':
      return msg('If the name must not be made public, say so in the complaint. This is called asking for “confidentiality”.', {
        id: 'next.ask-confidentiality',
      });
    case 'write-in-accepted-language': {
      const languages = f.list(
        COMPLAINT_LANGUAGES.map((code) => f.language(code)),
        'disjunction',
      );
      return msg(str`Write the complaint in ${languages}.`, { id: 'next.write-in-accepted-language' });
    }
    case 'check-submission-channel':
      return msg(
        'To send it, check the current submission channel on ohchr.org, the website of the UN human rights office. It says how and where to send a complaint.',
        { id: 'next.check-submission-channel' },
      );
    case 'know-reprisal-protection':
      return msg(
        'The country must not threaten or punish anyone for complaining (Article 13). If this happens, tell the Committee at once.',
        { id: 'next.know-reprisal-protection' },
      );
    case 'human-rights-committee':
      return msg(
        'For rights such as freedom from torture, a fair trial or free speech, the UN Human Rights Committee may take your complaint, if the country accepts this.',
        { id: 'next.human-rights-committee' },
      );
    case 'send-information-for-inquiry':
      return msg('You can send reliable information about serious or widespread abuses to the Committee. It may open an inquiry (Article 11).', {
        id: 'next.send-information-for-inquiry',
      });
    case 'campaign-for-ratification':
      return msg('You can ask the government to join the Optional Protocol, so that people can complain in future.', {
        id: 'next.campaign-for-ratification',
      });
    case 'consider-other-routes':
      return msg('Look at the other places that may help, listed below.', { id: 'next.consider-other-routes' });
    case 'get-legal-advice':
      return msg('Talk to a lawyer, a legal clinic or a human rights organisation before you send anything.', {
        id: 'next.get-legal-advice',
      });
  }
}

/** The fields of the States-Parties data that can be unconfirmed, for the caution. */
export function unconfirmedLabel(field: string): string {
  switch (field) {
    case 'signedOn':
      return msg('the date it signed', { id: 'unconfirmed.signedOn' });
    case 'consentedOn':
      return msg('the date it joined', { id: 'unconfirmed.consentedOn' });
    case 'article10':
      return msg('whether it accepts complaints from other countries', { id: 'unconfirmed.article10' });
    case 'article11':
      return msg('whether it accepts inquiries', { id: 'unconfirmed.article11' });
    case 'entryIntoForce':
      return msg('the date the Protocol started to apply there', { id: 'unconfirmed.entryIntoForce' });
    default:
      return field;
  }
}
