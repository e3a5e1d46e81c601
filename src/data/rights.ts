import { deepFreeze } from '../core/freeze.js';

/**
 * Everyday situations a person can recognise, mapped to the Covenant articles they
 * engage and the Committee's General Comments that explain them.
 *
 * Sources: International Covenant on Economic, Social and Cultural Rights (1966); CESCR
 * General Comments by their UN document symbols, e.g. No. 11 E/C.12/1999/4 (primary
 * education, art. 14), No. 18 E/C.12/GC/18 (work, art. 6, adopted 24 Nov 2005), No. 19
 * E/C.12/GC/19 (social security, art. 9, adopted 23 Nov 2007); ICESCR articles 2(2), 3 and
 * 6–15, General Comments 3–26. As of 2026-02-03.
 */
export interface Situation {
  /** Stable id used in answers and intake records. */
  id: string;
  /** Covenant articles engaged ("11", "2(2)", "15(1)(a)"); empty when outside the Covenant. */
  covenantArticles: readonly string[];
  /** CESCR General Comment numbers. */
  generalComments: readonly number[];
  /**
   * How the Committee's competence applies (art. 3(2)(d)). 'accessory': a guarantee for the rights
   * the Covenant sets forth, not a right on its own (arts 2(2) and 3; General Comment 20, para. 7).
   */
  scope: 'covenant' | 'accessory' | 'civil-political' | 'self-determination' | 'unlisted';
}

/** The answers to the `rights` question, in the order they are offered, each with the Covenant articles it engages. */
export const SITUATIONS = deepFreeze([
  { id: 'eviction', covenantArticles: ['11'], generalComments: [4, 7], scope: 'covenant' },
  { id: 'housing', covenantArticles: ['11'], generalComments: [4], scope: 'covenant' },
  { id: 'food', covenantArticles: ['11'], generalComments: [12], scope: 'covenant' },
  { id: 'water', covenantArticles: ['11', '12'], generalComments: [15], scope: 'covenant' },
  { id: 'land', covenantArticles: ['11'], generalComments: [26], scope: 'covenant' },
  { id: 'health-care', covenantArticles: ['12'], generalComments: [14], scope: 'covenant' },
  { id: 'reproductive-health', covenantArticles: ['12'], generalComments: [22], scope: 'covenant' },
  { id: 'education', covenantArticles: ['13', '14'], generalComments: [13, 11], scope: 'covenant' },
  { id: 'work', covenantArticles: ['6'], generalComments: [18], scope: 'covenant' },
  { id: 'working-conditions', covenantArticles: ['7'], generalComments: [23], scope: 'covenant' },
  { id: 'trade-union', covenantArticles: ['8'], generalComments: [], scope: 'covenant' },
  { id: 'social-security', covenantArticles: ['9'], generalComments: [19], scope: 'covenant' },
  { id: 'family', covenantArticles: ['10'], generalComments: [], scope: 'covenant' },
  // Discrimination in voting or by the police is not for this Committee: only in a Covenant right.
  { id: 'discrimination', covenantArticles: ['2(2)'], generalComments: [20], scope: 'accessory' },
  { id: 'gender-equality', covenantArticles: ['3'], generalComments: [16], scope: 'accessory' },
  { id: 'cultural-life', covenantArticles: ['15(1)(a)'], generalComments: [21], scope: 'covenant' },
  { id: 'science', covenantArticles: ['15(1)(b)'], generalComments: [25], scope: 'covenant' },
  { id: 'authors-rights', covenantArticles: ['15(1)(c)'], generalComments: [17], scope: 'covenant' },
  { id: 'self-determination', covenantArticles: ['1'], generalComments: [], scope: 'self-determination' },
  { id: 'civil-political', covenantArticles: [], generalComments: [], scope: 'civil-political' },
  // Named apart from the rest, though outside the Covenant too: it is how a family whose
  // relative was taken reaches the CED's urgent action (ICPPED arts 2 and 30) and the bodies
  // that hear disappearances, on every route, the closed ones included.
  { id: 'disappearance', covenantArticles: [], generalComments: [], scope: 'civil-political' },
  // The person's problem is none of the above: someone must look before anything is barred.
  { id: 'other', covenantArticles: [], generalComments: [], scope: 'unlisted' },
] as const satisfies readonly Situation[]);

/** An answer to the `rights` question (`eviction`, `food`, … `other`). */
export type SituationId = (typeof SITUATIONS)[number]['id'];

/** The ids of SITUATIONS, in order: the options of the `rights` question, and what the answer and route-data schemas accept. */
export const SITUATION_IDS = SITUATIONS.map((s) => s.id) as [SituationId, ...SituationId[]];

/** Each situation by its id: the engine looks one up for every problem answered, several times a record. */
export const SITUATION_BY_ID: ReadonlyMap<string, Situation> = new Map(SITUATIONS.map((s) => [s.id, s]));
