import type { Answers } from './answers.js';
import { runChart } from './chart-run.js';
import type { Environment } from './environment.js';
import { eligibilityChart, type EngineEvent } from './flow.js';

const CONFIRM: readonly EngineEvent[] = [{ type: 'CONFIRM' }];

/**
 * An intake record run through the flow's one definition, as the element runs it
 * (test/core/chart-run.test.ts holds it to XState's interpreter on every path), its summary
 * confirmed: it stops at the first question the route needs that the record leaves
 * unanswered, or at the result. `intake`: the fit questions, and the problem and urgency on
 * a closed route, are passed when the record leaves them out. assess() and the search for
 * the answers a record still needs (still-needed.ts) both run it.
 */
export function runIntake(answers: Answers, env: Environment) {
  return runChart(eligibilityChart, { env, answers, intake: true }, CONFIRM);
}
