import { msg, str } from '@lit/localize';
import type { Assessment, CalendarDate, NextStep, Reason, ReasonData, Severity } from '../core/index.js';
import { routeOpen } from '../core/reasons.js';
import type { Formatting } from './format.js';
import { complaintLanguageNames } from './language-messages.js';
import { optionLabel, outcomeText } from './messages.js';

/*
 * The words of a result: the reasons, the next steps and the cautions. They travel in the
 * result's chunk (result-feature.ts), fetched before the person reaches a result.
 */

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
        'The right of a people to decide its own future is in the Covenant. But a person may not be able to complain about it alone. A lawyer should check this.',
        { id: 'reason.self-determination' },
      );
    case 'situation-unlisted':
      return msg(
        'You said the problem is not in the list. A lawyer should check whether it concerns an economic, social or cultural right, such as housing, food, health, work or education.',
        { id: 'reason.situation-unlisted' },
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
    case 'clear-disadvantage':
      return msg(
        'The Committee may refuse a complaint that shows no clear harm to the person. But not if the complaint raises a serious issue that matters to everyone.',
        { id: 'reason.clear-disadvantage' },
      );
  }
}

/**
 * The words under the outcome's title, on the result and in its hand-off summary. A route
 * closed only for now (a case still before the courts, none brought yet, a Protocol not
 * yet in force) says so first: "not accepted" alone reads as never, and the person would
 * not look for the step that says when to come back.
 */
export function outcomeIntro({ outcome, reasons }: Assessment, f: Formatting): string {
  const closing = reasons.filter((r) => r.severity === 'bar' || r.severity === 'unavailable');
  if (closing.length && closing.every((r) => r.code === 'remedies-pending' || r.code === 'remedies-not-tried')) {
    return msg('Not yet: the courts or authorities in the country must make their final decision first. After that, you may be able to complain. What to do now is below.', {
      id: 'outcome.not-yet.remedies',
    });
  }
  const entry = closing.length === 1 && closing[0]!.code === 'not-yet-in-force' ? closing[0]!.data?.entryIntoForce : null;
  if (entry) {
    return msg(str`Not yet: the Protocol starts to apply to the country on ${f.date(entry)}. From that day, you may be able to complain. What to do now is below.`, {
      id: 'outcome.not-yet.in-force',
    });
  }
  return outcomeText(outcome).intro;
}

/** The heading over the next steps, on the result and in its hand-off summary. */
export const nextStepsTitle = (): string => msg('What you can do next', { id: 'result.next-steps' });

/** One thing to do next, in plain words; `asOf` is the day of the screening, which may be the deadline's. */
export function nextStepText(step: NextStep, f: Formatting, asOf: CalendarDate): string {
  switch (step.code) {
    case 'request-interim-measures':
      return msg(
        'It is urgent. Get help now from a lawyer or a human rights organisation. When you complain, ask the Committee for “interim measures” (Article 5): it can then urgently ask the country to prevent the harm. Say what harm is about to happen and why it cannot be undone.',
        { id: 'next.request-interim-measures' },
      );
    case 'get-urgent-help':
      return step.data?.['certain'] === true
        ? msg(
            'It is urgent. Get help now from a lawyer or a human rights organisation. A court in the country, or a place listed below, may act faster. The Committee can ask the country to prevent the harm (“interim measures”, Article 5) only for a complaint it can take. It cannot take this one.',
            { id: 'next.get-urgent-help.certain' },
          )
        : msg(
            'It is urgent. Get help now from a lawyer or a human rights organisation. A court in the country, or a place listed below, may act faster. The Committee can ask the country to prevent the harm (“interim measures”, Article 5) only for a complaint it can take. It is unlikely to take this one.',
            { id: 'next.get-urgent-help' },
          );
    case 'if-urgent':
      return step.data?.['open'] === true
        ? msg(
            'Could someone be about to suffer serious harm that cannot be undone? Then get help now from a lawyer or a human rights organisation. When you complain, say so, and ask the Committee for “interim measures” (Article 5). It can then urgently ask the country to prevent the harm.',
            { id: 'next.if-urgent' },
          )
        : msg(
            'Could someone be about to suffer serious harm that cannot be undone? Then get help now from a lawyer or a human rights organisation. A court in the country, or a place listed below, may act faster.',
            { id: 'next.if-urgent.closed' },
          );
    case 'mind-deadline': {
      const last = step.data?.deadline ?? '';
      const deadline = f.date(last);
      // A 29 February decision: the reasons say the year may already have ended.
      if (step.data?.['reading'] === 'later') {
        return msg(
          str`Counted one way, today, ${deadline}, is the last day to send your complaint: one year after the final decision. Send it today if you can.`,
          { id: 'next.mind-deadline.later-reading' },
        );
      }
      // "Well before" a day that has come would ask the impossible.
      if (last === asOf) {
        return msg(
          str`Today, ${deadline}, is the last day to send your complaint: one year after the final decision. After today it will normally be too late.`,
          { id: 'next.mind-deadline.today' },
        );
      }
      return msg(
        str`Send your complaint well before ${deadline}: one year after the final decision. After that day it will normally be too late.`,
        { id: 'next.mind-deadline' },
      );
    }
    case 'send-before-state-leaves': {
      const last = step.data?.deadline ?? '';
      if (last === asOf) {
        return msg(str`Send your complaint today, ${f.date(last)}: the country leaves the Optional Protocol tomorrow. A complaint sent later cannot be examined.`, {
          id: 'next.send-before-state-leaves.today',
        });
      }
      return msg(
        str`Send your complaint by ${f.date(last)} at the latest: the country leaves the Optional Protocol the next day. A complaint sent later cannot be examined.`,
        { id: 'next.send-before-state-leaves' },
      );
    }
    case 'explain-late-submission':
      return msg('Write down what stopped you from complaining within the year, with proof, such as medical or prison papers. Then send your complaint as soon as you can.', {
        id: 'next.explain-late-submission',
      });
    case 'finish-domestic-remedies':
      return step.data?.deadline
        ? msg(str`Wait for the final decision in the country. Then send your complaint by ${f.date(step.data.deadline)} at the latest: the country leaves the Optional Protocol the next day.`, {
            id: 'next.finish-domestic-remedies.leaving',
          })
        : msg('Wait for the final decision in the country. From that day you will have one year to complain.', {
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
      const languages = complaintLanguageNames(f);
      return msg(str`Write the complaint in ${languages}.`, { id: 'next.write-in-accepted-language' });
    }
    case 'check-submission-channel':
      return msg(
        'To send it, look on ohchr.org, the website of the UN human rights office, for how and where to send a complaint today.',
        { id: 'next.check-submission-channel' },
      );
    case 'know-reprisal-protection':
      return msg(
        'The country must not threaten or punish anyone for complaining (Article 13). If this happens, tell the Committee at once.',
        { id: 'next.know-reprisal-protection' },
      );
    case 'human-rights-committee':
      return msg(
        'This country accepts complaints to the UN Human Rights Committee. It may take your complaint about rights such as freedom from torture, a fair trial or free speech.',
        { id: 'next.human-rights-committee' },
      );
    case 'search-for-disappeared':
      return step.data?.['urgentAction'] === true
        ? msg(
            'To have the disappeared person searched for now, ask the UN Committee on Enforced Disappearances for urgent action. The UN Working Group on Enforced or Involuntary Disappearances can also press the government to search.',
            { id: 'next.search-for-disappeared.urgent-action' },
          )
        : msg(
            'To have the disappeared person searched for, write to the UN Working Group on Enforced or Involuntary Disappearances. It can press any government to search, whatever treaties the country has joined.',
            { id: 'next.search-for-disappeared' },
          );
    case 'send-information-for-inquiry':
      return msg('You can send reliable information about serious or systematic violations to the Committee. It may open an inquiry (Article 11).', {
        id: 'next.send-information-for-inquiry',
      });
    case 'complain-once-in-force': {
      const from = typeof step.data?.['entryIntoForce'] === 'string' ? f.date(step.data['entryIntoForce']) : '';
      return msg(str`From ${from}, you may be able to complain to the Committee. It can look at what happens, or is still going on, from that day on. Keep your papers and be ready. A complaint must normally be sent within one year of the final decision in your country.`, {
        id: 'next.complain-once-in-force',
      });
    }
    case 'campaign-for-ratification':
      return step.data?.['left'] === true
        ? msg('You can ask the government to join the Optional Protocol again, so that people can complain in future.', {
            id: 'next.campaign-for-ratification.left',
          })
        : msg('You can ask the government to join the Optional Protocol, so that people can complain in future.', {
            id: 'next.campaign-for-ratification',
          });
    case 'consider-other-routes':
      return msg('Look at the other places that may help, listed below.', { id: 'next.consider-other-routes' });
    case 'get-legal-advice':
      return msg('Talk to a lawyer, a legal clinic or a human rights organisation before you send anything. Many legal clinics and organisations help for free.', {
        id: 'next.get-legal-advice',
      });
  }
}

/** Said when a UN list the result rests on was more than six months old on the day of the check (`dataMayBeOutdated`). */
export function outdatedDataCaution(): string {
  return msg('The UN’s lists used here may be out of date: a country may have joined or left since. Before you rely on this result, check the UN Treaty Collection website, treaties.un.org.', {
    id: 'result.data-age',
  });
}

type StateFacts = NonNullable<Assessment['state']>;

/**
 * The caution beside a State whose facts in the States-Parties data are not all confirmed,
 * each date given: a person whose problem began long after it sees that it hardly matters.
 */
export function unconfirmedCaution(state: StateFacts, f: Formatting): string {
  return msg(
    str`Some facts about this country could not be checked against an official source: ${f.list(state.unconfirmed.map((field) => unconfirmedLabel(field, state, f)))}. Ask someone to check them.`,
    { id: 'result.unconfirmed' },
  );
}

/** The fields of the States-Parties data that can be unconfirmed, for the caution, with the date the data gives. */
function unconfirmedLabel(field: string, state: StateFacts, f: Formatting): string {
  switch (field) {
    case 'signedOn':
      return state.signedOn
        ? msg(str`the date it signed (${f.date(state.signedOn)})`, { id: 'unconfirmed.signedOn-dated' })
        : msg('the date it signed', { id: 'unconfirmed.signedOn' });
    case 'consentedOn':
      return state.consentedOn
        ? msg(str`the date it joined (${f.date(state.consentedOn)})`, { id: 'unconfirmed.consentedOn-dated' })
        : msg('the date it joined', { id: 'unconfirmed.consentedOn' });
    case 'article10':
      return msg('whether it accepts complaints from other countries', { id: 'unconfirmed.article10' });
    case 'article11':
      return msg('whether it accepts inquiries', { id: 'unconfirmed.article11' });
    case 'entryIntoForce':
      return state.entryIntoForce
        ? msg(str`the date the Protocol started to apply there (${f.date(state.entryIntoForce)})`, { id: 'unconfirmed.entryIntoForce-dated' })
        : msg('the date the Protocol started to apply there', { id: 'unconfirmed.entryIntoForce' });
    default:
      return field;
  }
}

const WEIGHT: Record<Severity, number> = { unavailable: 0, bar: 1, review: 2, info: 3 };

/**
 * The reasons shown, on the result and on its summary, in one order: what stops the
 * complaint first, then what needs checking, then what is good to know (stable within
 * each), so that a printout does not bury the reason that closes the route. On a closed
 * route the art. 5 note ("Once the Committee has received a complaint, it can urgently
 * ask…") is left out: the first next step says what it means for this case, that the
 * Committee cannot, and read alone it would promise an urgent request that will not come.
 */
export function reasonsShown({ outcome, reasons }: Assessment): Reason[] {
  const shown = routeOpen(outcome) ? reasons : reasons.filter((r) => r.code !== 'interim-measures');
  // Array sort is stable (ES2019): each weight keeps the assessment's order.
  return [...shown].sort((a, b) => WEIGHT[a.severity] - WEIGHT[b.severity]);
}
