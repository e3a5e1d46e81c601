import { msg, str } from '@lit/localize';

/*
 * A same-matter rule found in a body's own rules of procedure (`route.sameMatter.in` 'rules-of-procedure'): the
 * Inter-American Commission's art. 33, for a State the American Convention does not bind. route-messages.ts's
 * sameMatterCitation() says the two treaty forms ("of its Optional Protocol", "of its Convention"); this one beside them.
 */

/** "Article 33(1) of its Rules of Procedure": `label` is the article as sameMatterCitation() words it. */
export const ofRulesOfProcedure = (label: string): string => msg(str`${label} of its Rules of Procedure`, { id: 'same-matter.of-rules-of-procedure' });
