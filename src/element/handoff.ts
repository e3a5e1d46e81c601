import {
  compareDates,
  dataMayBeOutdated,
  OP_ELIGIBILITY_VERSION,
  QUESTION_KINDS,
  UNKNOWN,
  type Answers,
  type Article,
  type Assessment,
  type CalendarDate,
  type Environment,
  type QuestionId,
  type Route,
} from '../core/index.js';
import { closedForNow, leavingDeadline } from '../core/reasons.js';
import { RULES } from '../core/rules.js';
import { SHIPPED } from '../core/shipped-data.js';
import { citeArticle, listCitations } from './citations.js';
import type { Formatting } from './format.js';
import { articlesWords } from './article-messages.js';
import { handoffSectionTitle, handoffText, type HandoffSectionId } from './handoff-messages.js';
import { complaintLanguageNote } from './language-messages.js';
import { countryName, questionText } from './question-messages.js';
import { outcomeTitle } from './outcome-messages.js';
import { articleCited } from './messages.js';
import { nextStepText } from './next-step-messages.js';
import { reasonText, severityLabel } from './reason-messages.js';
import { outcomeIntro, outdatedDataCaution, reasonsShown, unconfirmedCaution } from './result-messages.js';
import { laterCaveats, leadCaveats } from './caveat-order.js';
import { checkedOn, FIT_WORDS, forumWarningTexts, routeGroups, stateLeft } from './route-groups.js';
import {
  acceptedSentence,
  campaignActionText,
  fitReasonText,
  mandateTitle,
  routeCaveatText,
  routeCovers,
  routeForm,
  routeName,
  routeWords,
  sameMatterCitation,
  timeLimitSentence,
} from './route-messages.js';
import { answerLabels } from './summary.js';

/*
 * The hand-off summary as plain data (handoffOf): handoff-view.ts shows it on the result
 * page, handoff-text.ts writes it as the copied text, handoff-actions.ts copies it and
 * downloads the assessment.
 */

/** One line of the summary: a label and its value, both plain text. */
export interface HandoffRow {
  label: string;
  /**
   * The value; an answer with several options chosen has one entry per option. They are
   * listed apart, never joined with "and": the labels have "and" in them ("Clean water
   * and toilets"), so a joined value would not show where one ends.
   */
  value: string | readonly string[];
  /** The question it answers, when it is an answer. */
  question?: QuestionId;
  /** The other route it describes, when it is one ('iccpr_op1', 'special-procedures'…). */
  procedure?: string;
  /** The article's citation inside the label, when it cites one: kept whole on a line on screen. */
  citation?: string;
  /** Values written in English whatever the language shown (the UN lists' sources as shipped): marked so on screen. */
  english?: readonly string[];
}

export interface HandoffSection {
  id: HandoffSectionId;
  title: string;
  rows: HandoffRow[];
  /** The next steps' section holds things to do, in order, rather than rows. */
  steps?: string[];
  /** A caution said once, before the rows: the other routes' forum warning, facts not confirmed, the languages a complaint must be in, lists that may be out of date. */
  note?: string;
}

export interface Handoff {
  title: string;
  /** In training mode: that the answers are fictional, said first on the page, the printout and the text. */
  training: string | null;
  sections: HandoffSection[];
  disclaimer: string;
}

/**
 * Where each answer goes in the sections of the UN model form. Presentation only: the
 * engine decides which questions are asked; an answer to a question not listed here
 * (one added to the machine later) goes to "Other answers", so nothing is ever dropped.
 */
const FORM_SECTION: Partial<Record<string, HandoffSectionId>> = {
  state: 'state',
  jurisdiction: 'state',
  author: 'author',
  consentJustification: 'author',
  factsDate: 'facts',
  factsContinuing: 'facts',
  evidence: 'facts',
  rights: 'rights',
  remedies: 'remedies',
  finalDecisionDate: 'remedies',
  lateSubmission: 'remedies',
  otherProcedure: 'other-procedures',
  urgency: 'interim-measures',
  identity: 'confidentiality',
};

const FORM_ORDER: HandoffSectionId[] = [
  'state',
  'author',
  'facts',
  'rights',
  'remedies',
  'other-procedures',
  'interim-measures',
  'confidentiality',
];

/**
 * The articles of the Protocol a question applies, as the engine's own rule for it cites
 * them (RULES), not a table of ours: the article of the first reason the rule gives for each
 * answer the question takes, the other answers as given. A condition met gives no reason
 * ("the courts have decided"), so the answers not given are tried too; a reason after the
 * first is said beside the finding (the inquiry procedure, art. 11, beside a problem with
 * no victim named, art. 2). The State is tried as answered: whether it has joined is data.
 */
function questionArticles(question: QuestionId, answers: Answers, env: Environment): Article[] {
  const kind = QUESTION_KINDS[question];
  const given = answers[question];
  const tried: unknown[] =
    kind.kind === 'state' ? [given] : kind.kind === 'date' ? [given, UNKNOWN] : kind.kind === 'multiple' ? kind.options.map((o) => [o]) : [...kind.options];
  return tried.flatMap((value) =>
    value === undefined ? [] : RULES[question]({ ...answers, [question]: value } as Answers, env).slice(0, 1).map((r) => r.article),
  );
}

/**
 * The articles each form section's questions apply, worked out once per assessment: the result
 * renders again on every language change, status or update of the page, and each render tried
 * every question's rule once per option. Keyed by the assessment's answers, which they depend
 * on with the environment: the element hands each render a fresh copy of the assessment (its
 * training mark spread in), but the same answers object.
 */
const FORM_ARTICLES = new WeakMap<Answers, { env: Environment; bySection: ReadonlyMap<HandoffSectionId, readonly Article[]> }>();

function formArticles(answers: Answers, env: Environment): ReadonlyMap<HandoffSectionId, readonly Article[]> {
  const known = FORM_ARTICLES.get(answers);
  if (known?.env === env) return known.bySection;
  const questions = Object.keys(FORM_SECTION) as QuestionId[];
  const bySection = new Map(
    FORM_ORDER.map((id) => [id, [...new Set(questions.filter((q) => FORM_SECTION[q] === id).flatMap((q) => questionArticles(q, answers, env)))]]),
  );
  FORM_ARTICLES.set(answers, { env, bySection });
  return bySection;
}

/**
 * A form section's title with the articles its questions apply ("Exhaustion of domestic
 * remedies · Articles 3(1) and 3(2)(a)"), asked on this route or not: a supervising lawyer
 * ticks the Protocol's conditions by article, those met (which give no reason) too.
 */
function formSectionTitle(id: HandoffSectionId, articles: readonly Article[], f: Formatting): string {
  const title = handoffSectionTitle(id);
  return articles.length ? `${title} · ${articlesWords(articles.map((a) => citeArticle(a, f.locale)), f, { capital: true })}` : title;
}

/**
 * The hand-off summary as plain strings, built from the Assessment (the same object the
 * complete event carries) and the screening's environment `env` (the rules and the States-Parties
 * table it was screened with: a host's own, when it gave one): the page, the printout and the
 * copied text are all rendered from this, so they cannot say different things.
 */
export function handoffOf(assessment: Assessment, f: Formatting, env: Environment): Handoff {
  const rows = new Map<HandoffSectionId, HandoffRow[]>();
  const add = (id: HandoffSectionId, row: HandoffRow) => rows.set(id, [...(rows.get(id) ?? []), row]);
  const t = handoffText;

  for (const question of assessment.questions) {
    const value = assessment.answers[question];
    if (value === undefined) continue;
    const labels = answerLabels(question, value, f);
    add(FORM_SECTION[question] ?? 'other-answers', { question, label: questionText(question, assessment.answers.author).title, value: labels.length === 1 ? labels[0]! : labels });
  }
  const { deadline, asOf } = assessment.dates;
  const { data } = assessment;
  const regional = assessment.routes.filter((r) => r.kind === 'regional');
  if (assessment.state) add('state', { label: t.party(), value: partyValue(assessment.state, assessment.reasons, env, f) });
  // In the Covenant's order (2(2), 9, 11), not the order the situations were ticked.
  const covenantArticles = [...new Set(assessment.rights.flatMap((r) => r.covenantArticles))].sort(f.compare);
  if (covenantArticles.length) add('rights', { label: t.covenantArticles(), value: listCitations(covenantArticles.map((a) => citeArticle(a, f.locale)), f) });
  // The day before a State leaves the Protocol is a fact about the State, not the remedies.
  const leaving = leavingDeadline(assessment.reasons);
  // A year already passed (a late complaint, one that ran out before the Protocol applied) is the
  // earlier of the two, but the day before the State leaves is the one the next steps send by.
  if (leaving && (deadline === leaving || (deadline && compareDates(deadline, asOf) < 0))) add('state', { label: t.deadlineLeaving(), value: f.date(leaving) });
  if (deadline && deadline !== leaving) add('remedies', deadlineRow(deadline, assessment, f));
  // The year ran out before the Protocol applied, or was cut short by it: the day the next steps send by
  // is a year from that day, beside the year that has passed (a clinic diaries this one).
  const fromEntry = assessment.nextSteps.find((s) => s.code === 'send-within-year-of-entry-into-force')?.data?.deadline;
  if (fromEntry) add('remedies', { label: t.deadlineFromEntry(), value: f.date(fromEntry) });

  // As on the result: the reasons' sentences start with the country's name ("The United States…").
  const country = countryName(assessment.state?.code, f, true);
  const outcome = { title: outcomeTitle(assessment), intro: outcomeIntro(assessment, f) };
  // As on the result: a clinic's copy must not state as fact what the data could not confirm.
  const unconfirmed = assessment.state?.unconfirmed.length ? unconfirmedCaution(assessment.state, f) : null;
  const languageNote = complaintLanguageNote(f, assessment);
  const outdated = dataMayBeOutdated(assessment) ? outdatedDataCaution() : null;
  // As on the result: what closes the route only for now is tagged "Not yet".
  const forNow = closedForNow(assessment.reasons) !== null;
  /*
   * A screening dated in the past (a host's `as-of`, a batch record's asOf) uses the lists
   * shipped or given, checked later than its day. The rules read the days the UN's lists give
   * (a deposit, a withdrawal) for the screening's day, but a regional body's list names its
   * members as they stood when it was checked. Each list keeps its own "as of" day, as its
   * source states it (what a filing cites); the note says that the day comes after the
   * screening's, which it would otherwise seem to know in advance, and what to check for it.
   */
  const regionalOn = regional.length ? checkedOn(regional) : null;
  const later = [data.parties.asOf, data.procedures.asOf, regionalOn].some((d) => d && compareDates(d, asOf) > 0) ? t.checkedLater(f.date(asOf)) : null;
  const articles = formArticles(assessment.answers, env);
  const sections: HandoffSection[] = [
    ...FORM_ORDER.map((id) => ({
      id,
      title: formSectionTitle(id, articles.get(id) ?? [], f),
      rows: rows.get(id) ?? [],
      ...(id === 'state' && unconfirmed ? { note: unconfirmed } : {}),
    })),
    ...(rows.has('other-answers') ? [{ id: 'other-answers' as const, title: handoffSectionTitle('other-answers'), rows: rows.get('other-answers')! }] : []),
    {
      id: 'outcome',
      title: handoffSectionTitle('outcome'),
      // With the outcome, where the reader starts: under the dates alone, it came pages after the result it qualifies.
      ...(outdated ? { note: outdated } : {}),
      rows: [{ label: outcome.title, value: outcome.intro }],
    },
    {
      id: 'reasons',
      title: handoffSectionTitle('reasons'),
      rows: reasonsShown(assessment).map((r) => {
        const citation = citeArticle(r.article, f.locale);
        return { label: `${articleCited(citation)} · ${severityLabel(r.severity, forNow)}`, citation, value: reasonText(r, country, f) };
      }),
    },
    // What the result page says to do, and where else to turn: a clinic's printout or
    // pasted copy without them loses the urgent help, the deadline's advice and the routes.
    // As on the result: whoever writes the complaint from an Arabic copy learns which languages it must be in.
    {
      id: 'next-steps',
      title: handoffSectionTitle('next-steps'),
      ...(languageNote ? { note: languageNote } : {}),
      rows: [],
      steps: assessment.nextSteps.map((s) => nextStepText(s, f, asOf)),
    },
    ...(assessment.routes.length ? [otherRoutesSection(assessment, f, country)] : []),
    {
      id: 'dates',
      title: handoffSectionTitle('dates'),
      // Beside the lists' dates too: a clinic filing the copy must see that a State may have joined or left since them.
      // A list checked after the screening's day is said so too (`later`).
      ...(outdated || later ? { note: [outdated, later].filter(Boolean).join(' ') } : {}),
      rows: [
        { label: t.assessedOn(), value: f.date(asOf) },
        // Each list's date and source, as given (a host's newer table too): what a filing cites.
        { label: t.partiesAsOf(), value: [f.date(data.parties.asOf), data.parties.source], ...shippedSource(data.parties.source, SHIPPED.parties()) },
        { label: t.proceduresAsOf(), value: [f.date(data.procedures.asOf), data.procedures.source], ...shippedSource(data.procedures.source, SHIPPED.procedures()) },
        ...(regionalOn ? [{ label: t.regionalAsOf(), value: f.date(regionalOn) }] : []),
        // Which rules screened it: a later version may count a date or weigh an answer otherwise.
        { label: t.toolVersion(), value: `op-eligibility ${OP_ELIGIBILITY_VERSION}` },
      ],
    },
  ];
  return { title: t.title(), training: assessment.training ? t.training() : null, sections, disclaimer: t.disclaimer() };
}

/**
 * The shipped lists cite their UN source in English: a screen reader reading a French or Arabic
 * summary must say it as English. A host's newer table cites its own, in a language unknown.
 */
function shippedSource(source: string, shipped: { readonly source: string }): Pick<HandoffRow, 'english'> {
  return source === shipped.source ? { english: [source] } : {};
}

/**
 * Whether the State is party on the screening's date, by ratification or by accession (as the
 * table the screening used says: a lawyer cites the instrument), and from when the Protocol applies there.
 */
function partyValue({ code, party, consentedOn, entryIntoForce }: NonNullable<Assessment['state']>, reasons: Assessment['reasons'], env: Environment, f: Formatting): string {
  if (!party || !consentedOn || !entryIntoForce) return handoffText.notParty();
  // A deposit always has its kind (statesPartiesSchema): a ratification, unless the table says accession.
  const acceded = env.partyByCode.get(code)?.consentKind === 'accession';
  // Joined but not yet bound (the engine's art. 18(2) reason): "Yes" would read as a complaint that can be sent today.
  const notYet = reasons.some((r) => r.code === 'not-yet-in-force');
  return handoffText.partyValue(notYet, acceded, f.date(consentedOn), f.date(entryIntoForce));
}

/**
 * The last day to submit under art. 3(2)(a). A date in the past, printed plainly beside "last
 * day to submit", reads as still open; a 29 February decision gives two readings, and on
 * the later one the day has not passed (the reasons say which applies is to be checked).
 */
function deadlineRow(deadline: CalendarDate, { dates: { asOf }, reasons }: Assessment, f: Formatting): HandoffRow {
  const later = reasons.find((r) => r.code === 'time-limit-ambiguous')?.data?.['otherReading'];
  if (typeof later === 'string') return { label: handoffText.deadline(), value: f.list([f.date(deadline), f.date(later)], 'disjunction') };
  return { label: compareDates(deadline, asOf) < 0 ? handoffText.deadlinePassed() : handoffText.deadline(), value: f.date(deadline) };
}

/** `country`: the State's name as a sentence starts with it (countryName). */
function otherRoutesSection(assessment: Assessment, f: Formatting, country: string): HandoffSection {
  const warnings = forumWarningTexts(assessment.routes);
  return {
    id: 'other-routes',
    title: handoffSectionTitle('other-routes'),
    ...(warnings.length ? { note: warnings.join(' ') } : {}),
    rows: routeRows(assessment, f, country),
  };
}

/**
 * One row per other route, in the result's groups and order (routeGroups), and, as on the
 * result, one saying so when the State accepted no UN committee: a finding a clinic needs,
 * not a gap to wonder about.
 */
function routeRows(assessment: Assessment, f: Formatting, country: string): HandoffRow[] {
  const inSentence = countryName(assessment.state?.code, f, false);
  return routeGroups(assessment).flatMap(({ id, routes }) =>
    id === 'treaty-bodies' && !routes.length
      ? [{ label: routeWords.treatyBodiesHeading(), value: routeWords.noTreatyBodies(country) }]
      : routes.map((route) => routeRow(route, assessment, f, country, inSentence, id === 'act-now')),
  );
}

/**
 * One other route: the body and whether it may fit, then what the result says of it. What
 * it covers (or, for the campaign, that the State has not joined, or has left), its online form's address, what it can do at once
 * against harm about to happen, and its time limit, since
 * when the State accepts it and what may limit that, the experts whose subject matches or
 * why it may fit, what a person can do, and its cautions; the cautions said once for every
 * route (the forum warning) are the section's note.
 */
function routeRow(route: Route, assessment: Assessment, f: Formatting, country: string, inSentence: string, actNow: boolean): HandoffRow {
  const campaign = route.kind === 'campaign';
  const accepted = acceptedSentence(route, country, f);
  const timeLimit = timeLimitSentence(route, f);
  const mandates = route.mandates ?? [];
  const form = routeForm(route.procedure);
  const value = [
    campaign ? routeWords.campaignIntro(country, stateLeft(assessment)) : routeCovers(route.procedure),
    // As on the result: the form's address right under what it covers, to be typed from paper or followed from the copy.
    ...(form ? [`${form.label} ${form.address}`] : []),
    // As on the result: what the body can do at once, right under what it covers, not after the reasons.
    ...leadCaveats(route).map((c) => routeCaveatText(c, route.caveats)),
    ...(timeLimit ? [timeLimit] : []),
    ...(accepted ? [route.caveats.includes('reservations-may-limit') ? `${accepted} ${routeCaveatText('reservations-may-limit')}` : accepted] : []),
    // As on the result: the experts named (here by their official titles), or else why the route may fit.
    ...(mandates.length
      ? [routeWords.mandatesIntro(), ...mandates.map(mandateTitle)]
      : route.because.length
        ? [routeWords.why(), ...route.because.map((r) => fitReasonText(r, f, FIT_WORDS, route, assessment.answers.author))]
        : []),
    ...(route.actions ?? []).map((action) => campaignActionText(action, inSentence)),
    ...laterCaveats(route).flat().map((c) => routeCaveatText(c, route.caveats, sameMatterCitation(route, f))),
  ];
  const name = campaign ? routeWords.campaignHeading() : routeName(route);
  return {
    // The page's "Can act now" heading on each of its rows (on paper the groups' rows follow one another), then the fit.
    label: [name, ...(actNow ? [routeWords.actNowHeading()] : []), ...(route.fit === 'recommended' ? [routeWords.recommended()] : [])].join(' · '),
    value: value.length === 1 ? value[0]! : value,
    procedure: route.procedure,
  };
}
