import { html, nothing, svg, type TemplateResult } from 'lit';
import { routeReasons } from '../core/assessment.js';
import { closedAfter } from '../core/flow.js';
import { outcomeOfState } from '../core/steps.js';
import { closedForNow, routeGraph, type EngineContext, type Outcome, type QuestionId, type RouteGraph, type RouteNodeKind, type Step } from '../core/index.js';
import type { Formatting } from './format.js';
import { directionOf, supportedLocale } from './localization.js';
import { subheading } from './steps/view.js';
import { answerLabels, answerList } from './summary.js';
import { followCurrent } from './route-map-follow.js';
import { articleLabel } from './messages.js';
import { afterText, aheadText, junctionLabel, junctionText, mapLabel, mapOutcomeLabel, mapText } from './route-map-messages.js';

/** The map's stylesheet, adopted by the element when this module arrives (see lazy-feature.ts). */
export { routeMapStyles as styles } from './route-map-styles.js';
export { mapLabel };

/*
 * The route map: the machine's route graph (core/machine-graph.ts) laid out in code.
 * Questions stand in a column in the machine's order, the check of answers below them,
 * the outcomes last. A question that only a guarded edge reaches is set in (it is asked
 * on some routes only). Edges to the next row are straight; edges that skip rows curve
 * on the left; early exits to the check run down a lane on the right. A junction (a state
 * the machine passes through) is a small diamond on that lane: the edges into it run down
 * the lane, and the edges out of it go on down the lane and branch off to their nodes;
 * one that leads back up the page rises beside the lane. The route taken has arrowheads.
 * Nothing here knows a question's name: a question added to the machine takes its place
 * with no edit.
 */

/**
 * A box is wide enough for the longest label at the element's text size, in bold, with 10
 * units to spare at each end ("Agir sans consentement": 259 units at 19); its labels are
 * 19 units, the text's size at the map's full scale (route-map-styles.ts).
 */
const NODE_W = 280;
const NODE_H = 38;
const ROW = 48;
const LEFT = 30;
const SET_IN = 18;
const LANE = LEFT + SET_IN + NODE_W + 22;
/** Where an edge back up the page rises: beside the lane, so that the way up and the way down are told apart. */
const BACK_LANE = LANE + 14;
const WIDTH = BACK_LANE + 6;
const OUTCOME_IN = 26;
/** The side of a junction's diamond before it is turned; its row is this high. */
const JUNCTION = 10;
const JUNCTION_H = 16;
/** How far above a node's middle an edge back up the page comes in. */
const BACK_RISE = 9;
/** The gap between the current node and the ring around it: within the 10 units between rows. */
const HERE = 4;

export interface PlacedNode {
  id: string;
  kind: RouteNodeKind;
  /** The state's description in the machine, if any. */
  description?: string;
  x: number;
  y: number;
  setIn: boolean;
}

export interface PlacedEdge {
  from: string;
  to: string;
  shape: 'next' | 'skip' | 'exit' | 'branch' | 'outcome' | 'back';
  d: string;
}

export interface RouteLayout {
  nodes: PlacedNode[];
  edges: PlacedEdge[];
  width: number;
  height: number;
}

/**
 * The edges that lead back to a node the route has passed: the junction of a closed route
 * asking a question that route skipped. Found depth first, in the machine's order, taking
 * a junction after the questions (a route reaches its junction from the question that
 * closed it). They are drawn, up beside the lane, but do not order the nodes.
 */
function backEdges(graph: RouteGraph): Set<RouteGraph['edges'][number]> {
  const junctions = new Set(graph.nodes.filter((n) => n.kind === 'junction').map((n) => n.id));
  const out = (id: string) => graph.edges.filter((e) => e.from === id).sort((a, b) => Number(junctions.has(a.to)) - Number(junctions.has(b.to)));
  // true while a node's descendants are being visited, false once they all are.
  const visiting = new Map<string, boolean>();
  const back = new Set<RouteGraph['edges'][number]>();
  const visit = (id: string): void => {
    visiting.set(id, true);
    for (const e of out(id)) {
      if (visiting.get(e.to) === true) back.add(e);
      else if (!visiting.has(e.to)) visit(e.to);
    }
    visiting.set(id, false);
  };
  for (const n of graph.nodes) if (!visiting.has(n.id)) visit(n.id);
  return back;
}

/**
 * The nodes so that every edge but a back edge points down the page: a topological order
 * of the route without them, ties kept in the machine's order. A question the machine asks
 * after the summary is therefore drawn below it.
 */
function topologicalOrder(graph: RouteGraph, back: Set<RouteGraph['edges'][number]>): RouteGraph['nodes'] {
  const edges = graph.edges.filter((e) => !back.has(e));
  const waiting = new Map(graph.nodes.map((n) => [n.id, 0]));
  for (const e of edges) waiting.set(e.to, (waiting.get(e.to) ?? 0) + 1);
  const order: RouteGraph['nodes'] = [];
  const left = [...graph.nodes];
  while (left.length) {
    // The first node in the machine's order with nothing still pointing to it (or, failing that, the first one).
    const i = Math.max(0, left.findIndex((n) => waiting.get(n.id) === 0));
    const [node] = left.splice(i, 1);
    order.push(node!);
    for (const e of edges) if (e.from === node!.id) waiting.set(e.to, (waiting.get(e.to) ?? 0) - 1);
  }
  return order;
}

export function layoutRoute(graph: RouteGraph): RouteLayout {
  const guardedOnly = (id: string) => {
    const incoming = graph.edges.filter((e) => e.to === id);
    return incoming.length > 0 && incoming.every((e) => e.guard !== null);
  };
  const back = backEdges(graph);
  let y = 8;
  const nodes: PlacedNode[] = topologicalOrder(graph, back).map((n) => {
    const setIn = n.kind === 'question' && guardedOnly(n.id);
    const x = n.kind === 'junction' ? LANE : n.kind === 'outcome' ? LEFT + OUTCOME_IN : LEFT + (setIn ? SET_IN : 0);
    const placed: PlacedNode = { id: n.id, kind: n.kind, ...(n.description ? { description: n.description } : {}), x, y, setIn };
    y += heightOf(n.kind) + ROW - NODE_H;
    return placed;
  });
  const at = new Map(nodes.map((n, i) => [n.id, { ...n, row: i }]));
  const review = nodes.find((n) => n.kind === 'review');
  const defaultTarget = (from: string) => graph.edges.find((e) => e.from === from && e.guard === null)?.to;

  const seen = new Set<string>();
  const edges: PlacedEdge[] = [];
  for (const e of graph.edges) {
    const key = `${e.from}>${e.to}`;
    const a = at.get(e.from);
    const b = at.get(e.to);
    if (seen.has(key) || !a || !b) continue;
    seen.add(key);
    const mid = (n: PlacedNode) => n.y + heightOf(n.kind) / 2;
    const half = JUNCTION * Math.SQRT1_2;
    let shape: PlacedEdge['shape'];
    let d: string;
    if (back.has(e)) {
      // Out of the node's right side, up beside the lane, and into the question's right side above the way out of it.
      shape = 'back';
      d = `M${a.kind === 'junction' ? LANE + half : a.x + NODE_W} ${mid(a)} H${BACK_LANE} V${mid(b) - BACK_RISE} H${b.x + NODE_W}`;
    } else if (a.kind === 'junction') {
      shape = 'branch';
      d = `M${LANE} ${mid(a) + half} V${mid(b)} H${b.kind === 'junction' ? LANE : b.x + NODE_W}`;
    } else if (b.kind === 'junction') {
      shape = 'exit';
      d = `M${a.x + NODE_W} ${mid(a)} H${LANE} V${mid(b) - half}`;
    } else if (a.kind === 'review') {
      shape = 'outcome';
      d = `M${a.x + 12} ${a.y + NODE_H} V${mid(b)} H${b.x}`;
    } else if (b.kind === 'review' && defaultTarget(e.from) !== e.to && review) {
      shape = 'exit';
      d = `M${a.x + NODE_W} ${mid(a)} H${LANE} V${mid(review)} H${review.x + NODE_W}`;
    } else if (b.row === a.row + 1) {
      shape = 'next';
      d = `M${a.x + NODE_W / 2} ${a.y + NODE_H} L${b.x + NODE_W / 2} ${b.y}`;
    } else {
      shape = 'skip';
      const out = LEFT - 22;
      d = `M${a.x} ${mid(a)} C${out} ${mid(a)} ${out} ${mid(b)} ${b.x} ${mid(b)}`;
    }
    edges.push({ from: e.from, to: e.to, shape, d });
  }
  const last = nodes[nodes.length - 1];
  return { nodes, edges, width: WIDTH, height: (last ? last.y + heightOf(last.kind) : 0) + 8 };
}

const heightOf = (kind: RouteNodeKind) => (kind === 'junction' ? JUNCTION_H : NODE_H);

/**
 * The nodes and edges of a route given as the nodes a person stood on, and the junction
 * where it closed if the path says so (the machine passes junctions without stopping).
 * Two steps with no edge between them are joined through the junction that links them,
 * which is then on the route too.
 */
function routeTaken(layout: RouteLayout, path: readonly string[]): { nodes: Set<string>; edges: Set<string> } {
  const has = new Set(layout.edges.map((e) => `${e.from}>${e.to}`));
  const junctions = layout.nodes.filter((n) => n.kind === 'junction').map((n) => n.id);
  const nodes = new Set(path);
  const edges = new Set<string>();
  for (const [i, to] of path.slice(1).entries()) {
    const from = path[i]!;
    const via = has.has(`${from}>${to}`) ? undefined : junctions.find((j) => has.has(`${from}>${j}`) && has.has(`${j}>${to}`));
    if (via === undefined) edges.add(`${from}>${to}`);
    else {
      edges.add(`${from}>${via}`).add(`${via}>${to}`);
      nodes.add(via);
    }
  }
  return { nodes, edges };
}

export interface RouteMapView {
  layout: RouteLayout;
  /** Node ids of the route taken, in order (questions, the junction where it closed, then `review`, then the outcome's state). */
  path: readonly string[];
  /** Node ids of the route ahead of the current node, from it on, as far as the room had gone (training, after a jump back); empty otherwise. */
  ahead: readonly string[];
  /** The node the person is on now. */
  current: string | null;
  label(node: PlacedNode): string;
  /** The text alternative: one line per step of the route taken. */
  steps: readonly RouteStep[];
  /** One line per step of the route ahead. */
  aheadSteps: readonly RouteStep[];
  /** Right to left, the map is drawn as in a mirror and each label starts at the right of its box. */
  direction: 'ltr' | 'rtl';
}

/**
 * A line of the text alternative: "Country: Portugal", or a question whose several
 * answers are listed apart below it (their labels have "and" and commas in them).
 */
export type RouteStep = string | { readonly label: string; readonly answers: readonly string[] };

function renderRouteMap({ layout, path, ahead, current, label, steps, aheadSteps, direction }: RouteMapView): TemplateResult {
  const rtl = direction === 'rtl';
  // Right to left, the shapes are drawn as in a mirror (set-in questions and the lane to the
  // check on the other side, as a right-to-left reader expects); the labels are not mirrored,
  // but placed at the right of their mirrored boxes.
  const mirror = rtl ? `matrix(-1 0 0 1 ${layout.width} 0)` : nothing;
  const { nodes: onPath, edges: taken } = routeTaken(layout, path);
  // From the current node on, which is on the route taken too: its class says "taken" first.
  const { nodes: onAhead, edges: toCome } = routeTaken(layout, ahead);
  const kindOf = (e: PlacedEdge) => (taken.has(`${e.from}>${e.to}`) ? 'taken' : toCome.has(`${e.from}>${e.to}`) ? 'ahead' : '');
  const rank = { '': 0, ahead: 1, taken: 2 };
  // The route taken is drawn last, over the lines it shares with others; the route ahead before it.
  const edges = [...layout.edges].sort((a, b) => rank[kindOf(a)] - rank[kindOf(b)]);
  return html`<figure class="route-map" part="route-map">
    <svg
      class="route-map-svg"
      role="img"
      aria-labelledby="route-map-title"
      aria-describedby="route-map-desc"
      viewBox="0 0 ${layout.width} ${layout.height}"
      width=${layout.width}
      height=${layout.height}
    >
      <title id="route-map-title">${mapText.title()}</title>
      <desc id="route-map-desc">${mapText.desc()}${layout.nodes.some((n) => n.kind === 'junction') ? ` ${junctionText.desc()}` : ''}${onAhead.size ? ` ${aheadText.desc()}` : ''} ${mapText.listed()}</desc>
      <defs>
        <marker id="route-map-arrow" viewBox="0 0 10 10" refX="9" refY="5" markerWidth="3" markerHeight="3" orient="auto">
          <path class="arrow" d="M0 0 L10 5 L0 10 Z"></path>
        </marker>
      </defs>
      ${edges.map((e) => {
        const on = kindOf(e);
        return svg`<path class="edge ${e.shape}${on && ` ${on}`}" d=${e.d} transform=${mirror} marker-end=${on === 'taken' ? 'url(#route-map-arrow)' : nothing} data-from=${e.from} data-to=${e.to}></path>`;
      })}
      ${layout.nodes.map(
        (n) => svg`<g class="node ${n.kind}${n.setIn ? ' set-in' : ''}${onPath.has(n.id) ? ' taken' : onAhead.has(n.id) ? ' ahead' : ''}${n.id === current ? ' current' : ''}" data-node=${n.id}>
          ${n.kind === 'junction' ? junction(n, label(n), mirror) : svg`<rect x=${n.x} y=${n.y} width=${NODE_W} height=${NODE_H} transform=${mirror}></rect>
          <text x=${rtl ? layout.width - n.x - 10 : n.x + 10} y=${n.y + NODE_H / 2} text-anchor=${rtl ? 'end' : 'start'}>${label(n)}</text>`}
          ${n.id === current ? here(n, mirror) : nothing}
        </g>`,
      )}
    </svg>
    <figcaption class="route-path">
      <span class="route-path-title">${mapText.path()}</span>
      <ol>
        ${steps.map((s, i) => stepLine(s, i === steps.length - 1))}
      </ol>
      ${aheadSteps.length
        ? // Apart, under a title of its own, so that a screen reader hears which steps are still to come, not by their style alone.
          html`<span class="route-path-title">${aheadText.title()}</span>
            <ol class="route-ahead" start=${steps.length + 1}>
              ${aheadSteps.map((s) => stepLine(s, false))}
            </ol>`
        : nothing}
    </figcaption>
  </figure>`;
}

/** A line of the text alternative; the one where the person stands is the current step. */
function stepLine(s: RouteStep, here: boolean): TemplateResult {
  const current = here ? 'step' : nothing;
  return typeof s === 'string' ? html`<li aria-current=${current}>${s}</li>` : html`<li aria-current=${current}>${s.label}${answerList(s.answers)}</li>`;
}

/**
 * A ring around the node the person is on: "you are here" by its shape, not by its fill
 * alone, which a washed-out projector, a greyscale printout or a reader who does not see
 * the colour may lose.
 */
function here(n: PlacedNode, mirror: string | typeof nothing) {
  return svg`<rect class="here" x=${n.x - HERE} y=${n.y - HERE} width=${NODE_W + 2 * HERE} height=${NODE_H + 2 * HERE} transform=${mirror}></rect>`;
}

/** A junction: a small diamond (a square turned on its corner) named by a tooltip, not by text on the map. */
function junction(n: PlacedNode, name: string, mirror: string | typeof nothing) {
  const cy = n.y + JUNCTION_H / 2;
  const turn = `rotate(45 ${n.x} ${cy})`;
  return svg`<title>${name}</title>
    <rect x=${n.x - JUNCTION / 2} y=${cy - JUNCTION / 2} width=${JUNCTION} height=${JUNCTION} rx="1" transform=${mirror === nothing ? turn : `${mirror} ${turn}`}></rect>`;
}

/**
 * What the Protocol says happens once a complaint is sent, under the outcomes (a room took
 * "May complain" for the end of the route): fixed, the same on every route, and not a step of
 * the wizard, so a quiet list, with nothing to press. In the Protocol's order, by article.
 */
const AFTER: readonly (readonly [article: string, text: () => string])[] = [
  ['5', afterText.art5],
  ['6', afterText.art6],
  ['7', afterText.art7],
  ['8', afterText.art8],
  ['9', afterText.art9],
  ['11', afterText.art11],
];

/**
 * `inquiries`: the country chosen, by name, when the data says it accepted the inquiry
 * procedure (art. 11(1)); the list says so under art. 11, where a room otherwise learns only
 * that some countries have.
 */
function afterComplaint(level: number, f: Formatting, inquiries: string | null): TemplateResult {
  return html`<section class="route-after" part="route-after" aria-labelledby="route-after-heading">
    ${subheading(level, html`<span id="route-after-heading">${afterText.title()}</span>`, 'route-after-title')}
    <ol class="route-after-steps">
      ${AFTER.map(
        ([article, text]) => html`<li data-article=${article}>
          <span class="route-after-article">${articleLabel(article, f.locale)}</span>
          <span class="route-after-text">${text()}${article === '11' && inquiries ? ` ${afterText.art11Accepted(inquiries)}` : ''}</span>
        </li>`,
      )}
    </ol>
  </section>`;
}

/** The machine's route, read once: a question added to the machine appears with no edit here. */
const ROUTE = routeGraph();
const ROUTE_LAYOUT = layoutRoute(ROUTE);
/** The junction a question's answer can take the route through (`closed`, where it closes), by question. */
const INTO_JUNCTION = new Map(
  ROUTE.edges.filter((e) => ROUTE.nodes.some((n) => n.id === e.to && n.kind === 'junction')).map((e) => [e.from, e.to]),
);

export interface RouteMapState {
  step: Step;
  /** The route so far: the questions asked, the answers, and the data they were checked against. */
  context: Pick<EngineContext, 'trail' | 'answers' | 'env'>;
  f: Formatting;
  /** Given: the map is a section with its own heading at this level (beside the wizard). */
  headingLevel?: number;
  /**
   * Without a heading of its own (on the result page, "Show the route map"): the level of the
   * heading over what happens after a complaint is sent, the result's own subheadings' level.
   * With one, a level below it.
   */
  innerLevel?: number;
  /**
   * Training: the questions to jump to (TrainingSession.route()), the trail and, after a
   * jump back, the questions past the one shown as far as the room had gone. Those are
   * drawn as the route ahead, so that the map and the list to jump to show one route.
   */
  route?: readonly QuestionId[];
}

/** The route map of where the wizard stands: the trail, then the check of answers, then the outcome; in training, the route ahead. */
export function routeMapFor({ step, context, f, headingLevel, innerLevel = 3, route = [] }: RouteMapState): TemplateResult {
  const { trail, answers } = context;
  const outcomeNode = step.kind === 'result' ? ROUTE.nodes.find((n) => outcomeOfState(n.id) === step.outcome)?.id : undefined;
  const reviewNode = ROUTE.nodes.find((n) => n.kind === 'review')?.id;
  // A route closed only for now (the courts first): the outcome reached is "not yet", as the result's title says.
  const notYet = step.kind === 'result' && closedForNow(routeReasons(context)) !== null;
  const outcomeLabel = (outcome: Outcome): string => (notYet && outcome === step.outcome ? mapText.notYet() : mapOutcomeLabel(outcome));
  const beyond = step.kind === 'question' ? [] : [reviewNode, outcomeNode].filter((id): id is string => id !== undefined);
  const current = step.kind === 'question' ? step.question : (beyond[beyond.length - 1] ?? null);
  // The route replays the trail's answers, so it starts with the trail; on the summary or the result the trail is all of it.
  const ahead = step.kind === 'question' ? route.slice(trail.length) : [];
  const full = [...trail, ...ahead];
  const stepOf = (q: QuestionId): RouteStep => {
    if (answers[q] === undefined || q === current) return mapLabel(q);
    const labels = answerLabels(q, answers[q], f);
    return labels.length === 1 ? mapText.step(mapLabel(q), labels[0]!) : { label: mapLabel(q), answers: labels };
  };
  // Where the route closed, as the diamond on the map shows: after the first answer that
  // closed it and could lead through the junction. Questions always follow a closure (the
  // fit questions on disability and unfair treatment at least), so it is never the last.
  const closes = (i: number) => i > 0 && INTO_JUNCTION.has(full[i - 1]!) && closedAfter({ ...context, trail: full }, i);
  const closedAt = [...full.keys()].find(closes) ?? -1;
  // The junction there, which a route taking its usual next question would not show (routeTaken).
  const junction = INTO_JUNCTION.get(full[closedAt - 1]!);
  const asked = closedAt > 0 && junction ? [...full.slice(0, closedAt), junction, ...full.slice(closedAt)] : full;
  // Split where the person stands: the route ahead starts there.
  const here = step.kind === 'question' ? asked.indexOf(step.question) + 1 : asked.length;
  const lines = (from: number, to: number) => full.slice(from, to).flatMap((q, j) => (from + j === closedAt ? [mapText.closedHere(), stepOf(q)] : [stepOf(q)]));
  const steps = [
    ...lines(0, trail.length),
    ...(step.kind === 'question' ? [] : [mapText.review()]),
    ...(step.kind === 'result' ? [outcomeLabel(step.outcome)] : []),
  ];
  const map = renderRouteMap({
    layout: ROUTE_LAYOUT,
    path: [...asked.slice(0, here), ...beyond],
    ahead: ahead.length ? asked.slice(here - 1) : [],
    current,
    label: ({ id, kind, description }) => {
      const outcome = outcomeOfState(id);
      if (kind === 'junction') return junctionLabel(id, description);
      return kind === 'question' ? mapLabel(id) : kind === 'outcome' && outcome ? outcomeLabel(outcome) : mapText.review();
    },
    steps,
    aheadSteps: ahead.length ? lines(trail.length, full.length) : [],
    direction: directionOf(supportedLocale(f.locale)),
  });
  const state = typeof answers.state === 'string' ? context.env.partyByCode.get(answers.state) : undefined;
  const inquiries = state?.article11 === true ? f.countryInText(state.code, true) : null;
  return headingLevel === undefined
    ? html`${map}${afterComplaint(innerLevel, f, inquiries)}`
    : // A Tab stop where it scrolls on its own (training-styles.ts): followCurrent decides.
      html`<section class="route-map-panel" aria-labelledby="route-map-heading" ${followCurrent(current)}>
        ${subheading(headingLevel, html`<span id="route-map-heading">${mapText.heading()}</span>`)} ${map} ${afterComplaint(headingLevel + 1, f, inquiries)}
      </section>`;
}
