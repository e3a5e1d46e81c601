import { supportsAdoptingStyleSheets, type CSSResult, type ReactiveController, type ReactiveElement } from 'lit';
import type { LocalizedFeature } from '../generated/locale-features.js';
import { loadFeatureTranslations } from './localization.js';

/** What a feature's module exports besides its API: the styles it brings with it. */
export interface FeatureModule {
  readonly styles: CSSResult;
}

/**
 * An optional feature fetched on demand, once per page: its module (a chunk of its own in
 * the one-file embed, one literal `import()` so the bundler can split it) together with
 * its translations for the language shown, so it never appears in English first.
 */
export class FeatureChunk<M extends FeatureModule> {
  /** The module, once it and its translations are here. */
  module: M | null = null;
  #loading: Promise<M> | null = null;
  /** What to call when it arrives: the elements that could not fetch it, so that one's "Try again" brings it to all. */
  readonly #awaited = new Set<() => void>();

  constructor(
    readonly name: LocalizedFeature,
    private readonly importModule: () => Promise<M>,
  ) {}

  /** Loads it once; after a failure (a dropped connection), the next call fetches it again. */
  load(): Promise<M> {
    this.#loading ??= Promise.all([this.importModule(), loadFeatureTranslations(this.name)]).then(
      ([module]) => {
        this.module = module;
        for (const arrived of this.#awaited) arrived();
        this.#awaited.clear();
        return module;
      },
      (error: unknown) => {
        this.#loading = null;
        throw error;
      },
    );
    return this.#loading;
  }

  /** Calls `arrived` once, when a later load brings the feature. */
  whenHere(arrived: () => void): void {
    this.#awaited.add(arrived);
  }

  /** No longer calls `arrived`: its element left the page, and must not be kept in memory for a load that may never come. */
  forget(arrived: () => void): void {
    this.#awaited.delete(arrived);
  }
}

/** The result, its other routes and its hand-off summary: fetched after the first answer (result-feature.ts). */
export const RESULT = new FeatureChunk('result', () => import('./result-feature.js'));
/** The route map: fetched when training mode starts or "Show the route map" opens. */
export const ROUTE_MAP = new FeatureChunk('route-map', () => import('./route-map.js'));
/** Training mode: fetched when `mode="training"`. */
export const TRAINING = new FeatureChunk('training', () => import('./training-session.js'));

/**
 * How long a feature may take before what waits for it stops waiting: a result whose
 * details hang (a stalled connection) shows its urgent help meanwhile.
 */
export const FEATURE_PATIENCE_MS = 8000;

/** The feature styles each shadow root has been given as <style> elements (no constructable stylesheets). */
const styled = new WeakMap<ShadowRoot, Set<CSSResult>>();

/**
 * Adds a feature's styles to an element's shadow root, once: as a constructable stylesheet
 * (which also passes a strict CSP), or, in Safari before 16.4, which has none, as a
 * <style> after the element's own, the way Lit gives it those (with the page's `litNonce`).
 * There Lit renders before its own <style>s, so the root's end is after them: the cascade is
 * that of adopted sheets (a feature's rules, its print rules for `:host` among them, win
 * over the element's), and a render, which keeps to what it rendered, never removes it.
 */
function adopt(root: ShadowRoot, styles: CSSResult): void {
  const sheet = styles.styleSheet;
  if (supportsAdoptingStyleSheets && sheet) {
    if (!root.adoptedStyleSheets.includes(sheet)) root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
    return;
  }
  const given = styled.get(root) ?? new Set();
  if (given.has(styles)) return;
  styled.set(root, given.add(styles));
  const style = document.createElement('style');
  const nonce = (globalThis as { litNonce?: string }).litNonce;
  if (nonce !== undefined) style.setAttribute('nonce', nonce);
  style.textContent = styles.cssText;
  root.append(style);
}

/**
 * One element's use of a feature: asks for it, adopts its styles into the element's
 * shadow root when it arrives, and updates the element then.
 */
export class LazyFeature<M extends FeatureModule> implements ReactiveController {
  #pending: Promise<void> | null = null;
  #overdue = false;
  #failed = false;
  /** This element waited for it in vain before: it failed, or ran long. */
  #waitedInVain = false;

  constructor(
    private readonly host: ReactiveElement,
    private readonly chunk: FeatureChunk<M>,
  ) {
    host.addController(this);
  }

  /**
   * Off the page, it waits for no other element's "Try again": the chunk would keep it, and
   * all it drew, in memory for as long as the feature stays missing (an offline kiosk making
   * an element per visitor). Back on the page, it hears of the feature again, or finds it here.
   */
  hostConnected(): void {
    if (!this.#failed) return;
    if (this.chunk.module) this.#arrivedElsewhere();
    else this.chunk.whenHere(this.#arrivedElsewhere);
  }

  hostDisconnected(): void {
    this.chunk.forget(this.#arrivedElsewhere);
  }

  /** The feature if it is here (its styles adopted by this element), else null. Fetches nothing. */
  get module(): M | null {
    const module = this.chunk.module;
    const root = this.host.renderRoot;
    if (module && root instanceof ShadowRoot) adopt(root, module.styles);
    return module;
  }

  /** The feature if it is here; else starts fetching it (the element updates when it arrives) and returns null. */
  request(): M | null {
    if (!this.chunk.module && !this.#pending && !this.#failed) {
      this.#overdue = false;
      const patience = setTimeout(() => {
        this.#overdue = true;
        this.#waitedInVain = true;
        this.host.requestUpdate();
      }, FEATURE_PATIENCE_MS);
      this.#pending = this.chunk.load().then(
        () => {
          clearTimeout(patience);
          this.#pending = null;
          this.host.requestUpdate();
        },
        (error: unknown) => {
          clearTimeout(patience);
          this.#pending = null;
          this.#failed = true;
          this.#waitedInVain = true;
          if (this.host.isConnected) this.chunk.whenHere(this.#arrivedElsewhere);
          console.warn(`<op-eligibility>: the ${this.chunk.name} could not be loaded.`, error);
          // What waited for it ("Loading…", a result's urgent help) now says it is missing.
          this.host.requestUpdate();
        },
      );
    }
    return this.module;
  }

  /** Another element's "Try again" brought it: what said it was missing goes here too. */
  readonly #arrivedElsewhere = (): void => {
    this.#failed = false;
    this.host.requestUpdate();
  };

  /** Fetches the feature again after it could not be fetched (the connection is back); else as request(). */
  retry(): M | null {
    this.#failed = false;
    return this.request();
  }

  /** True once the feature could not be fetched. */
  get failed(): boolean {
    return this.#failed;
  }

  /** True while this element waits for the feature. */
  get loading(): boolean {
    return this.#pending !== null;
  }

  /** True while it has waited longer than FEATURE_PATIENCE_MS. */
  get overdue(): boolean {
    return this.#pending !== null && this.#overdue;
  }

  /** True while it waits again after waiting in vain ("Try again" after a failure or a stall): what was shown meanwhile need not go. */
  get waitingAgain(): boolean {
    return this.#pending !== null && this.#waitedInVain;
  }

  /** Resolves once the feature has arrived (or failed to). */
  async settled(): Promise<void> {
    while (this.#pending) await this.#pending;
  }
}
