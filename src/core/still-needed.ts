import type { Answers } from './answers.js';
import { addDays, addYears, compareDates, isCalendarDate, type CalendarDate } from './dates.js';
import type { Environment } from './environment.js';
import { runIntake } from './intake.js';
import { isFitQuestion, QUESTION_IDS, QUESTION_KINDS, STATE_UNLISTED, UNKNOWN, type QuestionId } from './questions.js';
import { answerProblem, stateEntryIntoForce } from './rules.js';
import { stepOf } from './steps.js';

/*
 * Which further answers an incomplete intake record certainly needs, found by running the
 * one flow (flow.ts) on the record with each way of answering what it lacks: nothing here
 * decides where a route goes. A clinic cleaning a spreadsheet learns in one run every
 * answer to ask the person for, not one per run.
 */

/** Where the route of an intake record stops: the question it needs answered, or null once it reaches a result (as `assess` runs it). */
function stopOf(answers: Answers, env: Environment): QuestionId | null {
  const step = stepOf(runIntake(answers, env));
  return step.kind === 'question' ? step.question : null;
}

// Runs of the flow one record may take to find them (a run is some 10 µs): past it, what is
// not yet found on every route is not listed. Most records take a handful; one lacking
// every open question's answer (the problem's urgency, both days, the evidence) some 800.
const RUNS_PER_RECORD = 10_000;

/**
 * The questions, after `at` (where the route of `answers` stops), that the route asks
 * whichever way `at` and every later missing answer are given, in the order of
 * QUESTION_IDS. Only questions the record leaves unanswered can be among them; the fit
 * questions never are (an intake record may leave them out).
 *
 * The search never lists a question some way of answering skips: a route that may end
 * before it (a closing answer), or pass it by, removes it. It lists fewer when the
 * search runs out of runs, never more.
 */
export function neededOnEveryRoute(answers: Answers, env: Environment, at: QuestionId): QuestionId[] {
  const candidates = new Set(QUESTION_IDS.filter((q) => q !== at && answers[q] === undefined && !isFitQuestion(q)));
  if (candidates.size === 0) return [];
  const found = search(answers, at, candidates, env, { runs: RUNS_PER_RECORD });
  return QUESTION_IDS.filter((q) => found.has(q));
}

/**
 * Of `candidates` (never `at`), those asked on every route from `answers`, stopped at `at`:
 * for each answer to `at`, the question the route stops at next and those asked on every
 * route from there; then what every answer has in common.
 */
function search(answers: Answers, at: QuestionId, candidates: ReadonlySet<QuestionId>, env: Environment, budget: { runs: number }): Set<QuestionId> {
  // First where each answer leads next: one that ends the screening leaves nothing certain,
  // and is found before a long search down another.
  const branches: { answers: Answers; stop: QuestionId }[] = [];
  for (const value of answersTo(at, answers, env)) {
    if (answerProblem(at, value, env) !== null) continue;
    if (--budget.runs < 0) return new Set();
    const next = { ...answers, [at]: value } as Answers;
    const stop = stopOf(next, env);
    if (stop === null) return new Set();
    branches.push({ answers: next, stop });
  }
  if (branches.length === 0) return new Set();
  let common = new Set(candidates);
  for (const branch of branches) {
    const rest = new Set(common);
    rest.delete(branch.stop);
    const onThisRoute = rest.size ? search(branch.answers, branch.stop, rest, env, budget) : new Set<QuestionId>();
    if (common.has(branch.stop)) onThisRoute.add(branch.stop);
    common = onThisRoute;
    if (common.size === 0) break;
  }
  return common;
}

/**
 * A way of giving each answer to `question` that the flow can tell apart. A choice: each
 * option. Several at once: each alone, and all that combine together (what the flow reads
 * of the problems is whether any is a Covenant right). A State: `unlisted` first (it closes
 * the route at once), then each State. A day: `unknown`, and the days on either side of
 * each day the rules compare one with (`daysToTry`).
 */
function* answersTo(question: QuestionId, answers: Answers, env: Environment): Generator<unknown> {
  const kind = QUESTION_KINDS[question];
  switch (kind.kind) {
    case 'state':
      yield STATE_UNLISTED;
      yield* env.knownStates;
      return;
    case 'choice':
      yield* kind.options;
      return;
    case 'multiple': {
      const exclusive: readonly string[] = kind.exclusive ?? [];
      for (const option of kind.options) yield [option];
      yield kind.options.filter((o) => !exclusive.includes(o));
      return;
    }
    case 'date':
      yield UNKNOWN;
      yield* daysToTry(answers, env);
      return;
  }
}

const FIRST_DAY = '1900-01-01';
const AROUND = [-1, 0, 1];

/**
 * Days standing for every day a date question can be answered with, up to the assessment
 * date. The rules compare such a day, or the day a year after it (art. 3(2)(a)), with the
 * assessment date and the State's entry into force (both readings of a month too short):
 * the flow goes one way on every day between two of those, so the day before, the day and
 * the day after each, and a year before each, and the first day a record may give, stand
 * for them all. A rule that compares a day with another day must add that day here, or
 * the search could list a question that day's route skips (test/core/still-needed.test.ts
 * completes records with random days to catch it).
 */
function daysToTry(answers: Answers, env: Environment): CalendarDate[] {
  const eif = stateEntryIntoForce(answers, env);
  const marks = [FIRST_DAY, env.asOf, eif?.date, eif?.ambiguousUntil].filter((d): d is CalendarDate => typeof d === 'string' && isCalendarDate(d));
  const bases = marks.flatMap((mark) => {
    const yearBefore = addYears(mark, -1);
    return [mark, yearBefore.date, yearBefore.overflow];
  });
  const days = new Set<CalendarDate>();
  for (const base of bases) {
    if (base === null || !isCalendarDate(base)) continue;
    for (const shift of AROUND) {
      const day = addDays(base, shift);
      if (isCalendarDate(day) && compareDates(day, env.asOf) <= 0) days.add(day);
    }
  }
  return [...days].sort(compareDates);
}
