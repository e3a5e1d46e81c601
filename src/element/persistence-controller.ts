import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { ValidationError, type Answers, type Environment } from '../core/index.js';
import { withoutRefused } from '../core/assess.js';
import { guarded } from '../core/errors.js';
import { readAttribute, SCREENING_GOES_ON, SCREENING_STARTS_AFRESH, type AttributeCheck } from './input-checks.js';
import { DEFAULT_TTL_HOURS, MAX_TTL_HOURS, SavedAnswers, savedStateSchemas, heldByAnother, whenKeyFree, type PersistMode, type SavingOffered } from './persistence.js';

const PERSIST: AttributeCheck<PersistMode | null> = {
  name: 'persist',
  schema: () => savedStateSchemas().persist,
  expected: '"session" or "local"',
  fallback: null,
};

const PERSIST_TTL: AttributeCheck<number> = {
  name: 'persist-ttl',
  schema: () => savedStateSchemas().ttl,
  expected: `a whole number of hours from 1 to ${MAX_TTL_HOURS}`,
  fallback: DEFAULT_TTL_HOURS,
};

/** What the controller reads from its element. */
export interface PersistenceHost extends ReactiveControllerHost {
  readonly id: string;
  readonly isConnected: boolean;
  readonly persist: string | undefined;
  readonly persistTtl: number | undefined;
}

/**
 * Save-and-resume for one element, only when both opt in: the host with `persist`, then
 * the person with "Save my answers" (answers that come back from an earlier visit mean
 * they chose it then). Opens the store the attributes ask for, keeps its key claimed while
 * the element is on the page, loads the saved answers once, writes each change once, and
 * forgets on request.
 */
export class PersistenceController implements ReactiveController {
  #store: SavedAnswers | null = null;
  /** The answers last written, and the environment they were checked against, so each change is written once. */
  #written: { answers: Answers; env: Environment } | null = null;
  /** The person chose to save their answers on this device. */
  #chosen = false;
  /** `persist` and `persist-ttl` as last read (null: saving is off). */
  #persist: PersistMode | null = null;
  #ttl = DEFAULT_TTL_HOURS;
  /** Refused the key because another element on the page holds it: waits for it while on the page. */
  #refused = false;
  #stopWaiting: (() => void) | null = null;
  /**
   * The element that held the key has left the page: the element's next update reads the
   * store again (read()), as if `persist` had just been set, and may resume what was saved.
   */
  keyFreed = false;

  constructor(
    private readonly host: PersistenceHost,
    /** Reports a rejected attribute or saved state (the element's error event and warning); `instead`: what the element does instead. */
    private readonly reject: (error: ValidationError, instead?: string) => void,
    /**
     * The saved answers were deleted in another tab of the site ("Forget my answers", the
     * quick exit): the element must forget them too, and not save them again at the next answer.
     */
    private readonly deletedElsewhere: () => void,
  ) {
    host.addController(this);
  }

  /** What the safety note says about saving (offered, or chosen), or null when the host does not allow it. */
  get saved(): SavingOffered | null {
    return this.#store ? { mode: this.#store.mode, ttlHours: this.#store.ttlHours, chosen: this.#chosen } : null;
  }

  hostConnected(): void {
    this.#awaitKey();
    if (!this.#store) return;
    try {
      this.#store.claim();
    } catch (error) {
      this.#store = null;
      this.#refuse(error as ValidationError);
      this.host.requestUpdate();
      return;
    }
    this.#hearOtherTabs(true);
    // Off the page it heard no other tab: answers deleted there meanwhile must not come back at the next answer.
    if (this.#chosen && this.#store.deletedSince()) this.deletedElsewhere();
  }

  hostDisconnected(): void {
    this.#stopWaiting?.();
    this.#stopWaiting = null;
    this.#store?.release();
    this.#hearOtherTabs(false);
  }

  /** Reports a store that could not be opened; refused a key another element holds, waits for it. */
  #refuse(error: ValidationError): void {
    this.reject(error);
    this.#refused = heldByAnother(this.host.id, this.host);
    this.#awaitKey();
  }

  /** While on the page and refused the key, waits for the element holding it to leave; that one gone already, reads again now. */
  #awaitKey(): void {
    this.#stopWaiting?.();
    this.#stopWaiting = null;
    if (!this.#refused || !this.host.isConnected) return;
    const freed = () => {
      this.#stopWaiting = null;
      this.keyFreed = true;
      this.host.requestUpdate();
    };
    this.#stopWaiting = whenKeyFree(this.host.id, this.host, freed);
    if (!this.#stopWaiting) freed();
  }

  /**
   * Listens for other tabs' storage changes only while a store is open: adding a
   * `storage` listener costs Chromium 1 to 4 ms (it connects to the storage area), which
   * a page without `persist` would pay on the path to its first question for nothing.
   */
  #hearOtherTabs(on: boolean): void {
    if (on) window.addEventListener('storage', this.#onStorage);
    else window.removeEventListener('storage', this.#onStorage);
  }

  #onStorage = (event: StorageEvent): void => {
    if (this.#chosen && this.#store?.deletedBy(event)) this.deletedElsewhere();
  };

  /**
   * Opens (or closes) the store from the attributes. Turning `persist` off deletes what
   * was saved; `stores: false` (training mode) closes it and keeps what was saved. A new
   * `persist-ttl` or storage keeps the person's choice: the answers are written again,
   * with the new expiry, to the new storage (and leave the old one). Only the attributes
   * in `changed` are validated again, so a bad value is reported once, not again whenever
   * another attribute changes.
   */
  read(changed: { has(name: 'persist' | 'persistTtl'): boolean }, { stores }: { stores: boolean }): void {
    if (changed.has('persist')) this.#persist = readAttribute(PERSIST, this.host.persist, this.reject);
    if (changed.has('persistTtl')) this.#ttl = readAttribute(PERSIST_TTL, this.host.persistTtl, this.reject);
    const previous = this.#store;
    // Kept only when a store opens again below.
    const chosen = this.#chosen;
    if (previous && stores && previous.mode !== this.#persist) previous.forget();
    previous?.release();
    this.#store = null;
    this.#refused = this.keyFreed = false;
    this.#awaitKey();
    // The next update writes the answers again (save() skips only what it last wrote).
    this.#written = null;
    this.#chosen = false;
    this.#hearOtherTabs(false);
    if (!stores || this.#persist === null) return;
    try {
      this.#store = SavedAnswers.open(this.host, this.#persist, this.host.id, this.#ttl);
      // Off the page (removed before its first render) it holds no key: hostConnected claims it on the way back.
      if (this.host.isConnected) this.#hearOtherTabs(true);
      else this.#store.release();
      this.#chosen = chosen;
    } catch (error) {
      this.#refuse(error as ValidationError);
    }
  }

  /**
   * The saved answers, if any are valid; bad saved data is deleted and reported. `check`
   * throws a ValidationError for answers the screening refuses (edited by hand: a State the
   * UN list does not know, a date after the screening's), deleted and reported the same way.
   */
  load(check?: (answers: Answers) => void, underWay = false): Answers | undefined {
    const store = this.#store;
    if (!store) return undefined;
    try {
      const answers = guarded('saved-state', store.key, () => store.load());
      if (answers && check) refusedSaved(store, answers, check);
      if (answers) this.#chosen = true;
      return answers;
    } catch (error) {
      // What follows is said here, once: a screening under way goes on with its answers.
      const follows = underWay ? SCREENING_GOES_ON : SCREENING_STARTS_AFRESH;
      const said = error as ValidationError;
      this.reject(new ValidationError(said.input, said.issues.map((issue) => ({ ...issue, message: `${issue.message}, and ${follows}` }))), `they were deleted, and ${follows}`);
      return undefined;
    }
  }

  /**
   * Writes the answers if the person chose to save them. False when the browser refused the
   * write (its storage full): the choice is withdrawn and the copy saved before deleted, so
   * that nothing on the device or on the screen says the answers are kept when they are not.
   */
  save(answers: Answers, env: Environment): boolean {
    if (!this.#store || !this.#chosen || (answers === this.#written?.answers && env === this.#written.env)) return true;
    this.#written = { answers, env };
    try {
      // Without an answer the screening's date now refuses (a date after an `as-of` the host
      // moved back, asked again), which would have the whole save refused on reload.
      this.#store.save(withoutRefused(answers, env));
      return true;
    } catch (error) {
      this.reject(error as ValidationError);
      this.withdraw();
      this.forget();
      return false;
    }
  }

  /** "Save my answers": the person's own opt-in. Saves what they have answered so far, and each change after; false as save(). */
  choose(answers: Answers, env: Environment): boolean {
    if (!this.#store) return false;
    this.#chosen = true;
    return this.save(answers, env);
  }

  /** The answers the person chose to save are past the time they were saved for (`persist-ttl` after the last change). */
  get expired(): boolean {
    return this.#chosen && !!this.#store?.expired();
  }

  /** Withdraws the person's choice ("Forget my answers", quick exit): nothing more is saved unless they choose again. */
  withdraw(): void {
    this.#chosen = false;
  }

  forget(): void {
    this.#store?.forget();
    this.#written = null;
  }
}

/** Deletes and reports saved answers that `check` refuses, naming the fields, never their values. */
function refusedSaved(store: SavedAnswers, answers: Answers, check: (answers: Answers) => void): void {
  try {
    check(answers);
  } catch (error) {
    if (!(error instanceof ValidationError)) throw error;
    store.forget();
    const fields = error.issues.map((issue) => issue.path).join(', ');
    throw new ValidationError('saved-state', [{ path: store.key, code: 'invalid', message: `holds answers the screening refuses (${fields}); they were deleted` }]);
  }
}
