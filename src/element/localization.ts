import type { ReactiveController, ReactiveElement } from 'lit';
import { configureLocalization, type LocaleModule } from '@lit/localize';
import { allLocales, sourceLocale, targetLocales } from '../generated/locale-codes.js';
import { featureLocales, languageLocales, type LocalizedFeature } from '../generated/locale-features.js';
import { describeValue, ValidationError } from '../core/errors.js';
import { rememberBySequence } from '../core/memo.js';

/** A language the element's text is translated into. */
export type Locale = (typeof allLocales)[number];
/** A language other than English, which loads from a file of its own. */
export type TargetLocale = (typeof targetLocales)[number];

/**
 * Per language, the one templates object lit-localize reads: its runtime keeps a reference
 * to the `templates` that loadLocale returns (node_modules/@lit/localize/init/runtime.js),
 * so the translations of a feature that arrives later are merged into it (ids never
 * overlap: scripts/split-locales.js splits one module), and msg() sees them at once.
 */
const tables = new Map<TargetLocale, { templates: LocaleModule['templates']; parts: Map<LocalizedFeature, Promise<boolean>> }>();
/** The lazy features this page asked for: each language loads their translations with its own. */
const features = new Set<LocalizedFeature>();

function tableOf(locale: TargetLocale) {
  let table = tables.get(locale);
  if (!table) tables.set(locale, (table = { templates: {}, parts: new Map() }));
  return table;
}

/** A feature's translations into `locale`, loaded once; resolves false when they could not be. */
function loadPart(locale: TargetLocale, feature: LocalizedFeature): Promise<boolean> {
  const table = tableOf(locale);
  let part = table.parts.get(feature);
  if (!part) {
    part = Promise.all(featureLocales[locale][feature].map((load) => load())).then(
      (modules) => {
        for (const module of modules) Object.assign(table.templates, module.templates);
        return true;
      },
      (error: unknown) => {
        console.warn(`<op-eligibility>: the "${locale}" translations of the ${feature} could not be loaded.`, error);
        // Asked for again (the feature fetched again once the connection is back), they are fetched again.
        table.parts.delete(feature);
        return false;
      },
    );
    table.parts.set(feature, part);
  }
  return part;
}

/**
 * lit-localize's loader (configured()), called by setLocale(): the language's own file
 * (src/generated/locales/<code>.ts, through `languageLocales`) and the translations of each
 * lazy feature this page asked for, fetched together, merged into the one templates object.
 */
async function loadLocale(locale: TargetLocale): Promise<LocaleModule> {
  const table = tableOf(locale);
  const [core, ...parts] = await Promise.all([languageLocales[locale](), ...[...features].map((feature) => loadPart(locale, feature))]);
  // A feature already shown (the result, on a language chosen there) whose translations did not
  // come would be half in English under a translated outcome: the language fails as a whole,
  // as when its own file does (follow(): English, saying so, asked for again later).
  if (parts.includes(false)) throw new Error(`the "${locale}" translations of a feature on the page could not be loaded`);
  Object.assign(table.templates, core.templates);
  return { templates: table.templates };
}

/** The languages written right to left (test/element/languages.test.ts checks each configured one against CLDR). */
const RIGHT_TO_LEFT: ReadonlySet<Locale> = new Set(['ar']);

/**
 * supportedLocale() and the tag shown, remembered: each render asks a dozen times (the
 * language, its direction, each citation), and each `new Intl.Locale` cost more than the
 * engine's step. A page uses a few tags.
 */
const localeOfTag = rememberBySequence<Locale>(32);
const tagShown = rememberBySequence<string>(32);

/** The translated language for a BCP 47 tag: 'fr-CA' → 'fr', 'es-419' → 'es', 'ar-EG' → 'ar', anything else → 'en'. */
export function supportedLocale(tag: string | null | undefined): Locale {
  if (!tag) return sourceLocale;
  return localeOfTag([tag], () => {
    try {
      const language = new Intl.Locale(tag).language;
      return (allLocales as readonly string[]).includes(language) ? (language as Locale) : sourceLocale;
    } catch {
      return sourceLocale;
    }
  });
}

export const directionOf = (locale: Locale): 'rtl' | 'ltr' => (RIGHT_TO_LEFT.has(locale) ? 'rtl' : 'ltr');

/**
 * A left-to-right reference ('3(2)(a)') set into right-to-left text as one isolated run
 * (U+2066 … U+2069), so the bidi algorithm does not reorder its digits and brackets.
 */
export const isolateLeftToRight = (text: string, locale: string): string =>
  directionOf(supportedLocale(locale)) === 'rtl' ? `\u2066${text}\u2069` : text;

/**
 * The `lang` that applies to an element: its own, else the nearest ancestor's, across
 * shadow roots up to the document element. An empty `lang` is skipped, not inherited.
 */
function requestedLanguage(element: Element): string | null {
  for (let node: Node | null = element; node; node = node.parentNode ?? (node instanceof ShadowRoot ? node.host : null)) {
    if (node instanceof Element) {
      // The element's own `lang` is read as a property: Lit reflects it only after this.
      const lang = node === element && node instanceof HTMLElement ? node.lang : node.getAttribute('lang');
      if (lang) return lang;
    }
  }
  return null;
}

/*
 * @lit/localize keeps ONE active locale per page (per copy of the library), and its
 * configureLocalization() throws when called twice. So:
 * - it is configured lazily, the first time an element asks for a language other than
 *   English: an English-only page leaves the library free for a host app of its own (the
 *   one-file embed, with its own copy, configures it at once: configureLocalizationNow);
 * - if the host app configured it first, the element cannot switch languages and shows
 *   English (text, dates and names alike), with one console warning (the one-file embed,
 *   which carries its own copy, does not have this limit);
 * - when two elements ask for different languages, the last one asked wins for all of
 *   them, with a console warning: one page, one language.
 */
interface Switch {
  getLocale(): string;
  setLocale(locale: string): Promise<void>;
}
let controls: Switch | null | undefined;
/** The language last asked of lit-localize (it may still be loading). */
let asked: Locale = sourceLocale;
let loading: Promise<void> | null = null;
/**
 * How long elements wait for a language before they show English: a language file that
 * hangs (a stalled connection) must not leave the person with the page's fallback, no
 * questions and no quick exit. The language replaces English when it arrives.
 */
const LANGUAGE_PATIENCE_MS = 8000;
/** The language loading took longer than LANGUAGE_PATIENCE_MS: elements show English meanwhile. */
let overdue = false;
/** Settles when the language loading arrives, fails, or becomes overdue: what elements wait for. */
let waited: Promise<void> = Promise.resolve();
/**
 * A language whose file could not be loaded (offline), and when: asked for again at an
 * element's next render after LANGUAGE_RETRY_MS (the person's next step), so the text
 * turns to it once the connection is back, without a reload that would lose the answers.
 */
let failed: { locale: TargetLocale; at: number } | null = null;
const LANGUAGE_RETRY_MS = 3000;
const wishes = new Map<ReactiveElement, Locale>();
let observer: MutationObserver | null = null;

function configured(): Switch | null {
  if (controls !== undefined) return controls;
  try {
    controls = configureLocalization({
      sourceLocale,
      targetLocales,
      loadLocale: (locale) => loadLocale(locale as TargetLocale),
    });
  } catch {
    controls = null;
    console.warn(
      '<op-eligibility>: @lit/localize was already configured by this page, so the element cannot change language and shows English. Load the one-file embed, which has its own copy, to let it translate itself.',
    );
  }
  return controls;
}

/**
 * Configures @lit/localize now, not at the first language other than English. For the
 * one-file embed (src/embed.ts), whose lazily loaded files read msg() once, when they
 * load (vite.cdn.config.ts): configuring installs the msg() they must get. The embed has
 * its own copy of the library, so this takes nothing from the host page.
 */
export function configureLocalizationNow(): void {
  configured();
}

/** The language the element's text is in now (the page-wide active locale). */
export function activeLocale(): Locale {
  return controls ? supportedLocale(controls.getLocale()) : sourceLocale;
}

function want(element: ReactiveElement, locale: Locale): void {
  // Kept in the order asked, so that the last asked is last.
  wishes.delete(element);
  wishes.set(element, locale);
  // Read afresh: when the page's `lang` changes, the others have not re-read theirs yet.
  const other = [...wishes.keys()].map((e) => (e === element ? locale : supportedLocale(requestedLanguage(e)))).find((l) => l !== locale);
  if (other) {
    console.warn(
      `<op-eligibility>: a page shows one language at a time; this element asks for "${locale}" while another asks for "${other}". All of them now show "${locale}" (the last asked wins).`,
    );
  }
  follow(locale);
}

/** An element leaves the page: if nobody on it still asks for the language shown, the last one asked is shown. */
function unwant(element: ReactiveElement): void {
  wishes.delete(element);
  const remaining = [...wishes.values()];
  if (remaining.length && !remaining.includes(asked)) follow(remaining[remaining.length - 1]!);
}

/** Switches the page-wide locale to `locale`; every element re-renders once it has loaded. */
function follow(locale: Locale): void {
  if (locale === sourceLocale && asked === sourceLocale) return;
  const c = configured();
  if (!c) return;
  asked = locale;
  failed = null;
  const load = c.setLocale(locale).catch((error: unknown) => {
    console.warn(`<op-eligibility>: the "${locale}" translations could not be loaded; the text stays as it was, and they are asked for again at the next step.`, error);
    if (locale === sourceLocale || asked !== locale) return;
    failed = { locale, at: Date.now() };
    // lit-localize keeps a failed language as the one loading, and would answer a later
    // setLocale() of it with the same failure: back to English, so a retry loads it afresh.
    asked = sourceLocale;
    return c.setLocale(sourceLocale);
  });
  loading = load;
  overdue = false;
  let patience: ReturnType<typeof setTimeout> | undefined;
  waited = Promise.race([
    load,
    new Promise<void>((resolve) => {
      patience = setTimeout(() => {
        resolve();
        if (loading !== load) return;
        overdue = true;
        console.warn(`<op-eligibility>: the "${locale}" translations are taking long to load; the text stays in the language it was in (English at first) until they arrive.`);
        for (const waiting of wishes.keys()) waiting.requestUpdate();
      }, LANGUAGE_PATIENCE_MS);
    }),
  ]);
  void load.finally(() => {
    clearTimeout(patience);
    if (loading !== load) return;
    loading = null;
    overdue = false;
    // Elements that waited for this language render it now.
    for (const waiting of wishes.keys()) waiting.requestUpdate();
  });
}

/**
 * Loads a lazy feature's translations for the language shown and the one loading, so the
 * feature never shows in English first; a language asked for later brings them itself.
 */
export function loadFeatureTranslations(feature: LocalizedFeature): Promise<void> {
  features.add(feature);
  const locales = new Set([activeLocale(), asked].filter((locale): locale is TargetLocale => locale !== sourceLocale));
  return Promise.all([...locales].map((locale) => loadPart(locale, feature))).then((loaded) => {
    // A failure like the feature's own, with "Try again": not a result half in English.
    if (loaded.includes(false)) throw new Error(`the translations of the ${feature} could not be loaded`);
  });
}

/** Elements re-read their language when a `lang` anywhere in the document changes. */
function watchDocumentLanguage(): void {
  if (observer) return;
  observer = new MutationObserver(() => {
    for (const element of wishes.keys()) element.requestUpdate();
  });
  observer.observe(document.documentElement, { attributes: true, attributeFilter: ['lang'], subtree: true });
}

/**
 * Gives a Lit element its language: reads the `lang` that applies to it before each
 * render, asks the page-wide locale to follow, and says which language, tag and
 * direction to render with. Changing the language re-renders; it never restarts anything.
 */
export class LanguageController implements ReactiveController {
  #wish: Locale | null = null;
  #tag: string | null = null;

  constructor(private readonly host: ReactiveElement) {
    host.addController(this);
  }

  hostConnected(): void {
    watchDocumentLanguage();
    // Moved in the page, it may have a new ancestor's `lang`: read it again.
    this.host.requestUpdate();
  }

  hostDisconnected(): void {
    this.#wish = null;
    unwant(this.host);
  }

  hostUpdate(): void {
    this.#tag = requestedLanguage(this.host as unknown as Element);
    const wish = supportedLocale(this.#tag);
    // An element off the page (removed before its first render, or set while detached) asks
    // for nothing: its wish would outlive it, warn on every later element and steer the page.
    if (this.host.isConnected && wish !== this.#wish) {
      this.#wish = wish;
      want(this.host, wish);
    } else if (failed?.locale === wish && !loading && Date.now() - failed.at >= LANGUAGE_RETRY_MS) {
      follow(wish);
    }
  }

  /**
   * Checks `lang` as the host set it, after a change: a rejection goes to `reject`, so
   * that the host hears of it; the element goes on in the language that applies.
   */
  check(reject: (error: ValidationError) => void): void {
    const lang: unknown = this.host.lang;
    // Removed (or unset): the nearest ancestor's lang applies, as when it was never given.
    if (lang === null || lang === undefined) return;
    const rejected = () =>
      reject(new ValidationError('attribute', [{ path: 'lang', code: 'invalid', message: `must be a language tag such as "fr" (got ${describeValue(lang)})` }]));
    if (typeof lang !== 'string') {
      // Reset before Lit reflects it: a Symbol or a Proxy cannot become an attribute.
      this.host.lang = '';
      rejected();
      return;
    }
    if (!lang) return;
    try {
      Intl.getCanonicalLocales(lang);
    } catch {
      // Formatting falls back on its own; the host still hears about it.
      rejected();
    }
  }

  /** The language the text is in now. */
  get locale(): Locale {
    return activeLocale();
  }

  /**
   * The tag for Intl and the `lang` attribute: the one asked for when it is in the
   * language shown ('ar-EG' keeps Egyptian conventions), else the language shown.
   */
  get tag(): string {
    const asked = this.#tag;
    const locale = this.locale;
    return tagShown([asked, locale], () => {
      try {
        const tag = asked ? new Intl.Locale(asked) : null;
        return tag?.language === locale ? tag.toString() : locale;
      } catch {
        return locale;
      }
    });
  }

  get dir(): 'rtl' | 'ltr' {
    return directionOf(this.locale);
  }

  /** The language this element asked for, when its file could not be loaded and the text is in English instead. */
  get unavailable(): TargetLocale | null {
    return failed && failed.locale === this.#wish && this.locale === sourceLocale ? failed.locale : null;
  }

  /** True while the language this element asked for is still loading, for up to LANGUAGE_PATIENCE_MS. */
  get loading(): boolean {
    return loading !== null && !overdue;
  }

  /** Resolves once no language is loading any more (or it is overdue, and English is shown meanwhile). */
  async settled(): Promise<void> {
    while (loading && !overdue) await waited;
  }
}
