import type { Answers } from './answers.js';
import type { Assessment } from './assessment.js';
import { answersForRoutes, buildAssessment, OFF_ROUTE, routeReasons } from './assessment.js';
import type { Environment } from './environment.js';
import { isFitQuestion, QUESTION_IDS, type FitQuestion, type QuestionId } from './questions.js';
import { closesRoute, outcomeOf, type Outcome } from './reasons.js';
import { fitQuestionsThatMatter } from './other-routes.js';
import { answerProblem, factsMayPredateEntryIntoForce, latenessToExplain, RULES, type AnswerProblem } from './rules.js';
import { compileChart, type Assignment, type ChartConfig, type ChartDefinition, type Guard, type StateConfig } from './statechart.js';
import { OUTCOME_STATES } from './steps.js';

/** What the machine remembers. Everything in it is plain data except `env`. */
export interface EngineContext {
  env: Environment;
  /** Every answer given, including ones a changed route no longer asks (kept in case it comes back). */
  answers: Answers;
  /** The questions on the current route, in order: what the summary lists and Back walks. */
  trail: QuestionId[];
  /** Where the `routing` state sends the person next (after Back or Change). */
  cursor: QuestionId | null;
  /**
   * True while going back to the summary after a Change, or while replaying restored
   * answers: questions already answered are passed through, new ones are asked.
   */
  returning: boolean;
  /** The question being changed from the summary: it is asked even though it has an answer. */
  editing: QuestionId | null;
  /** Why the last answer was refused, for the error summary. */
  problem: { question: QuestionId; problem: AnswerProblem } | null;
  /** The answers are a finished intake record (`assess`): questions about other routes it leaves unanswered are passed, not asked. */
  intake: boolean;
}

/** What a run of the flow starts from: the environment, and answers to restore. */
export interface EngineInput {
  env: Environment;
  /** Answers to restore: the machine passes through every question they already answer. */
  answers?: Answers;
  /**
   * True when `answers` is a finished intake record rather than a session to resume:
   * the fit questions it leaves unanswered, and `rights` and `urgency` on a route closed
   * before them, are passed (they choose which other routes to recommend and whether to
   * point to urgent help, never the outcome). The wizard leaves it false and asks them.
   */
  intake?: boolean;
}

/** What the person does, sent to the flow (`ChartRun.send`, or an XState actor of `op-eligibility/machine`). */
export type EngineEvent =
  | { type: 'ANSWER'; value: unknown }
  | { type: 'BACK' }
  | { type: 'CHANGE'; question: QuestionId }
  | { type: 'CONFIRM' }
  | { type: 'RESTART' };

type QuestionParams = { question: QuestionId };

// The entry update and the guard of a replayed question ask this of the same context in
// a row: it is remembered for the last one (a batch replays millions of answers).
let lastReplayed: { context: EngineContext | null; question: QuestionId | null; problem: AnswerProblem | null } = {
  context: null,
  question: null,
  problem: null,
};

/** What is wrong with the answer being replayed for `question` (null when there is none, or nothing is wrong). */
function replayProblem(context: EngineContext, question: QuestionId): AnswerProblem | null {
  if (lastReplayed.context !== context || lastReplayed.question !== question) {
    const value = context.answers[question];
    const problem = value === undefined ? null : answerProblem(question, value, context.env);
    lastReplayed = { context, question, problem };
  }
  return lastReplayed.problem;
}

/** What the fit questions that matter depend on (fitQuestionsThatMatter's key): the screening's answers, not the fit answers. */
const SITUATION = [
  'state', 'jurisdiction', 'author', 'consentJustification', 'rights', 'urgency', 'factsDate', 'factsContinuing', 'remedies', 'finalDecisionDate', 'lateSubmission',
  'otherProcedure', 'identity',
] as const satisfies readonly QuestionId[];
type Situation = Pick<Answers, (typeof SITUATION)[number]>;
let lastFits: { env: Environment; situation: Situation; matter: ReadonlySet<FitQuestion> } | null = null;

/**
 * The fit questions that matter on this route. They depend only on what the route answered
 * before them (other-routes.ts), which stays the same while `closed` and the fit questions
 * after it ask, each with a new context: remembered for the last of those.
 */
function fitsThatMatter(context: EngineContext): ReadonlySet<FitQuestion> {
  const { answers, trail, env } = context;
  // An intake record's answers off a closed route (the courts', another body's) count too, as they do for its routes (answersForRoutes);
  // looked for only where there can be some (this runs at every step of a batch's records).
  const offRoute: Answers = context.intake && OFF_ROUTE.some((q) => answers[q] !== undefined && !trail.includes(q)) ? answersForRoutes({}, context) : {};
  const onRoute = (q: (typeof SITUATION)[number]) => (trail.includes(q) ? answers[q] : offRoute[q]);
  const last = lastFits;
  // Compared before anything is built: asked several times a record, it is nearly always the same.
  if (last?.env === env && SITUATION.every((q) => same(last.situation[q], onRoute(q)))) return last.matter;
  const situation = Object.fromEntries(SITUATION.map((q) => [q, onRoute(q)])) as Situation;
  lastFits = { env, situation, matter: fitQuestionsThatMatter(situation, env) };
  return lastFits.matter;
}

const same = (a: unknown, b: unknown) =>
  a === b || (Array.isArray(a) && Array.isArray(b) && a.length === b.length && a.every((x, i) => x === b[i]));

type RouteSoFar = Pick<EngineContext, 'answers' | 'trail' | 'env'>;

/** A reason found so far closes this route: what is still asked is about other routes. */
const routeClosed = (context: RouteSoFar): boolean => closesRoute(routeReasons(context));

/** The first `questions` answers of the trail had closed the route: where the route map marks its closure. */
export const closedAfter = (context: RouteSoFar, questions: number): boolean =>
  routeClosed({ ...context, trail: context.trail.slice(0, questions) });

/** The guards the flow names: questions about the context and the event, never side effects. */
const guards = {
  /**
   * We are only passing through, and the question already has an acceptable answer
   * (or is one an intake record may leave unanswered: see EngineInput.intake).
   */
  replayable: ({ context }, { question }: QuestionParams) =>
    context.returning &&
    context.editing !== question &&
    (context.answers[question] === undefined
      ? context.intake && (isFitQuestion(question) || ((question === 'rights' || question === 'urgency') && routeClosed(context)))
      : replayProblem(context, question) === null),
  acceptable: ({ context, event }, { question }: QuestionParams) =>
    event.type === 'ANSWER' && answerProblem(question, event.value, context.env) === null,
  /** The answer to this question makes the outcome certain: stop asking. */
  closes: ({ context }, { question }: QuestionParams) => closesRoute(RULES[question](context.answers, context.env)),
  actsWithoutConsent: ({ context }) => context.answers.author === 'representative-no-consent',
  factsMayPredate: ({ context }) => factsMayPredateEntryIntoForce(context.answers, context.env),
  remediesExhausted: ({ context }) => context.answers.remedies === 'exhausted',
  latenessToExplain: ({ context }) => latenessToExplain(context.answers, context.env),
  /** A question before this one closed the route: what is left to ask is about other routes. */
  closedBefore: ({ context }) => routeClosed(context),
  /**
   * The route closed before the problem was asked: ask it, since other routes are chosen by
   * it, then urgency, since an urgent case needs help elsewhere at once.
   */
  problemUnasked: ({ context }) => !context.trail.includes('rights'),
  /** The route closed at the problem (outside the Covenant), before urgency: ask it, for help elsewhere. */
  urgencyUnasked: ({ context }) => !context.trail.includes('urgency'),
  /** This fit question can change which other routes are recommended for the State (other-routes.ts). */
  fitMatters: ({ context }, { fit }: { fit: FitQuestion }) => fitsThatMatter(context).has(fit),
  onTrail: ({ context, event }) => event.type === 'CHANGE' && context.trail.includes(event.question),
  /** This question was opened from the summary by Change, and still has its answer. */
  changing: ({ context }, { question }: QuestionParams) => context.editing === question && context.answers[question] !== undefined,
  cursorAt: ({ context }, { question }: QuestionParams) => context.cursor === question,
  outcomeIs: ({ context }, { outcome }: { outcome: Outcome }) => outcomeOf(routeReasons(context)) === outcome,
} satisfies Record<string, Guard<EngineContext, EngineEvent>>;

/** The context updates the flow names (XState's `assign` actions, machine.ts). */
const assignments = {
  /** Arriving at a question puts it at the end of the route; anything after it is re-decided. */
  enterQuestion: ({ context }, { question }: QuestionParams) => {
    const at = context.trail.indexOf(question);
    return { trail: [...(at < 0 ? context.trail : context.trail.slice(0, at)), question], cursor: null, problem: null };
  },
  record: ({ context, event }, { question }: QuestionParams) => ({
    answers: { ...context.answers, [question]: event.type === 'ANSWER' ? event.value : undefined },
    editing: context.editing === question ? null : context.editing,
  }),
  /** A restored answer the replay could not accept: say why, instead of stopping silently. */
  explainRefusedReplay: ({ context }, { question }: QuestionParams) => {
    const problem = context.returning && context.editing !== question ? replayProblem(context, question) : null;
    return problem ? { problem: { question, problem } } : {};
  },
  reject: ({ context, event }, { question }: QuestionParams) => ({
    problem: {
      question,
      problem:
        (event.type === 'ANSWER' && answerProblem(question, event.value, context.env)) || 'invalid',
    },
  }),
  stepBack: ({ context }, { question }: QuestionParams) => ({
    cursor: context.trail[context.trail.indexOf(question) - 1] ?? null,
    returning: false,
    editing: null,
  }),
  backFromSummary: ({ context }) => ({ cursor: context.trail[context.trail.length - 1] ?? null }),
  /** Leaves a Change unmade: the questions after it replay their answers to the summary. */
  keepAnswer: () => ({ editing: null, problem: null }),
  startChange: ({ event }) => (event.type === 'CHANGE' ? { cursor: event.question, editing: event.question, returning: true } : {}),
  settle: () => ({ returning: false, editing: null, cursor: null, problem: null }),
  reset: () => ({ answers: {}, trail: [], cursor: null, returning: false, editing: null, problem: null }),
} satisfies Record<string, Assignment<EngineContext, EngineEvent>>;

/**
 * `{ ...context, ...update }` written out field by field: V8 builds this literal about ten
 * times faster than it merges two objects (a copy of a copy loses its fast layout), and
 * the runner makes a context per question, a fifth of what `assess()` spent. A field
 * added to EngineContext fails to compile until it is added here.
 */
function merge(context: EngineContext, update: Partial<EngineContext>): EngineContext {
  const given = update as EngineContext; // read only where `in` finds the field
  return {
    env: 'env' in update ? given.env : context.env,
    answers: 'answers' in update ? given.answers : context.answers,
    trail: 'trail' in update ? given.trail : context.trail,
    cursor: 'cursor' in update ? given.cursor : context.cursor,
    returning: 'returning' in update ? given.returning : context.returning,
    editing: 'editing' in update ? given.editing : context.editing,
    problem: 'problem' in update ? given.problem : context.problem,
    intake: 'intake' in update ? given.intake : context.intake,
  };
}

/** A forward edge out of a question: to the next question, or to the summary. */
type Next = {
  guard?:
    | 'actsWithoutConsent'
    | 'factsMayPredate'
    | 'remediesExhausted'
    | 'latenessToExplain'
    | 'closedBefore'
    | 'problemUnasked'
    | 'urgencyUnasked'
    | { type: 'fitMatters'; params: { fit: FitQuestion } };
  target: QuestionId | 'review' | 'closed';
};

/** Ask the fit question `fit` next if it can change the recommended routes. */
const askFit = (fit: FitQuestion): Next => ({ guard: { type: 'fitMatters', params: { fit } }, target: fit });

/**
 * A question: `asking` waits for an answer (or passes through when replaying one);
 * `answered` holds the forward edges, written once for live answers and replays alike.
 */
function question(id: QuestionId, next: readonly Next[], { canClose, first = false }: { canClose: boolean; first?: boolean }): StateConfig {
  const p = { question: id };
  return {
    id,
    initial: 'asking',
    entry: { type: 'enterQuestion', params: p },
    states: {
      asking: {
        entry: { type: 'explainRefusedReplay', params: p },
        always: { guard: { type: 'replayable', params: p }, target: 'answered' },
        on: {
          ANSWER: [
            { guard: { type: 'acceptable', params: p }, target: 'answered', actions: { type: 'record', params: p } },
            { actions: { type: 'reject', params: p } },
          ],
          // Back while changing an answer from the summary: keep the answer, return there.
          BACK: { guard: { type: 'changing', params: p }, target: 'answered', actions: 'keepAnswer' },
        },
      },
      answered: {
        always: [
          ...(canClose ? [{ guard: { type: 'closes', params: p }, target: '#closed' }] : []),
          ...next.map(({ guard, target }) => ({ ...(guard ? { guard } : {}), target: `#${target}` })),
        ],
      },
    },
    // The first question has nowhere to go back to.
    on: first ? {} : { BACK: { target: '#routing', actions: { type: 'stepBack', params: p } } },
  };
}

const closing = { canClose: true };
const open = { canClose: false };

/**
 * The OP-ICESCR admissibility screening. One state per question, a summary (`review`)
 * and a final state per outcome. Questions are asked in the order that stops earliest
 * when a bar is certain: a closing answer goes to `closed`, which asks only the fit
 * questions that can change which other routes are recommended, then the summary.
 */
const config = {
  id: 'eligibility',
  initial: 'state',
  context: ({ input }): EngineContext => ({
    env: input.env,
    answers: input.answers ?? {},
    trail: [],
    cursor: null,
    returning: input.answers !== undefined,
    editing: null,
    problem: null,
    intake: input.intake ?? false,
  }),
  on: { RESTART: { target: '#state', actions: 'reset' } },
  output: ({ context }) => buildAssessment(context),
  // Every question has its state (the `satisfies` below): one added to QUESTION_IDS does not compile until it is asked here.
  states: {
    state: question('state', [{ target: 'jurisdiction' }], { ...closing, first: true }),
    jurisdiction: question('jurisdiction', [{ target: 'author' }], closing),
    author: question('author', [{ guard: 'actsWithoutConsent', target: 'consentJustification' }, { target: 'rights' }], closing),
    consentJustification: question('consentJustification', [{ target: 'rights' }], closing),
    // A problem outside the Covenant closes the route here (art. 3(2)(d)); `closed` still asks urgency.
    rights: question('rights', [{ target: 'urgency' }], closing),
    urgency: question('urgency', [{ guard: 'closedBefore', target: 'closed' }, { target: 'factsDate' }], open),
    factsDate: question('factsDate', [{ guard: 'factsMayPredate', target: 'factsContinuing' }, { target: 'remedies' }], open),
    factsContinuing: question('factsContinuing', [{ target: 'remedies' }], closing),
    remedies: question('remedies', [{ guard: 'remediesExhausted', target: 'finalDecisionDate' }, { target: 'otherProcedure' }], closing),
    finalDecisionDate: question('finalDecisionDate', [{ guard: 'latenessToExplain', target: 'lateSubmission' }, { target: 'otherProcedure' }], open),
    lateSubmission: question('lateSubmission', [{ target: 'otherProcedure' }], closing),
    otherProcedure: question('otherProcedure', [{ target: 'identity' }], closing),
    identity: question('identity', [{ target: 'evidence' }], closing),
    evidence: question('evidence', [{ target: 'review' }], open),
    // Once this route is closed: the problem and urgency, if the route closed before they
    // were asked (urgency alone when the problem closed it), then the fit questions: the child question only if it can
    // change the routes recommended (no UN expert's mandate is on children); disability and unfair treatment always,
    // since each names a UN expert whatever else is recommended (the rapporteurs on disability, on racism; the working
    // group on women and girls), who takes up a case no committee can (fitQuestionsThatMatter()).
    closed: {
      id: 'closed',
      description: 'The OP-ICESCR route is closed: questions about other routes',
      always: [
        { guard: 'problemUnasked', target: 'rights' } as Next,
        { guard: 'urgencyUnasked', target: 'urgency' } as Next,
        askFit('child'),
        { target: 'disability' } as Next,
      ].map(({ guard, target }) => ({
        ...(guard ? { guard } : {}),
        target: `#${target}`,
      })),
    },
    child: question('child', [{ target: 'disability' }], open),
    disability: question('disability', [{ target: 'grounds' }], open),
    grounds: question('grounds', [{ target: 'review' }], open),
    routing: {
      id: 'routing',
      // Entered only with a cursor on the route: Back from a later question or the summary, or Change.
      always: QUESTION_IDS.map((q) => ({ guard: { type: 'cursorAt' as const, params: { question: q } }, target: `#${q}` })),
    },
    review: {
      id: 'review',
      entry: 'settle',
      on: {
        CONFIRM: (Object.entries(OUTCOME_STATES) as [Outcome, string][]).map(([outcome, target]) => ({
          guard: { type: 'outcomeIs' as const, params: { outcome } },
          target,
        })),
        CHANGE: { guard: 'onTrail', target: 'routing', actions: 'startChange' },
        BACK: { target: 'routing', actions: 'backFromSummary' },
      },
    },
    likelyAdmissible: { type: 'final' },
    notAdmissible: { type: 'final' },
    needsReview: { type: 'final' },
    notAvailable: { type: 'final' },
  } satisfies Record<QuestionId, StateConfig> & Record<string, StateConfig>,
} satisfies ChartConfig<EngineContext, EngineInput, Assessment>;

/**
 * The screening flow, the one definition of it: XState's machine config with the guards
 * and context updates it names. machine.ts builds the XState machine from it; the element
 * and `assess()` run it compiled (`eligibilityChart`), without XState's interpreter.
 */
export const eligibilityDefinition = { config, guards, assignments, merge } satisfies ChartDefinition<
  EngineContext,
  EngineEvent,
  EngineInput,
  Assessment
>;

/** The flow compiled, ready for `new ChartRun(eligibilityChart, { env })`: what the element and `assess()` run. */
export const eligibilityChart = compileChart(eligibilityDefinition);
/** The type of `eligibilityChart`, to name a `ChartRun` of it. */
export type EligibilityChart = typeof eligibilityChart;
