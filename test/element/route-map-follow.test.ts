import { expect } from '@open-wc/testing';
import { html, render } from 'lit';
import { followCurrent, showCurrentStep } from '../../src/element/route-map-follow.js';
import { nextFrame } from '../support/watchdog.js';

/*
 * The training map's own scroll keeps its current step in the middle of the part of the
 * panel on screen (route-map-follow.ts). Here on a plain panel of 40 steps, 50px each, so
 * that each edge of "the part on screen" can be set apart: the sticky exit bar above it
 * (the panel's scroll margin), the screen's bottom below it.
 */

/** A fixed panel at `top`, `height` tall, below a bar `margin` tall. */
function panel(top: number, height: number, { margin = 0 } = {}): HTMLElement {
  const el = document.body.appendChild(document.createElement('div'));
  Object.assign(el.style, { position: 'fixed', top: `${top}px`, left: '0', width: '200px', height: `${height}px`, overflowY: 'auto', scrollMarginBlockStart: `${margin}px` });
  return el;
}

const steps = (current: number) => html`${Array.from({ length: 40 }, (_, i) => html`<div class=${i === current ? 'node current' : 'node'} style="block-size: 50px"></div>`)}`;

/** The current step's middle, on screen. */
const middleOf = (el: HTMLElement) => {
  const box = el.querySelector('.node.current')!.getBoundingClientRect();
  return (box.top + box.bottom) / 2;
};

/**
 * After the render: followCurrent scrolls once the step is drawn (a microtask), and again at
 * its size observer's first report, which comes after the next frame's animation callbacks.
 */
const drawn = async (): Promise<void> => {
  await nextFrame();
  await nextFrame();
};

describe('the route map follows its current step (training, 64em and wider)', () => {
  let el: HTMLElement;
  afterEach(() => el.remove());

  it('scrolls the panel, from where it was, to put the step in its middle', () => {
    el = panel(0, 400);
    render(steps(20), el);
    el.scrollTop = 300;
    showCurrentStep(el);
    expect(middleOf(el)).to.be.closeTo(200, 1);
    expect(scrollY, 'the page did not move').to.equal(0);
  });

  it('counts the part under the sticky exit bar out: the middle of what shows below it', () => {
    el = panel(0, 400, { margin: 100 });
    render(steps(20), el);
    showCurrentStep(el);
    expect(middleOf(el)).to.be.closeTo(250, 1);
  });

  it('counts the part below the screen out: the middle of what shows above its bottom', () => {
    el = panel(innerHeight - 200, 600);
    render(steps(20), el);
    showCurrentStep(el);
    expect(middleOf(el)).to.be.closeTo(innerHeight - 100, 1);
  });

  it('follows a new current step once it is drawn, and leaves the trainer’s own scrolling alone while the step stays', async () => {
    el = panel(0, 400);
    const draw = (current: number) => render(html`<div style="block-size: 100%; overflow-y: auto" ${followCurrent(String(current))}>${steps(current)}</div>`, el);
    draw(30);
    await drawn();
    const inner = el.firstElementChild as HTMLElement;
    expect(middleOf(inner), 'the first step').to.be.closeTo(200, 1);
    // Drawn again with the same step (another part of the element changed): the map stays where the trainer put it.
    inner.scrollTop = 0;
    draw(30);
    await drawn();
    expect(inner.scrollTop, 'not brought back').to.equal(0);
    // Back to an early step from far down: the step drawn now, not the one before.
    inner.scrollTop = inner.scrollHeight;
    draw(2);
    await drawn();
    const box = inner.querySelector('.node.current')!.getBoundingClientRect();
    expect(box.top, 'the new step in view').to.be.at.least(0);
    expect(box.bottom).to.be.at.most(400);
  });

  it('is a Tab stop only while it has a scroll of its own, looked at again when it is drawn again with the same step (another language, longer words)', async () => {
    el = panel(0, 400);
    const draw = (count: number) =>
      render(html`<div style="block-size: 100%; overflow-y: auto" ${followCurrent('1')}>${Array.from({ length: count }, (_, i) => html`<div class=${i === 1 ? 'node current' : 'node'} style="block-size: 50px"></div>`)}</div>`, el);
    draw(4);
    await drawn();
    const inner = el.firstElementChild as HTMLElement;
    expect(inner.hasAttribute('tabindex'), 'all of it in view: no Tab stop').to.equal(false);
    // The same step, in a panel of the same size, whose contents now scroll.
    draw(40);
    await drawn();
    expect(inner.getAttribute('tabindex'), 'a scroll of its own').to.equal('0');
    draw(4);
    await drawn();
    expect(inner.hasAttribute('tabindex'), 'no scroll any more').to.equal(false);
  });
});
