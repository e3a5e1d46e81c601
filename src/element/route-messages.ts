import { msg, str } from '@lit/localize';
import type { Answers, FitGround, Route, RouteCaveat, RouteFitReason } from '../core/index.js';
import type { Formatting } from './format.js';
import { affectedBy, type Affected } from './fit-messages.js';
import { articlesWords } from './article-messages.js';
import { citeArticle, citeRegionalArticle } from './citations.js';

/*
 * The words of the other routes shown when this route is closed. Bodies are named with
 * their official UN names; what they cover is said in plain words. They travel in the
 * result's chunk (result-feature.ts). Call these at render time only.
 */

/** The official name of a body (the route's `body` code). */
function routeBodyName(body: string): string {
  switch (body) {
    case 'human-rights-committee':
      return msg('Human Rights Committee', { id: 'route-body.human-rights-committee' });
    case 'cedaw-committee':
      return msg('Committee on the Elimination of Discrimination against Women', { id: 'route-body.cedaw-committee' });
    case 'crpd-committee':
      return msg('Committee on the Rights of Persons with Disabilities', { id: 'route-body.crpd-committee' });
    case 'crc-committee':
      return msg('Committee on the Rights of the Child', { id: 'route-body.crc-committee' });
    case 'cerd-committee':
      return msg('Committee on the Elimination of Racial Discrimination', { id: 'route-body.cerd-committee' });
    case 'committee-against-torture':
      return msg('Committee against Torture', { id: 'route-body.committee-against-torture' });
    case 'committee-on-enforced-disappearances':
      return msg('Committee on Enforced Disappearances', { id: 'route-body.committee-on-enforced-disappearances' });
    case 'european-court-of-human-rights':
      return msg('European Court of Human Rights', { id: 'route-body.european-court-of-human-rights' });
    case 'european-committee-of-social-rights':
      return msg('European Committee of Social Rights', { id: 'route-body.european-committee-of-social-rights' });
    case 'african-commission-on-human-and-peoples-rights':
      return msg('African Commission on Human and Peoples’ Rights', { id: 'route-body.african-commission-on-human-and-peoples-rights' });
    case 'african-committee-of-experts-on-the-rights-and-welfare-of-the-child':
      return msg('African Committee of Experts on the Rights and Welfare of the Child', {
        id: 'route-body.african-committee-of-experts-on-the-rights-and-welfare-of-the-child',
      });
    case 'inter-american-commission-on-human-rights':
      return msg('Inter-American Commission on Human Rights', { id: 'route-body.inter-american-commission-on-human-rights' });
    case 'un-special-procedures':
      return msg('UN special rapporteurs and working groups (Special Procedures)', { id: 'route-body.un-special-procedures' });
    default:
      return body;
  }
}

/**
 * The name a route is listed under: its body's (routeBodyName), but for a body with two
 * procedures, the one that is not its complaints says which it is.
 */
export function routeName(route: Pick<Route, 'body' | 'procedure'>): string {
  return route.procedure === 'ced_art30'
    ? msg('Committee on Enforced Disappearances: urgent action', { id: 'route-name.ced_art30' })
    : routeBodyName(route.body);
}

/** What a route covers, in plain words (the data's `covers` key, by procedure). */
export function routeCovers(procedure: string): string {
  switch (procedure) {
    case 'iccpr_op1':
      return msg(
        'Civil and political rights, in the International Covenant on Civil and Political Rights. Some of them also cover social problems: equality before the law in any field (Article 26), home and family (Article 17), the right to life (Article 6) and the culture of minorities (Article 27).',
        { id: 'route.iccpr_op1.covers' },
      );
    case 'cedaw_op':
      return msg('Discrimination against women and girls in every part of life, including work, health care, benefits, family and rural life.', {
        id: 'route.cedaw_op.covers',
      });
    case 'crpd_op':
      return msg('The rights of people with disabilities, including education, health, work, living independently and an adequate standard of living.', {
        id: 'route.crpd_op.covers',
      });
    case 'crc_op3':
      return msg('The rights of children under 18, including health, education, an adequate standard of living and protection from harm.', {
        id: 'route.crc_op3.covers',
      });
    case 'cerd_art14':
      return msg(
        'Discrimination because of race, colour, descent, or national or ethnic origin, including in work, housing, health, education and social security.',
        { id: 'route.cerd_art14.covers' },
      );
    case 'cat_art22':
      return msg('Torture, and cruel, inhuman or degrading treatment or punishment.', { id: 'route.cat_art22.covers' });
    case 'ced_art30':
      // With how to send it: a family acting now needs the way in. The Committee's guidance
      // (CED/C/4/Rev.1, paras 5-7) asks for writing and a named author, kept confidential.
      return msg(
        'An urgent request to find a disappeared person: the Committee urges the government to act at once. Relatives, their lawyer or anyone with a legitimate interest can send it in writing (see UN document CED/C/4/Rev.1 on ohchr.org). The sender’s name stays confidential, but the request cannot be anonymous.',
        { id: 'route.ced_art30.covers' },
      );
    case 'ced_art31':
      return msg('A person taken by the State, or with its support, whose fate is then hidden.', {
        id: 'route.ced_art31.covers',
      });
    case 'echr-applications':
      return msg(
        'Your own case, under the European Convention on Human Rights and its protocols. Its rights include respect for your home and family life (Article 8), property, education and equal treatment.',
        { id: 'route.echr-applications.covers' },
      );
    case 'esc-collective-complaints':
      return msg(
        'Whether the country respects the European Social Charter: housing, health, education, work, social protection and equal treatment. It decides on the situation in general, not on one person’s case.',
        { id: 'route.esc-collective-complaints.covers' },
      );
    case 'achpr-communications':
      return msg(
        'The rights in the African Charter on Human and Peoples’ Rights. They include civil and political rights, and social rights such as health, education, work, housing and food. Peoples also have rights, such as to their land and natural resources. Individuals, groups and organisations can complain.',
        { id: 'route.achpr-communications.covers' },
      );
    case 'acerwc-communications':
      return msg(
        'The rights of children under 18 in the African Charter on the Rights and Welfare of the Child. They include health, education, protection from harmful work and abuse, and help for families with food, clothing and housing. A person, a group or an organisation can complain for a child.',
        { id: 'route.acerwc-communications.covers' },
      );
    case 'iachr-petitions':
      return msg(
        'The rights in the American Declaration of the Rights and Duties of Man and the American Convention on Human Rights. They include health, housing, food, work, education and social security. Individuals, groups and organisations can send a petition.',
        { id: 'route.iachr-petitions.covers' },
      );
    case 'special-procedures':
      return msg(
        'Independent UN experts, each on one subject. They can write to the government about a case, a group or a law, whatever treaties the country has joined. Anyone can send them information, in English, French or Spanish, with a form on ohchr.org, the website of the UN human rights office.',
        { id: 'route.special-procedures.covers' },
      );
    default:
      return '';
  }
}

/**
 * The online form a route's body takes information with, where it has one for everyone, said
 * right under what it covers (the card) and in the hand-off: its address, and the words before
 * it. Only the bare address, never a query built from the answers, so that nothing of the person's
 * case leaves with the link. The Special Procedures' form is OHCHR's "Submission of information to
 * the Special Procedures" (spsubmission.ohchr.org, opened at the end of 2020 for every mandate; ISHR
 * Academy, "Requesting a communication": information goes through that online questionnaire).
 */
export function routeForm(procedure: string): { label: string; address: string } | null {
  switch (procedure) {
    case 'special-procedures':
      return { label: msg('Their online form:', { id: 'route.special-procedures.form' }), address: 'spsubmission.ohchr.org' };
    default:
      return null;
  }
}

/** What a link to the form opens: its address over HTTPS, and nothing else. */
export const formHref = (address: string): string => `https://${address}/`;

/**
 * The route's own time limit, counted from the final decision in the country, as one
 * sentence; '' where the body fixes none (CEDAW, CRPD, CAT, CED: "unreasonably prolonged"
 * at most; collective complaints and the Special Procedures: none). The African bodies fix no
 * months but "a reasonable period" (African Charter, art. 56(6); the African Children's
 * Committee's Guidelines, Section IX), said as such. The provisions are in the data's sources (other-routes.ts).
 * Said beside what the route covers, since a person who misses it loses the route.
 */
export function routeTimeLimit(procedure: string): string {
  switch (procedure) {
    case 'iccpr_op1':
      // Rules of procedure, rule 99(c): an abuse of the right of submission, not a fixed bar; three years
      // after another international procedure ended (a case lost at the European Court, for one).
      return msg(
        'Send it within five years of the final decision in the country, or within three years after another international body finished with it. Later, the Committee may refuse it unless you explain the delay.',
        { id: 'route.iccpr_op1.time-limit' },
      );
    case 'crc_op3':
      return msg('Send it within one year of the final decision in the country, unless you can show that this was not possible.', {
        id: 'route.crc_op3.time-limit',
      });
    case 'cerd_art14':
      return msg('Send it within six months of the final decision in the country, except in exceptional circumstances.', {
        id: 'route.cerd_art14.time-limit',
      });
    case 'echr-applications':
      return msg(
        'Send the application within four months of the final decision in the country. Count from the day it was given in public. If it was not, count from the day you or your lawyer received it.',
        { id: 'route.echr-applications.time-limit' },
      );
    case 'iachr-petitions':
      return msg('Send the petition within six months of the day you were told of the final decision in the country.', {
        id: 'route.iachr-petitions.time-limit',
      });
    // No months (timeLimitMonths null), but a limit all the same: "within a reasonable period" (African Charter,
    // art. 56(6)); the Commission found 22 months too long in Majuru v. Zimbabwe (308/05, 2008).
    case 'achpr-communications':
      return msg(
        'There is no fixed time limit, but send it within a reasonable time of the final decision in the country (Article 56(6) of the African Charter). The Commission has refused complaints sent long after it without a good reason.',
        { id: 'route.achpr-communications.time-limit' },
      );
    case 'acerwc-communications':
      return msg('There is no fixed time limit, but send it within a reasonable time of the final decision in the country.', {
        id: 'route.acerwc-communications.time-limit',
      });
    default:
      return '';
  }
}

/**
 * What most of the routes need too, said once above them (route-groups.ts forumWarningTexts()): "most"
 * where more than half of the complaint routes listed need it, else "some" (for Cabo Verde, the African
 * Commission takes a complaint with neither a victim's name nor their agreement: African Charter arts. 55, 56(1)).
 */
export function neededTooText(caveat: 'jurisdiction-needed' | 'victim-needed' | 'name-needed' | 'consent-needed', most: boolean): string {
  // Every complaint body listed needs it: never "some". The special rapporteurs, listed too, do not: not "the bodies below".
  if (caveat === 'jurisdiction-needed') {
    return msg('You said it did not happen in that country or under its control. The UN committees and regional bodies below also take a complaint against a country only about what happened on its land or under its control.', {
      id: 'caveat.jurisdiction-needed',
    });
  }
  if (caveat === 'victim-needed') {
    return most
      ? msg('You said an organisation complains about a general problem. Most of the bodies below take a complaint only about named people who were harmed.', {
          id: 'caveat.victim-needed',
        })
      : msg('You said an organisation complains about a general problem. Some of the bodies below take a complaint only about named people who were harmed.', {
          id: 'caveat.victim-needed.some',
        });
  }
  // Many keep a name from the public on request (ECHR Rule 47(4); the IACHR even from the State, its Rules art. 28(2)).
  if (caveat === 'name-needed') {
    return most
      ? msg('You said nobody can know who it is. Most of the bodies below also need the name of the person harmed. Many can keep it from the public if you ask.', {
          id: 'caveat.name-needed',
        })
      : msg('You said nobody can know who it is. Some of the bodies below also need the name of the person harmed. They can often keep it from the public if you ask.', {
          id: 'caveat.name-needed.some',
        });
  }
  return most
    ? msg('You said the people harmed could agree, but have not. Most of the bodies below also need their agreement, normally in writing, when someone acts for them.', {
        id: 'caveat.consent-needed',
      })
    : msg('You said the people harmed could agree, but have not. Some of the bodies below also need their agreement, normally in writing, when someone acts for them.', {
        id: 'caveat.consent-needed.some',
      });
}

/**
 * The day the State accepted a UN committee's complaints, and, where it matters (what happened began
 * before it, or it is still to come), the later day that acceptance applies from. Null for other routes.
 */
export function acceptedSentence(route: Route, country: string, f: Formatting): string | null {
  if (!route.acceptedOn) return null;
  const matters = route.caveats.some((c) => c === 'not-yet-in-force' || c === 'facts-before-procedure' || c === 'facts-may-predate-procedure');
  return route.appliesFrom && matters && route.appliesFrom !== route.acceptedOn
    ? routeWords.acceptedOnAppliesFrom(country, f.date(route.acceptedOn), f.date(route.appliesFrom))
    : routeWords.acceptedOn(country, f.date(route.acceptedOn));
}

/** The body's time limit, and its last day by the final decision answered when one is known and it still runs. */
export function timeLimitSentence(route: Route, f: Formatting): string | null {
  const limit = routeTimeLimit(route.procedure);
  // The person said the case is already before this body: its limit was for sending it there, not an invitation to send it again.
  if (!limit || route.caveats.includes('same-matter-here')) return null;
  return route.timeLimitEnds ? `${limit} ${routeWords.timeLimitEnds(f.date(route.timeLimitEnds))}` : limit;
}

/**
 * The provision of a route's own same-matter rule (`route.sameMatter`), as its card cites it: "Article 5(2)(a) of
 * its Optional Protocol". Cited as the UN's documents cite an article, a regional route's too: the Court's own
 * French form names "de la Convention" already. '' when the route carries none.
 */
export function sameMatterCitation(route: Pick<Route, 'sameMatter'>, f: Formatting): string {
  const rule = route.sameMatter;
  if (!rule) return '';
  const label = articlesWords(
    rule.articles.map((a) => citeArticle(a, f.locale)),
    f,
    { capital: false },
  );
  switch (rule.in) {
    case 'optional-protocol':
      return msg(str`${label} of its Optional Protocol`, { id: 'same-matter.of-optional-protocol' });
    case 'convention':
      return msg(str`${label} of its Convention`, { id: 'same-matter.of-convention' });
    // The Inter-American Commission's art. 33, for a State the American Convention does not bind.
    case 'rules-of-procedure':
      return msg(str`${label} of its Rules of Procedure`, { id: 'same-matter.of-rules-of-procedure' });
  }
}

/**
 * A caution shown with a route. `others`: the route's other caveats, where the wording depends on them: the
 * urgent line of a body only some groups can complain to ('organisations-only') does not tell the person "when
 * you complain here". `citation`: the provision of its same-matter rule (sameMatterCitation()), which
 * 'same-matter-refused' and 'same-matter-while-pending' cite.
 */
export function routeCaveatText(caveat: RouteCaveat, others: readonly RouteCaveat[] = [], citation = ''): string {
  switch (caveat) {
    case 'reservations-may-limit':
      // Beside each acceptance date; routeWords.reservations() explains it once for the list.
      return msg('Reservations may limit it.', { id: 'caveat.reservations-may-limit' });
    case 'same-matter-bar':
      // Shown once, above the routes that carry it.
      return msg(
        'Choose carefully. If another international body examines your problem, the UN Committee on Economic, Social and Cultural Rights may refuse it later (Article 3(2)(c) of the Optional Protocol). Decide where to complain with a lawyer.',
        { id: 'caveat.same-matter-bar' },
      );
    case 'examined-elsewhere':
      // Shown once, above the routes, in place of the caution above; each complaint body's own rule is said under it
      // (the five below): some refuse such a problem, some only while the other body is looking at it, some never.
      return msg(
        'You said another international body has looked at your problem, or is looking at it. If it is one of the bodies below, follow your case there: do not send it again. Each of the others has its own rule on this, said under it. Ask a lawyer before you go to any of them.',
        { id: 'caveat.examined-elsewhere.own-rules' },
      );
    // Each body's own rule (its data's `sameMatter`), under it. The answer does not say whether the other body has
    // finished: where that decides, the words say so.
    case 'same-matter-refused':
      return msg(str`It does not take a problem that another international body has looked at or is looking at (${citation}).`, {
        id: 'caveat.same-matter-refused',
      });
    case 'same-matter-while-pending':
      return msg(
        str`It does not take a problem while another international body is still looking at it (${citation}). Once that body has finished, it can.`,
        { id: 'caveat.same-matter-while-pending' },
      );
    // Many European States reserved ICCPR-OP1 art. 5(2)(a) to bar a matter already examined too: not known here State by State.
    case 'same-matter-extended-by-reservations':
      return msg(
        'But many countries, most of them in Europe, said when they accepted it that it must also refuse a problem another body has already looked at. Check this country’s reservations.',
        { id: 'caveat.same-matter-extended-by-reservations' },
      );
    // CERD: no rule in its Convention, but several States' art. 14 declarations add one. The collective complaints: none.
    case 'same-matter-no-rule':
      return others.includes('reservations-may-limit')
        ? msg(
            'Its own treaty does not stop it from taking a problem that another international body has looked at or is looking at. But the country may have excluded such problems when it accepted it: check its reservations.',
            { id: 'caveat.same-matter-no-rule.reservations' },
          )
        : msg('Its own rules do not stop it from taking a problem that another international body has looked at or is looking at.', {
            id: 'caveat.same-matter-no-rule',
          });
    case 'same-matter-may-refuse':
      return msg('It may refuse a problem that another international body has looked at or is looking at. Ask a lawyer.', {
        id: 'caveat.same-matter-may-refuse',
      });
    // The body the person named (the European Court): not refused as "another" body, the case is followed there.
    case 'same-matter-here':
      return msg('You said your case is already before this body: follow it there. Ask a lawyer before you send the same problem anywhere else.', {
        id: 'caveat.same-matter-here',
      });
    // OP-CEDAW art. 2: its Convention's rights are women's. The tool does not ask the person's sex.
    case 'women-and-girls-only':
      return msg('It takes complaints only by or for women and girls.', { id: 'caveat.women-and-girls-only' });
    // Said once, above the routes, "most" or "some" as they carry it (forumWarningTexts()), never under one route.
    case 'jurisdiction-needed':
    case 'victim-needed':
    case 'name-needed':
    case 'consent-needed':
      return neededTooText(caveat, true);
    // Harm about to happen (the urgency answer): what the body can do at once, under what it covers.
    case 'urgent-measures':
      // The European Committee of Social Rights' immediate measures (its Rules, rule 36): asked in a complaint
      // only some groups can send, which its card says just below; "when you complain here" read as open to the person.
      return others.includes('organisations-only')
        ? msg('If serious harm is about to happen, the group that complains should say so: this body can urgently ask the country to prevent it.', {
            id: 'caveat.urgent-measures.organisations-only',
          })
        : msg('If serious harm is about to happen, say so when you complain here: it can urgently ask the country to prevent it.', {
            id: 'caveat.urgent-measures',
          });
    // The Special Procedures' urgent appeals: no complaint, no courts first; sent to the government within days.
    case 'urgent-appeals':
      return msg('If serious harm is about to happen, say so: they can send the government an urgent appeal, without waiting for the courts.', {
        id: 'caveat.urgent-appeals',
      });
    // The Inter-American Commission's precautionary measures (its Rules, art. 25(1)): "whether related to a petition or not".
    case 'urgent-measures-without-complaint':
      return msg(
        'If serious harm is about to happen, you can ask it now, even without a petition, to urgently ask the country to prevent it (“precautionary measures”).',
        { id: 'caveat.urgent-measures-without-complaint' },
      );
    // Under each route that has the rule. Not for the precautionary measures said above it, which need no petition,
    // nor so the courts first (IACHR Rules art. 25): the card must not take back what it just offered.
    case 'remedies-first':
      return others.includes('urgent-measures-without-complaint')
        ? msg('Here too, the courts or authorities in the country must decide the problem first before a petition, but not before its urgent measures.', {
            id: 'caveat.remedies-first.urgent',
          })
        : msg('Here too, the courts or authorities in the country must decide the problem first.', { id: 'caveat.remedies-first' });
    // Not "here too": the route may have closed on another ground before the courts were asked about (art. 3(2)(b)).
    // "Normally": each of these bodies excuses remedies that do not exist or cannot work (OP-CEDAW art. 4(1), American Convention art. 46(2)).
    case 'remedies-unknown':
      return others.includes('urgent-measures-without-complaint')
        ? msg(
            'A case is normally taken here only after the courts or authorities in the country have decided it, up to the final decision. If they have not, go to them first. Its urgent measures do not wait for them.',
            { id: 'caveat.remedies-unknown.urgent' },
          )
        : msg(
            'A case is normally taken here only after the courts or authorities in the country have decided it, up to the final decision. If they have not, go to them first.',
            { id: 'caveat.remedies-unknown' },
          );
    // International NGOs, not "international organisations", which reads as the UN: ETS No. 158, art. 1(b).
    // The groups first: an organisation reading it (author 'organisation') checks whether it is one; "such as": Finland lets national NGOs complain too.
    case 'organisations-only':
      return msg(
        'Only some groups can complain here, such as international NGOs on a Council of Europe list, trade unions and employers’ groups. A person cannot complain on their own, but can ask one of them to act.',
        { id: 'caveat.organisations-only' },
      );
    case 'accepted-provisions-vary':
      // "May have": a State accepts the Revised Charter provision by provision, and some accepted them all
      // (Portugal, all 98 paragraphs: Council of Europe, country page).
      return msg('The country may have accepted only some articles of the Charter: the complaint must be about one it accepted.', {
        id: 'caveat.accepted-provisions-vary',
      });
    case 'san-salvador-petitions-limited':
      return msg(
        'The Protocol of San Salvador allows petitions only about trade unions and education. Other social rights are raised through the Declaration or the Convention.',
        { id: 'caveat.san-salvador-petitions-limited' },
      );
    case 'american-declaration-only':
      return msg('The country has not joined the American Convention: the Commission applies the American Declaration.', {
        id: 'caveat.american-declaration-only',
      });
    case 'membership-unconfirmed':
      return msg('We could not confirm in an official source that this country accepts this route. Check before you rely on it.', {
        id: 'caveat.membership-unconfirmed',
      });
    case 'not-yet-in-force':
      return msg('The country accepted this only recently: it may not apply yet.', { id: 'caveat.not-yet-in-force' });
    case 'report-to-authorities-first':
      return msg(
        'First report the disappearance to the authorities that can investigate, such as the police or a prosecutor, if you can (Article 30(2)(c) of the Convention). You need not wait for their decision.',
        { id: 'caveat.report-to-authorities-first' },
      );
    case 'disappearance-after-entry-into-force':
      return msg('Only for a disappearance that began after the Convention applied to the country (its Article 35).', {
        id: 'caveat.disappearance-after-entry-into-force',
      });
    case 'facts-before-procedure':
      return msg(
        'By the dates you gave, what happened was over before this applied to the country. It looks only at what happened, or went on, after that day, so it would probably refuse the case. Ask a lawyer.',
        { id: 'caveat.facts-before-procedure' },
      );
    case 'facts-may-predate-procedure':
      return msg('What happened began before this applied to the country. It looks only at what happened, or went on, after that day.', {
        id: 'caveat.facts-may-predate-procedure',
      });
    case 'time-limit-passed':
      return msg(
        'By the date you gave for the final decision, its time limit has already passed, so it may refuse the case. Ask a lawyer whether an exception applies.',
        { id: 'caveat.time-limit-passed' },
      );
    case 'time-limit-may-have-passed':
      // The limit may run from a day later than the date given: the day the person was told of the decision (the
      // Inter-American Commission), or, for a decision not given in public, the day it was served (the European
      // Court, whose card says "count from the day it was given in public" just above: "it runs from the day you
      // were told" contradicted that for a public decision).
      return msg(
        'Counted from the date you gave for the final decision, its time limit has passed. But it may run from a later day, such as the day you or your lawyer were told of the decision. You are still in time only if that day is within the time limit above. Ask a lawyer.',
        { id: 'caveat.time-limit-may-have-passed' },
      );
    case 'no-decision-on-the-case':
      // The Working Group on Arbitrary Detention gives an opinion on a detention: "they do not decide cases" was untrue
      // of it. None of them binds the country.
      return msg('They ask the government to explain and to act, and can make it public. They are not courts: what they say does not bind the country.', {
        id: 'caveat.no-decision-on-the-case',
      });
    case 'not-a-complaint':
      return msg('This does not help your own case now: it opens the route for the future.', { id: 'caveat.not-a-complaint' });
  }
}

/**
 * One reason a route may fit, from the person's answers. `situation` words a situation, `consent` a consent answer;
 * `route` is the route the reason is for: a UN treaty's articles are cited as the UN's documents in the language
 * cite them, a regional instrument's as its own body does (citeRegionalArticle). `author`, the author answer: the
 * child and grounds lines speak of whom the fit questions asked about (affectedBy()), not of one person to a group.
 */
export function fitReasonText(
  reason: RouteFitReason,
  f: Formatting,
  words: { situation(id: string): string; consent(id: string): string },
  route: Pick<Route, 'kind' | 'procedure'>,
  author: Answers['author'],
): string {
  const who = affectedBy(author);
  switch (reason.kind) {
    case 'situation':
      if (!reason.articles.length) return words.situation(reason.situation);
      // ICCPR art. 27: not everyone's land or culture.
      return reason.onlyFor === 'minorities'
        ? msg(
            str`${words.situation(reason.situation)}: ${articlesLabel(reason.articles, f, route)}, only for members of ethnic, religious or language minorities and of indigenous peoples`,
            { id: 'fit.situation.minorities' },
          )
        : msg(str`${words.situation(reason.situation)}: ${articlesLabel(reason.articles, f, route)}`, { id: 'fit.situation' });
    case 'child':
      return who === 'group'
        ? msg('One or more of the people affected are children.', { id: 'fit.child.group' })
        : who === 'acted-for'
          ? msg('Someone you act for is a child.', { id: 'fit.child.representative' })
          : msg('Someone affected is a child.', { id: 'fit.child' });
    case 'disability':
      // Said of no one in particular, as the question is asked ("Is a disability part of what happened?").
      return msg('A disability is part of what happened.', { id: 'fit.disability' });
    case 'ground':
      return groundReasonText(reason.ground, who);
    case 'consent':
      return words.consent(reason.justification);
  }
}

/** Whom unfair treatment on `ground` befell, as the grounds question asked (fitQuestionText). */
function groundReasonText(ground: FitGround, who: Affected): string {
  switch (ground) {
    case 'sex':
      return who === 'group'
        ? msg('One or more of the people affected were treated unfairly because of sex or gender.', { id: 'fit.ground.sex.group' })
        : who === 'acted-for'
          ? msg('Someone you act for was treated unfairly because of sex or gender.', { id: 'fit.ground.sex.representative' })
          : msg('Someone affected was treated unfairly because of sex or gender.', { id: 'fit.ground.sex' });
    case 'race':
      return who === 'group'
        ? msg('One or more of the people affected were treated unfairly because of race or colour.', { id: 'fit.ground.race.group' })
        : who === 'acted-for'
          ? msg('Someone you act for was treated unfairly because of race or colour.', { id: 'fit.ground.race.representative' })
          : msg('Someone affected was treated unfairly because of race or colour.', { id: 'fit.ground.race' });
    case 'ethnicity':
      return who === 'group'
        ? msg('One or more of the people affected were treated unfairly because of ethnicity, caste or other descent, or national origin.', {
            id: 'fit.ground.ethnicity.group',
          })
        : who === 'acted-for'
          ? msg('Someone you act for was treated unfairly because of ethnicity, caste or other descent, or national origin.', {
              id: 'fit.ground.ethnicity.representative',
            })
          : msg('Someone affected was treated unfairly because of ethnicity, caste or other descent, or national origin.', { id: 'fit.ground.ethnicity' });
  }
}

/** A range of articles in the data ("6-27", "I-X"); not a protocol's article ("P1-1"). */
const ARTICLE_RANGE = /^(\d+-\d+|[IVXL]+-[IVXL]+)$/;

/** "Article 17" or "Articles 17, 23 and 24" (or "Articles 6-27") of the route's own instrument. */
function articlesLabel(articles: readonly string[], f: Formatting, route: Pick<Route, 'kind' | 'procedure'>): string {
  // Each number a run of its own in Arabic; the list's "and" stays outside.
  const isolated = articles.map((a) => (route.kind === 'treaty-body' ? citeArticle(a, f.locale) : citeRegionalArticle(a, route.procedure, f.locale)));
  // A range is many articles: never the singular, nor the dual of two.
  const label = articlesWords(isolated, f, { capital: false, ranged: articles.some((a) => ARTICLE_RANGE.test(a)) });
  // The Commission hears a State party to the American Convention too: "Articles I and XXV"
  // alone would read as the Convention's 1 and 25, which are other rights.
  return route.procedure === 'iachr-petitions' ? msg(str`${label} of the American Declaration`, { id: 'fit.of-american-declaration' }) : label;
}

/**
 * A Special Procedures mandate as the result names it to the person: its official title, but
 * for the mandates whose title is long (mandateTitle), a short plain form.
 */
export function mandateName(id: string): string {
  switch (id) {
    case 'sr-adequate-housing':
      return msg('Special Rapporteur on the right to adequate housing', { id: 'mandate.sr-adequate-housing' });
    case 'sr-food':
      return msg('Special Rapporteur on the right to food', { id: 'mandate.sr-food' });
    case 'sr-health':
      return msg('Special Rapporteur on the right to health', { id: 'mandate.sr-health' });
    case 'sr-water-sanitation':
      return msg('Special Rapporteur on the human rights to safe drinking water and sanitation', { id: 'mandate.sr-water-sanitation' });
    case 'sr-education':
      return msg('Special Rapporteur on the right to education', { id: 'mandate.sr-education' });
    case 'sr-extreme-poverty':
      return msg('Special Rapporteur on extreme poverty and human rights', { id: 'mandate.sr-extreme-poverty' });
    case 'sr-cultural-rights':
      return msg('Special Rapporteur in the field of cultural rights', { id: 'mandate.sr-cultural-rights' });
    case 'sr-assembly-association':
      return msg('Special Rapporteur on the rights to freedom of peaceful assembly and of association', {
        id: 'mandate.sr-assembly-association',
      });
    case 'sr-indigenous-peoples':
      return msg('Special Rapporteur on the rights of Indigenous Peoples', { id: 'mandate.sr-indigenous-peoples' });
    case 'wg-discrimination-women-girls':
      return msg('Working Group on discrimination against women and girls', { id: 'mandate.wg-discrimination-women-girls' });
    case 'sr-racism':
      return msg('Special Rapporteur on contemporary forms of racism, racial discrimination, xenophobia and related intolerance', {
        id: 'mandate.sr-racism',
      });
    case 'sr-disability':
      return msg('Special Rapporteur on the rights of persons with disabilities', { id: 'mandate.sr-disability' });
    case 'wg-arbitrary-detention':
      return msg('Working Group on Arbitrary Detention', { id: 'mandate.wg-arbitrary-detention' });
    case 'sr-freedom-of-expression':
      return msg('Special Rapporteur on freedom of opinion and expression', { id: 'mandate.sr-freedom-of-expression' });
    case 'sr-torture':
      return msg('Special Rapporteur on torture', { id: 'mandate.sr-torture' });
    case 'wg-enforced-disappearances':
      return msg('Working Group on Enforced or Involuntary Disappearances', { id: 'mandate.wg-enforced-disappearances' });
    default:
      return id;
  }
}

/**
 * A mandate's official title, as OHCHR gives it, wherever the element names it formally (the
 * hand-off a lawyer prints or copies). Only the long titles have a plain form of their own
 * (mandateName); any other mandate's name is its title. Sources (OHCHR's site, ohchr.org):
 * - housing: /en/issues/housing/pages/housingindex.aspx and A/HRC/7/16; French and Arabic,
 *   A/78/192 (/fr/ and /ar/documents/thematic-reports/a78192-place-live-dignity-all-make-
 *   housing-affordable-report-special; French also A/HRC/47/43). Spanish: no official source
 *   found, so its plain form stands;
 * - health: A/75/163 (/en/documents/thematic-reports/a75163-final-report-special-rapporteur-
 *   right-everyone-enjoyment-highest); /fr/special-procedures/sr-health and A/HRC/38/36;
 *   /SP/Issues/Health/Pages/SRRightHealthIndex.aspx; /AR/Issues/Health/Pages/SRRightHealthIndex.aspx;
 * - freedom of opinion and expression: HRC resolution 7/36; /FR/Issues/FreedomOpinion/Pages/OpinionIndex.aspx;
 *   /es/special-procedures/sr-freedom-of-opinion-and-expression (about the mandate);
 *   /ar/issues/freedomopinion/pages/opinionindex.aspx;
 * - torture: /en/ and /fr/special-procedures/sr-torture; A/HRC/16/52 (Spanish); /ar/topic/torture for the
 *   Arabic short name, the long one adding the subject as HRC resolution 52/7 words it (no verbatim source).
 */
export function mandateTitle(id: string): string {
  switch (id) {
    case 'sr-adequate-housing':
      return msg(
        'Special Rapporteur on adequate housing as a component of the right to an adequate standard of living, and on the right to non-discrimination in this context',
        { id: 'mandate-title.sr-adequate-housing' },
      );
    case 'sr-health':
      return msg('Special Rapporteur on the right of everyone to the enjoyment of the highest attainable standard of physical and mental health', {
        id: 'mandate-title.sr-health',
      });
    case 'sr-freedom-of-expression':
      return msg('Special Rapporteur on the promotion and protection of the right to freedom of opinion and expression', {
        id: 'mandate-title.sr-freedom-of-expression',
      });
    case 'sr-torture':
      return msg('Special Rapporteur on torture and other cruel, inhuman or degrading treatment or punishment', { id: 'mandate-title.sr-torture' });
    default:
      return mandateName(id);
  }
}

/** One thing to do for a State not party (the campaign's `actions`). */
export function campaignActionText(action: string, country: string): string {
  switch (action) {
    case 'ask-foreign-ministry-and-parliament':
      return msg(str`Ask the foreign ministry and the parliament of ${country} to join (ratify) the Optional Protocol.`, {
        id: 'campaign.ask-foreign-ministry-and-parliament',
      });
    case 'raise-in-universal-periodic-review':
      return msg(
        str`Raise it in the Universal Periodic Review of ${country}. This is a regular UN check on human rights in each country. Other countries and organisations make recommendations there.`,
        { id: 'campaign.raise-in-universal-periodic-review' },
      );
    case 'join-ngo-coalition':
      return msg('Join the NGO Coalition for the Optional Protocol to the ICESCR, coordinated by ESCR-Net. Organisations and individuals can take part.', {
        id: 'campaign.join-ngo-coalition',
      });
    default:
      return action;
  }
}

/** The sentences and headings of the other-routes section. */
export const routeWords = {
  heading: () => msg('Other places that may help', { id: 'routes.heading' }),
  // Not "this route is closed": under "Not yet" (a case still before the courts, a Protocol
  // not yet in force), that read as never; the outcome above says whether it is closed.
  // "Those that may fit come first" only where one is marked so: beside a list with no "May fit" tag
  // (a State not party, a problem not in the list) it promised an order the list does not have.
  /** `anyFits`: at least one route is marked as one that may fit, and is in the first group. */
  intro: (anyFits: boolean) =>
    anyFits
      ? msg(
          'Other bodies may help. Those that may fit your situation come first. Each has its own rules, for example on who may complain and by when: check them before you choose.',
          { id: 'routes.intro' },
        )
      : msg('Other bodies may help. Each has its own rules, for example on who may complain and by when: check them before you choose.', {
          id: 'routes.intro.none-fits',
        }),
  /** Harm about to happen: the bodies that act without a complaint and without waiting for the courts (routeGroups()); each card says how. */
  actNowHeading: () => msg('Can act now', { id: 'routes.act-now.heading' }),
  treatyBodiesHeading: () => msg('UN committees', { id: 'routes.treaty-bodies.heading' }),
  /** Not "accepts complaints": the CED's urgent action, open to every party of its Convention, is a request. */
  treatyBodiesIntro: (country: string) =>
    msg(str`These UN committees can take up a case about ${country}.`, { id: 'routes.treaty-bodies.intro' }),
  reservations: () =>
    msg(
      'A country can limit what it accepts with reservations or declarations. For example, it may leave out some territories, events before a date, or problems already examined elsewhere. Check them before you choose.',
      { id: 'routes.reservations' },
    ),
  noTreatyBodies: (country: string) =>
    msg(str`${country} has not accepted complaints to any UN committee.`, { id: 'routes.treaty-bodies.none' }),
  treatyBodiesSource: (date: string) =>
    msg(str`From the UN Treaty Collection, as of ${date}.`, { id: 'routes.treaty-bodies.source' }),
  acceptedOn: (country: string, date: string) => msg(str`${country} accepted it on ${date}.`, { id: 'routes.accepted-on' }),
  timeLimitEnds: (date: string) =>
    msg(str`Counted from the date you gave for the final decision, that is by ${date}.`, { id: 'routes.time-limit-ends' }),
  acceptedOnAppliesFrom: (country: string, date: string, applies: string) =>
    msg(str`${country} accepted it on ${date}. It applies there from ${applies}.`, { id: 'routes.accepted-on.applies-from' }),
  showOtherCommittees: (count: number) => msg(str`Show the other committees (${count})`, { id: 'routes.treaty-bodies.show-others' }),
  regionalHeading: () => msg('Regional human rights bodies', { id: 'routes.regional.heading' }),
  showOtherRegional: (count: number) => msg(str`Show the other regional bodies (${count})`, { id: 'routes.regional.show-others' }),
  regionalSource: (date: string) =>
    msg(str`From each body’s own treaties and official sources, as of ${date}.`, { id: 'routes.regional.source' }),
  specialProceduresHeading: () => msg('UN special rapporteurs: no treaty needed', { id: 'routes.special-procedures.heading' }),
  mandatesIntro: () => msg('Experts whose subject matches your answers:', { id: 'routes.special-procedures.mandates' }),
  campaignHeading: () => msg('What you can do', { id: 'routes.campaign.heading' }),
  /** `left`: the State was a party and has left the Protocol (art. 20), rather than never joined. */
  campaignIntro: (country: string, left: boolean) =>
    left
      ? msg(str`${country} has left the Optional Protocol. You can help bring it back:`, { id: 'routes.campaign.intro.left' })
      : msg(str`${country} has not joined the Optional Protocol. You can help change that:`, { id: 'routes.campaign.intro' }),
  recommended: () => msg('May fit your situation', { id: 'routes.recommended' }),
  why: () => msg('Why it may fit:', { id: 'routes.why' }),
};
