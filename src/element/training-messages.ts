import { msg, str } from '@lit/localize';

/* The words of training mode: its panel and the fictional scenarios. Call at render time only. */

// Each title begins with its country as Intl names it: the trainer's list, too narrow for
// the longer titles, cuts their ends and still tells them apart.

export function scenarioText(id: string): { title: string; story: string } {
  switch (id) {
    case 'eviction-spain':
      return {
        title: msg('Spain — an eviction', { id: 'scenario.eviction-spain.title' }),
        story: msg(
          'A family is about to be evicted from their flat in Spain. The last court ruled against them a few months ago.',
          { id: 'scenario.eviction-spain.story' },
        ),
      };
    case 'pension-ecuador':
      return {
        title: msg('Ecuador — a pension cut', { id: 'scenario.pension-ecuador.title' }),
        story: msg('A retired teacher’s pension was cut in 2019. Her appeal has been waiting for a hearing for years.', {
          id: 'scenario.pension-ecuador.story',
        }),
      };
    case 'not-party-japan':
      return {
        title: msg('Japan — a country that has not joined', { id: 'scenario.not-party-japan.title' }),
        story: msg(
          'A man is about to lose the medical treatment he needs in Japan, which has joined the Covenant but not its Optional Protocol.',
          { id: 'scenario.not-party-japan.story' },
        ),
      };
    case 'european-court-italy':
      return {
        title: msg('Italy — already before the European Court', { id: 'scenario.european-court-italy.title' }),
        story: msg('A tenant in Italy took the same housing case to the European Court of Human Rights first.', {
          id: 'scenario.european-court-italy.story',
        }),
      };
    case 'late-portugal':
      return {
        title: msg('Portugal — a late complaint', { id: 'scenario.late-portugal.title' }),
        story: msg(
          'A woman in Portugal was dismissed when she became pregnant. She lost her last appeal in November 2024, and nothing stopped her writing within a year.',
          { id: 'scenario.late-portugal.story' },
        ),
      };
    case 'organisation-argentina':
      return {
        title: msg('Argentina — an organisation with no named victim', { id: 'scenario.organisation-argentina.title' }),
        story: msg('An association in Argentina wants to complain about the country’s housing policy in general, for no one in particular.', {
          id: 'scenario.organisation-argentina.story',
        }),
      };
    case 'continuing-belgium':
      return {
        title: msg('Belgium — it started before the Protocol applied', { id: 'scenario.continuing-belgium.title' }),
        story: msg(
          'A village in Belgium has had no safe water since 2012, before the Protocol applied there, and still has none. A lawyer acts for the village’s families, with their agreement.',
          { id: 'scenario.continuing-belgium.story' },
        ),
      };
    case 'courts-first-france':
      return {
        title: msg('France — courts first', { id: 'scenario.courts-first-france.title' }),
        story: msg(
          'A woman in France lost her unemployment benefit in September 2025. She wants to write to the UN at once, without going to a French court first.',
          { id: 'scenario.courts-first-france.story' },
        ),
      };
    case 'before-protocol-germany':
      return {
        title: msg('Germany — over before the Protocol applied', { id: 'scenario.before-protocol-germany.title' }),
        story: msg(
          'A family with two children in Germany had its benefits cut from 2021 to 2022. The Protocol has applied in Germany only since July 2023.',
          { id: 'scenario.before-protocol-germany.story' },
        ),
      };
    case 'without-consent-finland':
      return {
        title: msg('Finland — acting without consent', { id: 'scenario.without-consent-finland.title' }),
        story: msg(
          'A lawyer acts for people held in a detention centre in Finland who get no medical care. She cannot reach them to ask their consent.',
          { id: 'scenario.without-consent-finland.story' },
        ),
      };
    case 'anonymous-costa-rica':
      return {
        title: msg('Costa Rica — a complaint with no name', { id: 'scenario.anonymous-costa-rica.title' }),
        story: msg(
          'A domestic worker in Costa Rica was paid less than the men doing the same work, then not at all for her last months. She fears her employer and does not want to give her name at all.',
          { id: 'scenario.anonymous-costa-rica.story' },
        ),
      };
    case 'disappearance-mexico':
      return {
        title: msg('Mexico — a son taken at a checkpoint', { id: 'scenario.disappearance-mexico.title' }),
        story: msg(
          'A mother in Mexico has had no news of her son since men in uniform took him at a checkpoint three weeks ago. The authorities say they never held him, and she fears for his life.',
          { id: 'scenario.disappearance-mexico.story' },
        ),
      };
    default:
      return { title: id, story: '' };
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
  doneOffScript: (expected: string, reached: string) =>
    msg(str`Scenario complete. Expected outcome: ${expected}. Outcome of the answers given here: ${reached}.`, {
      id: 'training.done-off-script',
    }),
  offScript: (questions: string) =>
    msg(str`Answered differently from the scenario: ${questions}. The route can differ from the story’s.`, { id: 'training.off-script' }),
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
