import { targetLocales } from '../../src/generated/locale-codes.js';

/**
 * The translators' XLIFF files as the tests read them (served by the test runner from
 * locales/), with each message's English source and its translation flattened to text
 * where `{0}`, `{1}` … stand for the `${}` expressions.
 */
export interface TranslationUnit {
  id: string;
  source: string;
  target: string | null;
  /** Matches a rendered text that is this English source, whatever its expressions hold. */
  sourcePattern: RegExp;
  /** The same for the translation (never matches when there is none). */
  targetPattern: RegExp;
}

/** The languages of lit-localize.json's targetLocales, as lit-localize generated them. */
export const TRANSLATED_LOCALES = targetLocales;
export type TranslatedLocale = (typeof TRANSLATED_LOCALES)[number];

const XLIFF = 'urn:oasis:names:tc:xliff:document:1.2';

const flatten = (element: Element | undefined): string | null =>
  element
    ? [...element.childNodes].map((n) => (n instanceof Element ? `{${n.getAttribute('id')}}` : (n.textContent ?? ''))).join('')
    : null;

const escape = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

function pattern(source: Element | undefined): RegExp {
  if (!source) return /(?!)/;
  const parts = [...source.childNodes].map((n) => (n instanceof Element ? '[\\s\\S]+?' : escape((n.textContent ?? '').replace(/\s+/g, ' '))));
  return new RegExp(`^${parts.join('').trim()}$`);
}

export async function readXliff(locale: TranslatedLocale): Promise<Map<string, TranslationUnit>> {
  const response = await fetch(`/locales/${locale}.xlf`);
  if (!response.ok) throw new Error(`locales/${locale}.xlf: HTTP ${response.status}`);
  const doc = new DOMParser().parseFromString(await response.text(), 'application/xml');
  if (doc.querySelector('parsererror')) throw new Error(`locales/${locale}.xlf is not well-formed XML`);
  const units = new Map<string, TranslationUnit>();
  for (const unit of doc.getElementsByTagNameNS(XLIFF, 'trans-unit')) {
    const source = unit.getElementsByTagNameNS(XLIFF, 'source')[0];
    const target = unit.getElementsByTagNameNS(XLIFF, 'target')[0];
    if (!source) continue;
    const id = unit.getAttribute('id') ?? '';
    units.set(id, {
      id,
      source: flatten(source) ?? '',
      target: flatten(target),
      sourcePattern: pattern(source),
      targetPattern: pattern(target),
    });
  }
  return units;
}

/** The copied hand-off's step letters: French and Spanish letter lists as English does. */
const LATIN_LETTERS = 'a b c d e f g h i j k l m n o p q r s t u v w x y z';

/**
 * Messages whose right translation is the English itself, by language and English
 * source. Keep it short: everything else identical to its source is a missed translation.
 */
export const SAME_AS_ENGLISH: Record<TranslatedLocale, readonly string[]> = {
  fr: ['Article {0}', 'Articles {0}', 'Question {0}', 'Date', 'Dates', 'Discrimination', LATIN_LETTERS],
  es: ['No', 'Error:', LATIN_LETTERS],
  ar: [],
};

/** Whether a text has words to translate (not only digits, punctuation or placeholders). */
export const hasWords = (text: string): boolean => /\p{L}/u.test(text.replace(/\{\d+\}/g, ''));
