import { msg, str } from '@lit/localize';
import type { Outcome, QuestionId } from '../core/index.js';
import { questionText } from './messages.js';

/* The words of training mode and of the route map. Call at render time only. */

/** A question's short name on the route map; a question without one uses its summary wording. */
export function mapLabel(question: QuestionId | string): string {
  switch (question) {
    case 'state':
      return msg('Country', { id: 'map.q.state' });
    case 'jurisdiction':
      return msg('Under its control', { id: 'map.q.jurisdiction' });
    case 'author':
      return msg('Who complains', { id: 'map.q.author' });
    case 'consentJustification':
      return msg('Acting without consent', { id: 'map.q.consentJustification' });
    case 'rights':
      return msg('Rights', { id: 'map.q.rights' });
    case 'urgency':
      return msg('Urgency', { id: 'map.q.urgency' });
    case 'factsDate':
      return msg('When it began', { id: 'map.q.factsDate' });
    case 'factsContinuing':
      return msg('Still going on', { id: 'map.q.factsContinuing' });
    case 'remedies':
      return msg('Courts at home', { id: 'map.q.remedies' });
    case 'finalDecisionDate':
      return msg('Final decision', { id: 'map.q.finalDecisionDate' });
    case 'lateSubmission':
      return msg('Reason for lateness', { id: 'map.q.lateSubmission' });
    case 'otherProcedure':
      return msg('Other bodies', { id: 'map.q.otherProcedure' });
    case 'identity':
      return msg('Name', { id: 'map.q.identity' });
    case 'evidence':
      return msg('Evidence', { id: 'map.q.evidence' });
    case 'child':
      return msg('Child', { id: 'map.q.child' });
    case 'disability':
      return msg('Disability', { id: 'map.q.disability' });
    case 'grounds':
      return msg('Discrimination', { id: 'map.q.grounds' });
    default:
      return questionText(question as QuestionId).context;
  }
}

export function mapOutcomeLabel(outcome: Outcome): string {
  switch (outcome) {
    case 'likely-admissible':
      return msg('May complain', { id: 'map.outcome.likely-admissible' });
    case 'needs-review':
      return msg('Needs checking', { id: 'map.outcome.needs-review' });
    case 'not-admissible':
      return msg('Probably not accepted', { id: 'map.outcome.not-admissible' });
    case 'not-available':
      return msg('Route closed', { id: 'map.outcome.not-available' });
  }
}

export const mapText = {
  heading: () => msg('Route map', { id: 'map.heading' }),
  title: () => msg('Map of the complaints route', { id: 'map.title' }),
  desc: () =>
    msg(
      'The questions from top to bottom, then the check of the answers, then the four outcomes. Set-in questions are asked only on some routes. The line on the right goes straight to the check when an answer ends the screening early. The route taken is drawn in bold.',
      { id: 'map.desc' },
    ),
  review: () => msg('Check answers', { id: 'map.review' }),
  path: () => msg('The route taken so far', { id: 'map.path' }),
  step: (label: string, answer: string) => msg(str`${label}: ${answer}`, { id: 'map.step' }),
  show: () => msg('Show the route map', { id: 'map.show' }),
};

export function scenarioText(id: string): { title: string; story: string } {
  switch (id) {
    case 'eviction-spain':
      return {
        title: msg('An eviction in Spain', { id: 'scenario.eviction-spain.title' }),
        story: msg(
          'A family is about to be evicted from their flat in Spain. The last court ruled against them a few months ago.',
          { id: 'scenario.eviction-spain.story' },
        ),
      };
    case 'pension-ecuador':
      return {
        title: msg('A pension cut in Ecuador', { id: 'scenario.pension-ecuador.title' }),
        story: msg('A retired teacher’s pension was cut in 2019. Her appeal has been waiting for a hearing for years.', {
          id: 'scenario.pension-ecuador.story',
        }),
      };
    case 'not-party-united-states':
      return {
        title: msg('A country that has not joined: the United States', { id: 'scenario.not-party-united-states.title' }),
        story: msg('A man lost his health care in the United States, which has not joined the Optional Protocol.', {
          id: 'scenario.not-party-united-states.story',
        }),
      };
    case 'european-court-italy':
      return {
        title: msg('Already before the European Court: Italy', { id: 'scenario.european-court-italy.title' }),
        story: msg('A tenant in Italy took the same housing case to the European Court of Human Rights first.', {
          id: 'scenario.european-court-italy.story',
        }),
      };
    case 'late-portugal':
      return {
        title: msg('A late complaint: Portugal', { id: 'scenario.late-portugal.title' }),
        story: msg('A worker in Portugal lost his last appeal in November 2024 and nothing stopped him writing within a year.', {
          id: 'scenario.late-portugal.story',
        }),
      };
    case 'organisation-argentina':
      return {
        title: msg('An organisation with no named victim: Argentina', { id: 'scenario.organisation-argentina.title' }),
        story: msg('An association in Argentina wants to complain about a policy in general, for no one in particular.', {
          id: 'scenario.organisation-argentina.story',
        }),
      };
    case 'continuing-belgium':
      return {
        title: msg('It started before the Protocol applied: Belgium', { id: 'scenario.continuing-belgium.title' }),
        story: msg(
          'A village in Belgium has had no safe water since 2012, before the Protocol applied there, and still has none.',
          { id: 'scenario.continuing-belgium.story' },
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
  next: () => msg('Next step', { id: 'training.next' }),
  playing: (title: string) => msg(str`Playing: ${title}`, { id: 'training.playing' }),
  done: (outcome: string) => msg(str`Scenario complete. Expected outcome: ${outcome}.`, { id: 'training.done' }),
  jump: () => msg('Jump to a question', { id: 'training.jump' }),
  reset: () => msg('Reset', { id: 'training.reset' }),
  explain: (articles: string) => msg(str`Explain: ${articles}`, { id: 'training.explain' }),
  source: (article: string) =>
    msg(str`Optional Protocol to the ICESCR, ${article} (General Assembly resolution A/RES/63/117)`, { id: 'training.source' }),
  englishOnly: () => msg('Quoted from the official English text.', { id: 'training.english-only' }),
};
