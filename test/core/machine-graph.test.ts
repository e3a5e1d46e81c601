import { expect } from '@open-wc/testing';
import { createActor } from 'xstate';
import { createEnvironment, QUESTION_IDS, stepOf, type QuestionId } from '../../src/core/index.js';
import { eligibilityMachine } from '../../src/core/machine.js';
import { routeGraph } from '../../src/core/machine-graph.js';
import { flowStates, flowWith, routeFromDefinition as fromDefinition, type StateConfig } from '../support/machine-definition.js';
import { AS_OF, firstSample, SAMPLES } from '../support/samples.js';

describe('routeGraph: the route read from the machine', () => {
  it('has exactly the machine’s questions, junctions, summary and outcomes, and their forward transitions', () => {
    const graph = routeGraph();
    expect(graph).to.deep.equal(fromDefinition());
    expect(graph.nodes.filter((n) => n.kind === 'question').map((n) => n.id)).to.deep.equal([...QUESTION_IDS]);
    expect(graph.nodes.filter((n) => n.kind === 'junction')).to.deep.equal([
      { id: 'closed', kind: 'junction', description: 'The OP-ICESCR route is closed: questions about other routes' },
    ]);
    // `routing` passes through too, but only Back and Change lead to it.
    expect(graph.nodes.map((n) => n.id)).to.not.include('routing');
    expect(graph.edges.filter((e) => e.event === 'ALWAYS').every((e) => e.from === 'closed')).to.equal(true);
  });

  it('carries each guard as the machine defines it', () => {
    const { edges } = routeGraph();
    expect(edges.filter((e) => e.from === 'author')).to.deep.equal([
      { from: 'author', to: 'closed', event: 'ANSWER', guard: { type: 'closes', params: { question: 'author' } } },
      { from: 'author', to: 'consentJustification', event: 'ANSWER', guard: { type: 'actsWithoutConsent' } },
      { from: 'author', to: 'rights', event: 'ANSWER', guard: null },
    ]);
    const fitMatters = (fit: string) => ({ type: 'fitMatters', params: { fit } });
    expect(edges.filter((e) => e.from === 'closed')).to.deep.equal([
      { from: 'closed', to: 'rights', event: 'ALWAYS', guard: { type: 'problemUnasked' } },
      { from: 'closed', to: 'urgency', event: 'ALWAYS', guard: { type: 'urgencyUnasked' } },
      { from: 'closed', to: 'child', event: 'ALWAYS', guard: fitMatters('child') },
      // Disability and unfair treatment always: each names a UN expert, whatever else is recommended.
      { from: 'closed', to: 'disability', event: 'ALWAYS', guard: null },
    ]);
    expect(edges.filter((e) => e.from === 'child' || e.from === 'disability' || e.from === 'grounds').map((e) => `${e.from}>${e.to}`)).to.deep.equal([
      'child>disability', 'disability>grounds', 'grounds>review',
    ]);
    // Urgency follows the problem on every route, for urgent help elsewhere: a problem outside
    // the Covenant closes the route at once (art. 3(2)(d)), and the junction then asks urgency.
    expect(edges.filter((e) => e.from === 'rights' || e.from === 'urgency')).to.deep.equal([
      { from: 'rights', to: 'closed', event: 'ANSWER', guard: { type: 'closes', params: { question: 'rights' } } },
      { from: 'rights', to: 'urgency', event: 'ANSWER', guard: null },
      { from: 'urgency', to: 'closed', event: 'ANSWER', guard: { type: 'closedBefore' } },
      { from: 'urgency', to: 'factsDate', event: 'ANSWER', guard: null },
    ]);
    expect(edges.filter((e) => e.from === 'review').map((e) => e.guard)).to.deep.equal(
      ['likely-admissible', 'not-admissible', 'needs-review', 'not-available'].map((outcome) => ({ type: 'outcomeIs', params: { outcome } })),
    );
  });

  it('contains every move a person makes on the way forward, through a junction where it passes one', () => {
    const env = createEnvironment({ asOf: AS_OF });
    const { nodes, edges } = routeGraph();
    const junctions = nodes.filter((n) => n.kind === 'junction').map((n) => n.id);
    const edge = (from: string, to: string) => edges.some((e) => e.from === from && e.to === to);
    const has = (from: string, to: string) => edge(from, to) || junctions.some((j) => edge(from, j) && edge(j, to));
    const through = new Set<string>();
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
          if (!edge(from, to)) through.add(`${from}>${to}`);
          moves++;
        }
        actor.stop();
      }
    }
    expect(moves).to.be.greaterThan(100);
    // Closing answers reach the problem (when not yet asked), the fit questions and the summary only through the junction.
    expect([...through]).to.include.members(['state>rights', 'jurisdiction>rights', 'urgency>child', 'urgency>disability']);
    expect([...through].every((m) => /^[^>]+>(rights|child|disability)$/.test(m))).to.equal(true);
  });

  it('picks up a question added to the machine with no other edit', () => {
    // A copy of the definition with a new question `fit` between identity and evidence,
    // built the way machine.ts builds its questions (the evidence question's shape).
    const states = flowStates();
    const fit = JSON.parse(JSON.stringify(states['evidence']).replaceAll('"evidence"', '"fit"')) as StateConfig & { id: string };
    fit.states!.answered!.always = [{ target: '#evidence' }];
    states['identity']!.states!.answered!.always!.at(-1)!.target = '#fit';
    const withFit = Object.fromEntries(Object.entries(states).flatMap(([k, v]) => (k === 'evidence' ? [['fit', fit], [k, v]] : [[k, v]])));
    const { config, chart } = flowWith(withFit);

    const graph = routeGraph(chart);
    const questions = graph.nodes.filter((n) => n.kind === 'question').map((n) => n.id);
    expect(questions.slice(questions.indexOf('identity'), questions.indexOf('identity') + 3)).to.deep.equal(['identity', 'fit', 'evidence']);
    expect(graph.edges.filter((e) => e.from === 'identity').map((e) => e.to)).to.deep.equal(['closed', 'fit']);
    expect(graph.edges.filter((e) => e.from === 'fit')).to.deep.equal([{ from: 'fit', to: 'evidence', event: 'ANSWER', guard: null }]);
    expect(graph).to.deep.equal(fromDefinition(config));
  });

  it('picks up a pass-through state the route goes through, not one only navigation enters', () => {
    const states = flowStates();
    states['urgency']!.states!.answered!.always!.at(-1)!.target = '#pause';
    const pause = { id: 'pause', always: [{ guard: 'factsMayPredate', target: '#factsContinuing' }, { target: '#factsDate' }] };
    const aside = { id: 'aside', always: { target: '#review' } };
    const { config, chart } = flowWith({ ...states, pause, aside });

    const graph = routeGraph(chart);
    expect(graph.nodes.filter((n) => n.kind === 'junction').map((n) => n.id)).to.deep.equal(['closed', 'pause']);
    expect(graph.edges.filter((e) => e.from === 'urgency' || e.from === 'pause')).to.deep.equal([
      { from: 'urgency', to: 'closed', event: 'ANSWER', guard: { type: 'closedBefore' } },
      { from: 'urgency', to: 'pause', event: 'ANSWER', guard: null },
      { from: 'pause', to: 'factsContinuing', event: 'ALWAYS', guard: { type: 'factsMayPredate' } },
      { from: 'pause', to: 'factsDate', event: 'ALWAYS', guard: null },
    ]);
    expect(graph).to.deep.equal(fromDefinition(config));
  });
});
