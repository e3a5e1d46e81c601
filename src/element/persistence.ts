import * as z from 'zod/mini';
import { answersSchema, ValidationError, type Answers } from '../core/index.js';
import { shortened, toValidationError } from '../core/errors.js';
import { once } from '../core/memo.js';
import { holdKey, keyHeld, keyHeldByAnother, releaseKey, whenFree } from './storage-key-lock.js';

/*
 * Save-and-resume, only when the host opts in with `persist`. What is stored is the
 * answers alone, in an envelope with a format version and an expiry; nothing else
 * about the person or the page. Anything found under the key that is not exactly such
 * an envelope (corrupt, tampered, expired, another version) is deleted and reported.
 */

/** The format of the stored envelope. Raise it when the answers' shape changes. */
const SAVED_STATE_VERSION = 1;
export const DEFAULT_TTL_HOURS = 24;
/** The longest a host may keep answers (30 days); a stored expiry beyond it is tampered. */
export const MAX_TTL_HOURS = 720;
const HOUR_MS = 3_600_000;

/** The values of `persist`: where the answers are kept. */
const PERSIST_MODES = ['session', 'local'] as const;
export type PersistMode = (typeof PERSIST_MODES)[number];

/** Saving as the safety note shows it: where, for how long, and whether the person chose it ("Save my answers"). */
export interface SavingOffered {
  mode: PersistMode;
  ttlHours: number;
  chosen: boolean;
}

/**
 * The schemas of `persist`, `persist-ttl` and the stored envelope, built on first use:
 * most pages never save anything, and building them as the module loads took about
 * half a millisecond before the first question.
 */
export const savedStateSchemas = once(() => ({
  persist: z.enum(PERSIST_MODES),
  ttl: z.number().check(z.int(), z.minimum(1), z.maximum(MAX_TTL_HOURS)),
  envelope: z.strictObject({
    version: z.literal(SAVED_STATE_VERSION),
    /** When the answers stop being valid, in milliseconds since the epoch. */
    expires: z.number().check(z.int(), z.positive()),
    answers: answersSchema,
  }),
}));

const KEY = 'op-eligibility';
/** `op-eligibility:<id>`, or `op-eligibility` for an element without an id. */
const storageKey = (id: string): string => (id ? `${KEY}:${id}` : KEY);

/** Each saved screening's key on this site, in both storages that are not blocked. */
function savedKeys(): { storage: Storage; key: string }[] {
  const found: { storage: Storage; key: string }[] = [];
  for (const name of ['sessionStorage', 'localStorage'] as const) {
    try {
      const storage = window[name];
      for (let i = 0; i < storage.length; i += 1) {
        const key = storage.key(i);
        if (key === KEY || key?.startsWith(`${KEY}:`)) found.push({ storage, key });
      }
    } catch {
      // Blocked storage holds nothing of ours.
    }
  }
  return found;
}

/**
 * Deletes every saved screening on this site, in both storages: what the quick exit
 * leaves behind must not depend on this page's `persist`, id or other elements. Saved
 * answers outlive the page that stored them: a host that later dropped `persist`,
 * another page of the site, another element on this one.
 */
export function forgetEverySaved(): void {
  for (const { storage, key } of savedKeys()) storage.removeItem(key);
}

/**
 * Deletes the saved screenings on this site that have expired. Storage has no expiry of
 * its own: answers saved "for up to 24 hours" would otherwise stay until a page with the
 * very element that saved them (same `persist`, same id) opens again, if ever.
 */
export function forgetExpiredSaved(now = Date.now()): void {
  for (const { storage, key } of savedKeys()) {
    try {
      const expires: unknown = (JSON.parse(storage.getItem(key) ?? 'null') as { expires?: unknown } | null)?.expires;
      if (typeof expires === 'number' && expires <= now) storage.removeItem(key);
    } catch {
      // Not JSON: the element that owns the key deletes it and says so.
    }
  }
}

/** The saved screenings on this site that no element on this page holds: another page's, or this page's before its host turned `persist` off. */
const savedElsewhere = () => savedKeys().filter(({ key }) => !keyHeld(key));

/** Whether answers saved elsewhere on the site are on this device (see savedElsewhere). */
export const anySavedElsewhere = (): boolean => savedElsewhere().length > 0;

/** Deletes the answers saved elsewhere on the site; those of this page's elements stay, each with its own "Forget my answers". */
export function forgetSavedElsewhere(): void {
  for (const { storage, key } of savedElsewhere()) storage.removeItem(key);
}

/** Another element on this page holds the key of `id` (storage-key-lock.ts). */
export const heldByAnother = (id: string, owner: object): boolean => keyHeldByAnother(storageKey(id), owner);

/** Calls `free` once no element other than `owner` holds the key of `id` (storage-key-lock.ts's whenFree). */
export const whenKeyFree = (id: string, owner: object, free: () => void): (() => void) | null => whenFree(storageKey(id), owner, free);

/** Answers in JSON with their questions in one order, whatever order they were given in. */
const inOrder = (answers: Answers): string => JSON.stringify(answers, Object.keys(answers).sort());

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** The saved answers of one element, in sessionStorage or localStorage under its own key. */
export class SavedAnswers {
  /** When what this element saved or loaded expires (ms since the epoch), null when it holds nothing. */
  #expires: number | null = null;
  /** The answers it saved or loaded, as written (inOrder), so that the same answers are not written again with a later expiry. */
  #answers: string | null = null;

  private constructor(
    readonly mode: PersistMode,
    readonly key: string,
    readonly ttlHours: number,
    private readonly storage: Storage,
    private readonly owner: object,
  ) {}

  /**
   * Opens the store for `owner`. Throws ValidationError (naming `persist`) when the
   * browser blocks storage or another element on the page already saves under this key.
   */
  static open(owner: object, mode: PersistMode, id: string, ttlHours: number): SavedAnswers {
    const key = storageKey(id);
    let storage: Storage | null = null;
    try {
      // Reading the property itself throws where storage is blocked (sandboxed frames, privacy
      // settings); Firefox with storage turned off (dom.storage.enabled) gives null.
      storage = mode === 'session' ? window.sessionStorage : window.localStorage;
    } catch {
      // Blocked: refused below.
    }
    if (!storage) throw new ValidationError('attribute', [{ path: 'persist', code: 'unavailable', message: `cannot be used: this browser blocks ${mode} storage` }]);
    const store = new SavedAnswers(mode, key, ttlHours, storage, owner);
    store.claim();
    return store;
  }

  /** Takes the key for this element again (after it was moved in the page). Throws when another element holds it. */
  claim(): void {
    if (keyHeldByAnother(this.key, this.owner)) {
      throw new ValidationError('attribute', [
        {
          path: 'persist',
          code: 'unavailable',
          message: `cannot be used: another <op-eligibility> on this page already saves under "${shortened(this.key)}"; give each one its own id`,
        },
      ]);
    }
    holdKey(this.key, this.owner);
  }

  release(): void {
    releaseKey(this.key, this.owner);
  }

  /**
   * The saved answers, or undefined when there are none. Anything else under the key is
   * deleted and reported with a ValidationError (input `saved-state`). Answers that would
   * outlive this element's `persist-ttl` are written again to expire by then.
   */
  load(now = Date.now()): Answers | undefined {
    const raw = this.storage.getItem(this.key);
    if (raw === null) return undefined;
    let data: unknown;
    try {
      data = JSON.parse(raw);
    } catch {
      throw this.#discard('is not valid JSON');
    }
    const version = isRecord(data) ? data['version'] : undefined;
    if (typeof version === 'number' && version !== SAVED_STATE_VERSION) {
      throw this.#discard(`was saved in another format (version ${version}, expected ${SAVED_STATE_VERSION})`);
    }
    const parsed = z.safeParse(savedStateSchemas().envelope, data);
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      const path = issue?.path.map(String) ?? [];
      // A field not in the format (a question since removed, a key added by hand) is named, as
      // the answers property's are: zod's own "Invalid input" told a host nothing.
      if (issue?.code === 'unrecognized_keys') {
        const fields = issue.keys.map((key) => shortened([...path, key].join('.'))).join(', ');
        throw this.#discard(`does not have the expected shape (${fields} ${issue.keys.length > 1 ? 'are not known fields' : 'is not a known field'})`);
      }
      // What was expected, as the answers property's errors say ("answers.author must be one of
      // …"), where zod's own message was "Invalid input". The values stay in the event only.
      const named = issue && toValidationError('saved-state', [issue], data).issues[0];
      const where = named ? `${shortened(named.path) || '(root)'} ${named.message}` : 'invalid';
      throw this.#discard(`does not have the expected shape (${where})`);
    }
    if (parsed.data.expires <= now) throw this.#discard('has expired');
    if (parsed.data.expires > now + MAX_TTL_HOURS * HOUR_MS) throw this.#discard('expires later than any allowed time');
    if (parsed.data.expires > now + this.ttlHours * HOUR_MS) {
      // Saved under a longer `persist-ttl` than the site now sets: kept no longer than the note now says.
      this.save(parsed.data.answers, now);
    } else {
      this.#expires = parsed.data.expires;
      this.#answers = inOrder(parsed.data.answers);
    }
    return parsed.data.answers;
  }

  /**
   * Saves the answers with a fresh expiry; no answers means nothing is kept. The answers it
   * holds already keep theirs: the time runs from the person's last change, and opening the
   * page again (whoever picks up the device, each day) must not keep them longer.
   */
  save(answers: Answers, now = Date.now()): void {
    if (Object.keys(answers).length === 0) {
      this.forget();
      return;
    }
    const written = inOrder(answers);
    if (written === this.#answers) return;
    const envelope = { version: SAVED_STATE_VERSION, expires: now + this.ttlHours * HOUR_MS, answers };
    try {
      this.storage.setItem(this.key, JSON.stringify(envelope));
      this.#expires = envelope.expires;
      this.#answers = written;
    } catch {
      throw new ValidationError('attribute', [{ path: 'persist', code: 'unavailable', message: `could not save: the browser refused to write to ${this.mode} storage` }]);
    }
  }

  /**
   * Whether the answers this element saved or loaded are past their time. A tab left open
   * outlives them: storage keeps them, and the screen shows them, until someone acts. What
   * is stored decides, not this tab's last write: another tab may have saved them since.
   */
  expired(now = Date.now()): boolean {
    if (this.#expires === null || this.#expires > now) return false;
    try {
      return this.load(now) === undefined;
    } catch {
      return true;
    }
  }

  /** Whether what this element saved or loaded is gone from storage: deleted in another tab of the site, unheard while off the page. */
  deletedSince(): boolean {
    return this.#expires !== null && this.storage.getItem(this.key) === null;
  }

  /** Whether `event` (from another tab of the site) says this element's saved answers were deleted there. */
  deletedBy(event: StorageEvent): boolean {
    return event.storageArea === this.storage && (event.key === null || event.key === this.key) && event.newValue === null;
  }

  forget(): void {
    this.#expires = this.#answers = null;
    try {
      this.storage.removeItem(this.key);
    } catch {
      // Storage that cannot be written to holds nothing of ours either.
    }
  }

  #discard(why: string): ValidationError {
    this.forget();
    return new ValidationError('saved-state', [{ path: this.key, code: 'invalid', message: `${why}; it was deleted` }]);
  }
}
