import { parseAnswers, type Answers } from './answers.js';
import type { Assessment } from './assessment.js';
import { createEnvironment, type Environment, type EnvironmentOptions } from './environment.js';
import { describeValue, ValidationError } from './errors.js';
import { runIntake } from './intake.js';
import { QUESTION_KINDS, UNKNOWN, type QuestionId } from './questions.js';
import { answerProblem, environmentProblem, latenessSinceEntryIntoForce, submissionDeadline, type AnswerProblem } from './rules.js';
import { stepOf } from './steps.js';
import { neededOnEveryRoute } from './still-needed.js';

const PROBLEM_MESSAGES = {
  required: 'is required on this route',
  invalid: 'is not a valid answer',
  'unknown-state': 'is not a State known to the UN Treaty Collection',
  'date-in-future': 'is after the assessment date',
} as const;

/**
 * Why a record must answer `question`: a record assessed later than it was taken in can
 * meet a question it never needed (the year to complain has since run out).
 */
function requiredMessage(question: QuestionId, answers: Answers, env: Environment, lead: string = PROBLEM_MESSAGES.required): string {
  const deadline = question === 'lateSubmission' ? submissionDeadline(answers) : null;
  // A year begun before the Protocol applied is asked about only once a year since is over: said, or a clinic wonders why now.
  const entry = deadline ? latenessSinceEntryIntoForce(answers, env) : null;
  const since = entry ? `, and the Protocol has applied there since ${entry}, over a year` : '';
  const why = deadline ? `: the year to complain ended on ${deadline.date}${since} (art. 3(2)(a))` : '';
  const kind = QUESTION_KINDS[question];
  const unknownAllowed = kind.kind === 'date' || (kind.kind !== 'state' && kind.options.includes(UNKNOWN));
  return `${lead}${why}${unknownAllowed ? '; answer "unknown" if it is not known' : ''}`;
}

/** Said of a question the route asks after the first missing answer, whichever way the missing answers are given (still-needed.ts). */
const NEEDED_ON_EVERY_ROUTE = 'is required too, on every route the answers missing before it can take';

/**
 * Which day: a batch assesses each record on its own date (its receivedOn, say). Which code:
 * "UK" looks right to a clinic in London (the UN lists it as "GB"), and is no place to answer "unlisted" for.
 */
function problemMessage(problem: Exclude<AnswerProblem, 'required'>, env: Environment, value: unknown): string {
  if (problem === 'date-in-future') return `${PROBLEM_MESSAGES[problem]} (${env.asOf})`;
  if (problem === 'unknown-state') return `${PROBLEM_MESSAGES[problem]} (got ${describeValue(value)}; answer "unlisted" for a place not in the list)`;
  return PROBLEM_MESSAGES[problem];
}

/** Each answer the engine refuses on any route, with why (a State the UN Treaty Collection does not know, a date after the assessment date). */
function refusedOn(answers: Answers, env: Environment): [QuestionId, Exclude<AnswerProblem, 'required'>][] {
  return (Object.keys(answers) as QuestionId[]).flatMap((q) => {
    const problem = answers[q] === undefined ? null : environmentProblem(q, answers[q], env);
    return problem ? [[q, problem] as [QuestionId, typeof problem]] : [];
  });
}

/**
 * Throws a ValidationError naming each answer the engine refuses on any route: what
 * assess() and the element check of the answers given to them, before the route.
 * `answers` are parsed already (parseAnswers).
 */
export function checkAnswersOn(answers: Answers, env: Environment): void {
  const issues = refusedOn(answers, env).map(([path, problem]) => ({ path, code: problem, message: problemMessage(problem, env, answers[path]) }));
  if (issues.length) throw new ValidationError('answers', issues);
}

/** `answers` without those checkAnswersOn would refuse: what the element saves (persistence-controller.ts). */
export function withoutRefused(answers: Answers, env: Environment): Answers {
  const refused = refusedOn(answers, env);
  if (refused.length === 0) return answers;
  const kept: Record<string, unknown> = { ...answers };
  for (const [q] of refused) delete kept[q];
  return kept as Answers;
}

/**
 * Screens a complete set of answers headlessly: it runs the same machine as the wizard,
 * feeding it the answers in order, and returns the final assessment.
 *
 * Throws ValidationError when the answers are malformed, or when the route they lead to
 * needs an answer that is missing or not acceptable: the error names that question first,
 * then each later question the route asks whichever way the missing answers are given.
 * The fit questions (`child`, `disability`, `grounds`) are never needed, nor `rights` and
 * `urgency` on a route closed before them: they only choose which `routes` to recommend
 * and whether to point to urgent help when this route is closed, and a record without them
 * is assessed as if the person had not said (nothing recommended on that account).
 */
export function assess(answers: unknown, options: EnvironmentOptions = {}): Assessment {
  const parsed = parseAnswers(answers);
  const env = createEnvironment(options);
  // Off the route too, as the element refuses them: a date after the record's own date is
  // a mistake in it, and a result should not be given over it.
  checkAnswersOn(parsed, env);
  const run = runIntake(parsed, env);
  const step = stepOf(run);
  if (step.kind === 'question') {
    const q = step.question;
    const problem = answerProblem(q, parsed[q], env) ?? 'invalid';
    const message = problem === 'required' ? requiredMessage(q, parsed, env) : problemMessage(problem, env, parsed[q]);
    // Then every answer the record certainly needs after it, so that a clinic asks for them
    // all at once, not one per run (only on this path: a complete record pays nothing).
    const later = neededOnEveryRoute(parsed, env, q).map((path) => ({ path, code: 'required' as const, message: requiredMessage(path, parsed, env, NEEDED_ON_EVERY_ROUTE) }));
    throw new ValidationError('answers', [{ path: q, code: problem, message }, ...later]);
  }
  if (run.status !== 'done') throw new Error('The screening did not reach a result');
  return run.output!;
}
