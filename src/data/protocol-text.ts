import type { Article } from '../core/reasons.js';

/**
 * Sentences of the Optional Protocol quoted by the training mode's "Explain" panels:
 * each the one sentence (or clause) that the question applies, word for word.
 *
 * Source: Optional Protocol to the International Covenant on Economic, Social and
 * Cultural Rights, annex to General Assembly resolution A/RES/63/117 (10 December 2008),
 * English text. Checked against the reference notes (marked confirmed there) and a
 * public copy of the resolution's annex, 2026-11-23. Arts 1(2) to 3(2)(a) also word for
 * word as Portugal's parliament printed the English text for its approval (Diário da
 * Assembleia da República, II série A, 26 September 2012), 2026-12-05.
 *
 * Only the English text is shipped. The Arabic, French and Spanish texts are equally
 * authentic (art. 22), but they were not verified here (searched again 2026-12-05: no
 * official copy whose articles could be read; the French one was also corrected after
 * adoption, C.N.869.2009.TREATIES-34), so no translation is offered:
 * a paraphrase must never be shown as the Protocol's words. `languages` says which
 * official texts a quote carries.
 */
export const PROTOCOL_SOURCE = {
  title: 'Optional Protocol to the International Covenant on Economic, Social and Cultural Rights',
  symbol: 'A/RES/63/117',
  adoptedOn: '2008-12-10',
  asOf: '2026-11-23',
} as const;

export interface ProtocolQuote {
  /** The paragraph quoted: a reason may cite a whole article (art. 5) of which one paragraph is quoted (5(1)). */
  article: Article | '5(1)';
  /** The official texts this quote carries, by language; only verified ones. */
  languages: readonly ['en'];
  text: { en: string };
}

/** An item of art. 3(2), after the paragraph's opening words ("…" marks the items left out). */
const inadmissibleWhen = (item: string, text: string): string =>
  `The Committee shall declare a communication inadmissible when:${item === 'a' ? '' : ' …'} (${item}) ${text}`;

const quote = (article: ProtocolQuote['article'], en: string): ProtocolQuote => ({ article, languages: ['en'], text: { en } });

export const PROTOCOL_QUOTES = {
  'not-party': quote(
    '1(2)',
    'No communication shall be received by the Committee if it concerns a State Party to the Covenant which is not a Party to the present Protocol.',
  ),
  victims: quote(
    '2',
    'Communications may be submitted by or on behalf of individuals or groups of individuals, under the jurisdiction of a State Party, claiming to be victims of a violation of any of the economic, social and cultural rights set forth in the Covenant by that State Party.',
  ),
  consent: quote(
    '2',
    'Where a communication is submitted on behalf of individuals or groups of individuals, this shall be with their consent unless the author can justify acting on their behalf without such consent.',
  ),
  remedies: quote(
    '3(1)',
    'The Committee shall not consider a communication unless it has ascertained that all available domestic remedies have been exhausted. This shall not be the rule where the application of such remedies is unreasonably prolonged.',
  ),
  'time-limit': quote(
    '3(2)(a)',
    inadmissibleWhen(
      'a',
      'It is not submitted within one year after the exhaustion of domestic remedies, except in cases where the author can demonstrate that it had not been possible to submit the communication within that time limit;',
    ),
  ),
  'facts-in-time': quote(
    '3(2)(b)',
    inadmissibleWhen(
      'b',
      'The facts that are the subject of the communication occurred prior to the entry into force of the present Protocol for the State Party concerned unless those facts continued after that date;',
    ),
  ),
  'same-matter': quote(
    '3(2)(c)',
    inadmissibleWhen(
      'c',
      'The same matter has already been examined by the Committee or has been or is being examined under another procedure of international investigation or settlement;',
    ),
  ),
  covenant: quote('3(2)(d)', inadmissibleWhen('d', 'It is incompatible with the provisions of the Covenant;')),
  substantiated: quote(
    '3(2)(e)',
    inadmissibleWhen(
      'e',
      'It is manifestly ill-founded, not sufficiently substantiated or exclusively based on reports disseminated by mass media;',
    ),
  ),
  anonymous: quote('3(2)(g)', inadmissibleWhen('g', 'It is anonymous or not in writing.')),
  'interim-measures': quote(
    '5(1)',
    'At any time after the receipt of a communication and before a determination on the merits has been reached, the Committee may transmit to the State Party concerned for its urgent consideration a request that the State Party take such interim measures as may be necessary in exceptional circumstances to avoid possible irreparable damage to the victim or victims of the alleged violations.',
  ),
} as const satisfies Record<string, ProtocolQuote>;

export type ProtocolQuoteId = keyof typeof PROTOCOL_QUOTES;

/**
 * Which sentences explain each question. Keyed by question id as a plain string so that
 * a question added to the machine simply has no panel until its sentence is added here.
 */
export const QUESTION_QUOTES: Readonly<Record<string, readonly ProtocolQuoteId[]>> = {
  state: ['not-party'],
  jurisdiction: ['victims'],
  author: ['victims', 'consent'],
  consentJustification: ['consent'],
  rights: ['victims', 'covenant'],
  urgency: ['interim-measures'],
  factsDate: ['facts-in-time'],
  factsContinuing: ['facts-in-time'],
  remedies: ['remedies'],
  finalDecisionDate: ['time-limit'],
  lateSubmission: ['time-limit'],
  otherProcedure: ['same-matter'],
  identity: ['anonymous'],
  evidence: ['substantiated'],
};
