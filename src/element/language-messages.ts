import { msg, str } from '@lit/localize';
import { COMPLAINT_LANGUAGES, isComplaintLanguage, type Assessment } from '../core/index.js';
import type { Formatting } from './format.js';

/** The languages a complaint can be written in, named in the reader's language: "English, French, Russian or Spanish". */
export const complaintLanguageNames = (f: Formatting): string =>
  f.list(
    COMPLAINT_LANGUAGES.map((code) => f.language(code)),
    'disjunction',
  );

/**
 * When the person reads the result in a language a complaint cannot be written in
 * (Arabic, say), the note that says so; null otherwise. Only where the result names a UN
 * committee to complain to: the four languages are those of the UN's secretariat, and
 * beside a regional body alone (the African Commission, for a reader in Egypt) they would
 * read as that body's.
 */
export function complaintLanguageNote(f: Formatting, { nextSteps, routes }: Assessment): string | null {
  if (isComplaintLanguage(f.locale)) return null;
  if (!nextSteps.some((s) => s.code === 'write-in-accepted-language') && !routes.some((r) => r.kind === 'treaty-body')) return null;
  const reading = f.language(new Intl.Locale(f.locale).language);
  const accepted = complaintLanguageNames(f);
  return msg(str`You can read this in ${reading}, but complaints to UN committees must be written in ${accepted}.`, {
    id: 'result.complaint-language',
  });
}
