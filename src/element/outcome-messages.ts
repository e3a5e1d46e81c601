import { msg } from '@lit/localize';
import type { Outcome, Reason } from '../core/index.js';
import { closedForNow } from '../core/reasons.js';

/*
 * The title and intro of each outcome: on the result, on its stand-in while the details
 * load, in the live region's announcement, in training and in the hand-off summary. The
 * live region is in the embed, so these are too, and their translations in the language's
 * own file (scripts/feature-messages.js does not list this file). Call at render time only.
 */

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

/**
 * The outcome's title for this assessment: for a route closed only for now (the courts first, or a Protocol not yet
 * in force: closedForNow()), "not yet", as the intro under it says. The engine's outcome stays "not admissible"
 * (a bar of art. 3(1) or 18(2) today), but "would probably not accept" above "Not yet: the courts first" said two
 * things of one case.
 */
export function outcomeTitle({ outcome, reasons }: { outcome: Outcome; reasons: readonly Reason[] }): string {
  return closedForNow(reasons) ? msg('You cannot complain to the Committee yet', { id: 'outcome.not-yet.title' }) : outcomeText(outcome).title;
}
