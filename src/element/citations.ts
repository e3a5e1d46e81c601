import type { Formatting } from './format.js';
import { isolateLeftToRight, supportedLocale, type Locale } from './localization.js';

/*
 * Articles, cited as the UN's documents (and, for a regional instrument, its body's) cite
 * them in each language: "3(2)(c)" in English, "3 (par. 2 c))" in French.
 */

/** "3(2)(c)": an article, its paragraph and its subparagraph, as the assessment gives it. */
const CITATION = /^(\d+)(?:\((\d+)\))?(?:\(([a-g])\))?$/;

/**
 * How each language's UN documents cite an article's paragraph and subparagraph, keyed by
 * every language of lit-localize.json so that a new one does not type-check without its own:
 * - French: "3 (par. 2 c))", as the Committee's decisions list the Protocol's articles
 *   (E/C.12/65/D/9/2015: "Article(s) du Protocole facultatif : 2 et 3 (par. 1 et par. 2 a), b) et e))");
 * - Spanish: "3, párrafo 2, apartado c)" (E/C.12/59/D/4/2014: "Artículos del Protocolo
 *   Facultativo: 3, párrafo 2, apartado a)");
 * - Arabic: "3(2)(ج)", read right to left, the subparagraph lettered as the Arabic texts
 *   letter them: أ ب ج (E/C.12/5, rule 1(3)), then د هـ و ز in the order of the sections
 *   ألف باء جيم دال هاء واو زاي (E/C.12/2012/3); paragraphs as in "مواد العهد : 2 (1) و(3)"
 *   (CCPR/C/135/D/3050/2017).
 */
const ARABIC_LETTERS: Readonly<Record<string, string>> = { a: 'أ', b: 'ب', c: 'ج', d: 'د', e: 'هـ', f: 'و', g: 'ز' };
const CITATION_FORMS: Readonly<Record<Locale, (article: string, paragraph?: string, letter?: string) => string>> = {
  en: (article, paragraph, letter) => `${article}${paragraph ? `(${paragraph})` : ''}${letter ? `(${letter})` : ''}`,
  fr: (article, paragraph, letter) =>
    paragraph ? `${article} (par. ${paragraph}${letter ? ` ${letter})` : ''})` : `${article}${letter ? ` ${letter})` : ''}`,
  es: (article, paragraph, letter) => `${article}${paragraph ? `, párrafo ${paragraph}` : ''}${letter ? `, apartado ${letter})` : ''}`,
  ar: (article, paragraph, letter) =>
    `\u2067${article}${paragraph ? `(${paragraph})` : ''}${letter ? `(${ARABIC_LETTERS[letter]})` : ''}\u2069`,
};

/**
 * An article of the Protocol or of another UN treaty, "3(2)(c)", written as the UN's
 * documents in the page's language cite it (see CITATION_FORMS); in Arabic, a right-to-left
 * run of its own (U+2067 … U+2069), so the article number comes first whatever surrounds
 * it. Any other form ("P1-1") is kept as it is, as one left-to-right run in right-to-left text.
 */
export function citeArticle(article: string, locale: string): string {
  const [, number, paragraph, letter] = CITATION.exec(article) ?? [];
  return number ? CITATION_FORMS[supportedLocale(locale)](number, paragraph, letter) : isolateLeftToRight(article, locale);
}

/**
 * Articles already cited (citeArticle, or articleLabel's "Artículo 3, párrafo 1"), as one list in
 * the page's language. Spanish citations hold commas ("3, párrafo 2, apartado a)"): joined by "y"
 * alone, "1, párrafo 1 y 2" reads as paragraphs 1 and 2 of article 1, so they are set apart by
 * semicolons, as the UN's Spanish texts list them ("Artículos del Protocolo Facultativo: 3,
 * apartados e) y f); y 4", E/C.12/61/D/5/2015).
 */
export function listCitations(cited: readonly string[], f: Formatting): string {
  // A last citation's paragraph reads as its own ("12 y 16, párrafo 1", as the UN's texts write it): only an earlier one's is mistaken.
  if (supportedLocale(f.locale) !== 'es' || !cited.slice(0, -1).some((c) => c.includes(','))) return f.list(cited);
  return `${cited.slice(0, -1).join('; ')}; y ${cited[cited.length - 1]}`;
}

/** "P1-1": an article of a protocol to the European Convention on Human Rights, as the data gives it. */
const PROTOCOL_ARTICLE = /^P(\d+)-(\d+)$/;
/** "31(2)": an article and its paragraph. */
const PARAGRAPH = /^(\d+)\((\d+)\)$/;

/**
 * How each language cites the articles of a regional instrument, as that body's own documents (or
 * the official ones in that language) do, by the route's `procedure`; null keeps the data's form.
 * Keyed by every language of lit-localize.json, so that a new one does not type-check without its own:
 * - French: the European Social Charter's "31§2" (Council of Europe, collective complaints
 *   page: "l'article 31§2 (droit au logement - réduction de l'état de sans-abri)",
 *   coe.int/t/democracy/migration/bodies/ecsr_collective_complains_fr.asp); the Convention's
 *   protocols "article 1 du Protocole n° 1" (the Court's "Guide sur l'article 1 du Protocole
 *   no 1 à la Convention européenne des droits de l'homme"). The African Charter and the
 *   African Children's Charter: no French source found, kept.
 * - Spanish: "artículo 1 del Protocolo nº 1" (Ministerio de Justicia of Spain, the Court's
 *   case-law in Spanish: mjusticia.gob.es, "Artículo 1 P.1: Protección de la propiedad"); the
 *   Court itself publishes in English and French only. The Charter and the two African
 *   Charters: no Spanish source found, kept.
 * - Arabic: no source found for any of them, kept; but "18(1)" is a right-to-left run, as the
 *   UN's are (citeArticle): left to right, an Arabic reader met "(1)" before its article. The
 *   African Children's Charter's "20(2)(a)" is lettered as the UN's Arabic texts letter theirs.
 * The Convention's own articles name it, as the Court writes "articles 8 de la Convention et
 * 1 du Protocole no 1": "articles 8 et 1 du Protocole n° 1" would read as two of the protocol's.
 */
const REGIONAL_CITATION_FORMS: Readonly<Record<Locale, (article: string, procedure: string) => string | null>> = {
  en: () => null,
  fr: (article, procedure) => {
    if (procedure === 'echr-applications') {
      const protocol = PROTOCOL_ARTICLE.exec(article);
      return protocol ? `${protocol[2]} du Protocole n°\u00a0${protocol[1]}` : `${article} de la Convention`;
    }
    const paragraph = procedure === 'esc-collective-complaints' ? PARAGRAPH.exec(article) : null;
    return paragraph ? `${paragraph[1]}§${paragraph[2]}` : null;
  },
  es: (article, procedure) => {
    if (procedure !== 'echr-applications') return null;
    const protocol = PROTOCOL_ARTICLE.exec(article);
    return protocol ? `${protocol[2]} del Protocolo nº\u00a0${protocol[1]}` : `${article} del Convenio`;
  },
  ar: (article) => (CITATION.test(article) ? citeArticle(article, 'ar') : null),
};

/**
 * An article of a regional route's own instrument ("31(2)", "P1-1"), `procedure` naming the
 * route, written as that body cites it in the page's language (see REGIONAL_CITATION_FORMS);
 * else kept as the data gives it, as one left-to-right run in right-to-left text.
 */
export function citeRegionalArticle(article: string, procedure: string, locale: string): string {
  return REGIONAL_CITATION_FORMS[supportedLocale(locale)](article, procedure) ?? isolateLeftToRight(article, locale);
}
