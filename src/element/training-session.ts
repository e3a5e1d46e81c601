import { html, type nothing, type TemplateResult } from 'lit';
import { ChartRun, createEnvironment, eligibilityChart, stepOf, QUESTION_IDS, type Answers, type Assessment, type EngineContext, type Environment, type EnvironmentOptions, type EngineEvent, type Outcome, type QuestionId, type Step } from '../core/index.js';
import { describeValue, ValidationError } from '../core/errors.js';
import { runIntake } from '../core/intake.js';
import { SCENARIOS, scenarioById, type Scenario } from '../data/scenarios.js';
import type { Formatting } from './format.js';
import type { MachineController } from './machine-controller.js';
import { routeMapFor } from './route-map.js';
import { renderExplain, renderTraining } from './training.js';

/* Training mode's module (see lazy-feature.ts): the session, with its Explain panel, and the styles. */
export { trainingStyles as styles } from './training-styles.js';
export { markFocusShown } from './training-focus.js';

/** What the training session needs from the element. */
export interface TrainingHost {
  readonly machine: MachineController;
  /** The element's own environment (its as-of date and the host's newer data). */
  environment(): Environment;
  /** The newer datasets the host gave, for a scenario's environment. */
  data(): Pick<EnvironmentOptions, 'parties' | 'procedures'>;
  /** Sends what the trainer did, as a person's act; `keepFocus` leaves focus on the trainer's control. */
  send(event: EngineEvent, keepFocus: boolean): void;
  /** "Next step" shows the scenario's answer `value` on `question`, before it moves on: said at once, focus staying on the button. */
  showing(question: QuestionId, value: unknown): void;
  /** A new screening started by the trainer: announced, focus kept or moved as for `send`. */
  started(keepFocus: boolean): void;
  /** The panel shows something new that the machine did not change (the scenario chosen in the list). */
  requestUpdate(): void;
  /** Reports a rejected attribute (the element's error event and warning). */
  reject(error: ValidationError): void;
}

/**
 * The trainer's side of training mode: which scenario is played, and what "Next step",
 * "Jump" and "Reset" send to the machine. Every move goes through the machine's own
 * events (ANSWER, CONFIRM, BACK, CHANGE), so a scenario plays exactly as a person would.
 * It stores nothing anywhere.
 */
export class TrainingSession {
  scenario: Scenario | null = null;
  /** The scenario chosen in the list, not yet started. */
  selected = '';
  /** The host asked for a scenario that does not exist (a mistyped link): said in the panel until one starts or Reset. */
  unknownAsked = false;
  /**
   * The Explain panel is open: it stays so, or closed, from question to question and
   * scenario to scenario, as the trainer left it (not as the last panel drawn happened to be).
   */
  #explainOpen = false;
  /** The machine's snapshot on whose question "Next step" has shown the scenario's answer: the next press sends it. Stale once the wizard moves. */
  #shownOn: unknown = null;

  constructor(private readonly host: TrainingHost) {}

  /** The question's Explain panel, open or closed as the trainer last left it. */
  explain(question: QuestionId, f: Formatting): TemplateResult | typeof nothing {
    return renderExplain(question, f, this.#explainOpen, (open) => {
      this.#explainOpen = open;
    });
  }

  /** Starts the chosen scenario on its own assessment date (its outcome must not drift with the calendar). */
  start(id = this.selected, byPerson = true): boolean {
    const scenario = scenarioById(id);
    if (!scenario) return false;
    // Its id today, when the link named it by an older one: the list shows it chosen.
    this.selected = scenario.id;
    this.scenario = scenario;
    this.unknownAsked = false;
    if (byPerson) this.host.started(true);
    this.host.machine.start({ env: this.#envOf(scenario) });
    return true;
  }

  /** A scenario's environment: its own date, with the host's newer data. */
  #envOf(scenario: Scenario): Environment {
    return createEnvironment({ asOf: scenario.asOf, ...this.host.data() });
  }

  /**
   * The story's own result, its answers played as written: what the room would have seen. Its heading, not the bare
   * outcome's ("not yet" for the courts first: outcomeTitle), is the expected outcome said at the end.
   */
  #story(): Assessment | null {
    return this.scenario ? (runIntake(this.scenario.answers, this.#envOf(this.scenario)).output ?? null) : null;
  }

  /**
   * Opens the host's `scenario` on its first question, ready for "Next step". Anything but
   * the id of a scenario is rejected, and nothing opens. None at all (the attribute removed,
   * or empty) ends the scenario playing: an empty screening on the element's own date, as
   * Reset gives, with focus left where it is, as when the host switches scenario.
   */
  open(id: unknown): void {
    this.unknownAsked = false;
    if (id === undefined || id === null || id === '') {
      if (this.scenario) this.#clear();
      return;
    }
    if (this.start(id as string, false)) return;
    this.unknownAsked = true;
    this.host.reject(
      new ValidationError('attribute', [{ path: 'scenario', code: 'invalid', message: `must be the id of a training scenario, one of ${SCENARIOS.map((s) => JSON.stringify(s.id)).join(', ')} (got ${describeValue(id)})` }]),
    );
  }

  /** The event "Next step" sends where the wizard stands, or null when the scenario has nothing to play. */
  nextEvent(step: Step): EngineEvent | null {
    if (!this.scenario) return null;
    if (step.kind === 'review') return { type: 'CONFIRM' };
    if (step.kind !== 'question') return null;
    const value = this.scenario.answers[step.question];
    return value === undefined ? null : { type: 'ANSWER', value };
  }

  /**
   * "Next step": on a question, first shows the scenario's answer chosen there, so the room
   * sees it (a screen reader, focus kept on the button, hears it); pressed again, sends it and
   * moves on. The summary is confirmed at once: it shows the answers already.
   */
  next(): void {
    const snapshot = this.host.machine.snapshot;
    if (!snapshot) return;
    const step = stepOf(snapshot);
    const event = this.nextEvent(step);
    if (!event) return;
    if (event.type === 'ANSWER' && step.kind === 'question' && this.#shownOn !== snapshot) {
      this.#shownOn = snapshot;
      this.host.showing(step.question, event.value);
      return;
    }
    this.#shownOn = null;
    this.host.send(event, true);
  }

  /** The scenario's answer "Next step" has shown on `question`, for its form to show chosen; undefined before, and once the wizard moves. */
  shownAnswer(question: QuestionId): unknown {
    const snapshot = this.host.machine.snapshot;
    if (!snapshot || snapshot !== this.#shownOn) return undefined;
    const step = stepOf(snapshot);
    return step.kind === 'question' && step.question === question ? this.scenario?.answers[question] : undefined;
  }

  /**
   * To a question of the route (see route()). Back, one Back at a time, from a later
   * question, the summary or the result: the answers after it are kept, and "Next step"
   * walks the route again from there, question by question, as the room saw it the first
   * time. Forward, one answer at a time, each question answered as the room answered it,
   * as if it pressed Continue. Focus stays on the trainer's panel, as for "Next step": on
   * the question, "Next step" would be every answer's Tab away.
   */
  jump(question: QuestionId): void {
    const snapshot = this.host.machine.snapshot;
    if (!snapshot) return;
    const step = stepOf(snapshot);
    const { trail, env, answers } = snapshot.context;
    const to = trail.indexOf(question);
    // Ahead of the question shown (never of the summary or the result, which end the route).
    if (to < 0) {
      if (this.route().includes(question)) this.#forwardTo(question);
      return;
    }
    // A finished screening cannot move: restore its answers (the machine replays them to the summary).
    if (step.kind === 'result') this.host.machine.start({ env, answers });
    const from = step.kind === 'question' ? trail.indexOf(step.question) : trail.length;
    for (let i = from; i > to; i--) this.host.send({ type: 'BACK' }, true);
  }

  /** Answers each question from the one shown to `question` as the room last did: what "Continue" would send. */
  #forwardTo(question: QuestionId): void {
    for (let left = QUESTION_IDS.length; left > 0; left--) {
      const snapshot = this.host.machine.snapshot!;
      const step = stepOf(snapshot);
      if (step.kind !== 'question' || step.question === question) return;
      const value = snapshot.context.answers[step.question];
      if (value === undefined) return;
      this.host.send({ type: 'ANSWER', value }, true);
      // Still there (the answer refused, or not sent): stop rather than send it again.
      const now = stepOf(this.host.machine.snapshot!);
      if (now.kind === 'question' && now.question === step.question) return;
    }
  }

  /**
   * The questions to jump to: the route the answers held lead to, as the machine replays
   * them, up to the first question not answered yet (or the summary). After a jump back it
   * goes on past the question shown, as far as the room had gone, following the room's
   * answers where they left the script. Not the scenario's whole route: that would answer,
   * for the room, questions it has not seen, and give the story's route away.
   */
  route(): readonly QuestionId[] {
    const snapshot = this.host.machine.snapshot;
    if (!snapshot) return [];
    const { trail, env, answers } = snapshot.context;
    // On the summary or the result the trail is the whole route already.
    if (stepOf(snapshot).kind !== 'question') return trail;
    return new ChartRun(eligibilityChart, { env, answers }).snapshot().context.trail;
  }

  /** One click: a fresh screening on the element's own date, no scenario. */
  reset(): void {
    this.host.started(false);
    this.#clear();
  }

  #clear(): void {
    this.scenario = null;
    this.selected = '';
    this.unknownAsked = false;
    this.host.machine.start({ env: this.host.environment() });
  }

  /** The questions of the route answered otherwise than the scenario, where it answers them. */
  offScript(route: readonly QuestionId[], answers: Answers): QuestionId[] {
    const script = this.scenario?.answers;
    if (!script) return [];
    return route.filter((q) => script[q] !== undefined && answers[q] !== undefined && !sameAnswer(script[q], answers[q]));
  }

  /**
   * The answers given led away from the story's lesson: to another outcome, or to the same one
   * for other reasons (no urgency: no interim measures, art. 5), the result citing none of an
   * article the story teaches.
   */
  #lessonMissed(outcome: Outcome): boolean {
    if (!this.scenario) return false;
    const cited = new Set((this.host.machine.snapshot?.output as Assessment | undefined)?.reasons.map((r) => r.article));
    return outcome !== this.scenario.expected || this.scenario.teaches.some((article) => !cited.has(article));
  }

  /** The trainer's panel and the route map: both show the route of route(), the list to jump to and the map alike. */
  render(step: Step, context: Pick<EngineContext, 'trail' | 'answers' | 'env'>, headingLevel: number, f: Formatting): TemplateResult {
    const route = this.route();
    const { answers } = context;
    return html`${renderTraining({
      headingLevel,
      scenario: this.scenario,
      selected: this.selected,
      unknownAsked: this.unknownAsked,
      canPlay: this.nextEvent(step) !== null,
      outcome: step.kind === 'result' ? step.outcome : null,
      story: step.kind === 'result' ? this.#story() : null,
      lessonMissed: step.kind === 'result' && this.#lessonMissed(step.outcome),
      offScript: this.offScript(route, answers),
      unscripted: step.kind === 'question' && this.scenario?.answers[step.question] === undefined,
      f,
      route,
      current: step.kind === 'question' ? step.question : null,
      onSelect: (id) => {
        this.selected = id;
        this.host.requestUpdate();
      },
      onStart: () => this.start(),
      onNext: () => this.next(),
      onJump: (question) => this.jump(question),
      onReset: () => this.reset(),
    })}
    ${routeMapFor({ step, context, f, headingLevel: headingLevel + 1, route })}`;
  }
}

/** Two answers to one question; the options of a multiple choice in any order. */
function sameAnswer(a: unknown, b: unknown): boolean {
  const key = (x: unknown) => JSON.stringify(Array.isArray(x) ? [...x].sort() : x);
  return key(a) === key(b);
}
