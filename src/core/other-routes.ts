import type { SituationId } from '../data/rights.js';
import { parseAnswers, type Answers } from './answers.js';
import { addDays, addMonths, compareDates, isDateUpTo, LAST_YEAR, laterOf, type CalendarDate } from './dates.js';
import { checkedEnvironment, createEnvironment, type Environment } from './environment.js';
import { partyOn } from './parties.js';
import { PROCEDURES, type ComplaintProceduresData } from './procedures.js';
import { FIT_GROUNDS, FIT_QUESTIONS, UNKNOWN, type FitGround, type FitQuestion } from './questions.js';
import { rememberBySequence } from './memo.js';
import { examinedElsewhere, monthsAfterFinalDecision, neverHere, outsideCovenant, remediesYetToExhaust, stateEntryIntoForce } from './rules.js';
import { SHIPPED } from './shipped-data.js';
import {
  checkedOtherRoutes,
  SAME_MATTER_INSTRUMENTS,
  type OtherRoutesData,
  type RegionalRoute,
  type RouteCaveat,
  type RouteFit,
  type SameMatterRule,
  type SpecialProcedureMandate,
  type TreatyBodyRoute,
} from './other-routes-schema.js';

export type { RouteCaveat } from './other-routes-schema.js';

/** One thing in the answers that makes a route a likely fit. */
export type RouteFitReason =
  /**
   * A situation answered (`rights`), with the articles of the route's own instrument that reach it, and whom
   * they protect where not everyone (`onlyFor`: 'minorities', members of minorities and indigenous peoples).
   */
  | { kind: 'situation'; situation: SituationId; articles: string[]; onlyFor?: 'minorities' }
  /** The person affected is a child (`child`, or acting for a child without consent). */
  | { kind: 'child' }
  /** Disability is part of it (`disability`). */
  | { kind: 'disability' }
  /** The person was treated unfairly on this ground (`grounds`). */
  | { kind: 'ground'; ground: FitGround }
  /** Why the victims cannot consent points to this body (`consentJustification`), e.g. a disappearance. */
  | { kind: 'consent'; justification: NonNullable<Answers['consentJustification']> };

/** One other place a person can turn to. */
export interface Route {
  /** A UN treaty body, a regional body, the UN Special Procedures, or the ratification campaign. */
  kind: 'treaty-body' | 'regional' | 'special-procedures' | 'campaign';
  /** 'iccpr_op1' … for UN treaty bodies (the complaint-procedures column), else the route id. */
  procedure: string;
  /** The body that receives it, as a code the UI words. */
  body: string;
  /** Deposit date of the State's acceptance (UN treaty bodies only); null otherwise. */
  acceptedOn: CalendarDate | null;
  /**
   * The day that acceptance applies from, as its treaty says (UN treaty bodies only: three months
   * or 30 days after the deposit, never before the treaty's own entry into force). Left out for
   * other routes, and in case files saved before routes carried it.
   */
  appliesFrom?: CalendarDate;
  /**
   * The last day of the body's own time limit counted from the final decision answered (its later
   * reading), while it has not passed: a day to diary beside this route's year. Left out otherwise,
   * and once another body has the matter where the route's own rule bars it then.
   */
  timeLimitEnds?: CalendarDate;
  /**
   * Where the person said another international body has examined, or is examining, the matter: the provision
   * of the route's own rule on that for this State (its optional protocol's, its convention's, or for a State
   * its convention does not bind its rules of procedure's articles: the Inter-American Commission's art. 33), which the card
   * cites; what the rule bars, `caveats` say ('same-matter-refused', 'same-matter-while-pending'). Left out
   * otherwise, for a body with no such rule or none in the data, and for the CED's urgent action
   * beside answers with no disappearance (what it is for).
   */
  sameMatter?: { articles: string[]; in: (typeof SAME_MATTER_INSTRUMENTS)[number] };
  /** 'recommended' when the answers make it a likely fit. */
  fit: 'recommended' | 'possible';
  /** Why it may fit, in data order: empty when `fit` is 'possible'. */
  because: RouteFitReason[];
  /** Codes of the cautions to show with it, in the order to show them. */
  caveats: RouteCaveat[];
  /** Special Procedures only: the mandates (ids) whose subject matches the answers, in data order. */
  mandates?: string[];
  /** The campaign only: what a person or group can do, in order (codes the UI words). */
  actions?: string[];
  /**
   * The day what is said of it was last checked: its own record's date in the route data
   * for a regional route, else its part's (a UN committee's acceptance is env.procedures'
   * and dated there).
   */
  asOf: CalendarDate;
}

/**
 * The problems answered may touch a Covenant right: not all civil and political (or not said
 * yet). The campaign and the San Salvador caution speak only to those.
 */
const mayBeCovenantMatter = (answers: Answers): boolean => !(answers.rights && outsideCovenant(answers.rights));

/** The day the Protocol applied to the State (its later reading), for the memo keys: a host's newer parties may move it. */
const appliedOn = (answers: Answers, env: Environment): CalendarDate | undefined => {
  const eif = stateEntryIntoForce(answers, env);
  return eif ? (eif.ambiguousUntil ?? eif.date) : undefined;
};

/**
 * What happened began, by the date the person gave, before a committee's procedure applied to the State: it looks
 * only at what happened, or went on, after that (OP-CEDAW art. 4(2)(e), OP-CRPD art. 2(f), OP3-CRC art. 7(g); the
 * Human Rights Committee, CERD and the CAT by their case law), as this Committee does (art. 3(2)(b)). Over before
 * then, it would refuse it, so not recommended; else cautioned. "Over" is known only from the answer that it did
 * not go on after this Protocol applied (`factsContinuing` 'no'): so only of a procedure that applied on or after
 * that day (`protocolApplied`, its later reading). The CED's card says it of a disappearance itself (its art. 35).
 */
function factsBefore(route: TreatyBodyRoute, appliesFrom: CalendarDate, answers: Answers, protocolApplied: CalendarDate | undefined): 'facts-before-procedure' | 'facts-may-predate-procedure' | null {
  const { factsDate } = answers;
  if (factsDate === undefined || factsDate === UNKNOWN || compareDates(factsDate, appliesFrom) >= 0) return null;
  if (route.caveats.includes('disappearance-after-entry-into-force')) return null;
  const overBefore = answers.factsContinuing === 'no' && protocolApplied !== undefined && compareDates(protocolApplied, appliesFrom) <= 0;
  return overBefore ? 'facts-before-procedure' : 'facts-may-predate-procedure';
}

/**
 * The facts' dates as the routes read them, for the memo keys: what each committee the State accepted says of them,
 * as one number (a digit in base 3 per committee). A batch's facts dates are all different; what they say of a
 * handful of committees is not. One number, not one key per committee: each key is one more Map to walk per lookup.
 */
const factsKey = (code: string | undefined, answers: Answers, env: Environment, data: OtherRoutesData): number => {
  if (!code || answers.factsDate === undefined) return 0;
  const applied = appliedOn(answers, env);
  return routesOfState(code, env.procedures, data).treatyBodies.reduce((key, a) => key * 3 + FACTS_DIGIT[factsBefore(a.route, a.appliesFrom, answers, applied) ?? 'none'], 0);
};
const FACTS_DIGIT = { none: 0, 'facts-may-predate-procedure': 1, 'facts-before-procedure': 2 } as const;

/** An organisation complains in its own name, about a general problem with no victim named. */
const noVictimNamed = (answers: Answers): boolean => answers.author === 'organisation';

/** What the answers say about the person, for matching fits. */
interface Signals {
  situations: ReadonlySet<SituationId>;
  child: boolean;
  disability: boolean;
  grounds: ReadonlySet<FitGround>;
  consentJustification: Answers['consentJustification'];
}

function signalsOf(answers: Answers): Signals {
  return {
    situations: new Set(answers.rights ?? []),
    // Acting for a child who cannot consent says the victim is a child as clearly as the fit question.
    child: answers.child === 'yes' || answers.consentJustification === 'child',
    disability: answers.disability === 'yes',
    // "none", "unknown" and "prefer-not" recommend nothing.
    grounds: new Set((answers.grounds ?? []).filter((g): g is FitGround => (FIT_GROUNDS as readonly string[]).includes(g))),
    consentJustification: answers.consentJustification,
  };
}

function fitReasons(fit: RouteFit, s: Signals): RouteFitReason[] {
  if (fit.childrenOnly && !s.child) return [];
  const reasons: RouteFitReason[] = fit.situations
    .filter((x) => s.situations.has(x.situation))
    .map((x) => ({ kind: 'situation', situation: x.situation, articles: [...x.articles], ...(x.onlyFor ? { onlyFor: x.onlyFor } : {}) }));
  if (fit.child && s.child) reasons.push({ kind: 'child' });
  if (fit.disability && s.disability) reasons.push({ kind: 'disability' });
  for (const ground of fit.grounds) if (s.grounds.has(ground)) reasons.push({ kind: 'ground', ground });
  const j = s.consentJustification;
  if (j !== undefined && fit.consentJustifications.includes(j)) reasons.push({ kind: 'consent', justification: j });
  return reasons;
}

/** Why the matching mandates fit: their situations, disability, then their grounds, each once, in data order. */
function mandateReasons(mandates: readonly SpecialProcedureMandate[], s: Signals): RouteFitReason[] {
  const situations = new Set<SituationId>();
  const grounds = new Set<FitGround>();
  for (const m of mandates) {
    for (const x of m.situations) if (s.situations.has(x)) situations.add(x);
    for (const g of m.grounds) if (s.grounds.has(g)) grounds.add(g);
  }
  const reasons: RouteFitReason[] = [...situations].map((situation) => ({ kind: 'situation', situation, articles: [] }));
  if (s.disability && mandates.some((m) => m.disability)) reasons.push({ kind: 'disability' });
  for (const ground of grounds) reasons.push({ kind: 'ground', ground });
  return reasons;
}

function mandateFits(mandate: SpecialProcedureMandate, s: Signals): boolean {
  return mandate.situations.some((x) => s.situations.has(x)) || (mandate.disability && s.disability) || mandate.grounds.some((g) => s.grounds.has(g));
}

/** The later reading of the day the procedure starts to apply after a deposit, never before the treaty's own entry into force. */
function appliesFrom(deposit: CalendarDate, rule: TreatyBodyRoute['entryIntoForce']): CalendarDate {
  let day: CalendarDate;
  if ('months' in rule) {
    const { date, overflow } = addMonths(deposit, rule.months);
    day = overflow ?? date;
  } else day = addDays(deposit, rule.days);
  return laterOf(rule.notBefore, day);
}

/** A UN treaty-body route a State accepted: the deposit, and the day the procedure applies from. */
interface Acceptance {
  route: TreatyBodyRoute;
  deposit: CalendarDate;
  appliesFrom: CalendarDate;
}

/** A regional route a State is within, with the cautions that apply to that State, in order. */
interface RegionalMembership {
  route: RegionalRoute;
  caveats: readonly RouteCaveat[];
  /** The body's same-matter rule for this State (`stateSameMatter`, else the route's `sameMatter`). */
  sameMatter: SameMatterRule | undefined;
}

interface StateRoutes {
  treatyBodies: readonly Acceptance[];
  regional: readonly RegionalMembership[];
}

/**
 * The treaty-body routes the State accepted, in the complaint-procedures table's order,
 * and the regional routes it is within. Built once per State and pair of datasets, not
 * per record: a batch asks for thousands of States.
 */
function routesOfState(code: string, procedures: ComplaintProceduresData, data: OtherRoutesData): StateRoutes {
  const index = rememberedFor(procedures, data).states;
  let found = index.get(code);
  if (!found) {
    const accepted = procedures.states.find((s) => s.code === code)?.accepted ?? {};
    const from = new Map<string, CalendarDate>();
    const treatyBodies = [...data.treatyBodies.routes]
      .sort((a, b) => PROCEDURES.indexOf(a.procedure) - PROCEDURES.indexOf(b.procedure))
      .flatMap((route) => {
        const deposit = accepted[route.procedure];
        if (!deposit) return [];
        // A declaration waits for its treaty, listed before it (withTreaty).
        const day = laterOf(route.withTreaty && from.get(route.withTreaty), appliesFrom(deposit, route.entryIntoForce));
        from.set(route.procedure, day);
        return [{ route, deposit, appliesFrom: day }];
      });
    const regional = data.regional.routes
      .filter((route) => route.states.includes(code))
      .map((route) => {
        const caveats: RouteCaveat[] = [...route.caveats];
        for (const extra of route.stateCaveats) if (extra.states.includes(code) && !caveats.includes(extra.caveat)) caveats.push(extra.caveat);
        if (route.unconfirmed.includes(code)) caveats.push('membership-unconfirmed');
        caveats.push('same-matter-bar');
        return { route, caveats, sameMatter: route.stateSameMatter?.find((m) => m.states.includes(code))?.sameMatter ?? route.sameMatter };
      });
    found = { treatyBodies, regional };
    // Bounded: otherRoutes() is public and a caller may pass any code.
    if (index.size < 1000) index.set(code, found);
  }
  return found;
}

/**
 * The other complaint routes open for the State in `answers.state`, for when the
 * OP-ICESCR route is closed:
 * - every UN treaty-body procedure the State accepted by the assessment date, with its
 *   deposit date from env.procedures, each cautioned that reservations may limit it;
 * - the regional routes whose States include it;
 * - the UN Special Procedures (always, no ratification needed), with the mandates that match;
 * - the ratification campaign, when the State is not a party to the OP-ICESCR and the problem
 *   answered is not wholly outside the Covenant (joining would not bring it here).
 * When the State had joined the Protocol by the assessment date, the problem answered is
 * not wholly outside the Covenant, and the Committee could take it some day (neverHere(): not outside the State's jurisdiction, art. 2, nor facts over before the Protocol
 * bound the State, art. 3(2)(b), nor a year past with nothing that stopped the person, art. 3(2)(a)), every treaty-body and regional route carries 'same-matter-bar' (OP-ICESCR art. 3(2)(c)): choosing a forum is
 * a decision to take with a lawyer. When the person said another
 * international body has examined or is examining the matter, they carry
 * 'examined-elsewhere' instead, and each its own rule (`sameMatter` in the data): one that bars
 * such a matter ('same-matter-refused') or is not in the data ('same-matter-may-refuse') is not
 * recommended, nor any UN committee after "another UN committee" ('same-matter-may-refuse': it may be
 * that one), nor the body named ('same-matter-here': followed there); one that bars it only while the
 * other body examines it ('same-matter-while-pending') is weighed as usual, unless many States'
 * reservations bar more ('same-matter-extended-by-reservations': not recommended), as is one with no
 * such rule ('same-matter-no-rule'). When the person said it did not happen under the State's jurisdiction, each complaint route
 * carries 'jurisdiction-needed' and none is recommended: they need it too. When an organisation complains in its own name with no victim named, each complaint route
 * carries 'victim-needed', but those where an organisation may complain in its own name (`who.organisations`).
 * When the person said nobody can know who the person harmed is, each complaint route
 * carries 'name-needed', but those where an organisation may complain in its own name (`who.organisations`). When
 * the person acts for others who have not agreed, with no reason why they cannot (`consentJustification` 'none'),
 * each route whose data says such a complaint needs their agreement too (`who.consentNeeded`) carries 'consent-needed'. While the courts in the country have yet to decide, each route whose
 * instrument also requires that (`domesticRemediesFirst`) carries 'remedies-first', and
 * 'remedies-unknown' in its place when the answers do not say whether they have (`remedies`
 * not asked, as for facts over before the Protocol applied, or 'unknown'). A
 * route whose own time limit after the final decision answered (`timeLimitMonths`) had
 * passed by the assessment date carries 'time-limit-passed' and is not recommended; where
 * that limit runs from the day the person was told of the decision (`timeLimitFromNotice`),
 * which may be later, it carries 'time-limit-may-have-passed' instead. A UN committee whose
 * procedure applied to the State (`appliesFrom`) after the facts' start (`factsDate`) carries
 * 'facts-before-procedure' and is not recommended when they were over (`factsContinuing` 'no'),
 * else 'facts-may-predate-procedure'. When harm is about to
 * happen (`urgency` 'yes'), a route whose body can ask the State to act at once (its data's
 * `interimMeasures`) carries first 'urgent-measures', or 'urgent-measures-without-complaint'
 * where that can be asked with no complaint sent (the Inter-American Commission).
 *
 * `fit` is 'recommended' when the situations answered (`rights`), acting for a child or a
 * disappeared person (`consentJustification`), or the fit questions (`child`,
 * `disability`, `grounds`) make the route a likely fit, and `because` says which (a body
 * that hears only children's matters, `fit.childrenOnly`, only when the person affected is a
 * child); "unknown", "prefer-not" and a missing fit answer recommend nothing. Recommended routes
 * come first (one marked `urgent`, the CED's urgent action for a disappearance, before all), then the rest, each group in procedure order.
 *
 * Pure: no DOM. Throws ValidationError when `answers` are malformed (parseAnswers), when
 * `env` was not made by createEnvironment() (today and the shipped data when left out), or
 * when `data`, the shipped route data unless a host passes newer, is not valid route data
 * (each object is checked once).
 */
export function otherRoutes(answers: unknown, env: Environment = createEnvironment(), data: OtherRoutesData = SHIPPED.otherRoutes()): Route[] {
  return routesFor(parseAnswers(answers), checkedEnvironment(env), checkedOtherRoutes(data));
}

/** otherRoutes() for answers already validated: assess() gives every closed route's. */
export function routesFor(answers: Answers, env: Environment, data: OtherRoutesData = SHIPPED.otherRoutes()): Route[] {
  const code = answers.state;
  if (!code) return [];
  // A batch meets the same State, answers, datasets and date again and again: the
  // complaint routes are worked out once for each, and every caller gets its own copy.
  const joined = partyOn(env.partyByCode.get(code), env.asOf);
  const never = neverHere(answers, env);
  const key = [...screeningKey(code, joined, never, answers, env, data), answers.child, answers.disability, ...listKeys(answers.grounds)];
  const routes = rememberedFor(env.procedures, data).routes(key, () => complaintRoutes(code, joined, never, answers, env, data)).map(copyRoute);

  // The campaign, for a State that could join the Protocol but had not by the assessment
  // date. Never recommended, it comes last: after the other routes that are possible. Not
  // for a problem outside the Covenant, which joining would not bring here.
  if (!joined && env.knownStates.has(code) && mayBeCovenantMatter(answers)) {
    const c = data.ratificationCampaign;
    routes.push({
      kind: 'campaign', procedure: c.procedure, body: c.body, acceptedOn: null, fit: 'possible', because: [], caveats: [...c.caveats], actions: [...c.actions],
      asOf: c.asOf,
    });
  }
  return routes;
}

/** What a body's own same-matter rule says beside another body's examination: whether it bars the case, its cautions, the provision it cites. */
interface SameMatter {
  bars: boolean;
  caveats: RouteCaveat[];
  cited: Pick<Route, 'sameMatter'>;
}
const NO_SAME_MATTER: SameMatter = Object.freeze({ bars: false, caveats: [], cited: {} }) as SameMatter;

/**
 * The treaty-body, regional and Special Procedures routes of otherRoutes(), recommended ones first.
 * `never`: neverHere(), worked out once for the memo's key and for the same-matter bar.
 */
function complaintRoutes(code: string, joined: boolean, never: boolean, answers: Answers, env: Environment, data: OtherRoutesData): Route[] {
  const s = signalsOf(answers);
  const routes: Route[] = [];
  const fitOf = (because: RouteFitReason[]): Route['fit'] => (because.length ? 'recommended' : 'possible');
  // The matter is before, or was before, another international body: each complaint body follows its own same-matter
  // rule, and says which. The answer says neither whether that body has finished nor, for "another UN committee", which
  // one: any UN committee may be the very one that has it. A body that bars the matter only while another examines it
  // stays recommended (the CED's urgent search among them), but not where many States' reservations bar a finished
  // matter too (Spain's and Italy's to ICCPR-OP1 art. 5(2)(a), among many): not known State by State, it is not offered
  // as a fit. `rule`: the body's rule for this State (a regional body's may differ by State).
  const examined = examinedElsewhere(answers);
  const sameMatter = (route: TreatyBodyRoute | RegionalRoute, rule: SameMatterRule | undefined, relevant: boolean): SameMatter => {
    if (!examined || !relevant) return NO_SAME_MATTER;
    const cited = rule?.in && rule.articles.length ? { sameMatter: { articles: [...rule.articles], in: rule.in } } : {};
    if (answers.otherProcedure && ANSWERED_BODY[answers.otherProcedure] === route.procedure) return { bars: true, caveats: ['same-matter-here'], cited: {} };
    if (!rule || (answers.otherProcedure === 'un-treaty-body' && UN_COMPLAINTS.has(route.procedure))) return { bars: true, caveats: ['same-matter-may-refuse'], cited: {} };
    if (rule.bars === 'none') return { bars: false, caveats: ['same-matter-no-rule'], cited };
    if (rule.bars === 'pending-or-examined') return { bars: true, caveats: ['same-matter-refused'], cited };
    const reserved = rule.extendedByReservations === true;
    return { bars: reserved, caveats: ['same-matter-while-pending', ...(reserved ? (['same-matter-extended-by-reservations'] as const) : [])], cited };
  };
  // The same-matter bar speaks of a complaint here later: for a State that had not joined
  // the Protocol there is none to lose, nor for a problem wholly outside the Covenant, outside the
  // State's jurisdiction, facts over before the Protocol bound the State, or a year past with nothing
  // that stopped the person, which the Committee would not take anyway (art. 3(2)(d), 2, 3(2)(b), 3(2)(a)); the caution would
  // only deter the person from the routes that are open.
  const hereLater = joined && mayBeCovenantMatter(answers) && !never;
  const forumCaveats = (caveats: readonly RouteCaveat[]): RouteCaveat[] =>
    caveats.flatMap((c) => (c !== 'same-matter-bar' ? [c] : examined ? ['examined-elsewhere'] : hereLater ? [c] : []));
  // An organisation with no victim named can complain only where organisations may in
  // their own name (collective complaints, the African Commission): elsewhere a victim must
  // complain (ECHR art. 34, ICCPR-OP1 art. 1, the Inter-American Commission's identified
  // victims…), so none is recommended, and each says so ('victim-needed').
  const noVictim = noVictimNamed(answers);
  // Not under the State's jurisdiction, the person said: every complaint body needs that link too (ECHR art. 1,
  // ICCPR-OP1 art. 1, CERD art. 14(1), CAT art. 22(1)…), so none against this State is recommended, and each says so.
  const outside = answers.jurisdiction === 'no';
  const needsVictim = (route: TreatyBodyRoute | RegionalRoute): boolean => noVictim && !route.who.organisations;
  // Harm about to happen, before a body that acts on it with no complaint sent (the Inter-American Commission's
  // precautionary measures, its Rules art. 25(1)): its petition's time limit does not stand in the way.
  const atOnce = (route: TreatyBodyRoute | RegionalRoute): boolean => answers.urgency === 'yes' && route.interimMeasures?.withoutComplaint === true;
  const protocolApplied = appliedOn(answers, env);
  // Past its limit, where the person said something stopped them sending in time, which that body excuses in this
  // Protocol's own words (OP3-CRC art. 7(h)): still a fit, with the caution that the limit passed.
  const excused = (route: TreatyBodyRoute | RegionalRoute): boolean =>
    answers.lateSubmission === 'yes' && 'timeLimitUnlessImpossible' in route && route.timeLimitUnlessImpossible === true;
  // The courts in the country must decide first: so must they for most of the other bodies,
  // which can help once they have (still recommended, with the reminder).
  const remediesFirst = remediesYetToExhaust(answers);
  // Not asked (a route closed before the courts' question, art. 3(2)(b) among them) or not known: the card that
  // "may fit" said its months "from the final decision" and never that there must be one (ECHR art. 35(1)).
  const remediesUnknown = answers.remedies === undefined || answers.remedies === UNKNOWN;
  // A limit that runs from the day the person was told of the decision may not have passed
  // yet, however long ago the decision was taken: the person is told to count from that day.
  const lateCaveat = (route: TreatyBodyRoute | RegionalRoute): RouteCaveat =>
    'timeLimitFromNotice' in route && route.timeLimitFromNotice ? 'time-limit-may-have-passed' : 'time-limit-passed';
  // The Protocol of San Salvador's limit is on social rights: beside problems that are all
  // civil and political (a disappearance) it has nothing to say.
  const social = mayBeCovenantMatter(answers);
  // Harm about to happen: first, what the body can do at once (interim or precautionary measures),
  // the Inter-American Commission's even with no petition (its Rules, art. 25(1)).
  const urgentOf = (route: TreatyBodyRoute | RegionalRoute): RouteCaveat[] =>
    answers.urgency !== 'yes' || !route.interimMeasures ? [] : [route.interimMeasures.withoutComplaint ? 'urgent-measures-without-complaint' : 'urgent-measures'];
  // No name given (art. 3(2)(g) here): a victim's complaint elsewhere needs one too (ICCPR-OP1 art. 3, ECHR
  // art. 35(2)(a)…). Not where an organisation may complain in its own name for victims it need not name (the
  // African Commission, whose art. 56(1) asks for the author's name only; the collective complaints).
  const nameNeeded = (route: TreatyBodyRoute | RegionalRoute): RouteCaveat[] => (answers.identity === 'anonymous' && !route.who.organisations ? ['name-needed'] : []);
  // Acting for others who have not agreed, with no reason why they cannot (art. 2 here): most other bodies need
  // their agreement too (OP-CEDAW art. 2, OP3-CRC art. 5(2), the committees' rules, ECHR Rules of Court rule 45(3)).
  const consentNeeded = (route: TreatyBodyRoute | RegionalRoute): RouteCaveat[] =>
    answers.consentJustification === 'none' && route.who.consentNeeded === true ? ['consent-needed'] : [];

  /**
   * One complaint route weighed: its same-matter rule and its own time limit are worked out once, for its fit, the
   * last day of that limit, its cautions and the provision it cites. `ended`: its facts were over before it applied.
   */
  const weigh = (route: TreatyBodyRoute | RegionalRoute, rule: SameMatterRule | undefined, caveats: readonly RouteCaveat[], ended = false) => {
    const reasons = fitReasons(route.fit, s);
    // A request to act at once (the CED's urgent search, ICPPED art. 30) is for one thing only: where the answers say
    // nothing of it (no disappearance), its rule on a matter before another body has nothing to say either.
    const same = sameMatter(route, rule, !('urgent' in route && route.urgent) || reasons.length > 0);
    // The body's own time limit after the final decision the person gave: its last day (later reading), and whether
    // it ended before the assessment date. Passed, the route is still listed, since an exception may apply, but not
    // recommended, and it says so.
    const last = route.timeLimitMonths === null ? null : monthsAfterFinalDecision(answers, route.timeLimitMonths, 'earlierTimeLimit' in route ? route.earlierTimeLimit : undefined);
    const late = last !== null && compareDates(env.asOf, last) > 0;
    const because = same.bars || outside || ended || needsVictim(route) || (late && !atOnce(route) && !excused(route)) ? [] : reasons;
    return {
      // Still running: its last day, for the person to weigh against this route's year (four months at the European
      // Court). Past the year 9999 (five years after a decision in 9998, the last year a record may give), no case file holds it.
      ...(last && !same.bars && !late && isDateUpTo(last, LAST_YEAR + 1) ? { timeLimitEnds: last } : {}),
      ...same.cited,
      fit: fitOf(because),
      because,
      caveats: [
        ...urgentOf(route),
        ...forumCaveats(caveats).filter((c) => social || c !== 'san-salvador-petitions-limited'),
        ...same.caveats,
        ...(outside ? (['jurisdiction-needed'] as const) : []),
        ...(needsVictim(route) ? (['victim-needed'] as const) : []),
        ...nameNeeded(route),
        ...consentNeeded(route),
        ...(route.domesticRemediesFirst === null ? [] : remediesFirst ? (['remedies-first'] as const) : remediesUnknown ? (['remedies-unknown'] as const) : []),
        // Barred by its own rule beside another body (art. 3(2)(c) here), the case is followed there, or a lawyer weighs the
        // others: "its time limit has passed" on the very body examining it read as "your application was late". A body
        // whose rule may let it take the case (CERD; the CED once the other has finished) says it.
        ...(late && !same.bars ? [lateCaveat(route)] : []),
      ],
    };
  };

  // UN treaty bodies, in the complaint-procedures table's order.
  const ofState = routesOfState(code, env.procedures, data);
  for (const { route, deposit, appliesFrom } of ofState.treatyBodies) {
    // A deposit after the assessment date was not an acceptance yet on that day.
    if (compareDates(deposit, env.asOf) > 0) continue;
    const caveats: RouteCaveat[] = ['reservations-may-limit', ...route.caveats];
    if (compareDates(env.asOf, appliesFrom) < 0) caveats.push('not-yet-in-force');
    const facts = factsBefore(route, appliesFrom, answers, protocolApplied);
    if (facts) caveats.push(facts);
    caveats.push('same-matter-bar');
    routes.push({
      kind: 'treaty-body', procedure: route.procedure, body: route.body, acceptedOn: deposit, appliesFrom, ...weigh(route, route.sameMatter, caveats, facts === 'facts-before-procedure'),
      asOf: data.treatyBodies.asOf,
    });
  }

  // Regional routes the State is within.
  for (const { route, caveats, sameMatter: rule } of ofState.regional) {
    routes.push({ kind: 'regional', procedure: route.procedure, body: route.body, acceptedOn: null, ...weigh(route, rule, caveats), asOf: route.asOf });
  }

  // Special Procedures: open for every State.
  const sp = data.specialProcedures;
  const mandates = sp.mandates.filter((m) => mandateFits(m, s));
  const because = mandateReasons(mandates, s);
  routes.push({
    kind: 'special-procedures',
    procedure: sp.procedure,
    body: sp.body,
    acceptedOn: null,
    fit: fitOf(because),
    because,
    // Harm about to happen: their urgent appeals, sent within days, wait for no court (Manual of Operations of the
    // Special Procedures, para. 43: loss of life, life-threatening situations, imminent damage of a very grave nature).
    caveats: [...(answers.urgency === 'yes' ? (['urgent-appeals'] as const) : []), ...sp.caveats],
    mandates: mandates.map((m) => m.id),
    asOf: sp.asOf,
  });

  // Within each group the procedure order above is kept (a stable sort, without its comparator calls);
  // a request to act at once that fits (the CED's urgent action) comes before all.
  const urgent = new Set<string>(ofState.treatyBodies.filter((a) => a.route.urgent).map((a) => a.route.procedure));
  const recommended = routes.filter((r) => r.fit === 'recommended');
  return [
    ...recommended.filter((r) => urgent.has(r.procedure)),
    ...recommended.filter((r) => !urgent.has(r.procedure)),
    ...routes.filter((r) => r.fit !== 'recommended'),
  ];
}

/** A remembered route with arrays and reasons of its own: what the cache holds is never handed out. */
function copyRoute(r: Route): Route {
  const copy: Route = {
    kind: r.kind,
    procedure: r.procedure,
    body: r.body,
    acceptedOn: r.acceptedOn,
    fit: r.fit,
    because: r.because.map((b) => (b.kind === 'situation' ? { ...b, articles: [...b.articles] } : { ...b })),
    caveats: [...r.caveats],
    asOf: r.asOf,
  };
  if (r.appliesFrom !== undefined) copy.appliesFrom = r.appliesFrom;
  if (r.timeLimitEnds !== undefined) copy.timeLimitEnds = r.timeLimitEnds;
  if (r.sameMatter) copy.sameMatter = { articles: [...r.sameMatter.articles], in: r.sameMatter.in };
  if (r.mandates) copy.mandates = [...r.mandates];
  if (r.actions) copy.actions = [...r.actions];
  return copy;
}

/**
 * The UN committees' complaint procedures: "another UN committee" may be any of them. Not the CED's urgent action, a
 * request to search, which waits only for a procedure of the same nature (ICPPED art. 30(2)(e)), not a committee's complaint.
 */
const UN_COMPLAINTS: ReadonlySet<string> = new Set(PROCEDURES.filter((p) => p !== 'ced_art30'));
/** The route of the one body an `otherProcedure` answer names: the person follows the case there. */
const ANSWERED_BODY: Partial<Record<NonNullable<Answers['otherProcedure']>, string>> = { echr: 'echr-applications' };

/** A list answer as keys: its length, then its items (anything else: -1, then the value), so that no two answers give the same keys. */
const listKeys = (value: unknown): unknown[] => (Array.isArray(value) ? [value.length, ...value] : [-1, value]);

/** Yes/no keys as one number: each key is one more Map to walk per lookup. */
const bits = (...flags: boolean[]): number => flags.reduce((n, flag) => n * 2 + (flag ? 1 : 0), 0);

const CACHE_LIMIT = 10_000;

/** What otherRoutes() and fitQuestionsThatMatter() remember, per pair of datasets (held weakly: a host may replace them). */
interface Remembered {
  /** routesOfState(), by State code. */
  states: Map<string, StateRoutes>;
  routes: ReturnType<typeof rememberBySequence<Route[]>>;
  fits: ReturnType<typeof rememberBySequence<ReadonlySet<FitQuestion>>>;
}
const remembered = new WeakMap<ComplaintProceduresData, WeakMap<OtherRoutesData, Remembered>>();

function rememberedFor(procedures: ComplaintProceduresData, data: OtherRoutesData): Remembered {
  let byData = remembered.get(procedures);
  if (!byData) remembered.set(procedures, (byData = new WeakMap()));
  let found = byData.get(data);
  if (!found) byData.set(data, (found = { states: new Map(), routes: rememberBySequence(CACHE_LIMIT), fits: rememberBySequence(CACHE_LIMIT) }));
  return found;
}

/** The answer to a fit question that would recommend the most. */
const FULLEST_ANSWER: { [Q in FitQuestion]-?: NonNullable<Answers[Q]> } = {
  child: 'yes',
  disability: 'yes',
  grounds: [...FIT_GROUNDS],
};

/**
 * The fit questions whose answer can change which routes are recommended for this State, given the other answers, or
 * which UN experts are named. The machine asks the child question only then; disability and unfair treatment always
 * change who is named (an expert's mandate covers each everywhere), so it asks them after every closed route without
 * asking this. The experts count: a rapporteur whose
 * subject is the discrimination itself (racism, for a Roma family; women and girls) or disability is named on no
 * other answer, and takes up a case from anyone, an organisation too, where no committee can (another committee
 * has it, no victim named). A question that names no one new (the child question: no mandate on children here) is
 * not asked. Weighed on the shipped route data, which the flow runs on.
 */
export function fitQuestionsThatMatter(answers: Answers, env: Environment): ReadonlySet<FitQuestion> {
  const code = answers.state;
  if (!code) return NO_FIT_QUESTIONS;
  const data = SHIPPED.otherRoutes();
  // Only what the screening answered counts, not the other fit answers: a batch of records works each combination out once.
  const key = screeningKey(code, partyOn(env.partyByCode.get(code), env.asOf), neverHere(answers, env), answers, env, data);
  return rememberedFor(env.procedures, data).fits(key, () => questionsThatChange(answers, env, data));
}

const NO_FIT_QUESTIONS: ReadonlySet<FitQuestion> = new Set();

/**
 * What complaintRoutes() reads of the screening's answers (all but the fit answers), the State's standing and the
 * date, as memo keys: the routes' key, and the whole of the fit questions' key, so that neither can miss what the
 * other weighs. `joined`, `never`: partyOn() and neverHere(), which a host's own States-Parties table may move.
 */
function screeningKey(code: string, joined: boolean, never: boolean, answers: Answers, env: Environment, data: OtherRoutesData): unknown[] {
  return [
    env.asOf, code, answers.remedies, answers.finalDecisionDate, answers.consentJustification, answers.otherProcedure, factsKey(code, answers, env, data),
    bits(joined, never, answers.jurisdiction === 'no', remediesYetToExhaust(answers), noVictimNamed(answers), answers.identity === 'anonymous', answers.lateSubmission === 'yes', answers.urgency === 'yes'),
    ...listKeys(answers.rights),
  ];
}

/** The fit questions whose fullest answer changes what is recommended or who is named, against the routes without any fit answer (worked out once). */
function questionsThatChange(answers: Answers, env: Environment, data: OtherRoutesData): Set<FitQuestion> {
  const base: Answers = { ...answers, child: undefined, disability: undefined, grounds: undefined };
  const recommended = (routes: readonly Route[]) =>
    routes
      .filter((r) => r.fit === 'recommended')
      .map((r) => [r.procedure, ...(r.mandates ?? [])].join(' '))
      .join();
  const before = recommended(otherRoutes(base, env, data));
  return new Set(FIT_QUESTIONS.filter((question) => recommended(otherRoutes({ ...base, [question]: FULLEST_ANSWER[question] }, env, data)) !== before));
}
