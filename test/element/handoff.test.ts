import { expect, waitUntil } from '@open-wc/testing';
import { emulateMedia } from '@web/test-runner-commands';
import * as z from 'zod/mini';
import { answersSchema, assessmentSchema, createEnvironment, OP_ELIGIBILITY_VERSION, QUESTION_KINDS, type Assessment, type OpEligibility } from '../../src/index.js';
import { $, $$, answer, answerEach, confirm, CDP, liveText, make, nextStepCodes, onPaperOnly, openRouteMap, reachResult, record } from './helpers.js';
import { mandateTitle } from '../../src/element/route-messages.js';
import { OTHER_ROUTES } from '../../src/data/other-routes.js';
import { RULES } from '../../src/core/rules.js';
import { ROUTES } from './paths.js';
import { click, copyWith, downloaded } from './training-helpers.js';


const FORM_SECTIONS = ['state', 'author', 'facts', 'rights', 'remedies', 'other-procedures', 'interim-measures', 'confidentiality'];
/** Every answer of a route that stays open (Spain, water, facts in 2025). */
const OPEN_ROUTE = { state: 'ES', jurisdiction: 'yes', author: 'self', rights: ['water'], urgency: 'no', factsDate: '2025-01-01', remedies: 'exhausted', finalDecisionDate: '2025-09-01', otherProcedure: 'none', identity: 'named', evidence: 'documents' };
const sectionIds = (el: OpEligibility) => $$(el, '.handoff-section').map((s) => s.dataset['section']);

async function resultOf(route: keyof typeof ROUTES, lang?: string): Promise<{ el: OpEligibility; assessment: Assessment }> {
  const el = await make({ lang });
  const events = record(el);
  await reachResult(el, route);
  expect(events.complete).to.have.length(1);
  return { el, assessment: events.complete[0]!.detail.assessment as Assessment };
}

/** Every string in the JSON, with where it is. */
function strings(value: unknown, path = ''): [string, string][] {
  if (typeof value === 'string') return [[path, value]];
  if (Array.isArray(value)) return value.flatMap((v, i) => strings(v, `${path}.${i}`));
  if (value && typeof value === 'object') return Object.entries(value).flatMap(([k, v]) => strings(v, `${path}.${k}`));
  return [];
}

describe('hand-off summary', () => {
  it('names the country in its reasons as the result does: "The United States has not joined…"', async () => {
    const { el } = await resultOf('not-available');
    const reasons = $(el, '.handoff-section[data-section="reasons"]')!.textContent!.replace(/\s+/g, ' ');
    expect(reasons).to.include('The United States has not joined the Optional Protocol.');
  });

  it('has every section of the UN model form, then the outcome, the reasons by article and the dates', async () => {
    const { el, assessment } = await resultOf('likely-admissible');
    expect(sectionIds(el)).to.deep.equal([...FORM_SECTIONS, 'outcome', 'reasons', 'next-steps', 'dates']);
    const text = (id: string) => $(el, `.handoff-section[data-section="${id}"]`)!.textContent!.replace(/\s+/g, ' ');
    expect(text('state')).to.include('Spain');
    expect(text('remedies')).to.include('December 1, 2025').and.include('December 1, 2026');
    expect(text('rights')).to.include('Housing');
    const reasons = $$(el, '.handoff-section[data-section="reasons"] dt').map((dt) => dt.textContent!.trim());
    // All good to know on this route: the result's order, by weight, is the engine's.
    expect(reasons.map((r) => r.split(' · ')[0])).to.deep.equal(assessment.reasons.map((r) => `Article ${r.article}`));
    expect(text('dates')).to.include('March 1, 2026').and.include('February 3, 2026').and.include(`op-eligibility ${OP_ELIGIBILITY_VERSION}`);
    // Every answer on the route is in the summary, once.
    const answered = $$(el, '.handoff-row[data-question]').map((r) => r.dataset['question']);
    expect([...answered].sort()).to.deep.equal([...assessment.questions].sort());
  });

  for (const route of ['not-admissible', 'needs-review'] as const) {
    it(`lists the reasons in the result’s order (${route}), what stops the complaint or needs checking first, on the sheet and in the copied text`, async () => {
      const { el } = await resultOf(route);
      const onResult = $$(el, '[part="reasons"] .reason').map((li) => `${li.querySelector('.article')!.textContent!.trim()} · ${li.querySelector('.tag')!.textContent!.trim()}`);
      // This not-admissible path waits for the courts (art. 3(1)): closed only for now, "Not yet".
      expect(onResult[0]).to.match(route === 'not-admissible' ? / · Not yet$/ : / · Needs checking$/);
      expect($$(el, '.handoff-section[data-section="reasons"] dt').map((dt) => dt.textContent!.trim())).to.deep.equal(onResult);
      let written = '';
      await copyWith(el, async (t) => void (written = t));
      const copied = written.split('\n').filter((line) => line.startsWith('Article '));
      expect(copied.map((line) => line.slice(0, line.indexOf(': ')))).to.deep.equal(onResult);
    });
  }

  it('tags the reason that closes the route as such (not-available), first, on the result and the sheet: not as a bar the person could lift', async () => {
    const { el } = await resultOf('not-available');
    const first = $(el, '[part="reasons"] .reason')!;
    expect(first.dataset['severity']).to.equal('unavailable');
    expect(first.querySelector('.tag')!.textContent!.trim()).to.equal('Route closed');
    expect($(el, '.handoff-section[data-section="reasons"] dt')!.textContent!.trim()).to.match(/ · Route closed$/);
  });

  it('says whether the State was a party on the screening’s date, and from when the Protocol applies there', async () => {
    let nextSteps: string[] = [];
    const partyRow = async (asOf: string) => {
      // On a route still open on that day, every question is answered.
      const answers = asOf < '2025-05-19' ? { state: 'AL', rights: ['food'], urgency: 'no', child: 'no', disability: 'no', grounds: ['none'] } : { ...OPEN_ROUTE, state: 'AL', factsDate: asOf, finalDecisionDate: asOf };
      const el = await make({ asOf, answers });
      await confirm(el);
      const row = $$(el, '.handoff-row').find((r) => r.querySelector('dt')!.textContent === 'Party to the Optional Protocol')!;
      nextSteps = $$(el, '.handoff-section[data-section="next-steps"] li').map((li) => li.textContent!.trim());
      return row.querySelector('dd')!.textContent!.trim();
    };
    // Albania deposited on 19 February 2025; the Protocol applies there from 19 May 2025. A case file needs both.
    expect(await partyRow('2025-02-18')).to.equal('No');
    // Joined, not yet bound: "Yes" would read as a complaint that can be sent today.
    expect(await partyRow('2025-02-19')).to.equal('Not yet (accession on February 19, 2025); the Protocol applies there from May 19, 2025');
    expect(await partyRow('2025-05-18')).to.equal('Not yet (accession on February 19, 2025); the Protocol applies there from May 19, 2025');
    // Waiting for that day must not read as time to spare: the year after the final decision runs meanwhile.
    expect(nextSteps).to.include(
      'From May 19, 2025, you may be able to complain to the Committee. It can look at what happens, or is still going on, from that day on. Keep your papers and be ready. A complaint must normally be sent within one year of the final decision in your country.',
    );
    expect(await partyRow('2025-05-19')).to.equal('Yes (accession on February 19, 2025); the Protocol applies there from May 19, 2025');
  });

  it('says whether the State ratified the Protocol or acceded to it, as the States-Parties table says, in each language, with one colon on the copied line', async () => {
    // Belgium signed, then ratified on 20 May 2014; Germany acceded without signing on 20 April 2023 (UN Treaty Collection IV-3-a).
    const said = {
      en: { BE: 'Yes (ratification on May 20, 2014); the Protocol applies there from August 20, 2014', DE: 'Yes (accession on April 20, 2023); the Protocol applies there from July 20, 2023' },
      fr: {
        BE: 'Oui (ratification le 20 mai 2014)\u00a0; le Protocole s’y applique à partir du 20 août 2014',
        DE: 'Oui (adhésion le 20 avril 2023)\u00a0; le Protocole s’y applique à partir du 20 juillet 2023',
      },
      es: { BE: 'Sí (ratificación el', DE: 'Sí (adhesión el' },
      ar: { BE: 'نعم (التصديق في', DE: 'نعم (الانضمام في' },
    } as const;
    for (const [lang, byState] of Object.entries(said)) {
      for (const [state, words] of Object.entries(byState)) {
        const el = await make({ lang, asOf: '2026-03-01', answers: { ...OPEN_ROUTE, state } });
        await confirm(el);
        const row = $$(el, '.handoff-section[data-section="state"] .handoff-row').find((r) => !r.dataset['question'])!;
        expect(row.querySelector('dd')!.textContent!.trim(), `${lang} ${state}`).to.satisfy((v: string) => v.startsWith(words));
        let written = '';
        await copyWith(el, async (t) => void (written = t));
        // "Partie au Protocole facultatif : Oui : il l’a ratifié…" read as a slip: the label's colon is the line's only one.
        const line = written.split('\n').find((l) => l.startsWith(row.querySelector('dt')!.textContent!.trim()))!;
        expect(line.match(/:/g), `${lang} ${state}: ${line}`).to.have.length(1);
        el.remove();
      }
    }
  });

  it('keeps the result’s caution about facts the data could not confirm, on the sheet and in the copied text', async () => {
    // Finland: whether the Protocol applies from 30 April or 1 May 2014 is not confirmed.
    const el = await make({ asOf: '2026-03-01', answers: { ...OPEN_ROUTE, state: 'FI' } });
    await confirm(el);
    // Dated: a problem that began in 2025 can see that a day in 2014 hardly matters to it.
    const caution = 'One fact about this country could not be checked against an official source: the date the Protocol started to apply there (April 30, 2014). Ask someone to check it.';
    // On the result itself, under the outcome: the summary inside the result, folded, does not stand for it.
    expect($(el, '[part="outcome"] + [part="caution"]')?.textContent!.replace(/\s+/g, ' ')).to.include(caution);
    expect($(el, '.handoff-section[data-section="state"] .handoff-note')?.textContent).to.equal(caution);
    let written = '';
    await copyWith(el, async (t) => void (written = t));
    expect(written).to.match(new RegExp(`1\\. [^\\n]+\\n${caution.replace(/[.()]/g, '\\$&')}\\n`));
    // A State whose facts are confirmed gets no caution.
    const spain = (await resultOf('likely-admissible')).el;
    expect($(spain, '.handoff-section[data-section="state"] .handoff-note')).to.equal(null);
  });

  it('keeps the result’s warning that the UN’s lists may be out of date with the outcome, where the reader starts, and under the lists’ dates, on the sheet and in the copied text', async () => {
    const datesOf = async (asOf: string) => {
      const el = await make({ asOf, answers: { state: 'US', rights: ['food'], urgency: 'no', child: 'no', disability: 'no', grounds: ['none'] } });
      await confirm(el);
      let written = '';
      await copyWith(el, async (t) => void (written = t));
      const note = (id: string) => $(el, `.handoff-section[data-section="${id}"] .handoff-note`)?.textContent ?? null;
      return { onResult: $(el, '.about + [part="caution"]')?.textContent ?? '', outcome: note('outcome'), dates: note('dates'), written };
    };
    const warning = 'The UN’s lists used here may be out of date: a country may have joined or left since. Before you rely on this result, check the UN Treaty Collection website, treaties.un.org.';
    const said = warning.replace(/[.()]/g, '\\$&');
    // The shipped lists are of 3 February 2026: six months old on 3 August, too old the day after.
    const old = await datesOf('2026-08-04');
    expect(old.onResult).to.include(warning);
    // Under the dates alone, it came pages after the result it qualifies.
    expect(old.outcome).to.equal(warning);
    expect(old.written).to.match(new RegExp(`\\n\\d+\\. Outcome of this screening\\n${said}\\nYou cannot use this complaint route: `));
    // The regional bodies' list, checked in December, comes after the screening: said after the warning.
    const later = (day: string) => `Some dates below come after ${day}, the date of this screening: those lists were checked later. A country may have joined or left a treaty in between: check it for that date.`;
    expect(old.dates).to.equal(`${warning} ${later('August 4, 2026')}`);
    expect(old.written).to.match(new RegExp(`\\n\\d+\\. Dates\\n${said} Some dates below come after August 4, 2026, [^\\n]+\\nDate of this screening: August 4, 2026\\n`));
    const recent = await datesOf('2026-08-03');
    expect([recent.onResult, recent.outcome, recent.dates]).to.deep.equal(['', null, later('August 3, 2026')]);
    expect(recent.written).to.not.include('out of date');
  });

  it('gives each list’s source beside its date, as the host gave them: a lawyer filing cites a newer table by its own source', async () => {
    const { parties, procedures } = createEnvironment();
    const source = 'Clinic’s copy of the UN Treaty Collection, chapter IV-3-a, status as at 1 September 2026';
    const el = await make({ asOf: '2026-09-10', parties: { ...parties, source, asOf: '2026-09-01' }, answers: { state: 'US', rights: ['food'], urgency: 'no', child: 'no', disability: 'no', grounds: ['none'] } });
    await confirm(el);
    const row = (label: string) =>
      $$(el, '.handoff-section[data-section="dates"] .handoff-row').find((r) => r.querySelector('dt')!.textContent!.trim() === label);
    const items = (label: string) => [...row(label)!.querySelectorAll('dd li')].map((li) => li.textContent!.trim());
    expect(items('List of States Parties, as of')).to.deep.equal(['September 1, 2026', source]);
    expect(items('Other UN complaint procedures, as of')).to.deep.equal(['February 3, 2026', procedures.source]);
    let written = '';
    await copyWith(el, async (t) => void (written = t));
    expect(written).to.include(`List of States Parties, as of:\n  - September 1, 2026\n  - ${source}\n`);
  });

  it('marks the shipped lists’ English source as English in a French or Arabic summary, for a screen reader to say it so; a host’s own source is left in the page’s language', async () => {
    const { parties, procedures } = createEnvironment();
    for (const lang of ['fr', 'ar']) {
      const source = 'Copie de la clinique, Collection des traités, chapitre IV-3-a, au 1er septembre 2026';
      const el = await make({ lang, asOf: '2026-09-10', parties: { ...parties, source, asOf: '2026-09-01' }, answers: { state: 'US', rights: ['food'], urgency: 'no', child: 'no', disability: 'no', grounds: ['none'] } });
      await confirm(el);
      const marked = $$(el, '.handoff-section[data-section="dates"] dd [lang]').map((span) => [span.getAttribute('lang'), span.getAttribute('dir'), span.textContent]);
      expect(marked, lang).to.deep.equal([['en', 'ltr', procedures.source]]);
      const hostRow = $$(el, '.handoff-section[data-section="dates"] dd li').find((li) => li.textContent!.trim() === source);
      expect(hostRow, 'the host’s source is shown').to.exist;
      expect(hostRow!.closest('[lang]')!.getAttribute('lang'), 'in the page’s language, not marked as English').to.equal(lang);
      el.remove();
    }
  });

  it('numbers its sections on the sheet, and so on paper, as the copied text does: a clinic told "see section 10" finds it on either', async () => {
    for (const lang of ['en', 'ar']) {
      const { el } = await resultOf('not-admissible', lang);
      let written = '';
      await copyWith(el, async (t) => void (written = t));
      const onSheet = $$(el, '.handoff-section-title').map((h) => h.textContent!.trim());
      expect(onSheet, lang).to.have.length(sectionIds(el).length);
      expect(onSheet, lang).to.deep.equal(written.split('\n').filter((line) => /^\d+\. /.test(line)));
      expect(onSheet[0], lang).to.match(/^1\. /);
      el.remove();
    }
  });

  it('gives each section of the form the Protocol’s articles its questions apply, those met too, on the sheet and in the copied text, in each language', async () => {
    const titles = {
      en: [
        'State party concerned · Articles 1(1) and 2',
        'Author, victims and consent · Article 2',
        'Facts · Articles 3(2)(b) and 3(2)(e)',
        'Rights invoked · Article 3(2)(d)',
        'Exhaustion of domestic remedies · Articles 3(1) and 3(2)(a)',
        'Other international procedures · Article 3(2)(c)',
        'Interim measures · Article 5',
        'Request for confidentiality · Article 3(2)(g)',
      ],
      // The French a clinic printed: "5. Épuisement des recours internes" and "8. Demande de confidentialité" cited nothing.
      fr: [
        'État partie concerné · Articles 1 (par. 1) et 2',
        'Auteur, victimes et consentement · Article 2',
        'Faits · Articles 3 (par. 2 b)) et 3 (par. 2 e))',
        'Droits invoqués · Article 3 (par. 2 d))',
        'Épuisement des recours internes · Articles 3 (par. 1) et 3 (par. 2 a))',
        'Autres procédures internationales · Article 3 (par. 2 c))',
        'Mesures provisoires · Article 5',
        'Demande de confidentialité · Article 3 (par. 2 g))',
      ],
      // "1, párrafo 1 y 2" read as paragraphs 1 and 2 of article 1: set apart as the UN's Spanish texts do.
      es: ['Estado parte interesado · Artículos 1, párrafo 1; y 2'],
      // Two articles are the dual in Arabic, each a right-to-left run of its own.
      ar: ['الدولة الطرف المعنية · المادتان \u20671(1)\u2069 و\u20672\u2069'],
    } as const;
    for (const [lang, expected] of Object.entries(titles)) {
      // Every condition met: no reason is given for any of them, yet each section cites its article.
      const el = await make({ lang, asOf: '2026-03-01', answers: OPEN_ROUTE });
      await confirm(el);
      const onSheet = $$(el, '.handoff-section-title').slice(0, expected.length).map((h) => h.textContent!.trim());
      expect(onSheet, lang).to.deep.equal(expected.map((title, i) => `${i + 1}. ${title}`));
      let written = '';
      await copyWith(el, async (t) => void (written = t));
      for (const title of onSheet) expect(written, lang).to.include(`\n${title}\n`);
      el.remove();
    }
  });

  for (const route of Object.keys(ROUTES) as (keyof typeof ROUTES)[]) {
    it(`cites in the form’s section titles every article a reason that stops the complaint or needs checking cites (${route}): the articles the engine’s reasons cite`, async () => {
      const { el, assessment } = await resultOf(route);
      const titles = $$(el, '.handoff-section-title').slice(0, FORM_SECTIONS.length).map((h) => h.textContent!);
      const cited = titles.flatMap((t) => [...t.matchAll(/\d+(?:\(\d+\))?(?:\([a-g]\))?/g)].map((m) => m[0]).filter((a) => !/^\d\.$/.test(a)));
      for (const r of assessment.reasons.filter((r) => r.severity !== 'info')) expect(cited, `${r.code}: ${titles.join(' | ')}`).to.include(r.article);
      // The State's finding is the reason the first section cites: "1(2)" for a State that has not joined, not "1(1)".
      expect(titles[0], 'the State’s article').to.include(`Article${assessment.reasons[0]!.article === '2' ? '' : 's'} ${assessment.reasons[0]!.article}`);
    });
  }

  for (const route of ['likely-admissible', 'not-available'] as const) {
    it(`lists what to do next (${route}), as the result page does, on the sheet, on paper and in the copied text`, async () => {
      const { el, assessment } = await resultOf(route);
      const onResult = $$(el, '[part="next-steps"] li').map((li) => li.textContent!.trim());
      expect(onResult).to.have.length(assessment.nextSteps.length).and.to.have.length.above(0);
      const sheet = $(el, '.handoff-section[data-section="next-steps"]')!;
      const title = `${sectionIds(el).indexOf('next-steps') + 1}. What you can do next`;
      expect(sheet.querySelector('.handoff-section-title')!.textContent!.trim()).to.equal(title);
      expect([...sheet.querySelectorAll('ol li')].map((li) => li.textContent!.trim())).to.deep.equal(onResult);
      let written = '';
      await copyWith(el, async (t) => void (written = t));
      // Lettered and indented, so they do not read as more numbered sections.
      expect(written).to.include(`\n\n${title}\n${onResult.map((step, i) => `  ${'abcdefgh'[i]}) ${step}`).join('\n')}\n\n`);
      // WebDriver (Firefox, WebKit) cannot emulate print media: there the sheet and the copy are checked.
      if (!CDP) return;
      await emulateMedia({ media: 'print' });
      try {
        expect(getComputedStyle(sheet).display).to.not.equal('none');
      } finally {
        await emulateMedia({ media: 'screen' });
      }
    });
  }

  for (const route of ['not-admissible', 'not-available'] as const) {
    it(`lists the other places that may help (${route}) in the result’s order, with what the result says of each`, async () => {
      const { el, assessment } = await resultOf(route);
      expect(sectionIds(el).slice(-3)).to.deep.equal(['next-steps', 'other-routes', 'dates']);
      const onResult = $$(el, '[part="other-routes"] [part="route"], [part="campaign"]');
      const rows = $$(el, '.handoff-section[data-section="other-routes"] .handoff-row[data-procedure]');
      expect(rows.map((r) => r.dataset['procedure'])).to.deep.equal(onResult.map((r) => r.dataset['procedure'] ?? 'ratification-campaign'));
      expect(rows).to.have.length(assessment.routes.length);
      for (const [i, shown] of onResult.entries()) {
        const row = rows[i]!;
        const label = row.querySelector('dt')!.textContent!;
        const procedure = row.dataset['procedure']!;
        expect(label.endsWith(' · May fit your situation'), `${procedure}: ${label}`).to.equal(shown.dataset['fit'] === 'recommended');
        expect(label, procedure).to.not.match(/^[a-z0-9-_]+$/);
        const items = [...row.querySelectorAll('dd li')].map((li) => li.textContent!.trim());
        expect(items.every((item) => item !== ''), `${procedure}: an empty item`).to.equal(true);
        // Every sentence the result says of the route, but the group's heading and the forum warning, is on the row.
        // The experts by their official titles: see the test below.
        const said = [...shown.querySelectorAll('.route-covers, .route-accepted, .route-caveats li, .route-caution .warning-text, .campaign-actions li, .route-why li, p:not(.route-fit)')]
          .map((e) => e.textContent!.replace(/^\s*Warning:\s*/, '').replace(/\s+/g, ' ').trim())
          .filter(Boolean);
        const text = row.textContent!.replace(/\s+/g, ' ');
        for (const sentence of said) expect(text, `${procedure}: ${sentence}`).to.include(sentence);
        const mandates = [...shown.querySelectorAll<HTMLElement>('[data-mandate]')].map((li) => mandateTitle(li.dataset['mandate']!));
        expect(items.filter((item) => mandates.includes(item)), procedure).to.deep.equal(mandates);
      }
      const warning = $(el, '[part="forum-warning"]');
      const note = $(el, '.handoff-section[data-section="other-routes"] .handoff-note');
      expect(note?.textContent?.trim()).to.equal(warning?.querySelector('.warning-text')?.textContent!.replace(/^\s*Warning:\s*/, '').trim());
      // An open route has none.
      expect(sectionIds((await resultOf('likely-admissible')).el)).to.not.include('other-routes');
    });
  }

  // A clinic filing the summary sees how fresh what it says of each body is, as it does for the UN's lists.
  const longDate = (day: string) => new Intl.DateTimeFormat('en-US', { dateStyle: 'long', timeZone: 'UTC' }).format(new Date(day));
  const datesRow = (el: OpEligibility, label: string) =>
    $$(el, '.handoff-section[data-section="dates"] .handoff-row').find((row) => row.querySelector('dt')!.textContent!.trim() === label)?.querySelector('dd')!.textContent!.trim();
  for (const route of ['not-admissible', 'not-available'] as const) {
    it(`dates what it says of the regional bodies (${route}): under them on the result, and in the summary’s dates, by the least recently checked`, async () => {
      const { el, assessment } = await resultOf(route);
      const days = OTHER_ROUTES.regional.routes.filter((r) => r.states.includes(assessment.state!.code)).map((r) => r.asOf).sort();
      expect(days, 'the State has regional bodies').to.not.be.empty;
      const day = longDate(days[0]!);
      // Under the regional group, or under "Can act now" when the regional bodies act at once against harm about to happen.
      const source = $$(el, '[data-group] .route-source').find((p) => p.textContent!.trim().startsWith('From each body’s own treaties'));
      expect(source!.textContent!.trim()).to.equal(`From each body’s own treaties and official sources, as of ${day}.`);
      expect(datesRow(el, 'Regional human rights bodies, as of')).to.equal(day);
      expect(assessmentSchema.safeParse(assessment).success).to.equal(true);
    });
  }

  it('says that the lists were checked after a screening dated in the past, whose day would otherwise seem to know them in advance; nothing so for a screening after them', async () => {
    const dates = async (asOf: string, finalDecisionDate: string) => {
      const el = await make({ asOf, answers: { state: 'ES', jurisdiction: 'yes', author: 'group', rights: ['eviction'], urgency: 'no', factsDate: '2024-01-10', remedies: 'exhausted', finalDecisionDate, otherProcedure: 'echr', disability: 'no', grounds: ['none'] } });
      await confirm(el);
      let written = '';
      await copyWith(el, async (t) => void (written = t));
      return { note: $(el, '.handoff-section[data-section="dates"] .handoff-note')?.textContent?.trim() ?? null, written };
    };
    // The UN's lists are of 3 February 2026, the regional bodies' of November and December 2026.
    const past = await dates('2025-06-01', '2025-03-01');
    const note = 'Some dates below come after June 1, 2025, the date of this screening: those lists were checked later. A country may have joined or left a treaty in between: check it for that date.';
    expect(past.note).to.equal(note);
    expect(past.written).to.match(new RegExp(`\\n\\d+\\. Dates\\n${note.replace(/[.()]/g, '\\$&')}\\nDate of this screening: June 1, 2025\\n`));
    // Screened after every list was checked: no such note (the UN's lists, ten months old, may be out of date: that warning only).
    const after = await dates('2026-12-07', '2026-09-01');
    expect(after.note ?? '').to.not.include('come after');
  });

  it('works out the articles of the form’s sections once per assessment, not again on every render of the result', async () => {
    const { el } = await resultOf('not-admissible');
    const title = $(el, '.handoff-section[data-section="remedies"] .handoff-section-title')!.textContent!.trim();
    const remedies = RULES.remedies;
    let runs = 0;
    RULES.remedies = (answers, env) => {
      runs++;
      return remedies(answers, env);
    };
    try {
      for (let i = 0; i < 3; i++) {
        el.requestUpdate();
        await el.updateComplete;
      }
    } finally {
      RULES.remedies = remedies;
    }
    expect(runs, 'the remedies rule run on a render').to.equal(0);
    expect($(el, '.handoff-section[data-section="remedies"] .handoff-section-title')!.textContent!.trim()).to.equal(title);
  });

  it('gives no regional date where no regional body reaches the State (Japan)', async () => {
    const el = await make();
    for (const value of ['JP', ['health-care'], 'yes', 'no', ['none']]) await answer(el, value);
    await confirm(el);
    expect($(el, '[part="other-routes"]'), 'the other routes').to.not.equal(null);
    expect($(el, '[data-group="regional"]')).to.equal(null);
    expect(datesRow(el, 'Other UN complaint procedures, as of'), 'the dates section').to.not.equal(undefined);
    expect(datesRow(el, 'Regional human rights bodies, as of')).to.equal(undefined);
  });

  // The official titles, as OHCHR gives them: ohchr.org/en/issues/housing/pages/housingindex.aspx
  // (A/HRC/7/16), A/75/163 (health); French: A/78/192 and A/HRC/47/43 (housing),
  // ohchr.org/fr/special-procedures/sr-health and A/HRC/38/36 (health).
  for (const [lang, shown, titles] of [
    [
      'en',
      ['Special Rapporteur on the right to adequate housing', 'Special Rapporteur on the right to health'],
      [
        'Special Rapporteur on adequate housing as a component of the right to an adequate standard of living, and on the right to non-discrimination in this context',
        'Special Rapporteur on the right of everyone to the enjoyment of the highest attainable standard of physical and mental health',
      ],
    ],
    [
      'fr',
      ['Rapporteur spécial sur le droit à un logement convenable', 'Rapporteur spécial sur le droit à la santé'],
      [
        'Rapporteur spécial sur le logement convenable en tant qu’élément du droit à un niveau de vie suffisant ainsi que sur le droit à la non-discrimination à cet égard',
        'Rapporteur spécial sur le droit qu’a toute personne de jouir du meilleur état de santé physique et mentale possible',
      ],
    ],
  ] as const) {
    it(`${lang}: names the special rapporteurs plainly on the result, by their official titles in the hand-off and its copy`, async () => {
      const el = await make({ lang, answers: { state: 'US', rights: ['eviction', 'health-care'], urgency: 'no', child: 'no', disability: 'no', grounds: ['none'] } });
      await confirm(el);
      expect($$(el, '[part="other-routes"] [data-mandate]').map((li) => li.textContent!.trim())).to.deep.equal([...shown]);
      const row = $(el, '.handoff-section[data-section="other-routes"] .handoff-row[data-procedure="special-procedures"]')!;
      const items = [...row.querySelectorAll('dd li')].map((li) => li.textContent!.trim());
      for (const title of titles) expect(items).to.include(title);
      for (const plain of shown) expect(items).to.not.include(plain);
      let written = '';
      await copyWith(el, async (t) => void (written = t));
      for (const title of titles) expect(written).to.include(title);
    });
  }

  it('says what a body can do at once against urgent harm right under what it covers, as the result does, not after why it may fit', async () => {
    const el = await make({ answers: { state: 'US', rights: ['housing'], urgency: 'yes', child: 'no', disability: 'no', grounds: ['none'] } });
    await confirm(el);
    const row = $(el, '.handoff-section[data-section="other-routes"] .handoff-row[data-procedure="iachr-petitions"]')!;
    const items = [...row.querySelectorAll('dd li')].map((li) => li.textContent!.replace(/\s+/g, ' ').trim());
    const urgent = items.findIndex((t) => t.startsWith('If serious harm is about to happen, you can ask it now, even without a petition'));
    expect(urgent, items.join(' | ')).to.equal(1);
    expect(items.findIndex((t) => t.startsWith('Send the petition within six months'))).to.be.greaterThan(urgent);
    expect(items.filter((t) => t.startsWith('If serious harm'))).to.have.length(1);
  });

  it('says, as the result does and in its place, that the State accepted no UN committee, on the sheet and in the copied text', async () => {
    const { el } = await resultOf('not-available');
    const said = 'The United States has not accepted complaints to any UN committee.';
    expect($(el, '[data-group="treaty-bodies"] p')!.textContent!.trim()).to.equal(said);
    const rows = $$(el, '.handoff-section[data-section="other-routes"] .handoff-row').map((r) => [r.querySelector('dt')!.textContent, r.querySelector('dd')!.textContent]);
    const groups = $$(el, '[part="other-routes"] [data-group]').map((g) => g.dataset['group']);
    // One row per route of the groups before it: the committees' row sits where their group does.
    const before = groups.slice(0, groups.indexOf('treaty-bodies')).reduce((n, g) => n + $$(el, `[data-group="${g}"] [data-procedure]`).length, 0);
    expect(rows.findIndex(([label]) => label === 'UN committees'), JSON.stringify(rows)).to.equal(before);
    expect(rows).to.deep.include(['UN committees', said]);
    let written = '';
    await copyWith(el, async (t) => void (written = t));
    expect(written).to.include(`\nUN committees: ${said}\n`);
  });

  it('names the ratification campaign as the result does, never by its code, with the State that has not joined', async () => {
    const { el } = await resultOf('not-available');
    const row = $(el, '.handoff-section[data-section="other-routes"] .handoff-row[data-procedure="ratification-campaign"]')!;
    expect(row.querySelector('dt')!.textContent).to.equal('What you can do');
    expect(row.querySelector('dd li')!.textContent).to.equal('The United States has not joined the Optional Protocol. You can help change that:');
  });

  it('copies each line as the language writes it: "label : value" in French, and an answer after its question with no colon', async () => {
    const { el } = await resultOf('likely-admissible', 'fr');
    let written = '';
    await copyWith(el, async (t) => void (written = t));
    expect(written).to.match(/\nQuel pays votre plainte vise-t-elle.\? Espagne\n/);
    expect(written).to.match(/\nPartie au Protocole facultatif\u00a0: Oui/);
  });

  it('letters the copied next steps in the language’s alphabet: Arabic "أ) ب) ج)", so each line reads right to left where it is pasted', async () => {
    const { el } = await resultOf('likely-admissible', 'ar');
    let written = '';
    await copyWith(el, async (t) => void (written = t));
    const steps = written.split('\n').filter((line) => /^ {2}\S+\) /.test(line));
    expect(steps.length).to.be.greaterThan(2);
    expect(steps.slice(0, 3).map((line) => line.slice(0, 5))).to.deep.equal(['  أ) ', '  ب) ', '  ج) ']);
    // The first strong character sets a pasted line's direction (Unicode bidi, rule P2).
    for (const line of steps) expect(line.match(/[\p{L}]/u)![0], line).to.match(/\p{Script=Arabic}/u);
  });

  it('read in Arabic, says with its next steps, on the sheet and in the copied text, which languages the complaint must be written in; in English, nothing', async () => {
    const note = (el: OpEligibility) => $(el, '.handoff-section[data-section="next-steps"] .handoff-note')?.textContent?.trim() ?? null;
    const { el } = await resultOf('likely-admissible', 'ar');
    const onResult = $(el, '[part~="language-note"]')!.textContent!.trim();
    expect(note(el)).to.equal(onResult);
    let written = '';
    await copyWith(el, async (t) => void (written = t));
    expect(written).to.include(onResult);
    expect(note((await resultOf('likely-admissible')).el)).to.equal(null);
  });

  it('names the Covenant’s articles the problem engages under “Rights invoked”, on the sheet and in the copied text', async () => {
    // Water: the right to an adequate standard of living and to health (General Comment 15).
    const el = await make({ asOf: '2026-03-01', answers: OPEN_ROUTE });
    await confirm(el);
    const row = $$(el, '.handoff-section[data-section="rights"] .handoff-row').find((r) => r.querySelector('dt')!.textContent!.trim() === 'Articles of the Covenant');
    expect(row?.querySelector('dd')!.textContent!.trim()).to.equal('11 and 12');
    let written = '';
    await copyWith(el, async (t) => void (written = t));
    expect(written).to.include('\nArticles of the Covenant: 11 and 12\n');
  });

  it('lists the Covenant’s articles in their order, not in the order the situations were ticked, in every language, on the sheet and in the copied text', async () => {
    // Social security (art. 9), an eviction (11), discrimination (2(2)), ticked in that order.
    for (const lang of ['en', 'fr', 'es', 'ar']) {
      const el = await make({ lang, answers: { ...OPEN_ROUTE, rights: ['social-security', 'eviction', 'discrimination'] } });
      await confirm(el);
      const value = $(el, '.handoff-section[data-section="rights"] .handoff-row:last-child dd')!.textContent!;
      const order = (text: string) => text.match(/\d+(?:\s?\((?:par\. )?\d+\)|, párrafo \d+)?/g);
      expect(order(value), lang).to.deep.equal(order({ en: '2(2), 9 and 11', fr: '2 (par. 2), 9 et 11', es: '2, párrafo 2; 9; y 11', ar: '2(2) 9 11' }[lang]!));
      let written = '';
      await copyWith(el, async (t) => void (written = t));
      expect(written, lang).to.include(value.trim());
      el.remove();
    }
  });

  it('cites the Covenant’s articles as each language’s UN documents do, as the reasons below them do: French “par.”, Spanish “párrafo”, Arabic letters in a right-to-left run', async () => {
    // Discrimination and cultural life: arts 2(2) and 15(1)(a).
    // Spanish sets them apart with a semicolon, as the UN's Spanish texts do: "2, párrafo 2 y 15" read as paragraphs of article 2.
    const cited = { fr: '2 (par. 2) et 15 (par. 1 a))', es: '2, párrafo 2; y 15, párrafo 1, apartado a)', ar: '\u20672(2)\u2069 و\u206715(1)(أ)\u2069' };
    for (const [lang, articles] of Object.entries(cited)) {
      const el = await make({ lang, asOf: '2026-03-01', answers: { ...OPEN_ROUTE, rights: ['discrimination', 'cultural-life'] } });
      await confirm(el);
      const rows = $$(el, '.handoff-section[data-section="rights"] .handoff-row');
      expect(rows.at(-1)!.querySelector('dd')!.textContent!.trim(), lang).to.equal(articles);
      el.remove();
    }
  });

  it('keeps the sections a closed route never asked, saying so', async () => {
    const { el } = await resultOf('not-available');
    expect(sectionIds(el)).to.include.members(FORM_SECTIONS);
    expect($(el, '.handoff-section[data-section="remedies"] .handoff-empty')!.textContent).to.equal('Not asked on this route');
    expect($(el, '.handoff-section[data-section="state"] .handoff-empty')).to.equal(null);
    // In the copy too: a bare heading would read as a section left out or lost.
    let written = '';
    await copyWith(el, async (t) => void (written = t));
    expect(written).to.include('\n5. Exhaustion of domestic remedies · Articles 3(1) and 3(2)(a)\nNot asked on this route\n');
  });

  it('folds the summary away on screen (the result says it all above); printing unfolds it, and folds it again after', async () => {
    const { el } = await resultOf('needs-review');
    const disclosure = $<HTMLDetailsElement>(el, '[part="handoff-disclosure"]')!;
    const sheet = $(el, '[part="handoff-sheet"]')!;
    expect(disclosure.querySelector('summary')!.textContent!.trim()).to.equal('Show the summary');
    expect([disclosure.open, sheet.checkVisibility()]).to.deep.equal([false, false]);
    window.dispatchEvent(new Event('beforeprint'));
    expect([disclosure.open, sheet.checkVisibility()]).to.deep.equal([true, true]);
    window.dispatchEvent(new Event('afterprint'));
    expect(disclosure.open).to.equal(false);
    // Opened by the person, it stays open after printing.
    disclosure.open = true;
    window.dispatchEvent(new Event('beforeprint'));
    window.dispatchEvent(new Event('afterprint'));
    expect(disclosure.open).to.equal(true);
  });

  onPaperOnly('prints only the summary sheet: buttons and the rest of the result are hidden on paper', async () => {
    const { el } = await resultOf('needs-review');
    const shown = (selector: string) => getComputedStyle($(el, selector)!).display !== 'none';
    expect(shown('[part~="handoff-print"]')).to.equal(true);
    window.dispatchEvent(new Event('beforeprint'));
    await emulateMedia({ media: 'print' });
    try {
      expect(shown('.handoff-sheet')).to.equal(true);
      expect($(el, '.handoff-sheet')!.checkVisibility(), 'unfolded for printing').to.equal(true);
      expect(shown('.handoff-disclosure > summary'), '"Show the summary" is not printed').to.equal(false);
      for (const hidden of ['[part~="handoff-print"]', '[part~="restart"]', '[part~="reasons"]', '[part~="outcome"]', '.route-map-disclosure', '.handoff-hint',
        '.quick-exit-bar', '.skip-link', '[part="safety-note"]'])
        expect(shown(hidden), hidden).to.equal(false);
      for (const id of [...FORM_SECTIONS, 'outcome', 'reasons', 'next-steps', 'dates']) expect(shown(`.handoff-section[data-section="${id}"]`), id).to.equal(true);
    } finally {
      await emulateMedia({ media: 'screen' });
      window.dispatchEvent(new Event('afterprint'));
    }
  });

  onPaperOnly('prints the summary even where printing fires no beforeprint (a PDF made headless): still folded on screen, it shows on paper', async () => {
    const { el } = await resultOf('needs-review');
    const disclosure = $<HTMLDetailsElement>(el, '.handoff-disclosure')!;
    await emulateMedia({ media: 'print' });
    try {
      expect(disclosure.open, 'no beforeprint came').to.equal(false);
      expect($(el, '.handoff-sheet')!.checkVisibility(), 'the sheet on paper').to.equal(true);
      expect($(el, '.handoff-sheet')!.getBoundingClientRect().height).to.be.above(100);
    } finally {
      await emulateMedia({ media: 'screen' });
    }
    expect($(el, '.handoff-sheet')!.checkVisibility(), 'folded again on screen').to.equal(false);
  });

  onPaperOnly('keeps each row and each next step whole on one page: a long list of other routes breaks between them, never inside', async () => {
    const { el } = await resultOf('not-admissible');
    const parts = $$(el, '.handoff-row, .handoff-steps li');
    expect(parts.filter((p) => p.closest('[data-section="other-routes"]'))).to.have.length.above(5);
    await emulateMedia({ media: 'print' });
    try {
      expect(parts.filter((p) => getComputedStyle(p).breakInside !== 'avoid').map((p) => p.textContent!.trim().slice(0, 40))).to.deep.equal([]);
    } finally {
      await emulateMedia({ media: 'screen' });
    }
  });

  onPaperOnly('starts a long section (reasons, next steps, other routes) on the page where the last one ends, breaking between rows, its title never alone at a page’s foot', async () => {
    const { el } = await resultOf('not-admissible');
    const style = (selector: string) => getComputedStyle($(el, selector)!);
    await emulateMedia({ media: 'print' });
    try {
      // Kept whole, each went to a fresh page: half a page blank before the other routes, a sheet of paper more.
      for (const id of ['reasons', 'next-steps', 'other-routes']) expect(style(`.handoff-section[data-section="${id}"]`).breakInside, id).to.equal('auto');
      // A short section still stays on one page.
      for (const id of [...FORM_SECTIONS, 'outcome', 'dates']) expect(style(`.handoff-section[data-section="${id}"]`).breakInside, id).to.equal('avoid');
      expect(style('.handoff-section[data-section="other-routes"] .handoff-section-title').breakAfter).to.equal('avoid');
      // Below a host page's own text, the sheet's title was printed alone at the foot of the first page.
      expect(style('.handoff-title').breakAfter, 'the sheet’s title stays with its first section').to.equal('avoid');
      expect(style('.handoff-section[data-section="other-routes"] .handoff-note').breakAfter, 'the forum warning stays with the first route').to.equal('avoid');
      expect(style('.handoff-section[data-section="other-routes"] .handoff-note').breakInside, 'nor is it split across two pages').to.equal('avoid');
    } finally {
      await emulateMedia({ media: 'screen' });
    }
  });

  onPaperOnly('prints black on white at 11pt whatever the theme: a dark theme’s light text would vanish on paper', async () => {
    const { el } = await resultOf('needs-review');
    el.style.setProperty('--op-eligibility-color-text', 'rgb(238, 238, 238)');
    el.style.setProperty('--op-eligibility-color-muted', 'rgb(200, 200, 200)');
    el.style.setProperty('--op-eligibility-color-background', 'rgb(18, 18, 18)');
    const value = $(el, '.handoff-sheet dd')!;
    expect(getComputedStyle(value).color).to.equal('rgb(238, 238, 238)');
    await emulateMedia({ media: 'print' });
    try {
      expect(getComputedStyle(value).color).to.equal('rgb(0, 0, 0)');
      expect(getComputedStyle($(el, '[part~="base"]')!).backgroundColor).to.equal('rgb(255, 255, 255)');
      expect(parseFloat(getComputedStyle(value).fontSize), '11pt').to.be.closeTo((11 * 4) / 3, 0.01);
    } finally {
      await emulateMedia({ media: 'screen' });
    }
  });

  it('says when the last day to submit has already passed, rather than print a past date as if still open', async () => {
    const row = (el: OpEligibility) => $$(el, '.handoff-row').find((r) => r.querySelector('dt')!.textContent!.startsWith('Last day to submit'))!;
    const inTime = (await resultOf('likely-admissible')).el;
    expect(row(inTime).querySelector('dt')!.textContent).to.equal('Last day to submit (one year after the final decision)');
    expect(row(inTime).querySelector('dd')!.textContent).to.equal('December 1, 2026');

    const el = await make();
    for (const value of ['ES', 'yes', 'self', ['housing'], 'no', '2024-01-10', 'exhausted', '2024-12-01', 'no']) await answer(el, value);
    await answerEach(el, (q) => (q === 'grounds' ? ['unknown'] : 'unknown'));
    await confirm(el);
    expect(row(el).querySelector('dt')!.textContent).to.equal('Last day to submit (one year after the final decision), already passed');
    expect(row(el).querySelector('dd')!.textContent).to.equal('December 1, 2025');

    // On the last day itself the complaint can still go: "already passed" would stop it a day early.
    const lastDay = await make({ asOf: '2026-09-01', answers: OPEN_ROUTE });
    await confirm(lastDay);
    expect(row(lastDay).querySelector('dt')!.textContent).to.equal('Last day to submit (one year after the final decision)');
    expect(row(lastDay).querySelector('dd')!.textContent).to.equal('September 1, 2026');
  });

  it('a year that ended soon after the Protocol applied: beside it, the day a year from then, which the next steps send by (Albania, bound from 19 May 2025)', async () => {
    const answers = { ...OPEN_ROUTE, state: 'AL', factsDate: '2024-01-10', factsContinuing: 'yes', finalDecisionDate: '2024-07-01', lateSubmission: 'yes' };
    const el = await make({ asOf: '2025-12-01', answers });
    await confirm(el);
    const rows = $$(el, '.handoff-section[data-section="remedies"] .handoff-row').map((r) => [r.querySelector('dt')!.textContent, r.querySelector('dd')!.textContent]);
    expect(rows).to.deep.include.members([
      ['Last day to submit (one year after the final decision), already passed', 'July 1, 2025'],
      ['Last day to submit (one year after the Protocol began to apply to the country)', 'May 19, 2026'],
    ]);
    expect(nextStepCodes(el)).to.include('send-within-year-of-entry-into-force');
    // Within the year after the final decision, there is no other day to give.
    const inTime = await make({ asOf: '2026-06-01', answers: OPEN_ROUTE });
    await confirm(inTime);
    expect($(inTime, '.handoff-section[data-section="remedies"]')!.textContent).to.not.contain('began to apply');
  });

  it('gives both readings of a year from 29 February, and on the later one’s day does not say it has passed', async () => {
    const el = await make({ asOf: '2025-03-01', answers: { ...OPEN_ROUTE, factsDate: '2023-06-01', finalDecisionDate: '2024-02-29' } });
    await confirm(el);
    const row = $$(el, '.handoff-row').find((r) => r.querySelector('dt')!.textContent!.startsWith('Last day to submit'))!;
    expect(row.querySelector('dt')!.textContent).to.equal('Last day to submit (one year after the final decision)');
    expect(row.querySelector('dd')!.textContent).to.equal('February 28, 2025 or March 1, 2025');
    // The reason says the same two days, on the result and on the sheet: one day twice would hide that the year may have ended.
    const reason = 'The one-year time limit ends on February 28, 2025 or March 1, 2025, depending on how it is counted. Complain as soon as you can, and ask someone to check.';
    expect($(el, '.reason[data-code="time-limit-ambiguous"] .reason-text')!.textContent!.trim()).to.equal(reason);
    expect($$(el, '.handoff-section[data-section="reasons"] dd').map((dd) => dd.textContent!.trim())).to.include(reason);
    const later = 'Counted one way, today, March 1, 2025, is the last day to send your complaint: one year after the final decision. Send it today if you can.';
    expect($$(el, '[part="next-steps"] li').map((li) => li.textContent!.trim())).to.include(later);
    expect($$(el, '.handoff-section[data-section="next-steps"] li').map((li) => li.textContent!.trim())).to.include(later);
  });

  it('Print opens the browser’s print dialog', async () => {
    const { el } = await resultOf('not-admissible');
    const print = window.print;
    let calls = 0;
    window.print = () => void calls++;
    try {
      await click(el, '[part~="handoff-print"]');
    } finally {
      window.print = print;
    }
    expect(calls).to.equal(1);
  });

  it('Copy as text writes the summary as plain text and announces "Copied"', async () => {
    const { el } = await resultOf('likely-admissible');
    let written = '';
    await copyWith(el, async (t) => void (written = t));
    expect(written).to.match(/^Screening for a complaint under the Optional Protocol to the ICESCR\n\n1\. State party concerned · Articles 1\(1\) and 2\n/);
    // No line a spreadsheet would take for a formula, nor a row of signs a screen reader reads one by one.
    expect(written.split('\n').filter((line) => /^[=+\-@]/.test(line))).to.deep.equal([]);
    expect(written).to.include('\nWhich country is your complaint about? Spain\n');
    expect(written).to.include('12. Dates\n');
    // Pasted into a case file or an e-mail, it still says what it is.
    expect(written.endsWith('\nAn indication, not legal advice.\n'), 'the disclaimer last').to.equal(true);
    expect(written).to.not.match(/[<>]/);
    expect(liveText(el)).to.equal('Copied');
    // Seen as well as heard, beside the buttons; a failure says how to copy by hand.
    expect($(el, '[part="handoff-status"]')!.textContent).to.equal('Copied');
    await copyWith(el, () => Promise.reject(new Error('denied')));
    expect($(el, '[part="handoff-status"]')!.textContent).to.equal('Could not copy. Select the summary and copy it yourself.');
    expect(liveText(el)).to.equal('Could not copy. Select the summary and copy it yourself.');
  });

  it('Download names the file it handed to the browser, beside the buttons and aloud, in place of an earlier "Copied"', async () => {
    const { el } = await resultOf('likely-admissible');
    await copyWith(el, async () => undefined);
    expect(liveText(el)).to.equal('Copied');
    const { name } = await downloaded(el);
    const said = `The file ${name} was handed to your browser, to save in your downloads.`;
    await waitUntil(() => liveText(el) === said, 'the download is announced');
    expect($(el, '[part="handoff-status"]')!.textContent).to.equal(said);
  });

  it('announces "Copied" again when Copy is pressed again', async () => {
    const { el } = await resultOf('likely-admissible');
    const region = $(el, '[role="status"]')!;
    const said: string[] = [];
    new MutationObserver(() => said.push(region.textContent!.trim())).observe(region, { childList: true, characterData: true, subtree: true });
    for (let i = 0; i < 2; i++) await copyWith(el, async () => undefined);
    expect(said.filter((s) => s === 'Copied')).to.have.length(2);
  });

  it('warns that a copy, a download or a PDF saved from Print stays on the device, which the quick exit cannot remove; a new result forgets the last copy', async () => {
    const { el } = await resultOf('likely-admissible');
    expect($(el, '.handoff-traces')!.textContent).to.contain('A copy, a download or a PDF saved from Print stays on this device').and.contain('“Exit this page” cannot remove it');
    await copyWith(el, async () => undefined);
    await click(el, '[part~="restart"]');
    await reachResult(el, 'likely-admissible');
    expect($(el, '[part="handoff-status"]')).to.equal(null);
  });

  it('lists several options chosen apart, on the sheet and in the copied text, never joined with "and"', async () => {
    const { el } = await resultOf('not-admissible');
    const rights = $(el, '.handoff-row[data-question="rights"] dd')!;
    const items = [...rights.querySelectorAll('li')].map((li) => li.textContent!.trim());
    expect(items).to.deep.equal(['Housing: a safe, decent place to live', 'Food: having enough to eat']);
    expect(rights.textContent!.replace(/\s+/g, ' ')).to.not.include(' and Food');
    let written = '';
    await copyWith(el, async (t) => void (written = t));
    expect(written).to.include('\nWhat is the problem about?\n  - Housing: a safe, decent place to live\n  - Food: having enough to eat\n');
    // One option chosen reads as a plain value.
    expect($(el, '.handoff-row[data-question="grounds"] dd li')).to.equal(null);
    expect(written).to.match(/\n[^\n]+\? Sex or gender\n/);
  });

  it('says so when the clipboard refuses, and unfolds the summary to be selected and copied by hand', async () => {
    const { el } = await resultOf('likely-admissible');
    const sheet = $(el, '[part="handoff-sheet"]')!;
    await copyWith(el, async () => undefined);
    expect(sheet.checkVisibility(), 'copied: the summary stays folded').to.equal(false);
    await copyWith(el, async () => Promise.reject(new Error('denied')));
    expect(liveText(el)).to.equal('Could not copy. Select the summary and copy it yourself.');
    expect(sheet.checkVisibility(), 'there to be selected').to.equal(true);
  });

  for (const route of Object.keys(ROUTES) as (keyof typeof ROUTES)[]) {
    it(`Download JSON (${route}) is the complete event's assessment, valid against assessmentSchema`, async () => {
      const { el, assessment } = await resultOf(route);
      const { json, name, revoked } = await downloaded(el);
      expect(json).to.deep.equal(assessment);
      expect(json, 'a screening is not marked as training').to.not.have.property('training');
      expect(name).to.equal('op-eligibility-2026-03-01.json');
      expect(revoked).to.equal(true);
      const parsed = z.safeParse(assessmentSchema, json);
      expect(parsed.success, JSON.stringify(parsed.error?.issues)).to.equal(true);
      expect((json as Assessment).schemaVersion).to.equal(2);
      expect((json as Assessment).engineVersion, 'the case file names the rules that screened it').to.equal(OP_ELIGIBILITY_VERSION);
    });
  }

  it('the JSON holds no free text: answers are codes, dates or ISO codes from the question lists', async () => {
    const { el } = await resultOf('likely-admissible');
    const { json } = await downloaded(el);
    const a = json as Assessment;
    for (const [question, value] of Object.entries(a.answers)) {
      const kind = QUESTION_KINDS[question as keyof typeof QUESTION_KINDS];
      for (const v of Array.isArray(value) ? value : [value]) {
        if (kind.kind === 'choice' || kind.kind === 'multiple') expect(kind.options, question).to.include(v);
        else if (kind.kind === 'date') expect(v, question).to.match(/^(\d{4}-\d{2}-\d{2}|unknown)$/);
        else expect(v, question).to.match(/^[A-Z]{2}$/);
      }
    }
    // Every other string is a code, a date, an article or a message key; the only prose is the data's source.
    const sources = [a.data.parties.source, a.data.procedures.source];
    for (const [path, s] of strings(a)) {
      if (sources.includes(s) || path === '.engineVersion') continue;
      expect(s, path).to.match(/^([a-z][A-Za-z0-9_.-]*|[A-Z]{2}|\d{4}-\d{2}-\d{2}|\d+(\(\d+\))?(\([a-z]\))?)$/);
    }
    // And the schema refuses text where an answer is expected.
    expect(z.safeParse(assessmentSchema, { ...a, answers: { ...a.answers, evidence: 'My landlord said…' } }).success).to.equal(false);
    expect(z.safeParse(answersSchema, { notes: 'free text' }).success).to.equal(false);
  });

  it('the schema refuses an unknown field and a wrong version', async () => {
    const { assessment } = await resultOf('not-available');
    expect(z.safeParse(assessmentSchema, assessment).success).to.equal(true);
    expect(z.safeParse(assessmentSchema, { ...assessment, notes: 'x' }).success).to.equal(false);
    const [first, ...rest] = assessment.reasons;
    const withFact = (data: Record<string, unknown>) => ({ ...assessment, reasons: [{ ...first, data }, ...rest] });
    expect(z.safeParse(assessmentSchema, withFact({ signedOn: null })).success).to.equal(true);
    expect(z.safeParse(assessmentSchema, withFact({ note: 'x' })).success, 'a fact the Assessment does not define').to.equal(false);
    expect(z.safeParse(assessmentSchema, withFact({ deadline: 'next year' })).success, 'a date that is not one').to.equal(false);
    expect(z.safeParse(assessmentSchema, { ...assessment, schemaVersion: 1 }).success).to.equal(false);
    expect(z.safeParse(assessmentSchema, { ...assessment, engineVersion: 'latest' }).success).to.equal(false);
  });

  it('passes axe on the result page with the summary and the route map open', async () => {
    const { el } = await resultOf('needs-review');
    await expect(el).to.be.accessible();
    await openRouteMap(el);
    expect($(el, '.route-map-disclosure .route-map-svg')).to.not.equal(null);
    await expect(el).to.be.accessible();
  });
});
