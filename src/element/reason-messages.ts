import { msg, str } from '@lit/localize';
import { type Reason, type ReasonData, type Severity } from '../core/index.js';
import type { Formatting } from './format.js';
import { nextStepsTitle } from './next-step-messages.js';
import { optionLabel } from './question-messages.js';

/*
 * The words of a reason: its tag and what it found. They travel in the result's chunk
 * (result-feature.ts), with the result and its hand-off summary that show them.
 * scripts/feature-messages.js lists this file, so that their translations come with that
 * chunk, not with the page.
 */

/** A short tag saying how a reason weighs. */
/**
 * A reason's tag. `forNow`: the route is closed only until the courts decide or the Protocol applies in the State
 * (closedForNow): what closes it is "Not yet", as the result's title says, not "Stops the complaint".
 */
export function severityLabel(severity: Severity, forNow = false): string {
  if (forNow && (severity === 'bar' || severity === 'unavailable')) return msg('Not yet', { id: 'severity.not-yet' });
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
  /** The reason's date under `key`, written for the reader; '' (falsy) when it has none. */
  const date = (key: keyof ReasonData): string => {
    const value = d[key];
    return typeof value === 'string' ? f.date(value) : '';
  };
  switch (reason.code) {
    case 'state-not-party': {
      const signed = date('signedOn');
      const list = date('listAsOf');
      // The list is a snapshot: a State that joined after it would be wrongly turned away.
      const asOf = list
        ? ` ${msg(str`This is from the UN’s list as of ${list}; a country can join at any time.`, { id: 'reason.state-not-party.list' })}`
        : '';
      const said = signed
        ? msg(
            str`${country} signed the Optional Protocol on ${signed}, but has not fully joined it (ratified it). Until three months after it does, nobody can complain about it to the Committee. Even then, only about what happens, or is still going on, from that day.`,
            { id: 'reason.state-not-party.signed' },
          )
        : msg(str`${country} has not joined the Optional Protocol. So nobody can complain about it to the Committee.`, {
            id: 'reason.state-not-party',
          });
      return said + asOf;
    }
    case 'state-unlisted':
      return msg(
        'The Committee can only receive complaints about a country that has joined the Optional Protocol. Only the countries in the list can join it. Did it happen in a place that a country in the list controls, such as a territory it governs? Then change your answer to the first question and choose that country.',
        { id: 'reason.state-unlisted' },
      );
    case 'not-yet-in-force':
      return msg(
        str`${country} has joined the Optional Protocol, but it only starts to apply there on ${date('entryIntoForce')}. The Committee can then receive complaints about what happens, or is still going on, from that day on.`,
        { id: 'reason.not-yet-in-force' },
      );
    case 'state-party':
      return msg(str`${country} has joined the Optional Protocol. It has applied there since ${date('entryIntoForce')}.`, {
        id: 'reason.state-party',
      });
    case 'state-denounced':
      return msg(
        str`${country} left the Optional Protocol on ${date('leavesOn')}, six months after it told the UN it would leave. So nobody can send a new complaint about it to the Committee. Complaints sent before that day still go on.`,
        { id: 'reason.state-denounced' },
      );
    case 'denunciation-pending':
      return msg(
        str`${country} has told the UN that it is leaving the Optional Protocol: it leaves on ${date('leavesOn')}. The Committee can still examine a complaint sent by ${date('deadline')}, even after the country has left, but not one sent later.`,
        { id: 'reason.denunciation-pending' },
      );
    case 'outside-jurisdiction':
      return msg(
        'The complaint must be about something the country did, or failed to do, on its land or under its control. You said it was not.',
        { id: 'reason.outside-jurisdiction' },
      );
    case 'jurisdiction-unknown':
      return msg('You were not sure it happened under the country’s control (its “jurisdiction”). A lawyer should check this.', {
        id: 'reason.jurisdiction-unknown',
      });
    case 'no-identified-victim':
      return msg(
        'A complaint must be about named people who were harmed (the “victims”). An organisation cannot complain about a general problem on its own. It can complain for named people who were harmed, with their agreement.',
        { id: 'reason.no-identified-victim' },
      );
    case 'inquiry-procedure':
      if (d['optedIn'] === true) {
        return msg(
          str`${country} accepts inquiries. The Committee can look into serious or systematic violations if it gets reliable information, even with no named victim.`,
          { id: 'reason.inquiry-procedure.opted-in' },
        );
      }
      return d['unconfirmed']
        ? msg(
            str`The Committee can also look into serious or systematic violations (an “inquiry”), but only in countries that accept this. Whether ${country} does could not be checked.`,
            { id: 'reason.inquiry-procedure.unconfirmed' },
          )
        : msg(
            str`The Committee can also look into serious or systematic violations (an “inquiry”), but only in countries that accept this. ${country} has not.`,
            { id: 'reason.inquiry-procedure' },
          );
    case 'consent-required':
      return msg('When you act for other people, you need their agreement, normally in writing.', { id: 'reason.consent-required' });
    case 'consent-missing':
      return msg(
        'You would act for people without their agreement, and without a reason why they cannot give it. The Committee needs their written agreement: ask them for it.',
        { id: 'reason.consent-missing' },
      );
    case 'acting-without-consent': {
      // A parent or guardian acting for a young child is the ordinary case, not an obstacle to prove (art. 2).
      if (d['justification'] === 'child') {
        return msg(
          'You would act for a child who cannot agree yet. This is usually accepted from a parent or guardian: say in the complaint who you are to the child and why you act for them.',
          { id: 'reason.acting-without-consent.child' },
        );
      }
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
    case 'disappearance-part':
      // The steps name the bodies on every route; the other routes are listed on a closed one only.
      return msg(str`What you said about a disappearance is not for this Committee. Other UN bodies deal with disappearances: see “${nextStepsTitle()}”.`, {
        id: 'reason.disappearance-part',
      });
    case 'self-determination':
      return msg(
        'The right of a people to decide its own future is in the Covenant. But a person may not be able to complain about it alone. A lawyer should check this.',
        { id: 'reason.self-determination' },
      );
    case 'situation-unlisted':
      return msg(
        'You said the problem is not in the list. A lawyer should check whether it concerns an economic, social or cultural right, such as housing, food, health, work or education.',
        { id: 'reason.situation-unlisted' },
      );
    case 'discrimination-without-right':
      // Arts 2(2) and 3 of the Covenant: equal treatment in its rights, not in every part of life (voting, policing).
      return msg(
        'Unfair or unequal treatment is for this Committee only when it concerns an economic, social or cultural right, such as housing, food, health, work, social security or education. If it does, change your answers and choose that right too. If you are not sure, a lawyer should check.',
        { id: 'reason.discrimination-without-right' },
      );
    case 'interim-measures':
      return msg(
        'Once the Committee has received a complaint, it can urgently ask the country to prevent serious harm that cannot be undone. This is called “interim measures”.',
        { id: 'reason.interim-measures' },
      );
    case 'reprisals-protection':
      return msg('The country must protect people who complain from threats or punishment.', { id: 'reason.reprisals-protection' });
    case 'facts-after-entry-into-force':
      return msg(
        str`When it started is not a problem here. It started on or after ${date('entryIntoForce')}, the day the Optional Protocol began to apply to the country.`,
        { id: 'reason.facts-after-entry-into-force' },
      );
    case 'entry-into-force-ambiguous':
      return msg(
        str`It started very close to the day the Protocol began to apply to the country. Depending on how that day is counted, it is ${date('entryIntoForce')} or ${date('otherReading')}. A lawyer should check which.`,
        { id: 'reason.entry-into-force-ambiguous' },
      );
    case 'continuing-violation': {
      const since = date('entryIntoForce');
      return since
        ? msg(
            str`You said the problem itself went on after the Protocol applied to the country (${since}). Then the Committee can look at what went on after that day, even if it started before. Harm that only remains from something that ended before it does not count.`,
            { id: 'reason.continuing-violation' },
          )
        : msg(
            'You said the problem itself went on after the Protocol applied to the country. Then the Committee can look at what went on after that day, even if it started before. Harm that only remains from something that ended before it does not count.',
            { id: 'reason.continuing-violation.no-date' },
          );
    }
    case 'facts-before-entry-into-force':
      return msg(
        str`It started on ${date('factsDate')} and ended before the Protocol applied to the country on ${date('entryIntoForce')}. The Committee cannot look at it.`,
        { id: 'reason.facts-before-entry-into-force' },
      );
    case 'facts-timing-unknown': {
      const since = date('entryIntoForce');
      return since
        ? msg(
            str`It is not clear whether it happened, or went on, after the Protocol began to apply to the country on ${since}. A lawyer should check this.`,
            { id: 'reason.facts-timing-unknown' },
          )
        : msg('It is not clear whether it happened, or went on, after the Protocol began to apply to the country. A lawyer should check this.', {
            id: 'reason.facts-timing-unknown.no-date',
          });
    }
    case 'remedies-pending':
      return msg('A case is still going on in the country. You must normally wait for the final decision before going to the UN. If it has gone on for years with no real progress, the Committee may accept the complaint anyway: ask a lawyer.', {
        id: 'reason.remedies-pending',
      });
    case 'remedies-not-tried':
      return msg('You must normally first try the courts or authorities in the country, up to the final decision.', {
        id: 'reason.remedies-not-tried',
      });
    case 'remedies-unavailable':
      return msg(
        'You say there is no real way to fix it in the country. The Committee accepts this only if you can show it: what it costs, or the fear that a case would take years, is not usually enough. It will decide.',
        { id: 'reason.remedies-unavailable' },
      );
    case 'remedies-prolonged':
      return msg(
        'You say it is taking far too long in the country. The Committee can accept a complaint when the delay is unreasonable. It will decide.',
        { id: 'reason.remedies-prolonged' },
      );
    case 'remedies-unknown':
      return msg(
        'It is not clear whether every way to fix it in the country was tried. A lawyer should check this soon: after the final decision, you normally have only one year to complain.',
        { id: 'reason.remedies-unknown' },
      );
    case 'within-time-limit':
      return msg(
        str`The final decision was on ${date('finalDecision')}. The year to complain runs until ${date('deadline')}.`,
        { id: 'reason.within-time-limit' },
      );
    case 'time-limit-ambiguous':
      return msg(
        str`The one-year time limit ends on ${date('deadline')} or ${date('otherReading')}, depending on how it is counted. Complain as soon as you can, and ask someone to check.`,
        { id: 'reason.time-limit-ambiguous' },
      );
    case 'time-limit-before-entry-into-force':
      return msg(
        str`The one year to complain after the final decision ended on ${date('deadline')}, before the Protocol applied to the country on ${date('entryIntoForce')}. So nobody could complain in time, which the Committee can accept. A lawyer should check this, and you should complain soon.`,
        { id: 'reason.time-limit-before-entry-into-force' },
      );
    case 'time-limit-shortened-by-entry-into-force':
      return msg(
        str`The one year to complain after the final decision ended on ${date('deadline')}. But the Protocol applied to the country only from ${date('entryIntoForce')}, so a complaint could be sent for only part of that year. The Committee may take this into account. A lawyer should check this, and you should complain soon.`,
        { id: 'reason.time-limit-shortened-by-entry-into-force' },
      );
    case 'delay-since-entry-into-force':
      // Cut short: part of the year could be used, so "nobody could complain in time" would be false.
      if (reason.data?.yearCutShort) {
        return msg(
          str`The one year to complain after the final decision ended on ${date('deadline')}. The Protocol applied to the country only from ${date('entryIntoForce')}, so a complaint could be sent for only part of that year. But more than a year has passed since then, and you said nothing stopped you from complaining in that time: the Committee may find the complaint too late. A lawyer should check this, and you should complain at once.`,
          { id: 'reason.delay-since-entry-into-force.cut-short' },
        );
      }
      return msg(
        str`The one year to complain after the final decision ended on ${date('deadline')}, before the Protocol applied to the country on ${date('entryIntoForce')}. So nobody could complain in time, which the Committee can accept. But more than a year has passed since then, and you said nothing stopped you from complaining in that time: the Committee may find the complaint too late. A lawyer should check this, and you should complain at once.`,
        { id: 'reason.delay-since-entry-into-force' },
      );
    case 'decision-date-unknown':
      return msg('You must normally complain within one year of the final decision. This could not be checked, because the date is not known.', {
        id: 'reason.decision-date-unknown',
      });
    case 'decision-before-facts':
      return msg(
        str`The final decision you gave, on ${date('finalDecision')}, is before the day it started, ${date('factsDate')}. That can be right: for example, a court orders an eviction that happens later. But the year to complain counts from the final decision about what happened. A lawyer should check which decision that is. If a date is wrong, change your answers.`,
        { id: 'reason.decision-before-facts' },
      );
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
      // Asked of the time since the Protocol applied: what the person said is of that time, not of the year.
      if (deadline && date('entryIntoForce')) {
        return msg(
          str`The one year to complain after the final decision ended on ${deadline}. The Protocol applied to the country only from ${date('entryIntoForce')}, and more than a year has passed since then too. You say something stopped you from complaining in that time. The Committee accepts this only if you can show it.`,
          { id: 'reason.late-submission-justified.since-entry-into-force' },
        );
      }
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
      if (deadline && date('entryIntoForce')) {
        return msg(
          str`The one year to complain after the final decision ended on ${deadline}. The Protocol applied to the country only from ${date('entryIntoForce')}, and more than a year has passed since then too. It is not clear whether something stopped you from complaining in that time. A lawyer should check this.`,
          { id: 'reason.late-submission-unknown.since-entry-into-force' },
        );
      }
      return deadline
        ? msg(
            str`The one-year time limit ended on ${deadline}. It is not clear whether something stopped you from complaining in time. A lawyer should check this.`,
            { id: 'reason.late-submission-unknown' },
          )
        : msg('The one-year time limit has passed. It is not clear whether something stopped you from complaining in time. A lawyer should check this.', {
            id: 'reason.late-submission-unknown.no-date',
          });
    }
    case 'same-matter-elsewhere': {
      const body = bodyName(typeof d['body'] === 'string' ? d['body'] : '');
      return msg(
        str`You said ${body} has looked at the same problem, or is looking at it now. The Committee cannot look at the same case as well: the same people, facts and rights. A lawyer can check whether it is the same case.`,
        { id: 'reason.same-matter-elsewhere' },
      );
    }
    case 'special-procedure':
      return msg('A UN Special Rapporteur looked at it. This does not usually stop a complaint, but a lawyer should check.', {
        id: 'reason.special-procedure',
      });
    case 'not-examined-elsewhere':
      return msg(
        'You said a complaint about the problem was sent to another international body, but withdrawn, or turned away without that body looking at the problem itself. This does not always stop a complaint here. A lawyer should check what that body decided, and why.',
        { id: 'reason.not-examined-elsewhere' },
      );
    case 'other-procedure-unknown':
      return msg('It is not clear whether another international body has looked at the same problem, or is looking at it now. A lawyer should check this.', {
        id: 'reason.other-procedure-unknown',
      });
    case 'anonymous':
      // Often answered out of fear of reprisals: what the person can ask for instead belongs with the bar.
      return msg(
        'The Committee does not accept complaints with no name. If you fear what could happen, you can ask it to keep the name from the public; the country will still know it.',
        { id: 'reason.anonymous' },
      );
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
    case 'abuse-of-right':
      // Treaty bodies rarely apply it; knowingly false facts is the ground they and the European Court share.
      // It is the author who knows the facts are false: a complaint knows nothing.
      return msg(
        'The Committee can also refuse a complaint that misuses the right to complain, for example one whose author gives facts they know are false. This is rare: tell what happened truthfully and completely.',
        { id: 'reason.abuse-of-right' },
      );
    case 'clear-disadvantage':
      return msg(
        'The Committee may refuse a complaint that shows no clear harm to the person. But not if the complaint raises a serious issue that matters to everyone.',
        { id: 'reason.clear-disadvantage' },
      );
  }
}
