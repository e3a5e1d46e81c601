/**
 * Representative routes to each of the four outcomes (assessment date 2026-03-01, the
 * shipped data): the question the element must ask, and the answer given.
 */
export interface Route {
  steps: [question: string, value: unknown][];
  reasons: string[];
  nextSteps: string[];
}

export const ROUTES: Record<'likely-admissible' | 'not-admissible' | 'needs-review' | 'not-available', Route> = {
  'likely-admissible': {
    steps: [
      ['state', 'ES'],
      ['jurisdiction', 'yes'],
      ['author', 'self'],
      ['rights', ['housing']],
      ['urgency', 'no'],
      ['factsDate', '2024-01-10'],
      ['remedies', 'exhausted'],
      ['finalDecisionDate', '2025-12-01'],
      ['otherProcedure', 'none'],
      ['identity', 'named'],
      ['evidence', 'documents'],
    ],
    reasons: ['state-party', 'facts-after-entry-into-force', 'within-time-limit', 'abuse-of-right', 'clear-disadvantage'],
    nextSteps: [
      'mind-deadline',
      'gather-documents',
      'ask-confidentiality',
      'write-in-accepted-language',
      'check-submission-channel',
      'know-reprisal-protection',
      'get-legal-advice',
    ],
  },
  'not-available': {
    // The problem (other routes are chosen by it), urgency (an urgent case needs help at once),
    // then the fit questions: a child, which the Inter-American Commission makes worth asking for a problem the list
    // does not name; disability and unfair treatment, which name a UN expert on every closed route.
    steps: [
      ['state', 'US'],
      ['rights', ['other']],
      ['urgency', 'yes'],
      ['child', 'no'],
      ['disability', 'no'],
      ['grounds', ['prefer-not']],
    ],
    // Not bound by the Protocol, the United States owes no protection under art. 13. On a
    // closed route art. 5 is said by the urgent help (next steps), not as a reason.
    reasons: ['state-not-party', 'situation-unlisted'],
    nextSteps: ['get-urgent-help', 'consider-other-routes', 'campaign-for-ratification', 'get-legal-advice'],
  },
  'not-admissible': {
    steps: [
      ['state', 'ES'],
      ['jurisdiction', 'yes'],
      ['author', 'self'],
      ['rights', ['housing', 'food']],
      ['urgency', 'yes'],
      ['factsDate', '2024-01-10'],
      ['remedies', 'not-tried'],
      ['child', 'unknown'],
      ['disability', 'prefer-not'],
      ['grounds', ['sex']],
    ],
    reasons: ['state-party', 'reprisals-protection', 'facts-after-entry-into-force', 'remedies-not-tried'],
    nextSteps: ['get-urgent-help', 'try-domestic-remedies', 'consider-other-routes', 'get-legal-advice'],
  },
  'needs-review': {
    steps: [
      ['state', 'ES'],
      ['jurisdiction', 'unknown'],
      ['author', 'representative-consent'],
      ['rights', ['food']],
      ['urgency', 'yes'],
      ['factsDate', 'unknown'],
      ['factsContinuing', 'yes'],
      ['remedies', 'prolonged'],
      ['otherProcedure', 'none'],
      ['identity', 'confidential'],
      ['evidence', 'media-only'],
    ],
    reasons: [
      'state-party',
      'jurisdiction-unknown',
      'consent-required',
      'interim-measures',
      'reprisals-protection',
      'continuing-violation',
      'remedies-prolonged',
      'name-confidential',
      'media-reports-only',
      'abuse-of-right',
      'clear-disadvantage',
    ],
    nextSteps: [
      'request-interim-measures',
      // Remedies far too slow (art. 3(1)): shown, with proof.
      'explain-remedies',
      'gather-documents',
      'get-written-consent',
      'ask-confidentiality',
      'write-in-accepted-language',
      'check-submission-channel',
      'know-reprisal-protection',
      'get-legal-advice',
    ],
  },
};

/** The answers of `ROUTES[route]`, by question, as the element's `answers` property and `assess()` take them. */
export const answersOf = (route: keyof typeof ROUTES): Record<string, unknown> => Object.fromEntries(ROUTES[route].steps);
