/**
 * The languages a complaint (a "communication") to the Committee can be written in: the
 * working languages of the OHCHR secretariat that registers it. Arabic and Chinese are
 * UN official languages but not among them.
 *
 * Source: OHCHR, "Guidance for submitting an individual communication to the UN treaty
 * bodies" (the guidance note of the model complaint form), 1. General information,
 * "Submission language: Only complaints presented in one of the Secretariat's working
 * languages (English, French, Russian and Spanish) can be accepted." The Committee's
 * rules of procedure under the Optional Protocol (E/C.12/5, 2022), rule 1(4), ask for "one
 * of the official languages of the Committee indicated in rule 24" of its own rules.
 */
export const COMPLAINT_LANGUAGES = Object.freeze(['en', 'fr', 'ru', 'es'] as const);

/** A language a complaint can be written in (ISO 639-1). */
export type ComplaintLanguage = (typeof COMPLAINT_LANGUAGES)[number];

/** Whether a complaint can be written in the language of this BCP 47 tag ('fr-CA' → yes, 'ar' → no). */
export function isComplaintLanguage(tag: string): boolean {
  const language = tag.split('-')[0]?.toLowerCase() ?? '';
  return (COMPLAINT_LANGUAGES as readonly string[]).includes(language);
}
