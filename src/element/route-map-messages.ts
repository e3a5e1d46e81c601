import { msg, str } from '@lit/localize';
import type { Outcome, QuestionId } from '../core/index.js';
import { sourceLocale } from '../generated/locale-codes.js';
import { activeLocale } from './localization.js';
import { questionText } from './question-messages.js';

/* The words of the route map. Call at render time only. */

/** A question's short name on the route map; a question without one uses its summary wording. */
export function mapLabel(question: QuestionId | string): string {
  switch (question) {
    case 'state':
      return msg('Country', { id: 'map.q.state' });
    case 'jurisdiction':
      return msg('Under its control', { id: 'map.q.jurisdiction' });
    case 'author':
      return msg('Who complains', { id: 'map.q.author' });
    case 'consentJustification':
      return msg('Acting without consent', { id: 'map.q.consentJustification' });
    case 'rights':
      return msg('Rights', { id: 'map.q.rights' });
    case 'urgency':
      return msg('Urgency', { id: 'map.q.urgency' });
    case 'factsDate':
      return msg('When it began', { id: 'map.q.factsDate' });
    case 'factsContinuing':
      return msg('Still going on', { id: 'map.q.factsContinuing' });
    case 'remedies':
      return msg('Courts at home', { id: 'map.q.remedies' });
    case 'finalDecisionDate':
      return msg('Final decision', { id: 'map.q.finalDecisionDate' });
    case 'lateSubmission':
      return msg('Reason for lateness', { id: 'map.q.lateSubmission' });
    case 'otherProcedure':
      return msg('Other bodies', { id: 'map.q.otherProcedure' });
    case 'identity':
      return msg('Name', { id: 'map.q.identity' });
    case 'evidence':
      return msg('Evidence', { id: 'map.q.evidence' });
    case 'child':
      return msg('Child', { id: 'map.q.child' });
    case 'disability':
      return msg('Disability', { id: 'map.q.disability' });
    case 'grounds':
      return msg('Discrimination', { id: 'map.q.grounds' });
    default:
      return questionText(question as QuestionId).context;
  }
}

export function mapOutcomeLabel(outcome: Outcome): string {
  switch (outcome) {
    case 'likely-admissible':
      return msg('May complain', { id: 'map.outcome.likely-admissible' });
    case 'needs-review':
      return msg('Needs checking', { id: 'map.outcome.needs-review' });
    case 'not-admissible':
      return msg('Probably not accepted', { id: 'map.outcome.not-admissible' });
    case 'not-available':
      return msg('Route closed', { id: 'map.outcome.not-available' });
  }
}

export const mapText = {
  heading: () => msg('Route map', { id: 'map.heading' }),
  title: () => msg('Map of the complaints route', { id: 'map.title' }),
  desc: () =>
    msg(
      'The questions from top to bottom, then the check of the answers, then the four outcomes. Set-in questions are asked only on some routes. The line on the right goes straight to the check when an answer ends the screening early. The route taken is drawn in bold.',
      { id: 'map.desc' },
    ),
  /** Said last in the map's description: a screen reader need not picture the map, the list beside it says the route. */
  listed: () => msg('Below the map, the same route is written out step by step.', { id: 'map.listed' }),
  review: () => msg('Check answers', { id: 'map.review' }),
  /** The outcome reached, on a route closed only for now (the courts first, a Protocol not yet in force): as the result's title says it. */
  notYet: () => msg('Not yet', { id: 'map.outcome.not-yet' }),
  path: () => msg('The route taken so far', { id: 'map.path' }),
  step: (label: string, answer: string) => msg(str`${label}: ${answer}`, { id: 'map.step' }),
  /** In the list of the route taken, where the map's line passes the diamond. */
  closedHere: () => msg('This route closed here: the next questions are about other places that may help.', { id: 'map.closed-here' }),
};

/**
 * A junction's name on the map (its tooltip). The machine's descriptions are English: a
 * junction named here is said in the page's language; another one (added to the machine
 * since) by its description on an English page, else by the generic name.
 */
export function junctionLabel(id: string, description: string | undefined): string {
  switch (id) {
    case 'closed':
      return msg('The OP-ICESCR route is closed: questions about other routes', { id: 'map.junction.closed' });
    default:
      return description && activeLocale() === sourceLocale ? description : junctionText.label();
  }
}

/** The words for junctions (pass-through states). */
export const junctionText = {
  /** A junction's name when the map has none for it: said of any pass-through, closed or not. */
  label: () => msg('The route continues from here', { id: 'map.junction' }),
  /** Said after the map's description when the map has a junction. */
  desc: () =>
    msg('A small diamond on that line marks where the route is closed: from there come the questions about other routes, then the check.', {
      id: 'map.junction.desc',
    }),
};

/** The words for the route ahead (training, after a jump back): where the room had gone past the question shown. */
export const aheadText = {
  /** Above the list of the steps ahead. */
  title: () => msg('Ahead, where the room had gone', { id: 'map.ahead' }),
  /** Said after the map's description when it shows a route ahead. */
  desc: () => msg('The route ahead, where the room had gone before going back, is drawn dashed.', { id: 'map.ahead.desc' }),
};

/**
 * The words for what the Optional Protocol says happens once a complaint is sent, under the
 * outcomes: a trainer's room took "May complain" for the end of the route. One plain sentence
 * per article (route-map.ts cites each article itself, in the reader's language), in the
 * order the Protocol gives them; checked against its text (A/RES/63/117, annex).
 */
export const afterText = {
  title: () => msg('After a complaint is sent', { id: 'map.after.title' }),
  /** Art. 5: interim measures, at any time after a complaint arrives and before the decision on it. */
  art5: () =>
    msg('In an urgent case, at any time before it decides, the Committee can ask the country to take interim measures to prevent harm that cannot be undone.', {
      id: 'map.after.art5',
    }),
  /** Art. 6: the complaint goes to the country, which answers in writing within six months (6(2)). */
  art6: () => msg('The Committee sends the complaint to the country, which has six months to answer in writing.', { id: 'map.after.art6' }),
  /** Art. 7: good offices towards a friendly settlement; an agreement closes the case. */
  art7: () => msg('The Committee can help both sides agree on a friendly settlement, which ends the case.', { id: 'map.after.art7' }),
  /** Art. 8: the examination, then the Committee's views and any recommendations, sent to both sides. */
  art8: () => msg('The Committee examines the complaint, then sends both sides its views and any recommendations.', { id: 'map.after.art8' }),
  /** Art. 9: the country's written answer within six months (9(2)), and the Committee's follow-up. */
  art9: () =>
    msg('The country must consider the views and, within six months, say in writing what it has done; the Committee can ask for more.', {
      id: 'map.after.art9',
    }),
  /** Art. 11: the inquiry procedure, only for a country that declared it accepts it. */
  art11: () =>
    msg('Only in countries that have accepted it: the Committee can inquire into serious or systematic violations.', { id: 'map.after.art11' }),
  /** After art11, for a country the data says accepted it. */
  art11Accepted: (country: string) => msg(str`${country} has accepted it.`, { id: 'map.after.art11.accepted' }),
};
