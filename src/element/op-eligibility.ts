import { html, LitElement, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { updateWhenLocaleChanges } from '@lit/localize';
import {
  createEnvironment,
  QUESTION_KINDS,
  type CalendarDate,
  stepOf,
  today,
  ValidationError,
  type Answers,
  type Assessment,
  type ComplaintProceduresData,
  type StatesPartiesData,
  type EngineEvent,
  type Step,
} from '../core/index.js';
import { routeReasons } from '../core/assessment.js';
import { checkAnswersOn } from '../core/assess.js';
import { SHIPPED, SHIPPED_TABLES } from '../core/shipped-data.js';
import { copyOf, emit } from './events.js';
import { formatting, type Formatting } from './format.js';
import { HostAnswers } from './host-answers.js';
import { HostData } from './host-data.js';
import { renderLanguageNotice } from './language-notice.js';
import { renderTrainingUnavailable, type TrainingMissing } from './training-unavailable.js';
import { LanguageController } from './localization.js';
import { answeredAnnouncement, LiveRegion, stepAnnouncement } from './live-region.js';
import { BackForwardCacheController } from './back-forward-cache.js';
import { EarlyTapGuard } from './early-tap.js';
import { FocusPlan } from './focus-plan.js';
import { LazyFeature, RESULT, ROUTE_MAP, TRAINING } from './lazy-feature.js';
import { MachineController, type EligibilitySnapshot } from './machine-controller.js';
import { newDayNotice } from './messages.js';
import { NOT_RECORDED } from './not-recorded.js';
import { PersistenceController } from './persistence-controller.js';
import { PrintUnfoldController } from './print-unfold.js';
import { anySavedElsewhere, forgetExpiredSaved, forgetSavedElsewhere } from './persistence.js';
import { emptyCopiedSummary, eraseForExit } from './erase-everywhere.js';
import { waitUntilShown } from './when-shown.js';
import { QuickExitController } from './quick-exit.js';
import { noQuickExitAttribute } from './quick-exit-settings.js';
import { forgottenNotice, notSavedNotice, restoredNotice, savedNotice } from './safety-messages.js';
import { printStyles } from './print-styles.js';
import { safetyStyles } from './safety-styles.js';
import { readableTextStyles } from './readable-text-styles.js';
import { renderExitCover, renderQuickExit, renderSafetyNote } from './safety-view.js';
import { renderRouteMapDisclosure, routeMapDisclosureStyles, routeMapLoadFailedText } from './route-map-disclosure.js';
import { readChoice } from './steps/choice.js';
import { readDate } from './steps/date.js';
import { readMultiple } from './steps/multiple.js';
import { renderQuestionStep } from './steps/question.js';
import { readState } from './steps/state.js';
import { renderBack, urgentNoteText } from './steps/view.js';
import { renderResultPending, resultLoadFailedText } from './result-pending.js';
import { AS_OF, DEFAULT_HEADING_LEVEL, HEADING_LEVEL, MODE, numberAttribute, PROPERTY_ONLY, propertyOnlyRefusal, readAttribute, scenarioOutsideTraining, warningOf, type Mode } from './input-checks.js';
import { whenIdle } from './idle.js';
import { styles } from './styles.js';
import { answerLabels, renderSummary } from './summary.js';
import type * as ResultFeature from './result-feature.js';
import type { TrainingHost, TrainingSession } from './training-session.js';

const answered = (snapshot: EligibilitySnapshot): boolean => Object.keys(snapshot.context.answers).length > 0;
/** The properties whose change may take the focused control away: the heading's level, the quick exit, and the host's date, data or answers, which may send the person to another question. */
const FOCUS_MAY_GO: readonly (keyof OpEligibility)[] = ['headingLevel', 'noQuickExit', 'asOf', 'parties', 'procedures', 'answers'];

function stepKey(step: Step): string {
  switch (step.kind) {
    case 'question':
      return `question:${step.question}`;
    case 'review':
      return 'review';
    case 'result':
      return `result:${step.outcome}`;
  }
}

/**
 * `<op-eligibility>`: checks, one question at a time, whether a situation can become a
 * complaint to the UN Committee on Economic, Social and Cultural Rights under the
 * Optional Protocol to the ICESCR, then shows the answers to check and a result with
 * its reasons (each citing its Protocol article) and what to do next.
 *
 * The element decides nothing about the law: it renders the snapshots of the engine's
 * state machine (`op-eligibility/core`) and sends it what the person did.
 *
 * Training mode (`mode="training"`), for trainers in front of a room: the route map
 * stands beside the wizard, every question has an "Explain" panel quoting the Protocol's
 * article, and fictional scenarios play their answers one "Next step" at a time. Jump to
 * any question of the route, or reset, in one click. Training mode saves, reads and
 * restores no answers; only its quick exit, as every element's, deletes the screenings saved
 * on the site. The result page carries a hand-off summary (Print, Copy as text, and the
 * assessment as a JSON data file) in both modes, and the route map on request.
 *
 * @fires {OpEligibilityStepEvent} op-eligibility-step - A step is shown (the first one too). `detail: { step, answers }`:
 *   the engine's Step and every answer given so far (pass them back as `answers` to restore);
 *   in training mode also `training: { scenario }`, the id of the scenario playing or null.
 * @fires {OpEligibilityCompleteEvent} op-eligibility-complete - The result is shown: once per result, again after "Change your answers" and a new confirmation. `detail: { assessment }`;
 *   in training mode `assessment.training` marks it fictional (`{ scenario }`).
 * @fires {OpEligibilityErrorEvent} op-eligibility-error - An attribute, property or saved state was rejected: an
 *   attribute or data property falls back to its default, rejected `answers` are ignored (a screening under way
 *   goes on as it was). `detail: { error }`, a ValidationError naming the field.
 * @fires {OpEligibilityExitEvent} op-eligibility-exit - The person chose "Exit this page" (or pressed Shift three times):
 *   answers and saved state are already wiped and the page covered. `detail: { url }`.
 *   Cancelable: unless a listener calls `preventDefault()` (to leave its own way), the
 *   element then calls `location.replace(url)`, so Back does not return here.
 *
 * @csspart base - The wrapper of everything the element shows.
 * @csspart skip-link - "Skip to Exit this page", the first focusable; visible only when focused.
 * @csspart quick-exit - The "Exit this page" button, kept in view at the top while the element is.
 * @csspart exit-cover - The blank cover shown over the whole page the moment the person exits.
 * @csspart safety-note - The note on what the quick exit erases and what is kept on this device.
 * @csspart save - The "Save my answers" button, the person's own opt-in (with `persist` only).
 * @csspart forget - The "Forget my answers" button, once the person has chosen to save.
 * @csspart delete-saved - "Delete saved answers", on a page that saves nothing, when answers another page of the site saved are on the device.
 * @csspart back - The "Back" button.
 * @csspart date-in-words - Under a date input, the date typed, in words ("That is 3 April 2024."), so the order of day and month is never in doubt.
 * @csspart date-check - Under the final decision's date, when the day typed is before the day the facts began: a note that this can be right, and to check both dates (never an error).
 * @csspart change-answers - "Change your answers" on the result page, at the top and again beside "Start again": back to the summary, every answer kept.
 * @csspart progress - "Question N".
 * @csspart language-unavailable - Above the step while the page's language could not be loaded (offline) and the text shows in English: says so in that language, then in English, until the language comes.
 * @csspart day-notice - Above the step, after a screening left open past midnight was checked again for the new day: says so until the person goes on.
 * @csspart heading - The heading of the step (the question, "Check your answers" or the outcome).
 * @csspart hint - The short hint under a heading.
 * @csspart field - A question's heading and its field: the fieldset (or the field) of its controls, with their hint and error.
 * @csspart error-summary - The "There is a problem" box.
 * @csspart urgent-note - Above each question and Check your answers once the person said harm is about to happen: get help now, without waiting for the result.
 * @csspart error-message - The message beside the field.
 * @csspart button - Every button drawn as a button: "Continue", "Confirm and see the result", "Start again", and the others ("Change your answers" beside "Start again", "Try again", "Save my answers", "Forget my answers", "Delete saved answers", the hand-off summary's and the trainer's buttons). Not the ones drawn as links (Back, Change, "Change your answers" at the top, "Jump to a question"), nor "Exit this page".
 * @csspart continue - The "Continue" button.
 * @csspart confirm - The "Confirm and see the result" button.
 * @csspart restart - The "Start again" button.
 * @csspart retry - "Try again" where the result's details, the route map or training mode could not be loaded (offline): fetches them again, keeping the answers.
 * @csspart training-unavailable - Above the step in training mode while its scenarios and route map could not be loaded (offline) or are long in coming: the questions show without them.
 * @csspart summary - The "Check your answers" section.
 * @csspart change - Each "Change" button of the summary.
 * @csspart result - The result section.
 * @csspart outcome - The panel with the outcome.
 * @csspart caution - Each caution: facts about the State, or about one of the other routes, that are unconfirmed.
 * @csspart reasons - The list of reasons.
 * @csspart next-steps - The list of things to do next.
 * @csspart language-note - Shown when the result is read in a language a complaint cannot be written in.
 * @csspart other-routes - The section listing other places that may help, when this route is closed.
 * @csspart forum-warning - The cautions above the other routes: about choosing where to complain (a body examining the problem may bar it here, art. 3(2)(c), or, when the person said one has, the others may refuse it too), and what most of the others need too: a name, when the person gave none; the agreement of those harmed, when someone acts for them without it and without a reason.
 * @csspart route - Each other route: a UN committee, a regional body or the UN special rapporteurs.
 * @csspart routes-folded - "Show the other committees" (or regional bodies): the routes of a group that do not fit the answers, folded under those that may.
 * @csspart campaign - "What you can do" to get a State not party to join the Protocol.
 * @csspart disclaimer - "This is an indication, not legal advice."
 * @csspart handoff - The hand-off summary on the result page, with its buttons.
 * @csspart handoff-disclosure - "Show the summary": the sheet, folded away on screen (printing unfolds it).
 * @csspart handoff-sheet - The summary itself: what is printed, in the sections of the UN model form.
 * @csspart handoff-print - The "Print" button.
 * @csspart handoff-copy - The "Copy as text" button.
 * @csspart handoff-download - The "Download as a data file (JSON)" button.
 * @csspart handoff-status - What "Copy as text" did ("Copied", or how to copy by hand), beside the buttons.
 * @csspart route-map - The route map (SVG and the list of the route taken).
 * @csspart route-after - Under the route map, what the Protocol says happens once a complaint is sent (articles 5 to 9 and 11).
 * @csspart route-map-disclosure - "Show the route map" on the result page (screening mode).
 * @csspart training - The trainer's panel (training mode).
 * @csspart training-scenario - The scenario list.
 * @csspart training-start - "Start this scenario".
 * @csspart training-next - "Next step".
 * @csspart training-reset - "Reset".
 * @csspart training-jump - Each "Jump to a question" button.
 * @csspart explain - The "Explain" panel of a question (training mode).
 *
 * @cssprop [--op-eligibility-color-text=#1d2327] - Text colour.
 * @cssprop [--op-eligibility-color-muted=#4a5560] - Colour of hints and captions.
 * @cssprop [--op-eligibility-color-background=#ffffff] - Background colour.
 * @cssprop [--op-eligibility-color-accent=#1d5f8a] - Buttons, links, selected controls.
 * @cssprop [--op-eligibility-color-accent-text=#ffffff] - Text on accent-coloured buttons. Unset, white or black, whichever reads better on the accent (white where the browser lacks relative colours).
 * @cssprop [--op-eligibility-color-error=#b3261e] - Error messages and borders.
 * @cssprop [--op-eligibility-color-focus=#ffbf47] - The focus indicator.
 * @cssprop [--op-eligibility-color-focus-text=#0b0c0c] - Text on the focus colour.
 * @cssprop [--op-eligibility-color-border=#5c6670] - Borders of inputs and lists.
 * @cssprop [--op-eligibility-color-panel=#eef4f8] - Background of the outcome panel.
 * @cssprop [--op-eligibility-font-family=system-ui, -apple-system, 'Segoe UI', Roboto, 'Helvetica Neue', Arial, sans-serif] - Font family.
 * @cssprop [--op-eligibility-font-family-heading=inherit] - Font family of every heading (the step's, the result's, the summary's), for a brand's heading font; unset, the headings take `--op-eligibility-font-family`.
 * @cssprop [--op-eligibility-font-size=1.1875rem] - Base font size.
 * @cssprop [--op-eligibility-radius=calc(var(--op-eligibility-space, 1rem) * 0.375)] - Corner radius.
 * @cssprop [--op-eligibility-space=1rem] - The base unit of spacing.
 * @cssprop [--op-eligibility-color-exit=#b3261e] - Background of the "Exit this page" button.
 * @cssprop [--op-eligibility-color-exit-text=#fff] - Text of the "Exit this page" button. Unset, white or black, whichever reads better on the exit colour (white where the browser lacks relative colours).
 * @cssprop [--op-eligibility-sticky-offset=0px] - Height of the page's own sticky header, if any: the "Exit this page" bar sticks below it.
 *
 * @slot - A fallback of the page's own (a line and a link): shown until the first question is, in the element's colours, and left in place when the element cannot start. The element never reads it.
 */
export class OpEligibility extends LitElement {
  // Getters, not static fields: the build compiles a static field to a class static block,
  // which Safari before 16.4 cannot parse (README, "Supported browsers").
  static override get styles() {
    return [styles, safetyStyles, readableTextStyles, routeMapDisclosureStyles, printStyles];
  }

  static override get properties() {
    return {
      lang: { type: String, reflect: true },
      asOf: { type: String, attribute: 'as-of' },
      headingLevel: { attribute: 'heading-level', converter: numberAttribute },
      mode: { type: String, reflect: true },
      scenario: { type: String },
      answers: { attribute: false },
      parties: { attribute: false },
      procedures: { attribute: false },
      noQuickExit: { attribute: 'no-quick-exit', converter: noQuickExitAttribute },
      exitUrl: { type: String, attribute: 'exit-url' },
      persist: { type: String },
      persistTtl: { attribute: 'persist-ttl', converter: numberAttribute },
    };
  }

  // Watched too, so that one set after the first update is refused as one set before it is.
  static override get observedAttributes(): string[] {
    return [...super.observedAttributes, ...PROPERTY_ONLY];
  }

  /**
   * The language, as a BCP 47 tag: English, French, Spanish or Arabic (`fr-CA` → French;
   * any other language → English). When empty, the nearest ancestor's `lang` is used,
   * else English. The text, country names, dates and lists all follow it; Arabic lays out
   * right to left. Changing it keeps the answers and the current step. A page shows one
   * language at a time: with two elements asking for different ones, the last asked wins.
   * Attribute: `lang`.
   */
  declare lang: string;

  /**
   * The assessment date, 'YYYY-MM-DD'; defaults to today on the person's calendar.
   * Attribute: `as-of`. An invalid date fires `op-eligibility-error` and today is used.
   * Changed during a screening, it re-checks the answers given so far on the new date: the
   * person keeps them and goes on from the first question the new route asks.
   */
  declare asOf: string | undefined;

  /**
   * The level (1–6) of the step headings, so the element fits the page's outline;
   * headings inside a step are one level deeper. Attribute: `heading-level`; default 2.
   * Anything else fires `op-eligibility-error` and 2 is used.
   */
  declare headingLevel: number;

  /**
   * `screening` (default) or `training`: the route map beside the wizard, an "Explain"
   * panel on each question, fictional scenarios played step by step, jump and reset, and
   * nothing ever stored (no storage API is called in this mode, whatever else the host
   * asks for, but by the quick exit, which deletes the screenings saved on the site).
   * Attribute: `mode`. Anything else fires `op-eligibility-error` and `screening` is used.
   * @default 'screening'
   */
  declare mode: 'screening' | 'training' | undefined;

  /**
   * Training mode: the id of a fictional scenario to open: `eviction-spain`,
   * `pension-ecuador`, `not-party-japan`, `european-court-italy`, `late-portugal`,
   * `organisation-argentina`, `inquiry-el-salvador`, `continuing-belgium`, `courts-first-france`,
   * `before-protocol-germany`, `without-consent-finland`, `anonymous-costa-rica`,
   * `news-only-uruguay`, `disappearance-mexico` or
   * `free-speech-mongolia`
   * (`SCENARIOS` in src/data/scenarios.ts).
   * It starts on its first question, ready for "Next step". Attribute: `scenario`. An
   * unknown id, or one given outside training mode, fires `op-eligibility-error` and is ignored. Removed or set empty while a
   * scenario plays, it ends it: an empty screening on the element's own date, as "Reset"
   * gives, with the keyboard focus left where it is (as when the scenario is switched).
   */
  declare scenario: string | undefined;

  /**
   * Answers to restore or pre-fill (for example from an earlier `op-eligibility-step`
   * event). Validated as `assess()` validates them: their shape (`parseAnswers`), then
   * each answer the engine refuses on any route (a State the UN list does not know, a date
   * after `as-of`). Invalid answers fire `op-eligibility-error` and are ignored: a
   * screening under way goes on as it was, a new one starts fresh. Answers equal to the
   * screening's, or to those passed last (in a new object), change nothing; `undefined`
   * starts afresh. Property only: found as an attribute, it fires `op-eligibility-error`.
   */
  declare answers: Partial<Answers> | null | undefined;

  /**
   * Newer States-Parties data, in the engine's `StatesPartiesData` shape. Invalid data
   * fires `op-eligibility-error` and the shipped data is used. Property only. Set during a
   * screening (data fetched after the page opened), it re-checks the answers given so far,
   * which the person keeps; the same data in a new object changes nothing. Found as an
   * attribute, it fires `op-eligibility-error`.
   */
  declare parties: StatesPartiesData | undefined;

  /**
   * Newer complaint-procedures data (which UN complaint procedures each State accepted: the
   * other routes a closed result names), in the engine's `ComplaintProceduresData` shape.
   * Invalid data, or a table that leaves out a State of the `parties` in force, fires
   * `op-eligibility-error` and the shipped data is used. Property only; read as `parties` is.
   */
  declare procedures: ComplaintProceduresData | undefined;

  /**
   * Hides the "Exit this page" button, its skip link and the Shift×3 shortcut (for a host
   * page that has its own quick exit). Attribute: `no-quick-exit`. Default: shown. Only
   * `true` hides it: `no-quick-exit="false"` keeps it and fires `op-eligibility-error`.
   */
  declare noQuickExit: boolean;

  /**
   * Where the quick exit goes: an absolute `http:` or `https:` URL. Anything else (a
   * `javascript:` URL, a relative path, junk) fires `op-eligibility-error` and the default,
   * https://www.google.com/, is used. Attribute: `exit-url`.
   * @default 'https://www.google.com/'
   */
  declare exitUrl: string | undefined;

  /**
   * Save-and-resume, off by default (nothing is stored). Set, it is offered to the person:
   * answers are stored only once they press "Save my answers". `"session"` keeps them in
   * this tab (sessionStorage), `"local"` in this browser (localStorage), with an expiry,
   * under the key `op-eligibility:<id>` (`op-eligibility` without an id; the id is read
   * when `persist` is set): with several persisted elements on a page, give each an id;
   * a second element asking for a key already in use is refused with
   * `op-eligibility-error` and saves nothing until the first leaves the page (a
   * framework's transition), when it takes the key as if `persist` were set then. Any
   * other value fires `op-eligibility-error` and nothing is stored. Training mode never
   * stores anything. Attribute: `persist`.
   */
  declare persist: 'session' | 'local' | undefined;

  /**
   * How many hours saved answers are kept after the last change, 1–720. Attribute: `persist-ttl`; default 24.
   * @default 24
   */
  declare persistTtl: number | undefined;

  readonly #machine = new MachineController(this);
  readonly #language = new LanguageController(this);
  readonly #saved = new PersistenceController(
    this,
    (error, instead) => this.#reject(error, instead),
    () => this.#forgottenElsewhere(),
  );
  readonly #printUnfold = new PrintUnfoldController(this);
  readonly #quickExit = new QuickExitController(
    this,
    (error) => this.#reject(error),
    (storage) => this.#wipe(storage),
  );
  /** Whether the element has shown a step yet (it waits for its language the first time). */
  #shown = false;
  /**
   * The screening (its generation) that answers saved on an earlier visit resumed at load:
   * someone who cannot see the screen is told the device kept them, and how to delete them,
   * once its step is drawn; not if another screening replaced it first (the host's answers, a quick exit).
   */
  #restoredUnsaid = 0;
  /** The element was hidden when that was to be said: it waits for the element to show. */
  #restoredWaits = false;
  /** Saving nothing itself, it found answers saved on another page of the site on this device (checkSavedElsewhere). */
  #savedElsewhere = false;
  #level = DEFAULT_HEADING_LEVEL;
  #asOf: string | undefined;
  readonly #hostData = new HostData();
  readonly #hostAnswers = new HostAnswers();
  /** Errors found while reading the inputs, dispatched once the update is done. */
  #errors: ValidationError[] = [];
  #stepKey = '';
  /** The answers said it is urgent at the last step drawn: the urgent note is said once, at the step after they first do. */
  #urgent = false;
  /** What "Copy as text" or "Download" last did on this result, shown beside the buttons. */
  #handoffStatus: ResultFeature.HandoffStatus | null = null;
  #completedGeneration = 0;
  readonly #live = new LiveRegion(this.#language);
  /** The new day a screening was checked again for, shown above the step until the person goes on. */
  #dayChanged: CalendarDate | null = null;
  #mode: Mode = 'screening';
  /** The second tap of a double tap, landing on the step the first one opened, does nothing. */
  readonly #earlyTaps = new EarlyTapGuard();
  /** Where focus goes after each update, and why (focus-plan.ts). */
  readonly #focus = new FocusPlan(this, this.#earlyTaps);
  /*
   * Optional features, each a chunk fetched when first needed (lazy-feature.ts): training
   * mode when `mode="training"`, the result (with its other routes and hand-off summary)
   * after the first answer, the route map when training starts or "Show the route map"
   * opens. Each brings its styles and its translations; `updateComplete` waits for those
   * being fetched.
   */
  readonly #result = new LazyFeature(this, RESULT);
  /** A result is reached but its module is still on its way: it is shown, focused and announced when it arrives. */
  #resultWaiting = false;
  /** The result is shown (or waited for): its module, missing when the person got there, was asked for again once. */
  #atResult = false;
  readonly #routeMap = new LazyFeature(this, ROUTE_MAP);
  readonly #trainingModule = new LazyFeature(this, TRAINING);
  /** Training mode's session, made when its module arrives. */
  #training: TrainingSession | null = null;
  /** The `scenario` to open once training mode's module is here. */
  #scenarioUnread = false;
  /** Training mode is asked for and its modules (its own and the route map's) are here. */
  get #trainingShown(): boolean {
    return this.#mode === 'training' && this.#trainingModule.module !== null && this.#routeMap.module !== null;
  }
  /** Training mode is asked for, but its modules could not be fetched or are long in coming: the questions show without them. */
  get #trainingMissing(): TrainingMissing | null {
    if (this.#mode !== 'training' || this.#trainingShown) return null;
    if (this.#trainingModule.failed || this.#routeMap.failed) return 'failed';
    return this.#trainingModule.overdue || this.#routeMap.overdue ? 'slow' : null;
  }
  readonly #trainingHost: TrainingHost = {
    machine: this.#machine,
    environment: () => this.#environment(),
    data: () => this.#hostData.options,
    send: (event, keepFocus) => {
      this.#focus.trainerDrove(keepFocus);
      this.#send(event);
    },
    showing: (question, value) => {
      const f = this.#formatting();
      this.#live.say(answeredAnnouncement(answerLabels(question, value, f), f));
      this.#focus.answerShown();
      this.requestUpdate();
    },
    started: (keepFocus) => {
      // A new screening: a new day's notice about the one it replaces is no longer true.
      this.#goesOn();
      this.#focus.trainerDrove(keepFocus);
    },
    requestUpdate: () => this.requestUpdate(),
    reject: (error) => this.#reject(error),
  };

  // Last of the controllers: what it calls on connecting uses the others, connected by then.
  readonly #backForwardCache = new BackForwardCacheController(this, () => this.#backFromCache());

  override connectedCallback(): void {
    super.connectedCallback();
    document.addEventListener('visibilitychange', this.#onVisible);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    document.removeEventListener('visibilitychange', this.#onVisible);
  }

  constructor() {
    super();
    this.headingLevel = DEFAULT_HEADING_LEVEL;
    this.noQuickExit = false;
    updateWhenLocaleChanges(this);
  }

  /**
   * For a host with its own quick exit (`no-quick-exit`): erases what "Exit this page" would,
   * without leaving. Every `<op-eligibility>` on the page goes back to its first question,
   * saying nothing; every screening saved on the site is deleted; the site's other tabs clear
   * theirs; a summary copied with "Copy as text" is emptied from the clipboard (from a click
   * or tap, which lets a page write there). Call it from your exit, and leave once it
   * settles: at once, or up to 0.2 s later when the clipboard is being emptied; it never
   * rejects, and fires no event.
   */
  eraseForExit(): Promise<void> {
    return eraseForExit() ?? Promise.resolve();
  }

  override attributeChangedCallback(name: string, old: string | null, value: string | null): void {
    if (!PROPERTY_ONLY.includes(name)) super.attributeChangedCallback(name, old, value);
    // Those there before the first update are refused then, when a host's listener can hear it.
    else if (value !== null && this.hasUpdated) {
      this.#reject(propertyOnlyRefusal(name));
      this.requestUpdate();
    }
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (FOCUS_MAY_GO.some((name) => changed.has(name))) this.#focus.focusedMayGo();
    if (!this.hasUpdated) for (const name of PROPERTY_ONLY) if (this.hasAttribute(name)) this.#reject(propertyOnlyRefusal(name));
    if (changed.has('lang')) this.#language.check(this.#reject);
    if (changed.has('headingLevel')) this.#level = readAttribute(HEADING_LEVEL, this.headingLevel, this.#reject);
    if (changed.has('mode')) {
      this.#mode = readAttribute(MODE, this.mode, this.#reject);
      // A scenario runs on its own date with fictional answers: no screening goes on from it.
      if (this.#mode === 'screening' && this.#training?.scenario) this.#training.reset();
    }
    if (changed.has('noQuickExit') || changed.has('exitUrl')) this.#quickExit.read(changed);
    let start = !this.#machine.started;
    let resumed: Answers | undefined;
    if (changed.has('persist') || changed.has('persistTtl') || changed.has('mode') || this.#saved.keyFreed) {
      // Training mode never stores anything, whatever `persist` says.
      this.#saved.read(changed, { stores: this.#mode !== 'training' });
      // Turned on after the screening began (a host that asks for consent first), or the key
      // given up by the element that held it (a framework's transition replacing it): answers an
      // earlier visit saved must not stay on the device behind a note that says nothing is
      // saved. They resume a screening with no answer yet, as they would have at load, and
      // say so. If this visit has answers, whoever gave them did not choose to save: on a
      // shared device the earlier ones are deleted, and saving is offered afresh.
      if (this.#machine.started && this.#saved.saved?.chosen === false) {
        const underWay = Boolean(this.#machine.snapshot && answered(this.#machine.snapshot));
        const saved = this.#saved.load(this.#checkAnswers, underWay);
        if (saved && !underWay) {
          resumed = saved;
          start = true;
          this.#live.notice = restoredNotice();
          // Focus follows to the question resumed only from within the element.
          this.#focus.changedFromOutside();
        } else if (saved) {
          this.#saved.withdraw();
          this.#saved.forget();
        }
      }
    }
    if (changed.has('asOf')) {
      start = true;
      this.#asOf = readAttribute(AS_OF, this.asOf, this.#reject);
    }
    if ((changed.has('parties') || changed.has('procedures')) && this.#hostData.read(this.parties, this.procedures, changed.has('parties'), this.#reject)) {
      start = true;
    }
    // Answers the host passes replace the screening's; rejected ones leave it as it was.
    let hostAnswers = false;
    if (changed.has('answers')) {
      // Not the answers the screening holds already, nor those passed last (host-answers.ts).
      hostAnswers = this.#hostAnswers.read(this.answers, this.#machine.snapshot?.context.answers, this.#checkAnswers, this.#reject);
      if (hostAnswers) start = true;
    }
    if (start) {
      const env = this.#environment();
      // Saved answers resume the first screening only; answers the host passes win (and
      // take their place in storage, when the person had chosen to save). A new date or
      // States-Parties table later on (a host fetching fresher data) re-checks the answers
      // given so far: the person goes on where the new route asks something, losing nothing.
      const first = !this.#machine.started;
      const current = !first && !hostAnswers ? this.#machine.snapshot?.context.answers : undefined;
      // Refused saved answers are reported as going on with the host's, when it passed some.
      const saved = first ? this.#saved.load(this.#checkAnswers, this.#hostAnswers.given !== undefined) : undefined;
      const answers = resumed ?? current ?? this.#hostAnswers.given ?? saved;
      this.#machine.start(answers ? { env, answers } : { env }, answers !== undefined && answers === current);
      if (saved && answers === saved) this.#restoredUnsaid = this.#machine.generation;
    }
    // Read even when empty: a host that removes its scenario ends the one playing.
    if (changed.has('scenario') || changed.has('mode')) this.#scenarioUnread = this.#mode === 'training';
    // A host that forgot mode="training" would see a plain screening, and never learn why.
    if (changed.has('scenario') && this.scenario && this.#mode !== 'training') this.#reject(scenarioOutsideTraining());
    if (this.#mode === 'training') {
      const training = this.#trainingModule.request();
      this.#routeMap.request();
      if (training) this.#training ??= new training.TrainingSession(this.#trainingHost);
      if (this.#trainingShown) {
        if (this.#scenarioUnread) {
          this.#scenarioUnread = false;
          // Focus on a question the scenario replaces (training mode arrived late, the trainer
          // answering meanwhile) would fall to the page: it goes to the new step's heading (focus-plan.ts).
          this.#focus.scenarioOpens();
          this.#training?.open(this.scenario);
        }
      } else if (!this.#shown && !this.#trainingMissing) {
        // At first the element shows and says nothing until training mode is here (a
        // scenario would restart it anyway); switched to at run time, it goes on as it was.
        return;
      }
    }

    const snapshot = this.#machine.snapshot;
    if (!snapshot) return;
    const step = stepOf(snapshot);
    // Fetched once the person has answered, so that the result never waits for it.
    if (step.kind !== 'question' || step.number > 1) this.#result.request();
    // Its fetch failed earlier (offline at the first answer): the connection may be back by the end.
    const arrived = step.kind === 'result' && !this.#atResult;
    this.#atResult = step.kind === 'result';
    if (arrived && this.#result.failed) this.#result.retry();
    this.#resultWaiting = step.kind === 'result' && this.#result.loading;
    if (this.#resultWaiting) {
      // Its stand-in is a step too: a double tap on Confirm must not land on its "Start again".
      this.#earlyTaps.stepShown();
      return;
    }
    const key = `${this.#machine.generation}|${stepKey(step)}`;
    // A new screening (the host's answers, date, data or scenario; Start again): what was said
    // was about the one replaced, and is emptied, so that the next thing said is heard even in
    // the same words (the same question, on the new route).
    if (!this.#stepKey.startsWith(`${this.#machine.generation}|`)) this.#live.silence();
    // The heading takes focus and reads the outcome (focus-plan.ts); only a second failure needs saying.
    if (this.#focus.retrying && !this.#result.module) this.#live.say(resultLoadFailedText());
    // The details came (another element's "Try again"): the region, read in its place too, no longer says they are missing.
    if (step.kind === 'result' && this.#result.module) this.#live.withdraw(resultLoadFailedText());
    if (key !== this.#stepKey) {
      this.#stepKey = key;
      this.#handoffStatus = null;
      const say = this.#focus.newStep();
      // The urgent note sits above the heading focus goes to, so a screen reader reading on from
      // there would not hear it: it is said once, as the person says it is urgent, not at every step.
      const urgent = snapshot.context.answers.urgency === 'yes';
      const newlyUrgent = urgent && !this.#urgent && step.kind !== 'result';
      this.#urgent = urgent;
      if (say) {
        // Focus on the new step's heading reads it: the live region says only what focus
        // does not (a notice), or the step itself when focus stays where it is. The focused
        // heading reads the outcome; that its details could not come, only this says.
        this.#live.sayWithNotice(
          say === 'step' ? stepAnnouncement(step, snapshot.context.answers.author, step.kind === 'result' ? routeReasons(snapshot.context) : []) : '',
          newlyUrgent ? urgentNoteText() : '',
          step.kind === 'result' && !this.#result.module ? resultLoadFailedText() : '',
        );
      }
    }
    this.#focus.problemIs(snapshot.context.problem);
  }

  protected override firstUpdated(): void {
    // The shipped datasets are validated on first use: do it while the person reads the
    // first question, so their first answer does not wait for it; one table per idle task,
    // so that a tap meanwhile (on "Exit this page" above all) waits for one at most.
    for (const table of SHIPPED_TABLES) whenIdle(() => SHIPPED[table]());
    // The site's expired saved answers go too, off the path to the first question (storage
    // is read from disk) and once this element, and the others starting with it on this
    // page, have read (and, expired, reported) their own; then the note says if any are left.
    whenIdle(() => {
      if (this.#mode === 'training') return;
      forgetExpiredSaved();
      this.#checkSavedElsewhere();
    });
  }

  protected override updated(): void {
    const snapshot = this.#machine.snapshot;
    if (snapshot && !this.#saved.save(snapshot.context.answers, snapshot.context.env)) this.#notSaved();
    for (const error of this.#errors.splice(0)) emit(this, 'op-eligibility-error', { error });
    const drawn = this.#focus.carryOut({ resultWaiting: this.#resultWaiting, shown: !!snapshot && this.#shown });
    if (!snapshot || drawn === 'hidden') return;
    if (this.#restoredUnsaid === this.#machine.generation && !this.#restoredWaits) {
      // Not while the element is hidden (a tab panel not shown): said when it shows, or never heard.
      this.#restoredWaits = waitUntilShown(this.renderRoot.querySelector('[role="status"]')!, () => {
        this.#restoredWaits = false;
        this.requestUpdate();
      });
      if (!this.#restoredWaits) {
        // Said in the next update: words in a live region as it comes into the page go unheard.
        this.#restoredUnsaid = 0;
        this.#live.say(restoredNotice());
        this.requestUpdate();
      }
    }
    if (drawn === 'new-step') {
      emit(this, 'op-eligibility-step', { step: stepOf(snapshot), answers: copyOf(snapshot.context.answers), ...this.#trainingMark() });
    }
    if (snapshot.status === 'done' && this.#completedGeneration !== this.#machine.generation) {
      this.#completedGeneration = this.#machine.generation;
      emit(this, 'op-eligibility-complete', { assessment: copyOf(this.#assessmentOf(snapshot)) });
    }
  }

  /** Also waits for the element's language, and the features it is fetching, to load and show. */
  protected override async getUpdateComplete(): Promise<boolean> {
    let complete = await super.getUpdateComplete();
    const waiting = () => [this.#language, this.#result, this.#routeMap, this.#trainingModule].filter((w) => w.loading);
    for (let pending = waiting(); pending.length; pending = waiting()) {
      await Promise.all(pending.map((w) => w.settled()));
      complete = await super.getUpdateComplete();
    }
    return complete;
  }

  protected override render(): TemplateResult | typeof nothing {
    const snapshot = this.#machine.snapshot;
    const training = this.#trainingShown;
    // The first time, wait for the language rather than flash English (and for training
    // mode's module). Meanwhile the page's own fallback stays in view, in the element's
    // colours, rather than a blank (a second or more on a slow connection).
    if (!this.#shown && (!snapshot || this.#language.loading || (this.#mode === 'training' && !training && !this.#trainingMissing))) {
      return html`<div class="root"><slot></slot></div>`;
    }
    if (!snapshot) return nothing;
    this.#shown = true;
    const step = stepOf(snapshot);
    const f = this.#formatting();
    let body: TemplateResult;
    switch (step.kind) {
      case 'question':
        body = renderQuestionStep({
          context: snapshot.context,
          question: step.question,
          number: step.number,
          headingLevel: this.#level,
          f,
          forms: this.#machine.forms,
          explain: training ? (this.#training?.explain(step.question, f) ?? nothing) : nothing,
          shown: training ? this.#training?.shownAnswer(step.question) : undefined,
          onAnswer: this.#answerFrom,
          onBack: this.#back,
        });
        break;
      case 'review':
        body = html`${renderBack(this.#back)}
        ${renderSummary({
          trail: snapshot.context.trail,
          answers: snapshot.context.answers,
          headingLevel: this.#level,
          f,
          onChange: (question) => this.#send({ type: 'CHANGE', question }),
          onConfirm: () => this.#send({ type: 'CONFIRM' }),
        })}`;
        break;
      case 'result': {
        const result = this.#result.module;
        const assessment = this.#assessmentOf(snapshot);
        // The trainer has Jump and Reset; a scenario's answers are not the person's to change.
        const onChange = this.#mode === 'training' ? undefined : this.#changeAnswers;
        body = result
          ? result.renderResult({
              assessment,
              headingLevel: this.#level,
              f,
              onRestart: this.#restart,
              onChange,
              extra: this.#renderResultExtras(result, assessment, step, snapshot, f),
            })
          : renderResultPending({
              assessment,
              loading: this.#resultWaiting,
              // The urgent help, once shown, stays while "Try again" waits.
              overdue: this.#result.overdue || this.#result.waitingAgain,
              headingLevel: this.#level,
              onRestart: this.#restart,
              onRetry: this.#retryResult,
              onChange,
            });
        break;
      }
    }
    // Training mode's module is here whenever it shows (#trainingShown).
    const focusMoved = (training && this.#trainingModule.module?.markFocusShown) || nothing;
    // Kept out of the session recorders a host's page may run, by their own markers
    // (NOT_RECORDED; Hotjar, Clarity, LogRocket, Datadog, Matomo). Inside the shadow root: a recorder
    // looks for a control's marked ancestor with closest(), which stops at the shadow root,
    // so marked on the host the element would hide its text but not each choice and date.
    return html`<div
      class="root ${NOT_RECORDED}"
      data-hj-suppress
      data-clarity-mask="true"
      data-private
      data-dd-privacy="hidden"
      data-matomo-mask
      part="base"
      data-mode=${training ? 'training' : 'screening'} lang=${this.#language.tag} dir=${this.#language.dir}>
      ${this.#quickExit.enabled ? renderQuickExit(this.#quickExit.skipToExit, this.#quickExit.exitByButton) : nothing}
      ${this.#live.render()}
      <div class=${training ? 'training-layout' : 'layout'} @focusin=${focusMoved} @focusout=${focusMoved}>
        <div class=${training ? 'training-main' : 'main'} @mousedown=${this.#earlyTaps.listener} @click=${this.#earlyTaps.listener}>
          ${renderLanguageNotice(this.#language.unavailable)}
          ${this.#mode === 'training' ? renderTrainingUnavailable(this.#trainingMissing, this.#retryTraining) : nothing}
          ${this.#dayChanged ? html`<p class="day-notice" part="day-notice">${newDayNotice(f.date(this.#dayChanged))}</p>` : nothing}${body}
        </div>
        ${training
          ? // A double tap on "Next step" plays one step, not two: its second tap would play a question the room never saw.
            html`<div class="training-side" @mousedown=${this.#earlyTaps.listener} @click=${this.#earlyTaps.listener}>
              ${this.#training?.render(step, snapshot.context, this.#level, f) ?? nothing}
            </div>`
          : nothing}
      </div>
      ${renderSafetyNote({
        quickExit: this.#quickExit.enabled,
        saved: this.#saved.saved,
        savedElsewhere: this.#savedElsewhere,
        hours: f.hours,
        onSave: this.#saveAnswers,
        onForget: this.#forgetPressed,
        onDeleteSaved: this.#deleteSaved,
      })}
      ${this.#quickExit.enabled ? renderExitCover() : nothing}
    </div>`;
  }

  /** The hand-off summary, and the route map on request. */
  #renderResultExtras(
    result: typeof ResultFeature,
    assessment: Assessment,
    step: Step,
    snapshot: EligibilitySnapshot,
    f: Formatting,
  ): TemplateResult {
    const map = this.#routeMap.module;
    return html`${result.renderHandoff({
      handoff: result.handoffOf(assessment, f, snapshot.context.env),
      headingLevel: this.#level,
      status: this.#handoffStatus,
      onPrint: () => window.print(),
      onCopy: async () => {
        const status = await result.copyHandoff(assessment, f, snapshot.context.env);
        // Copying by hand (no clipboard on a plain http page) needs the folded summary open, to select it.
        if (status.kind === 'copy-failed') this.renderRoot.querySelector<HTMLDetailsElement>('details.handoff-disclosure')!.open = true;
        await this.#sayHandoffStatus(result, status);
      },
      onDownload: () => this.#sayHandoffStatus(result, result.downloadAssessment(assessment)),
    })}
    ${this.#trainingShown
      ? nothing
      : renderRouteMapDisclosure(
          map ? map.routeMapFor({ step, context: snapshot.context, f, innerLevel: this.#level + 1 }) : null,
          () => this.#routeMap.retry(),
          this.#retryRouteMap,
          this.#routeMap.failed,
        )}`;
  }

  /** Shows what Copy or Download did beside the buttons, and says it. */
  async #sayHandoffStatus(result: typeof ResultFeature, status: ResultFeature.HandoffStatus): Promise<void> {
    // Pressed again, the same words would leave the live region as it is, and silent:
    // it is emptied for a frame first.
    this.#live.silence();
    this.requestUpdate();
    await this.updateComplete;
    await new Promise(requestAnimationFrame);
    this.#handoffStatus = status;
    this.#live.say(result.handoffStatusText(status));
    this.requestUpdate();
  }

  /** The screening's result; in training mode marked as fictional, in every copy that leaves the element. */
  #assessmentOf(snapshot: EligibilitySnapshot): Assessment {
    return { ...(snapshot.output as Assessment), ...this.#trainingMark() };
  }

  /** In training mode, the scenario playing (or none), as the step and complete events carry it; nothing in a screening. */
  #trainingMark(): { training?: { scenario: string | null } } {
    return this.#mode === 'training' ? { training: { scenario: this.#training?.scenario?.id ?? null } } : {};
  }

  #environment() {
    return createEnvironment({ asOf: this.#asOf ?? today(), ...this.#hostData.options });
  }

  /** The answer in the step's form, for the question now shown (the snapshot's, which the screen may not show yet). */
  #answerFrom = (form: HTMLFormElement): void => {
    const snapshot = this.#machine.snapshot;
    if (!snapshot) return;
    const step = stepOf(snapshot);
    if (step.kind !== 'question') return;
    const kind = QUESTION_KINDS[step.question].kind;
    const value =
      kind === 'state' ? readState(form) : kind === 'multiple' ? readMultiple(form) : kind === 'date' ? readDate(form) : readChoice(form);
    this.#send({ type: 'ANSWER', value });
  };

  #back = (): void => this.#send({ type: 'BACK' });

  #restart = (): void => {
    this.#goesOn();
    this.#saved.forget();
    // A new screening starts on today's date, and says nothing of the answers it drops.
    this.#followToday(false);
    this.#machine.restart();
  };

  /** "Try again" where the result's details could not be loaded: fetches them again, keeping the answers that a reload would lose. */
  #retryResult = (): void => {
    this.#result.retry();
    // The button goes while the details load: focus waits on the outcome's heading, which stays.
    this.#focus.retryPressed();
    // Emptied, so that a second failure, in the same words, is said again.
    this.#live.silence();
    this.requestUpdate();
  };

  /** "Try again" in the route map's panel: a second failure is said, as the result's is (focus is on the panel's summary, which does not change). */
  #retryRouteMap = async (): Promise<void> => {
    // Emptied, so that a failure in the same words as the last thing said is said again.
    this.#live.silence();
    this.#routeMap.retry();
    this.requestUpdate();
    await this.#routeMap.settled();
    // Not once the person has moved on (Start again) while it was on its way.
    if (!this.#routeMap.failed || !this.#atResult) return;
    this.#live.say(routeMapLoadFailedText());
    this.requestUpdate();
  };

  /**
   * "Try again" where training mode could not be loaded: fetches what is missing. Focus
   * waits on the step's heading, since the button goes, and is put back on the new one
   * when a scenario, on arriving, starts the screening anew (unless the person has moved on).
   */
  #retryTraining = async (): Promise<void> => {
    this.#focus.waitOnHeading();
    this.#trainingModule.retry();
    this.#routeMap.retry();
    this.requestUpdate();
    await Promise.all([this.#trainingModule.settled(), this.#routeMap.settled()]);
    await this.updateComplete;
    this.#focus.recoverLost();
  };

  /** "Change your answers" on the result: the summary again, every answer kept, ready for Change. */
  #changeAnswers = (): void => {
    if (this.#expireSaved()) return;
    this.#goesOn();
    // On a new day the answers replay to the summary already.
    if (!this.#followToday()) this.#machine.reopen();
  };

  /** "Save my answers": the person's own opt-in (the host's is `persist`); says so, and moves focus to "Forget my answers", which takes the button's place. */
  #saveAnswers = (): void => {
    const snapshot = this.#machine.snapshot;
    if (snapshot && !this.#saved.choose(snapshot.context.answers, snapshot.context.env)) return this.#notSaved();
    this.#live.say(savedNotice());
    this.#focus.savePressed();
    this.requestUpdate();
  };

  /** The browser refused to write the answers (its storage full): the person is told, and "Save my answers" is offered again. */
  #notSaved(): void {
    this.#live.say(notSavedNotice());
    this.requestUpdate();
  }

  /** "Forget my answers": deletes the saved answers, saves nothing more, starts again, and says so. */
  #forget = (): void => {
    this.#saved.withdraw();
    this.#hostAnswers.forget();
    this.#live.notice = forgottenNotice();
    this.#restart();
  };

  /**
   * A page that saves nothing says so; answers another page of the site saved may still be
   * on the device (or this page's, before its host turned `persist` off): then it says that
   * instead, and offers to delete them. Read when idle after the first question, and again
   * whenever the page shows: not at each update, storage is read from disk.
   */
  #checkSavedElsewhere(): void {
    const found = this.#mode !== 'training' && !this.#saved.saved && anySavedElsewhere();
    if (found === this.#savedElsewhere) return;
    this.#savedElsewhere = found;
    this.requestUpdate();
  }

  /** "Delete saved answers": they go; the answers on this page, never saved, stay. Focus goes to the step's heading, as the button goes. */
  #deleteSaved = (): void => {
    forgetSavedElsewhere();
    this.#savedElsewhere = false;
    this.#focus.focusedMayGo();
    this.#live.say(forgottenNotice());
    this.requestUpdate();
  };

  /**
   * The button: the person expects their answers gone from this device, a summary they
   * copied here too (the press lets the page empty the clipboard; nothing is written when
   * nothing was copied). Not when another tab forgot, or the time ran out: no press, no right to write.
   */
  #forgetPressed = (): void => {
    void emptyCopiedSummary();
    this.#forget();
  };

  /**
   * The answers gone, in memory and (with `storage`) what this element saved, back to the
   * first question; nothing said, which a tab left behind would otherwise tell whoever picks
   * up the phone. The quick exit has deleted every screening saved on the site already: the
   * note no longer offers to delete any (a host that cancels the exit keeps the page).
   */
  #wipe(storage: boolean): void {
    this.#checkSavedElsewhere();
    this.#saved.withdraw();
    if (storage) this.#saved.forget();
    this.#live.notice = '';
    this.#live.silence();
    this.#startAfresh();
  }

  /**
   * The first question, with nothing left of the answers: the host's, and the new day's
   * notice about them ("your answers were checked again"), which would tell the next person
   * on the device that someone had answered.
   */
  #startAfresh(): void {
    this.#hostAnswers.forget();
    this.answers = undefined;
    this.#dayChanged = null;
    this.#machine.restart();
  }

  /** The person acts on the step: focus follows them, and a new day's notice has been read. */
  #goesOn(): void {
    this.#focus.personActed();
    this.#dayChanged = null;
  }

  /**
   * Saved answers past their time, in a tab left open (a shared phone picked up the next
   * day): they go, from storage and from the screen, as they would have had the page been
   * opened again, and the screening starts afresh. True when they did.
   */
  #expireSaved(): boolean {
    if (!this.#saved.expired) return false;
    this.#forget();
    return true;
  }

  #send(event: EngineEvent): void {
    if (this.#expireSaved()) return;
    this.#goesOn();
    const before = this.#machine.snapshot && stepOf(this.#machine.snapshot);
    // On a new day the route may ask something else: the person sees it before going on.
    if (before && this.#followToday() && !this.#backTo(before)) return;
    this.#machine.send(event);
  }

  /**
   * After a new day's replay, which lands on the first question unanswered or the summary:
   * back to the question the person was on (gone back to, or opened with Change), when the
   * new day's route still asks it, so that the answer they give there is not dropped.
   */
  #backTo(step: Step): boolean {
    const here = () => stepKey(stepOf(this.#machine.snapshot!));
    if (here() === stepKey(step)) return true;
    if (step.kind !== 'question' || !this.#machine.snapshot!.context.trail.includes(step.question)) return false;
    if (stepOf(this.#machine.snapshot!).kind === 'review') this.#machine.send({ type: 'CHANGE', question: step.question });
    for (let left = this.#machine.snapshot!.context.trail.length; left > 0 && here() !== stepKey(step); left -= 1) this.#machine.send({ type: 'BACK' });
    return here() === stepKey(step);
  }

  /**
   * Without `as-of`, the screening's date is the person's today: a screening left open
   * across midnight, or a tab found again days later, re-checks its answers on the new day,
   * as a new `as-of` does, so that no deadline is counted from a day that is over ("Today
   * is the last day" said on the day after). True when it did.
   */
  #followToday(say = true): boolean {
    const snapshot = this.#machine.snapshot;
    // A training scenario is set on its own day.
    if (this.#asOf !== undefined || !snapshot || this.#training?.scenario) return false;
    const day = today();
    if (snapshot.context.env.asOf === day) return false;
    this.#machine.start({ env: this.#environment(), answers: snapshot.context.answers });
    // With nothing answered there is nothing to check again, so nothing to say.
    if (!answered(snapshot)) return true;
    if (say) {
      this.#live.notice = newDayNotice(this.#formatting().date(day));
      this.#dayChanged = day;
    }
    this.#focus.personActed();
    return true;
  }

  /**
   * Back on the page, on another day than the screening's: it follows the new day. Focus
   * follows only from within the element; a person reading elsewhere on the page hears the
   * new day and the step instead. An element nobody has answered waits for its first
   * answer, which follows the new day quietly. Answers saved elsewhere meanwhile (another
   * tab of the site) are told of.
   */
  #onVisible = (): void => {
    const snapshot = this.#machine.snapshot;
    if (document.visibilityState !== 'visible' || !snapshot) return;
    this.#checkSavedElsewhere();
    if (this.#expireSaved() || (answered(snapshot) && this.#followToday())) this.#focus.changedFromOutside();
  };

  /**
   * Back on this page from the browser's back-forward cache, with the answers it held in
   * memory: after a quick exit on another page of the site, Back would show them again.
   * A page loaded afresh keeps only what the person saved, so this one does the same:
   * answers not saved are cleared, and saved ones stay only if they are still saved (the
   * quick exit or "Forget my answers" elsewhere deleted them). The quick exit's covers go
   * too: a host that cancelled the exit and left with `location.assign` is returned to.
   */
  #backFromCache(): void {
    this.#quickExit.uncover();
    this.#checkSavedElsewhere();
    const snapshot = this.#machine.snapshot;
    if (!snapshot || !answered(snapshot) || this.#mode === 'training') return;
    if (this.#saved.saved?.chosen) {
      // Gone, not expired: a quick exit (or "Forget my answers") elsewhere deleted them. Said
      // here, it would tell whoever pressed Back on a shared phone that someone had saved answers.
      if (!this.#expireSaved() && !this.#saved.load()) this.#wipe(false);
      return;
    }
    this.#startAfresh();
  }

  /**
   * The saved answers were deleted in another tab of the site ("Forget my answers", the
   * quick exit): this tab forgets them too and starts again, rather than keep them on
   * screen under a note that says they are saved and save them again at the next answer.
   */
  #forgottenElsewhere(): void {
    this.#forget();
    this.#focus.changedFromOutside();
  }

  #formatting(): Formatting {
    return formatting(this.#language.tag);
  }

  #reject = (error: ValidationError, instead?: string): void => {
    console.warn(`<op-eligibility>: ${warningOf(error, instead)}`);
    this.#errors.push(error);
  };

  /** Throws a ValidationError naming each answer the engine refuses on any route, as assess() does. */
  #checkAnswers = (answers: Answers): void => checkAnswersOn(answers, this.#environment());
}

declare global {
  interface HTMLElementTagNameMap {
    'op-eligibility': OpEligibility;
  }
}
