import { expect } from '@open-wc/testing';
import { createActor } from 'xstate';
import { createEnvironment, eligibilityMachine, QUESTION_IDS, stepOf, type QuestionId } from '../../src/core/index.js';
import { eligibilitySetup } from '../../src/core/machine.js';
import { routeGraph } from '../../src/core/machine-graph.js';
import { routeFromDefinition as fromDefinition, type StateConfig } from '../support/machine-definition.js';
import { AS_OF, firstSample, SAMPLES } from '../support/samples.js';

describe('routeGraph: the route read from the machine', () => {
  it('has exactly the machine’s questions, summary and outcomes, and their forward transitions', () => {
    const graph = routeGraph();
    expect(graph).to.deep.equal(fromDefinition(eligibilityMachine));
    expect(graph.nodes.filter((n) => n.kind === 'question').map((n) => n.id)).to.deep.equal([...QUESTION_IDS]);
    expect(graph.nodes.map((n) => n.id)).to.not.include('routing');
    expect(graph.edges.every((e) => e.event === 'ANSWER' || e.event === 'CONFIRM')).to.equal(true);
  });

  it('carries each guard as the machine defines it', () => {
    const { edges } = routeGraph();
    expect(edges.filter((e) => e.from === 'author')).to.deep.equal([
      { from: 'author', to: 'review', event: 'ANSWER', guard: { type: 'closes', params: { question: 'author' } } },
      { from: 'author', to: 'consentJustification', event: 'ANSWER', guard: { type: 'actsWithoutConsent' } },
      { from: 'author', to: 'rights', event: 'ANSWER', guard: null },
    ]);
    expect(edges.filter((e) => e.from === 'review').map((e) => e.guard)).to.deep.equal(
      ['likely-admissible', 'not-admissible', 'needs-review', 'not-available'].map((outcome) => ({ type: 'outcomeIs', params: { outcome } })),
    );
  });

  it('contains every move a person makes on the way forward', () => {
    const env = createEnvironment({ asOf: AS_OF });
    const { edges } = routeGraph();
    const has = (from: string, to: string) => edges.some((e) => e.from === from && e.to === to);
    const top = (s: { value: unknown }) => (typeof s.value === 'string' ? s.value : Object.keys(s.value as object)[0]!);
    let moves = 0;
    // Each sample answer of each question, with first samples elsewhere, to the result.
    for (const question of QUESTION_IDS) {
      for (const sample of SAMPLES[question]) {
        const actor = createActor(eligibilityMachine, { input: { env } }).start();
        for (let guard = 0; actor.getSnapshot().status !== 'done' && guard < 30; guard++) {
          const before = actor.getSnapshot();
          const step = stepOf(before);
          const q = step.kind === 'question' ? (step.question as QuestionId) : null;
          actor.send(q ? { type: 'ANSWER', value: q === question ? sample.value : firstSample(q) } : { type: 'CONFIRM' });
          const from = top(before);
          const to = top(actor.getSnapshot());
          expect(has(from, to), `${from} → ${to}`).to.equal(true);
          moves++;
        }
        actor.stop();
      }
    }
    expect(moves).to.be.greaterThan(100);
  });

  it('picks up a question added to the machine with no other edit', () => {
    // A copy of the definition with a new question `fit` between identity and evidence,
    // built the way machine.ts builds its questions (the evidence question's shape).
    const states = structuredClone(eligibilityMachine.config.states) as Record<string, StateConfig & { id?: string }>;
    const fit = JSON.parse(JSON.stringify(states['evidence']).replaceAll('"evidence"', '"fit"')) as StateConfig & { id: string };
    fit.states!.answered!.always = [{ target: '#evidence' }];
    states['identity']!.states!.answered!.always!.at(-1)!.target = '#fit';
    const withFit = Object.fromEntries(Object.entries(states).flatMap(([k, v]) => (k === 'evidence' ? [['fit', fit], [k, v]] : [[k, v]])));
    const config = { ...eligibilityMachine.config, states: withFit } as unknown as Parameters<typeof eligibilitySetup.createMachine>[0];
    const machine = eligibilitySetup.createMachine(config);

    const graph = routeGraph(machine);
    const questions = graph.nodes.filter((n) => n.kind === 'question').map((n) => n.id);
    expect(questions.slice(-3)).to.deep.equal(['identity', 'fit', 'evidence']);
    expect(graph.edges.filter((e) => e.from === 'identity').map((e) => e.to)).to.deep.equal(['review', 'fit']);
    expect(graph.edges.filter((e) => e.from === 'fit')).to.deep.equal([{ from: 'fit', to: 'evidence', event: 'ANSWER', guard: null }]);
    expect(graph).to.deep.equal(fromDefinition(machine));
  });
});
