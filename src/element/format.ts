import type { CalendarDate } from '../core/index.js';
import { once } from '../core/memo.js';
import type { Locale } from './localization.js';

/**
 * Everything the element shows that depends on the reader's language but is not a
 * sentence of ours: country and language names, dates and lists, all from `Intl`.
 * No hand-written name tables, but for the two treaty parties below.
 */
export interface Formatting {
  /** The BCP 47 tag used. */
  readonly locale: string;
  /** A State's name from its ISO 3166-1 alpha-2 code. */
  country(code: string): string;
  /**
   * The State's name as a sentence names it: in English with "the" where the name takes
   * it ("The United States has not joined…", "the parliament of the United States").
   */
  countryInText(code: string, atSentenceStart: boolean): string;
  /** A language's name from its code ('fr' → "French"). */
  language(code: string): string;
  /** A calendar date 'YYYY-MM-DD' written out in full ("3 February 2026"). */
  date(date: CalendarDate): string;
  /** A number of hours written out ("24 hours"). */
  hours(count: number): string;
  /** "a, b and c" (conjunction) or "a, b or c" (disjunction). */
  list(items: readonly string[], type?: 'conjunction' | 'disjunction'): string;
  /** Sorts strings as a reader of this language expects, numbers by value (the country list, the Covenant's articles). */
  compare(a: string, b: string): number;
  /** The language's plural category for `count` ('two' where it has a dual, as Arabic does). */
  plural(count: number): Intl.LDMLPluralRule;
}

/**
 * Where CLDR names another entity than the one that is party to the UN treaties: the Holy
 * See, not Vatican City (the State it governs), and the State of Palestine, not "the
 * Palestinian Territories". Source: UN Treaty Collection, participants' names; UNTERM for
 * French, Spanish and Arabic. Keyed by every language of lit-localize.json, so that a new
 * one does not type-check until it names them too.
 */
const TREATY_PARTY_NAMES: Readonly<Record<Locale, Readonly<Record<string, string>>>> = {
  en: { VA: 'Holy See', PS: 'State of Palestine' },
  fr: { VA: 'Saint-Siège', PS: 'État de Palestine' },
  es: { VA: 'Santa Sede', PS: 'Estado de Palestina' },
  ar: { VA: 'الكرسي الرسولي', PS: 'دولة فلسطين' },
};

/** English names, as CLDR writes them, that take "the" in a sentence. */
const ENGLISH_WITH_THE = new Set(['AE', 'BS', 'CF', 'DO', 'GB', 'GM', 'KM', 'MH', 'NL', 'PH', 'PS', 'US', 'VA']);

const cache = new Map<string, Formatting>();

/**
 * A page uses a handful of language tags; one that cycles through many (a language picker
 * listing every regional variant) must not keep each tag's Intl objects (~11 KB) forever.
 */
const TAGS_KEPT = 16;

/**
 * The formatting for `locale`, a tag as LanguageController.tag gives it: valid and in its
 * canonical form already, so not checked again at each render. Made once per tag while the
 * page keeps to TAGS_KEPT tags; made afresh after that.
 */
export function formatting(locale: string): Formatting {
  let found = cache.get(locale);
  if (found) return found;
  // Each Intl object is made on first use: the first question needs only the region
  // names and the collator, and every constructor loads locale data.
  const regions = once(() => new Intl.DisplayNames(locale, { type: 'region', fallback: 'code' }));
  const languages = once(() => new Intl.DisplayNames(locale, { type: 'language', fallback: 'code' }));
  const language = new Intl.Locale(locale).language;
  // Arabic digits as the translations and the articles ("المادة 3(2)(أ)") write them, as UN
  // Arabic texts do: without this, ar-EG or ar-SA dates came in Arabic-Indic digits beside them.
  const numerals = language === 'ar' ? new Intl.Locale(locale, { numberingSystem: 'latn' }).toString() : locale;
  // Calendar dates are days, not instants: format them at noon UTC in UTC. Gregorian
  // whatever the tag asks (`-u-ca-islamic`): the date fields and the Committee count in it,
  // and a deadline in another calendar beside them would have to be converted by the reader.
  const dates = once(() => new Intl.DateTimeFormat(numerals, { dateStyle: 'long', timeZone: 'UTC', calendar: 'gregory' }));
  const hours = once(() => new Intl.NumberFormat(numerals, { style: 'unit', unit: 'hour', unitDisplay: 'long' }));
  const and = once(() => new Intl.ListFormat(locale, { type: 'conjunction' }));
  const or = once(() => new Intl.ListFormat(locale, { type: 'disjunction' }));
  // Numbers by their value: the Covenant's articles 2(2), 9, 11, not 11, 2(2), 9.
  const collator = once(() => new Intl.Collator(locale, { numeric: true }));
  const plurals = once(() => new Intl.PluralRules(locale));
  const treatyNames: Readonly<Record<string, string>> = TREATY_PARTY_NAMES[language as Locale] ?? {};
  const country = (code: string) => treatyNames[code] ?? regions().of(code) ?? code;
  found = {
    locale,
    country,
    countryInText(code, atSentenceStart) {
      const name = country(code);
      if (language !== 'en' || !ENGLISH_WITH_THE.has(code)) return name;
      return `${atSentenceStart ? 'The' : 'the'} ${name}`;
    },
    language: (code) => languages().of(code) ?? code,
    date(date) {
      const [y, m, d] = date.split('-').map(Number);
      if (!y || !m || !d) return date;
      const at = new Date(Date.UTC(y, m - 1, d, 12));
      // French writes the first of the month as an ordinal, "1er juin", which CLDR does not.
      if (language === 'fr' && d === 1) return dates().formatToParts(at).map((p) => (p.type === 'day' ? '1er' : p.value)).join('');
      return dates().format(at);
    },
    hours: (count) => hours().format(count),
    list: (items, type = 'conjunction') => (type === 'conjunction' ? and() : or()).format(items),
    compare: (a, b) => collator().compare(a, b),
    plural: (count) => plurals().select(count),
  };
  if (cache.size >= TAGS_KEPT) cache.clear();
  cache.set(locale, found);
  return found;
}

const sortedCache = new WeakMap<ReadonlySet<string>, Map<string, { code: string; name: string }[]>>();

/** The States a complaint can name, by localized name. */
export function statesByName(codes: ReadonlySet<string>, f: Formatting): { code: string; name: string }[] {
  let byLocale = sortedCache.get(codes);
  if (!byLocale) sortedCache.set(codes, (byLocale = new Map()));
  let list = byLocale.get(f.locale);
  if (!list) {
    if (byLocale.size >= TAGS_KEPT) byLocale.clear();
    list = [...codes].map((code) => ({ code, name: f.country(code) })).sort((a, b) => f.compare(a.name, b.name));
    byLocale.set(f.locale, list);
  }
  return list;
}
