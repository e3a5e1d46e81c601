import { msg, str } from '@lit/localize';
import { COMPLAINT_LANGUAGES, isComplaintLanguage } from '../core/index.js';
import type { Formatting } from './format.js';

/** The languages a complaint can be written in, named in the reader's language: "English, French, Russian or Spanish". */
export const complaintLanguageNames = (f: Formatting): string =>
  f.list(
    COMPLAINT_LANGUAGES.map((code) => f.language(code)),
    'disjunction',
  );

/**
 * When the person reads the result in a language a complaint cannot be written in
 * (Arabic, say), the note that says so; null otherwise.
 */
export function complaintLanguageNote(f: Formatting): string | null {
  if (isComplaintLanguage(f.locale)) return null;
  const reading = f.language(new Intl.Locale(f.locale).language);
  const accepted = complaintLanguageNames(f);
  return msg(str`You can read this in ${reading}, but a complaint must be written in ${accepted}.`, {
    id: 'result.complaint-language',
  });
}
