import { msg, str } from '@lit/localize';
import type { QuestionId } from '../core/index.js';

/* The words of training mode: its panel and the fictional scenarios. Call at render time only. */

// Each title begins with its country as Intl names it: the trainer's list, too narrow for
// the longer titles, cuts their ends and still tells them apart.

/** A scenario's title, its story for the room, and its one lesson (said once the result shows: before, it would give the answer away). */
export function scenarioText(id: string): { title: string; story: string; lesson: string } {
  switch (id) {
    case 'eviction-spain':
      return {
        title: msg('Spain — an eviction', { id: 'scenario.eviction-spain.title' }),
        story: msg(
          'A family in Spain was told on January 10, 2024 to leave their flat, and is about to be evicted. The last court ruled against them on December 1, 2025. They have the letters and rulings, have gone to no other international body, and will give their names.',
          { id: 'scenario.eviction-spain.story' },
        ),
        lesson: msg(
          'When someone is about to suffer harm that cannot be undone, the Committee can urgently ask the country to prevent it while it looks at the complaint.',
          { id: 'scenario.eviction-spain.lesson' },
        ),
      };
    case 'pension-ecuador':
      return {
        title: msg('Ecuador — a pension cut', { id: 'scenario.pension-ecuador.title' }),
        story: msg(
          'A retired teacher’s pension in Ecuador was cut on March 1, 2019. Her appeal has been waiting for a hearing for years. She has the letters and decisions, has gone to no other international body, and will give her name but wants it kept from the public.',
          { id: 'scenario.pension-ecuador.story' },
        ),
        lesson: msg(
          'When the courts of the country take far too long, the Committee can accept a complaint before they decide, but it weighs the delay first.',
          { id: 'scenario.pension-ecuador.lesson' },
        ),
      };
    case 'not-party-japan':
      return {
        title: msg('Japan — medical treatment about to stop', { id: 'scenario.not-party-japan.title' }),
        story: msg(
          'A man is about to lose the medical treatment he needs in Japan, which has joined the Covenant but not its Optional Protocol.',
          { id: 'scenario.not-party-japan.story' },
        ),
        lesson: msg(
          'No complaint can be made to the Committee against a country that has joined the Covenant but not its Optional Protocol; when harm is urgent, get help first.',
          { id: 'scenario.not-party-japan.lesson' },
        ),
      };
    case 'european-court-italy':
      return {
        title: msg('Italy — a tenant’s housing case', { id: 'scenario.european-court-italy.title' }),
        story: msg(
          'A tenant in Italy was put out of her council flat on September 15, 2021. She lost her housing case in the last Italian court on October 20, 2025. She took the same case to the European Court of Human Rights first.',
          { id: 'scenario.european-court-italy.story' },
        ),
        lesson: msg(
          'The Committee does not look at a matter that another international body, such as the European Court of Human Rights, has looked at or is looking at.',
          { id: 'scenario.european-court-italy.lesson' },
        ),
      };
    case 'late-portugal':
      return {
        title: msg('Portugal — dismissed when pregnant', { id: 'scenario.late-portugal.title' }),
        story: msg(
          'A woman in Portugal was dismissed on May 2, 2022, when she became pregnant. She lost her last appeal on November 4, 2024, and nothing stopped her writing within a year.',
          { id: 'scenario.late-portugal.story' },
        ),
        lesson: msg(
          'A complaint must be sent within one year of the last decision in the country, unless the person shows it was not possible to send it in time.',
          { id: 'scenario.late-portugal.lesson' },
        ),
      };
    case 'organisation-argentina':
      return {
        title: msg('Argentina — the country’s housing policy', { id: 'scenario.organisation-argentina.title' }),
        story: msg('An association in Argentina wants to complain about the country’s housing policy in general, for no one in particular.', {
          id: 'scenario.organisation-argentina.story',
        }),
        lesson: msg(
          'A complaint to the Committee must be about people who were harmed: an organisation cannot bring one about a general problem, for no one in particular.',
          { id: 'scenario.organisation-argentina.lesson' },
        ),
      };
    case 'inquiry-el-salvador':
      return {
        title: msg('El Salvador — village schools closed', { id: 'scenario.inquiry-el-salvador.title' }),
        story: msg(
          'An association in El Salvador has gathered reports from many rural villages whose only school has closed, so children walk for hours to another or stop going. It wants the UN to look at the problem as a whole, for no one in particular.',
          { id: 'scenario.inquiry-el-salvador.story' },
        ),
        lesson: msg(
          'An organisation cannot complain for no one in particular, but where the country accepts inquiries it can send the Committee reliable information on serious or systematic violations, and the Committee may inquire.',
          { id: 'scenario.inquiry-el-salvador.lesson' },
        ),
      };
    case 'continuing-belgium':
      return {
        title: msg('Belgium — a village without safe water', { id: 'scenario.continuing-belgium.title' }),
        story: msg(
          'A village in Belgium has had no safe water since June 1, 2012, before the Protocol applied there, and still has none. A lawyer acts for the village’s families, with their agreement. The last court ruled against the families on February 10, 2026. They have the papers, have gone to no other international body, and will give their names.',
          { id: 'scenario.continuing-belgium.story' },
        ),
        lesson: msg(
          'Facts that started before the Protocol applied in the country can still be looked at if they went on after it applied.',
          { id: 'scenario.continuing-belgium.lesson' },
        ),
      };
    case 'courts-first-france':
      return {
        title: msg('France — an unemployment benefit stopped', { id: 'scenario.courts-first-france.title' }),
        story: msg(
          'A woman in France lost her unemployment benefit on September 1, 2025. She wants to write to the UN at once, without going to a French court first.',
          { id: 'scenario.courts-first-france.story' },
        ),
        lesson: msg(
          'The person must first try the courts of the country, up to the final decision, before complaining to the Committee.',
          { id: 'scenario.courts-first-france.lesson' },
        ),
      };
    case 'before-protocol-germany':
      return {
        title: msg('Germany — a family’s benefits cut', { id: 'scenario.before-protocol-germany.title' }),
        story: msg(
          'A family with two children in Germany had its benefits cut from March 1, 2021 to the end of 2022. The Protocol has applied in Germany only since July 2023.',
          { id: 'scenario.before-protocol-germany.story' },
        ),
        lesson: msg(
          'Facts that were over before the Protocol applied in the country cannot be looked at.',
          { id: 'scenario.before-protocol-germany.lesson' },
        ),
      };
    case 'without-consent-finland':
      return {
        title: msg('Finland — no medical care in detention', { id: 'scenario.without-consent-finland.title' }),
        story: msg(
          'A lawyer acts for people held in a detention centre in Finland who have had no medical care since November 1, 2025; some are seriously ill. She cannot reach them to ask their consent. The last court turned down her case on March 2, 2026. She has their medical records, has gone to no other international body, and will give their names.',
          { id: 'scenario.without-consent-finland.story' },
        ),
        lesson: msg(
          'Someone can complain for people without their consent only if the Committee accepts their reason for acting without it.',
          { id: 'scenario.without-consent-finland.lesson' },
        ),
      };
    case 'anonymous-costa-rica':
      return {
        title: msg('Costa Rica — a domestic worker’s unpaid wages', { id: 'scenario.anonymous-costa-rica.title' }),
        story: msg(
          'A domestic worker in Costa Rica, hired on February 1, 2024, was paid less than the men doing the same work, then not at all for her last months. She lost her last appeal on November 20, 2025, and has gone to no other international body. She fears her employer and does not want to give her name at all.',
          { id: 'scenario.anonymous-costa-rica.story' },
        ),
        lesson: msg(
          'A complaint cannot be anonymous. The person can ask the Committee to keep their name from the public, but the country is normally told it.',
          { id: 'scenario.anonymous-costa-rica.lesson' },
        ),
      };
    case 'news-only-uruguay':
      return {
        title: msg('Uruguay — waiting for a hip operation', { id: 'scenario.news-only-uruguay.title' }),
        story: msg(
          'A man in Uruguay has waited since September 1, 2023 for a hip operation in a public hospital. He lost his last appeal on February 16, 2026, has gone to no other international body, and will give his name. He kept none of the letters or decisions: all he has are newspaper articles about the waiting lists.',
          { id: 'scenario.news-only-uruguay.story' },
        ),
        lesson: msg(
          'A complaint cannot rest only on news reports: it needs proof of what happened to the person, such as letters, decisions or medical reports, which can often be asked for again.',
          { id: 'scenario.news-only-uruguay.lesson' },
        ),
      };
    case 'disappearance-mexico':
      return {
        title: msg('Mexico — a son taken at a checkpoint', { id: 'scenario.disappearance-mexico.title' }),
        story: msg(
          'A mother in Mexico has had no news of her son since men in uniform took him at a checkpoint three weeks ago. The authorities say they never held him, and she fears for his life.',
          { id: 'scenario.disappearance-mexico.story' },
        ),
        lesson: msg(
          'A family cannot bring a disappearance to this Committee: the country has not joined the Protocol and, even if it did, the Covenant does not cover a disappearance. The search comes first, through the Committee on Enforced Disappearances.',
          { id: 'scenario.disappearance-mexico.lesson' },
        ),
      };
    case 'free-speech-mongolia':
      return {
        title: msg('Mongolia — a journalist jailed for an article', { id: 'scenario.free-speech-mongolia.title' }),
        story: msg(
          'A journalist in Mongolia spent three months in prison for an article about corruption in her town council. She is free now, and wants to complain to the UN that she was jailed for what she wrote.',
          { id: 'scenario.free-speech-mongolia.story' },
        ),
        lesson: msg(
          'This Committee deals only with the rights in the Covenant, such as housing, health and work: not with free speech, or with being jailed for it. The Human Rights Committee deals with those, and this country accepts complaints to it.',
          { id: 'scenario.free-speech-mongolia.lesson' },
        ),
      };
    default:
      return { title: id, story: '', lesson: '' };
  }
}

/**
 * Why a question matters, in plain words in the page's language: what the Protocol does with
 * the answer. The Explain panel says it before quoting the article, which is in English only.
 * Null for a question the Protocol does not ask (where else to turn), which has no panel.
 */
export function explainWhy(question: QuestionId): string | null {
  switch (question) {
    case 'state':
      return msg(
        'The Committee cannot receive any complaint about a country that has not joined the Optional Protocol, whatever happened. Joining the Covenant alone is not enough. A country that joins the Protocol is bound by it three months later; those that joined first, from 5 May 2013, when the Protocol itself came into force.',
        { id: 'training.why.state' },
      );
    case 'jurisdiction':
      return msg(
        'A complaint can only be about people under the country’s authority (its “jurisdiction”): on its land, or wherever its officials act or it has control.',
        { id: 'training.why.jurisdiction' },
      );
    case 'author':
      return msg(
        'Only the people who were harmed can complain, or someone acting for them. Acting for them needs their agreement, unless the person sending the complaint can justify acting without it.',
        { id: 'training.why.author' },
      );
    case 'consentJustification':
      return msg(
        'Acting for people without their agreement is allowed only when the person sending the complaint can explain why. The Committee decides whether the reason is good enough.',
        { id: 'training.why.consentJustification' },
      );
    case 'rights':
      return msg(
        'The Committee looks only at the rights in the Covenant, such as work, social security, food, housing, health, education and culture. Problems about other rights belong to other bodies.',
        { id: 'training.why.rights' },
      );
    case 'urgency':
      return msg(
        'Once it has the complaint, the Committee can ask the country to act at once to prevent serious harm that could not be undone, such as an eviction, while it examines the case. It does so only in exceptional cases.',
        { id: 'training.why.urgency' },
      );
    case 'factsDate':
      return msg(
        'The Committee looks only at what happened after the Protocol started to apply to the country. Earlier events count only if they went on after that day.',
        { id: 'training.why.factsDate' },
      );
    case 'factsContinuing':
      return msg(
        'Events that began before the Protocol applied can still be examined if they went on afterwards, for example a family still without water. Harm that only remains from something that ended before usually does not count.',
        { id: 'training.why.factsContinuing' },
      );
    case 'remedies':
      return msg(
        'The country must first have the chance to put things right itself, so the complaint normally comes only after the last court or authority in the country has decided. Waiting is not needed when its procedures take unreasonably long.',
        { id: 'training.why.remedies' },
      );
    case 'finalDecisionDate':
      return msg(
        'The complaint must be sent within one year of the last decision in the country: its date sets the last day to complain.',
        { id: 'training.why.finalDecisionDate' },
      );
    case 'lateSubmission':
      return msg(
        'A complaint sent after the year can still be accepted if the person sending it shows it was not possible to send it in time. The Committee decides whether the reason is good enough.',
        { id: 'training.why.lateSubmission' },
      );
    case 'otherProcedure':
      return msg(
        'The same problem is not examined twice at the international level. The Committee turns away a matter it has examined already, or that another international body that investigates or settles cases, such as a regional human rights court, has examined or is examining. A UN Special Rapporteur does not usually count, nor, often, a complaint withdrawn or turned away without the problem being looked at: a lawyer checks what that body did.',
        { id: 'training.why.otherProcedure' },
      );
    case 'identity':
      return msg(
        'The Committee does not accept a complaint that is anonymous or not in writing. It can keep names from the public, but the country is normally told who complains.',
        { id: 'training.why.identity' },
      );
    case 'evidence':
      return msg(
        'A complaint must show what happened, with enough detail and proof. One that is clearly unfounded, not backed up, or based only on news reports is turned away.',
        { id: 'training.why.evidence' },
      );
    default:
      return null;
  }
}

export const trainingText = {
  heading: () => msg('Training', { id: 'training.heading' }),
  notice: () => msg('Training mode: fictional scenarios only. Nothing is saved.', { id: 'training.notice' }),
  scenario: () => msg('Scenario', { id: 'training.scenario' }),
  chooseScenario: () => msg('Choose a scenario', { id: 'training.choose-scenario' }),
  start: () => msg('Start this scenario', { id: 'training.start' }),
  unknown: () => msg('This page asked for a scenario that does not exist: choose one from the list.', { id: 'training.unknown' }),
  next: () => msg('Next step', { id: 'training.next' }),
  notStarted: (start: string) =>
    msg(str`The scenario chosen in the list has not started: press “${start}” to play it.`, { id: 'training.not-started' }),
  playing: (title: string) => msg(str`Playing: ${title}`, { id: 'training.playing' }),
  setOn: (date: string) =>
    msg(str`The story is set on ${date}: for its questions and deadlines, “today” is that day.`, { id: 'training.set-on' }),
  done: (outcome: string) => msg(str`Scenario complete. Expected outcome: ${outcome}.`, { id: 'training.done' }),
  /**
   * When the answers given led elsewhere: the story's outcome only. The result's heading, the
   * map and the lesson's note say the room's (and "Result: …" was said as it showed); both on
   * one line ran to six in French at 125% zoom, and pushed the map's outcome off the screen.
   */
  doneOffScript: (expected: string) =>
    msg(str`Scenario complete. The story’s expected outcome: ${expected}.`, { id: 'training.done-off-script' }),
  offScript: (questions: string) =>
    msg(str`Answered differently from the scenario: ${questions}. The route can differ from the story’s.`, { id: 'training.off-script' }),
  /** Names the lesson's part of the panel, shown with the result only. */
  lessonTitle: () => msg('What this scenario teaches', { id: 'training.lesson-title' }),
  /** Under the lesson when the answers given led away from it: another outcome, or the same without the article it teaches. */
  lessonOffScript: () =>
    msg('This is the story’s lesson, though the answers given here led to a different result.', { id: 'training.lesson-off-script' }),
  unscripted: () =>
    msg('The scenario does not answer this question: answer it with the room, or jump back to follow the story.', {
      id: 'training.unscripted',
    }),
  jump: () => msg('Jump to a question', { id: 'training.jump' }),
  reset: () => msg('Reset', { id: 'training.reset' }),
  explain: (articles: string) => msg(str`Explain: ${articles}`, { id: 'training.explain' }),
  /** `article` is the bare number, "3(2)(a)": mid-sentence, French and Spanish write "article" in lower case. */
  source: (article: string) =>
    msg(str`Optional Protocol to the ICESCR, Article ${article} (General Assembly resolution A/RES/63/117)`, { id: 'training.source' }),
  englishOnly: () => msg('Quoted from the official English text.', { id: 'training.english-only' }),
};
