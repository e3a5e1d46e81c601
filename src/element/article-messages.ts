import { msg, str } from '@lit/localize';
import { listCitations } from './citations.js';
import type { Formatting } from './format.js';
import { articleCited } from './messages.js';

/**
 * "Article 17" or "Articles 3(1) and 3(2)(a)", of articles already cited (citeArticle,
 * citeRegionalArticle); two is a count of its own where the language has a dual (Arabic
 * "المادتان", not the plural "المواد"). `capital`: the words start a title or a label (a
 * hand-off section's "· Articles 3(1) et 3(2)(a)"); without it they read within a sentence or
 * after a colon, where French and Spanish write them in lower case ("Logement : articles 17
 * et 23"). `ranged`: one of them is a range of many ("6-27"), so never the singular nor the dual.
 */
export function articlesWords(cited: readonly string[], f: Formatting, { capital, ranged = false }: { capital: boolean; ranged?: boolean }): string {
  if (cited.length === 1 && !ranged) return capital ? articleCited(cited[0]!) : msg(str`Article ${cited[0]!}`, { id: 'fit.article' });
  const list = listCitations(cited, f);
  if (!ranged && f.plural(cited.length) === 'two') {
    return capital ? msg(str`Articles ${list}`, { id: 'handoff.section.articles-two' }) : msg(str`Articles ${list}`, { id: 'fit.articles-two' });
  }
  return capital ? msg(str`Articles ${list}`, { id: 'handoff.section.articles' }) : msg(str`Articles ${list}`, { id: 'fit.articles' });
}
