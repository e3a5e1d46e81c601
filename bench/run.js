// `npm run bench` (after `npm run build`): one table with
//  - assess() throughput in Node (bench/assess.bench.js, against dist/core);
//  - page load to the first question, median of many loads in headless Chromium: the
//    one-file embed next to a bare Lit element rendering the same markup with the same
//    styles, bundled the same way, in the same run; and next to a bare element that, like
//    the embed, names the countries with Intl and builds their options. Timed from the module's first
//    statement (a performance.mark prepended to a copy of each file in dist/bench/), and
//    from the <script> tag (adding fetching and compiling);
//  - answer → next question rendered (submit → updateComplete), median and p95.
// It prints figures and never fails on them.
import { mkdir, writeFile } from 'node:fs/promises';
import { cpus } from 'node:os';
import { fileURLToPath } from 'node:url';
import { build } from 'vite';
import { benchAssess } from './assess.bench.js';
import { serveStatic } from '../scripts/static-server.js';
import { ES_EVICTION, fillCurrentQuestion, launchBrowser } from '../scripts/embed-driver.js';
import { markedEmbed, MODULE_START } from './marked-embed.js';

const ROOT = fileURLToPath(new URL('..', import.meta.url)).replace(/\/$/, '');
const LOADS = 60;
const ROUTES = 30;

const median = (xs) => quantile(xs, 0.5);
function quantile(xs, q) {
  const sorted = [...xs].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)];
}
const ms = (x) => `${x.toFixed(2)} ms`;
/** The 25th to 75th percentile of embed ÷ bare over the interleaved pairs of loads: how much one run's ratio can move. */
const spread = (embed, bare) => {
  const ratios = embed.map((t, i) => t / bare[i]);
  return `${quantile(ratios, 0.25).toFixed(2)}–${quantile(ratios, 0.75).toFixed(2)}×`;
};

/** The first question's markup and styles, as the embed renders them (Lit's markers removed). */
async function firstQuestion(page, origin) {
  await page.goto(`${origin}/bench/pages/embed.html`);
  await page.waitForFunction(() => window.t1 !== undefined);
  return page.evaluate(() => {
    const el = document.querySelector('op-eligibility');
    return {
      markup: el.shadowRoot.innerHTML.replace(/<!--[^]*?-->/g, ''),
      css: el.constructor.elementStyles.map((sheet) => sheet.cssText).join('\n'),
    };
  });
}

/** A country's <option> as the embed's first question serializes it. */
const COUNTRY_OPTION = /<option value="([A-Z]{2})"[^>]*>[^<]*<\/option>/g;

/**
 * The two bare Lit elements, bundled and minified like the embed:
 * - dist/bench/bare-element.js: its template is the first question's markup, the country
 *   names and options included as static HTML (the comparison issue 5 asks for);
 * - dist/bench/bare-intl-element.js: the same, but it names the countries with
 *   Intl.DisplayNames, sorts them with Intl.Collator and builds their options with
 *   `new Option()`, as any page must that shows them in the reader's language. Against it,
 *   the embed's ratio is what the element itself adds.
 */
async function buildBareElements({ markup, css }) {
  const literal = (text) => text.replace(/\\/g, '\\\\').replace(/`/g, '\\`').replace(/\$\{/g, '\\${');
  const dir = `${ROOT}/dist/bench`;
  await mkdir(dir, { recursive: true });
  const codes = [...markup.matchAll(COUNTRY_OPTION)].map(([, code]) => code).sort();
  const [before, ...rest] = markup.split(COUNTRY_OPTION);
  // split() with a capturing group interleaves the codes with what lies between the options (nothing).
  const after = rest.at(-1);
  if (rest.some((part, i) => i % 2 === 1 && i < rest.length - 1 && part !== '')) throw new Error('the country options are not one run');
  const element = (name, template, setup = '') => `import { css, html, LitElement } from 'lit';
customElements.define('${name}', class extends LitElement {
  static styles = css\`${literal(css)}\`;
  render() { ${setup}return html\`${template}\`; }
  firstUpdated() { this.dispatchEvent(new Event('bare-rendered', { bubbles: true, composed: true })); }
});
`;
  const intlSetup = `const names = new Intl.DisplayNames('en', { type: 'region' }), collator = new Intl.Collator('en');
    const options = document.createDocumentFragment();
    for (const { code, name } of ${JSON.stringify(codes)}.map((code) => ({ code, name: names.of(code) })).sort((a, b) => collator.compare(a.name, b.name)))
      options.append(new Option(name, code));
    `;
  const bundles = [
    ['bare-element', element('bare-question', literal(markup))],
    ['bare-intl-element', element('bare-question', `${literal(before)}\${options}${literal(after)}`, intlSetup)],
  ];
  for (const [file, source] of bundles) {
    await writeFile(`${dir}/${file}-entry.js`, source);
    await build({
      configFile: false,
      root: ROOT,
      logLevel: 'warn',
      publicDir: false,
      build: {
        outDir: dir,
        emptyOutDir: false,
        target: 'es2022',
        lib: { entry: `${dir}/${file}-entry.js`, formats: ['es'], fileName: () => `${file}.js` },
        rollupOptions: { output: { minify: true, banner: MODULE_START } },
      },
    });
  }
}

const PAGES = ['embed', 'bare', 'bare-intl'];

/**
 * For each of `loads` loads of each page, interleaved: milliseconds to the first question
 * in the DOM, from the module's first statement and from its <script> tag.
 */
async function pageLoads(page, origin, loads) {
  const times = Object.fromEntries(PAGES.map((name) => [name, { module: [], tag: [] }]));
  for (let i = 0; i < loads + 2; i++) {
    for (const name of PAGES) {
      await page.goto(`${origin}/bench/pages/${name}.html`);
      await page.waitForFunction(() => window.t1 !== undefined);
      const t = await page.evaluate(() => ({
        module: window.t1 - performance.getEntriesByName('module-start')[0].startTime,
        tag: window.t1 - window.t0,
      }));
      if (i < 2) continue; // the first two loads warm the browser up
      times[name].module.push(t.module);
      times[name].tag.push(t.tag);
    }
  }
  return times;
}

/** Milliseconds from submitting an answer to the next step rendered, over `routes` complete routes. */
async function answerTimes(page, origin, routes) {
  await page.goto(`${origin}/bench/pages/embed.html`);
  await page.waitForFunction(() => window.t1 !== undefined);
  await page.addScriptTag({ content: `window.fillCurrentQuestion = ${fillCurrentQuestion}` });
  return page.evaluate(
    async (answers, routes) => {
      const el = document.querySelector('op-eligibility');
      const root = el.shadowRoot;
      const times = [];
      let question = 'state';
      document.addEventListener('op-eligibility-step', (event) => {
        question = event.detail.step.kind === 'question' ? event.detail.step.question : event.detail.step.kind;
      });
      for (let route = 0; route <= routes; route++) {
        while (question in answers) {
          window.fillCurrentQuestion(answers[question]);
          const form = root.querySelector('form');
          const start = performance.now();
          form.requestSubmit();
          await el.updateComplete;
          if (route > 0) times.push(performance.now() - start); // route 0 warms up
        }
        root.querySelector('[part~="confirm"]').click();
        await el.updateComplete;
        root.querySelector('[part~="restart"]').click();
        await el.updateComplete;
      }
      return times;
    },
    ES_EVICTION,
    routes,
  );
}

const [parseRow, assessRow] = benchAssess();
const server = await serveStatic(ROOT);
const browser = await launchBrowser();
try {
  const page = await browser.newPage();
  await page.setCacheEnabled(false);
  await markedEmbed(ROOT);
  await buildBareElements(await firstQuestion(page, server.origin));
  const loads = await pageLoads(page, server.origin, LOADS);
  const answers = await answerTimes(page, server.origin, ROUTES);
  const n = loads.embed.module.length;
  const [embed, bare] = [median(loads.embed.module), median(loads.bare.module)];
  const [embedTag, bareTag] = [median(loads.embed.tag), median(loads.bare.tag)];
  const bareIntl = median(loads['bare-intl'].module);

  console.log(
    `op-eligibility benchmark — ${await browser.version()} headless, Node ${process.version}, ${cpus().length} CPUs (${cpus()[0]?.model.trim()})`,
  );
  console.table([
    { measure: 'assess() in Node: records per second (median of 9 rounds)', figure: assessRow['per second (median of 9)'], target: '≥ 50,000' },
    { measure: 'assess() in Node: records per second (fastest round)', figure: assessRow['per second (fastest round)'], target: '' },
    { measure: 'parseAnswers() in Node: records per second (median)', figure: parseRow['per second (median of 9)'], target: '' },
    { measure: `module start → first question: embed, median of ${n} loads`, figure: ms(embed), target: '' },
    { measure: `module start → same markup: bare Lit element, median of ${n}`, figure: ms(bare), target: '' },
    { measure: 'embed ÷ bare Lit element', figure: `${(embed / bare).toFixed(2)}×`, target: '≤ 1.5×' },
    { measure: 'embed ÷ bare, load by load: middle half of the ratios', figure: spread(loads.embed.module, loads.bare.module), target: '' },
    { measure: `module start → same question, names from Intl, options built: bare Lit element, median of ${n}`, figure: ms(bareIntl), target: '' },
    { measure: 'embed ÷ that bare element (what the element itself adds)', figure: `${(embed / bareIntl).toFixed(2)}×`, target: '' },
    { measure: 'embed ÷ that bare element, load by load: middle half', figure: spread(loads.embed.module, loads['bare-intl'].module), target: '' },
    { measure: `<script> tag → first question (+ fetch, compile): embed, median of ${n}`, figure: ms(embedTag), target: '' },
    { measure: `<script> tag → same markup: bare Lit element, median of ${n}`, figure: ms(bareTag), target: '' },
    { measure: 'embed ÷ bare Lit element, from the tag', figure: `${(embedTag / bareTag).toFixed(2)}×`, target: '' },
    { measure: `answer → next question rendered: median of ${answers.length}`, figure: ms(median(answers)), target: '≤ 4 ms' },
    { measure: 'answer → next question rendered: p95', figure: ms(quantile(answers, 0.95)), target: '≤ 8 ms' },
  ]);
} finally {
  await browser.close();
  await server.close();
}
