import { msg, str } from '@lit/localize';
import { nextStepsTitle } from './next-step-messages.js';
import { routeWords } from './route-messages.js';

/*
 * The words of the hand-off summary (the result page's summary for a lawyer or a legal
 * clinic). Its section titles follow the UN model form for individual communications to
 * the treaty bodies. Call at render time only.
 */

export type HandoffSectionId =
  | 'state'
  | 'author'
  | 'facts'
  | 'rights'
  | 'remedies'
  | 'other-procedures'
  | 'interim-measures'
  | 'confidentiality'
  | 'other-answers'
  | 'outcome'
  | 'reasons'
  | 'next-steps'
  | 'other-routes'
  | 'dates';

export function handoffSectionTitle(id: HandoffSectionId): string {
  switch (id) {
    case 'state':
      return msg('State party concerned', { id: 'handoff.section.state' });
    case 'author':
      return msg('Author, victims and consent', { id: 'handoff.section.author' });
    case 'facts':
      return msg('Facts', { id: 'handoff.section.facts' });
    case 'rights':
      return msg('Rights invoked', { id: 'handoff.section.rights' });
    case 'remedies':
      return msg('Exhaustion of domestic remedies', { id: 'handoff.section.remedies' });
    case 'other-procedures':
      return msg('Other international procedures', { id: 'handoff.section.other-procedures' });
    case 'interim-measures':
      return msg('Interim measures', { id: 'handoff.section.interim-measures' });
    case 'confidentiality':
      return msg('Request for confidentiality', { id: 'handoff.section.confidentiality' });
    case 'other-answers':
      return msg('Other answers', { id: 'handoff.section.other-answers' });
    case 'outcome':
      return msg('Outcome of this screening', { id: 'handoff.section.outcome' });
    case 'reasons':
      return msg('Reasons, with the article of the Protocol', { id: 'handoff.section.reasons' });
    case 'next-steps':
      return nextStepsTitle();
    case 'other-routes':
      return routeWords.heading();
    case 'dates':
      return msg('Dates', { id: 'handoff.section.dates' });
  }
}

export const handoffText = {
  heading: () => msg('Summary for a lawyer or legal clinic', { id: 'handoff.heading' }),
  hint: () =>
    msg(
      'It follows the sections of the UN form for complaints to its committees. It holds your answers only: no names, no stories.',
      { id: 'handoff.hint' },
    ),
  show: () => msg('Show the summary', { id: 'handoff.show' }),
  title: () => msg('Screening for a complaint under the Optional Protocol to the ICESCR', { id: 'handoff.title' }),
  notAsked: () => msg('Not asked on this route', { id: 'handoff.not-asked' }),
  party: () => msg('Party to the Optional Protocol', { id: 'handoff.party' }),
  /**
   * Whether the State is bound yet, and by which instrument: `joined` is the day it deposited
   * it, `date` the day the Protocol applies there. No colon inside: the copied text writes
   * "label: value", and two colons in a row read as a slip.
   */
  partyValue: (notYet: boolean, acceded: boolean, joined: string, date: string) =>
    notYet
      ? acceded
        ? msg(str`Not yet (accession on ${joined}); the Protocol applies there from ${date}`, { id: 'handoff.party-not-yet.accession' })
        : msg(str`Not yet (ratification on ${joined}); the Protocol applies there from ${date}`, { id: 'handoff.party-not-yet.ratification' })
      : acceded
        ? msg(str`Yes (accession on ${joined}); the Protocol applies there from ${date}`, { id: 'handoff.party-since.accession' })
        : msg(str`Yes (ratification on ${joined}); the Protocol applies there from ${date}`, { id: 'handoff.party-since.ratification' }),
  notParty: () => msg('No', { id: 'handoff.not-party' }),
  covenantArticles: () => msg('Articles of the Covenant', { id: 'handoff.covenant-articles' }),
  deadline: () => msg('Last day to submit (one year after the final decision)', { id: 'handoff.deadline' }),
  deadlinePassed: () => msg('Last day to submit (one year after the final decision), already passed', { id: 'handoff.deadline-passed' }),
  deadlineFromEntry: () => msg('Last day to submit (one year after the Protocol began to apply to the country)', { id: 'handoff.deadline-from-entry' }),
  deadlineLeaving: () => msg('Last day to submit (the day before the country leaves the Optional Protocol)', { id: 'handoff.deadline-leaving' }),
  assessedOn: () => msg('Date of this screening', { id: 'handoff.assessed-on' }),
  partiesAsOf: () => msg('List of States Parties, as of', { id: 'handoff.parties-as-of' }),
  proceduresAsOf: () => msg('Other UN complaint procedures, as of', { id: 'handoff.procedures-as-of' }),
  regionalAsOf: () => msg('Regional human rights bodies, as of', { id: 'handoff.regional-as-of' }),
  /** Said when a list's "as of" day comes after the screening's (a past `as-of`): else it read as known in advance. */
  checkedLater: (screenedOn: string) =>
    msg(str`Some dates below come after ${screenedOn}, the date of this screening: those lists were checked later. A country may have joined or left a treaty in between: check it for that date.`, {
      id: 'handoff.checked-later',
    }),
  toolVersion: () => msg('Screening tool and its version', { id: 'handoff.tool-version' }),
  disclaimer: () => msg('An indication, not legal advice.', { id: 'handoff.disclaimer' }),
  /** A line of the copied text: French puts a space before the colon. */
  textRow: (label: string, value: string) => msg(str`${label}: ${value}`, { id: 'handoff.text.row' }),
  textRowList: (label: string) => msg(str`${label}:`, { id: 'handoff.text.row-list' }),
  /**
   * The letters, space-separated, that mark the next steps in the copied text, in the
   * language's own order: Arabic letters its lists in abjad order (أ ب ج …), and a line
   * that opened with a Latin "a)" would be laid out left to right where it is pasted.
   */
  stepLetters: () => msg('a b c d e f g h i j k l m n o p q r s t u v w x y z', { id: 'handoff.text.step-letters' }),
  training: () => msg('Training: fictional answers, not a real case.', { id: 'handoff.training' }),
  actions: () => msg('Save or share this summary', { id: 'handoff.actions' }),
  print: () => msg('Print', { id: 'handoff.print' }),
  copy: () => msg('Copy as text', { id: 'handoff.copy' }),
  download: () => msg('Download as a data file (JSON)', { id: 'handoff.download' }),
  copied: () => msg('Copied', { id: 'handoff.copied' }),
  /** After "Download": the browser saves the file, or asks where, in its own way. */
  downloaded: (file: string) => msg(str`The file ${file} was handed to your browser, to save in your downloads.`, { id: 'handoff.downloaded' }),
  traces: () =>
    msg(
      'A copy, a download or a PDF saved from Print stays on this device after you leave, in its clipboard or its downloads: “Exit this page” cannot remove it. On a shared device, delete it when you are done.',
      { id: 'handoff.traces' },
    ),
  copyFailed: () => msg('Could not copy. Select the summary and copy it yourself.', { id: 'handoff.copy-failed' }),
};
