import type { CalendarDate } from '../core/index.js';
import { once } from '../core/memo.js';

/**
 * Everything the element shows that depends on the reader's language but is not a
 * sentence of ours: country and language names, dates and lists, all from `Intl`.
 * No hand-written name tables.
 */
export interface Formatting {
  /** The BCP 47 tag actually used (falls back to 'en' when the asked one is not valid). */
  readonly locale: string;
  /** A State's name from its ISO 3166-1 alpha-2 code. */
  country(code: string): string;
  /** A language's name from its code ('fr' → "French"). */
  language(code: string): string;
  /** A calendar date 'YYYY-MM-DD' written out in full ("3 February 2026"). */
  date(date: CalendarDate): string;
  /** "a, b and c" (conjunction) or "a, b or c" (disjunction). */
  list(items: readonly string[], type?: 'conjunction' | 'disjunction'): string;
  /** Sorts strings as a reader of this language expects (for the country list). */
  compare(a: string, b: string): number;
}

function supported(locale: string | null | undefined): string | null {
  if (!locale) return null;
  try {
    return Intl.getCanonicalLocales(locale)[0] ?? null;
  } catch {
    return null;
  }
}

const cache = new Map<string, Formatting>();

export function formatting(requested: string | null | undefined): Formatting {
  const locale = supported(requested) ?? 'en';
  let found = cache.get(locale);
  if (found) return found;
  // Each Intl object is made on first use: the first question needs only the region
  // names and the collator, and every constructor loads locale data.
  const regions = once(() => new Intl.DisplayNames(locale, { type: 'region', fallback: 'code' }));
  const languages = once(() => new Intl.DisplayNames(locale, { type: 'language', fallback: 'code' }));
  // Calendar dates are days, not instants: format them at noon UTC in UTC.
  const dates = once(() => new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeZone: 'UTC' }));
  const and = once(() => new Intl.ListFormat(locale, { type: 'conjunction' }));
  const or = once(() => new Intl.ListFormat(locale, { type: 'disjunction' }));
  const collator = once(() => new Intl.Collator(locale));
  found = {
    locale,
    country: (code) => regions().of(code) ?? code,
    language: (code) => languages().of(code) ?? code,
    date(date) {
      const [y, m, d] = date.split('-').map(Number);
      if (!y || !m || !d) return date;
      return dates().format(new Date(Date.UTC(y, m - 1, d, 12)));
    },
    list: (items, type = 'conjunction') => (type === 'conjunction' ? and() : or()).format(items),
    compare: (a, b) => collator().compare(a, b),
  };
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
    list = [...codes].map((code) => ({ code, name: f.country(code) })).sort((a, b) => f.compare(a.name, b.name));
    byLocale.set(f.locale, list);
  }
  return list;
}
