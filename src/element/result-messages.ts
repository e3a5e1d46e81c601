import { msg, str } from '@lit/localize';
import type { Assessment, Reason, Severity } from '../core/index.js';
import { closedForNow, leavingDeadline } from '../core/reasons.js';
import type { Formatting } from './format.js';
import { outcomeText } from './outcome-messages.js';

/*
 * The words of a result around its reasons and next steps: the outcome's intro, the
 * cautions, and the order the reasons are shown in. The reasons' words are in
 * reason-messages.ts, the next steps' in next-step-messages.ts; all travel in the result's
 * chunk (result-feature.ts), fetched before the person reaches a result.
 */

/**
 * The words under the outcome's title, on the result and in its hand-off summary. A route
 * closed only for now (a case still before the courts, none brought yet, a Protocol not
 * yet in force) says so first: "not accepted" alone reads as never, and the person would
 * not look for the step that says when to come back.
 */
export function outcomeIntro({ outcome, reasons, dates }: Assessment, f: Formatting): string {
  const closed = closedForNow(reasons);
  // A State leaving the Protocol: what is sent after its last day is not examined (art. 20(2)), so "after that" has an end.
  const leaving = leavingDeadline(reasons);
  if (closed?.until === 'final-decision' && leaving === dates.asOf) {
    return msg(
      str`The country leaves the Optional Protocol tomorrow: nothing sent to the Committee after today, ${f.date(leaving)}, can be examined, and the courts or authorities in the country have not made a final decision. What to do now is below.`,
      { id: 'outcome.not-yet.remedies.leaving-today' },
    );
  }
  if (closed?.until === 'final-decision' && leaving) {
    return msg(
      str`Not yet: the courts or authorities in the country must make their final decision first. After that, you may be able to complain until ${f.date(leaving)}: the country leaves the Optional Protocol the next day. What to do now is below.`,
      { id: 'outcome.not-yet.remedies.leaving' },
    );
  }
  if (closed?.until === 'final-decision') {
    return msg('Not yet: the courts or authorities in the country must make their final decision first. After that, you may be able to complain. What to do now is below.', {
      id: 'outcome.not-yet.remedies',
    });
  }
  if (closed?.until === 'entry-into-force') {
    return msg(str`Not yet: the Protocol starts to apply to the country on ${f.date(closed.date)}. From that day, you may be able to complain. What to do now is below.`, {
      id: 'outcome.not-yet.in-force',
    });
  }
  return outcomeText(outcome).intro;
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
  const labels = state.unconfirmed.map((field) => unconfirmedLabel(field, state, f));
  if (labels.length === 1) {
    return msg(str`One fact about this country could not be checked against an official source: ${labels[0]}. Ask someone to check it.`, {
      id: 'result.unconfirmed.one',
    });
  }
  return msg(str`Some facts about this country could not be checked against an official source: ${f.list(labels)}. Ask someone to check them.`, {
    id: 'result.unconfirmed',
  });
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
 * each), so that a printout does not bury the reason that closes the route. (On a closed
 * route the assessment has no art. 5 note: its first next step gives the urgent help.)
 */
export function reasonsShown({ reasons }: Assessment): Reason[] {
  // Array sort is stable (ES2019): each weight keeps the assessment's order.
  return [...reasons].sort((a, b) => WEIGHT[a.severity] - WEIGHT[b.severity]);
}
