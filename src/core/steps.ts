import type { EngineContext } from './flow.js';
import { QUESTION_IDS, type QuestionId } from './questions.js';
import type { Outcome } from './reasons.js';
import type { StateValue } from './statechart.js';

/** Where a snapshot stands: a question, the summary, or a result. */
export type Step =
  | { kind: 'question'; question: QuestionId; number: number }
  | { kind: 'review' }
  | { kind: 'result'; outcome: Outcome };

/** The final state of the machine for each outcome (flow.ts), in the order the summary tries them. */
export const OUTCOME_STATES = {
  'likely-admissible': 'likelyAdmissible',
  'not-admissible': 'notAdmissible',
  'needs-review': 'needsReview',
  'not-available': 'notAvailable',
} as const satisfies Record<Outcome, string>;

const OUTCOMES: Record<string, Outcome> = Object.fromEntries((Object.entries(OUTCOME_STATES) as [Outcome, string][]).map(([outcome, state]) => [state, outcome]));

/** The outcome a final state of the machine stands for (`likelyAdmissible` → `likely-admissible`). */
export const outcomeOfState = (state: string): Outcome | undefined => OUTCOMES[state];

/** Takes a snapshot of the flow (the element's, or XState's of the machine): anything with its `value` and `trail`. */
export function stepOf(snapshot: { value: StateValue; context: Pick<EngineContext, 'trail'> }): Step {
  const value = snapshot.value;
  const top = typeof value === 'string' ? value : Object.keys(value)[0]!;
  if (top === 'review') return { kind: 'review' };
  const outcome = OUTCOMES[top];
  if (outcome) return { kind: 'result', outcome };
  const question = top as QuestionId;
  if (!QUESTION_IDS.includes(question)) throw new Error(`Unexpected state ${top}`);
  // "Question N" counts the questions on this route so far: honest, with no made-up total.
  return { kind: 'question', question, number: snapshot.context.trail.indexOf(question) + 1 };
}
