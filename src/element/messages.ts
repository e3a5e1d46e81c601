import { msg, str } from '@lit/localize';
import { citeArticle } from './citations.js';

/*
 * Every sentence the element shows, each in its own msg() call with a stable id, so that
 * translations can be added with lit-localize without touching the templates. Call these
 * at render time only. Written for a person under stress: short sentences, everyday
 * words, legal terms explained where they first appear.
 *
 * Each subject's words are in a file of their own (question-messages.ts,
 * outcome-messages.ts, reason-messages.ts, route-messages.ts…); this one keeps the few
 * several views share: the article labels, the new-day notice and the buttons.
 */

/** "Article 3(2)(a)", from the citation as the page's language writes it (citeArticle). */
export const articleCited = (citation: string): string => msg(str`Article ${citation}`, { id: 'article' });
/** "Article 3(2)(a)": the Protocol article beside the plain words, cited as the UN's documents in that language cite it ("Article 3 (par. 2 a))"). */
export const articleLabel = (article: string, locale: string): string => articleCited(citeArticle(article, locale));

/** Said when a screening without `as-of` goes on past midnight: its date, and every deadline, follow the new day. */
export const newDayNotice = (date: string): string =>
  msg(str`It is now ${date}: your answers were checked again for this day.`, { id: 'notice.new-day' });

/** "Start again", on the result (and while its details load). */
export const restartLabel = (): string => msg('Start again', { id: 'result.restart' });
/** Back to the summary with every answer kept: on the result, and on its stand-in while the details are missing. */
export const changeAnswersLabel = (): string => msg('Change your answers', { id: 'result.change-answers' });
/** Fetches again what could not be loaded (the result's details, the route map): the connection may be back, and reloading the page would lose the answers. */
export const tryAgainLabel = (): string => msg('Try again', { id: 'load.retry' });
