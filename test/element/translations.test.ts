import { expect } from '@open-wc/testing';
import { featureLocales, languageLocales } from '../../src/generated/locale-features.js';
import { citeArticle } from '../../src/element/citations.js';
import { hasWords, readXliff, SAME_AS_ENGLISH, TRANSLATED_LOCALES, type TranslatedLocale } from './xliff.js';

/*
 * Every message of the source must be translated in every language. The generated
 * locale modules (`npm run localize:build`, run before the tests) hold one entry per
 * msg() id found in src/, split between the language's module and the translation files of
 * the lazy features: together they are the list of ids; the XLIFF files are what the translators wrote.
 */
const idsIn = async (load: () => Promise<{ templates: object }>) => Object.keys((await load()).templates);
const byLocale = async <T>(of: (locale: TranslatedLocale) => Promise<T>) =>
  Object.fromEntries(await Promise.all(TRANSLATED_LOCALES.map(async (locale) => [locale, await of(locale)]))) as Record<TranslatedLocale, T>;
const CORE = await byLocale((locale) => idsIn(languageLocales[locale]));
const PARTS = await byLocale((locale) => Promise.all(Object.values(featureLocales[locale]).flat().map(idsIn)));
const SOURCE_IDS = await byLocale(async (locale) => [...CORE[locale], ...PARTS[locale].flat()].sort());

describe('translations', () => {
  it('each id is in one file only: the language’s module or one feature’s part', () => {
    for (const locale of TRANSLATED_LOCALES) {
      expect(new Set(SOURCE_IDS[locale]).size, locale).to.equal(SOURCE_IDS[locale].length);
      for (const part of PARTS[locale]) expect(part.length, `a ${locale} feature part`).to.be.greaterThan(0);
    }
  });

  it('the generated modules list every message of the source', () => {
    const [first, ...others] = TRANSLATED_LOCALES;
    expect(SOURCE_IDS[first].length).to.be.greaterThan(200);
    for (const locale of others) expect(SOURCE_IDS[locale], locale).to.deep.equal(SOURCE_IDS[first]);
  });

  for (const locale of TRANSLATED_LOCALES) {
    it(`locales/${locale}.xlf translates every message`, async () => {
      const units = await readXliff(locale);
      const problems: string[] = [];
      for (const id of SOURCE_IDS[locale]) {
        const unit = units.get(id);
        if (!unit) problems.push(`${id}: missing (run npm run localize:extract, then translate it)`);
        else if (!unit.target?.trim()) problems.push(`${id}: no translation`);
        else if (unit.target === unit.source && hasWords(unit.source) && !SAME_AS_ENGLISH[locale].includes(unit.source))
          problems.push(`${id}: left in English ("${unit.source}")`);
        else if (placeholders(unit.target) !== placeholders(unit.source)) problems.push(`${id}: the translation drops or adds a {n}`);
        else if (numbers(unit.target) !== numbers(unit.source))
          problems.push(`${id}: the translation gives the numbers ${numbers(unit.target) || 'none'}, the English ${numbers(unit.source) || 'none'}`);
        else
          for (const cite of citations(unit.source)) {
            if (!unit.target.includes(citeArticle(cite, locale))) problems.push(`${id}: the translation does not cite ${cite} as the reasons do: ${citeArticle(cite, locale)}`);
          }
      }
      expect(problems, `${problems.length} problem(s) in locales/${locale}.xlf`).to.deep.equal([]);
    });
  }
});

const placeholders = (text: string): string => (text.match(/\{\d+\}/g) ?? []).sort().join();
/** The numbers a message gives (an article, a paragraph, a count of days), outside its {n}: a translation gives the same. */
const numbers = (text: string): string => (text.replace(/\{\d+\}/g, '').match(/\d+/g) ?? []).sort().join();
/**
 * Article numbers with their paragraphs, "3(2)(c)": written as the result's reasons cite
 * them, in the form of the UN's documents in that language ("3 (par. 2 c))", "3, párrafo 2,
 * apartado c)", "3(2)(ج)" as one right-to-left run).
 */
const citations = (text: string): string[] => text.match(/\d+(?:\(\d+\))*\([a-z]\)|\d+(?:\(\d+\))+/g) ?? [];

/**
 * Words a translation must not use, with the one it uses instead: one legal term for one
 * thing across the wizard, the result and the hand-off, as the UN's texts in that language
 * name it. Each entry says why.
 */
const GLOSSARY: Record<TranslatedLocale, readonly { avoid: RegExp; use: string; why: string }[]> = {
  fr: [
    { avoid: /voies de recours internes/, use: 'recours internes', why: 'the hand-off’s heading and the UN’s “épuisement des recours internes”' },
    {
      avoid: /(?<!ou (?:d’y|y a) )adhér(?:er|é)(?! à un syndicat)/,
      use: 'a rejoint, n’a pas rejoint (the hand-off, for a lawyer: l’a ratifié ou y a adhéré)',
      why: '“joined” is ratification or accession: “adhérer” alone is only accession, and a State that signed joins by ratifying',
    },
    { avoid: /Quelqu’un doit (?:le )?vérifier/, use: 'Un avocat devrait le vérifier', why: 'a point to check says who checks it, as the English does' },
    { avoid: /Seules des organisations peuvent porter plainte/, use: 'présenter une réclamation', why: 'the European Social Charter’s “réclamations collectives”' },
    { avoid: /^Choisissez une réponse/, use: 'Sélectionnez', why: 'every other error message and hint asks to “sélectionner” an answer' },
    {
      avoid: /violations graves ou systématiques/,
      use: 'atteintes graves ou systématiques',
      why: 'the inquiry (art. 11(2): an État Partie “porte gravement ou systématiquement atteinte”) is named so in the reasons and the next step',
    },
    {
      avoid: /le délai est déraisonnable/,
      use: 'la procédure dure de façon déraisonnable',
      why: 'beside the reasons on “le délai d’un an”, a “délai” that is unreasonable reads as the time limit, not the courts’ slowness (art. 3(1))',
    },
    {
      avoid: /décision finale/,
      use: 'le Comité aura le dernier mot',
      why: 'beside “la décision définitive” (the last decision in the country, from which the year to complain runs), “la décision finale” of the Committee reads as the same decision',
    },
    {
      avoid: /organisation se plaint|nommément/,
      use: 'porte plainte ; personnes lésées désignées par leur nom',
      why: '“se plaindre” is to grumble, not to bring a complaint; the result’s reason (reason.no-identified-victim) names the victims “désignées par leur nom”, in plainer words than “nommément”',
    },
  ],
  es: [
    { avoid: /decisión definitiva/i, use: 'decisión final', why: 'the question asks “¿Cuándo fue la decisión final?”: one name for one decision' },
    { avoid: /decisión final la toma el Comité/, use: 'Quien decide al final es el Comité', why: '“decisión final” names the last decision in the country, from which the year to complain runs: not the Committee’s' },
    { avoid: /presentar quejas las organizaciones/, use: 'reclamaciones', why: 'the European Social Charter’s “reclamaciones colectivas”, as the next caution says' },
    { avoid: /mapa de la vía|vía seguida|en esta vía|algunas vías/i, use: 'recorrido', why: '“vía” is the complaint route that closes; the path drawn on the map and taken through the questions is the “recorrido”, as the map’s own junction says' },
    { avoid: /^(?:Marque|Elija una respuesta|Indique por qué)/, use: 'Seleccione', why: 'every other error message and hint asks to “seleccionar” an answer' },
    { avoid: /Alguien debe comprobar/, use: 'Conviene que lo revise un abogado', why: 'a point to check says who checks it, as the English does' },
    { avoid: /adheri|adhier/i, use: 'se ha unido, unirse', why: '“joined” is ratification or accession: “adherirse” is only accession' },
    {
      avoid: /botón para volver del navegador/,
      use: 'el botón de retroceso del navegador',
      why: '“el botón para volver del navegador” also reads as a button to come back from the browser, in the note on how not to lose the answers',
    },
    { avoid: /\borganismos?\b/, use: 'órgano', why: 'the UN’s “órganos de tratados”: the cautions above the routes name the same bodies, one word for them' },
    {
      avoid: /\bse queja\b|\bquejas?\b/,
      use: 'denuncia, presentar una denuncia',
      why: 'a complaint is a “denuncia” everywhere else, beside the result’s reason that an organisation “no puede denunciar” a general problem; a “queja” reads as a grievance, not the same act',
    },
  ],
  ar: [
    { avoid: /الإنكليزي/, use: 'الإنجليزي', why: 'Intl writes the language names the result shows as “الإنجليزية”' },
    { avoid: /يتحقق شخص مختص من (?:ذلك|أيهما)/, use: 'ينبغي أن يتحقق محامٍ من ذلك', why: 'a point to check says who checks it, as the English does' },
    { avoid: /تتحرى عن انتهاكات/, use: 'تحقق في الانتهاكات', why: 'the inquiry (art. 11) is “إجراء التحقيق”: one verb for it, as the reasons and the next step say' },
    {
      avoid: /اللجنة[^.]*(?:تتخذ|تصدر) القرار النهائي/,
      use: 'هي صاحبة الكلمة الأخيرة',
      why: '“القرار النهائي” names the last decision in the country, from which the year to complain runs: not the Committee’s',
    },
    {
      avoid: /تشكو من|يشكو من/,
      use: 'تقدم شكوى بشأن',
      why: '“تشكو من مشكلة” also reads “suffers from a problem”; bringing a complaint is “تقدم شكوى بشأن”, as the result’s reason (reason.no-identified-victim) says',
    },
  ],
};

/**
 * Names of bodies and instruments that must read as the UN's texts in that language write
 * them wherever the English names them, and legal terms the plain words gloss. Sources
 * (documents of ohchr.org's document store and treaties.un.org):
 * - the Committee and the Covenant: E/C.12/65/D/9/2015 (fr), E/C.12/59/D/4/2014 (es),
 *   E/C.12/5 and E/C.12/ESP/CO/6 (ar); the Protocol's title: UN Treaty Collection IV-3-a (fr),
 *   the same decisions (es), E/C.12/5 (ar);
 * - the Human Rights Committee and its Covenant: CCPR/C/111/D/2103/2011 (fr),
 *   CCPR/C/87/D/1093/2002 (es), CCPR/C/135/D/3050/2017 (ar);
 * - "mesures provisoires", "Épuisement des recours internes", "État partie": E/C.12/65/D/9/2015;
 *   "agotados los recursos internos", "Estado parte": E/C.12/59/D/4/2014; "صاحب البلاغ",
 *   "الدولة الطرف": E/C.12/5;
 * - the CED, its urgent action (art. 30) and the Working Group it sends cases to: CED/C/20/2 (fr,
 *   "demandes d’action en urgence"), CED/C/21/2 (es), CED/C/4/Rev.1 and CED/C/16/2 (ar);
 * - "whatever treaties the country has joined": one wording for it wherever it is said, the
 *   special procedures' (route.special-procedures.covers) and the Working Group's.
 */
const OFFICIAL: readonly Readonly<Record<'en' | TranslatedLocale, RegExp>>[] = [
  {
    en: /Committee on Economic, Social and Cultural Rights/,
    fr: /Comité des droits économiques, sociaux et culturels/,
    es: /Comité de Derechos Económicos, Sociales y Culturales/,
    ar: /اللجنة المعنية بالحقوق الاقتصادية والاجتماعية والثقافية/,
  },
  { en: /Human Rights Committee/, fr: /Comité des droits de l’homme/, es: /Comité de Derechos Humanos/, ar: /اللجنة المعنية بحقوق الإنسان/ },
  {
    en: /International Covenant on Civil and Political Rights/,
    fr: /Pacte international relatif aux droits civils et politiques/,
    es: /Pacto Internacional de Derechos Civiles y Políticos/,
    ar: /العهد الدولي الخاص بالحقوق المدنية والسياسية/,
  },
  {
    en: /Optional Protocol to the ICESCR/,
    fr: /Protocole facultatif se rapportant au (?:PIDESC|Pacte international relatif aux droits économiques, sociaux et culturels)/,
    es: /Protocolo Facultativo del (?:PIDESC|Pacto Internacional de Derechos Económicos, Sociales y Culturales)/,
    ar: /البروتوكول الاختياري الملحق بالعهد الدولي الخاص بالحقوق الاقتصادية والاجتماعية والثقافية/,
  },
  { en: /interim measures/i, fr: /mesures provisoires/i, es: /medidas provisionales/i, ar: /تدابير (?:ال)?مؤقتة/ },
  { en: /domestic remedies/, fr: /recours internes/, es: /recursos internos/, ar: /سبل الانتصاف المحلية/ },
  { en: /^State party concerned$/, fr: /^État partie concerné$/, es: /^Estado parte interesado$/, ar: /^الدولة الطرف المعنية$/ },
  { en: /^Author, victims and consent$/, fr: /^Auteur, victimes/, es: /^Autor, víctimas/, ar: /^صاحب البلاغ/ },
  {
    en: /Committee on Enforced Disappearances/,
    fr: /Comité des disparitions forcées/,
    es: /Comité contra la Desaparición Forzada/,
    ar: /اللجنة المعنية بحالات الاختفاء القسري/,
  },
  { en: /urgent action/i, fr: /action en urgence/i, es: /acción urgente/i, ar: /إجراءً? عاجل/ },
  {
    en: /Working Group on Enforced or Involuntary Disappearances/,
    fr: /Groupe de travail (?:de l’ONU )?sur les disparitions forcées ou involontaires/,
    es: /Grupo de Trabajo (?:de la ONU )?sobre las Desapariciones Forzadas o Involuntarias/,
    ar: /(?:ال|لل)فريق العامل المعني بحالات الاختفاء القسري أو غير الطوعي/, // "للفريق" after the preposition لـ
  },
  {
    en: /whatever treaties the country has joined/,
    fr: /quels que soient les traités que le pays a rejoints/,
    es: /sean cuales sean los tratados de los que el país es parte/,
    ar: /أيًّا كانت المعاهدات التي انضم إليها البلد/,
  },
];

describe('official names and terms', () => {
  for (const locale of TRANSLATED_LOCALES) {
    it(`locales/${locale}.xlf names the Committee, the instruments and the legal terms as the UN’s ${locale} texts do`, async () => {
      const problems: string[] = [];
      let named = 0;
      for (const unit of (await readXliff(locale)).values())
        for (const term of OFFICIAL)
          if (term.en.test(unit.source)) {
            named++;
            if (!term[locale].test(unit.target ?? '')) problems.push(`${unit.id}: ${term[locale]} for ${term.en}`);
          }
      expect(named).to.be.greaterThan(15);
      expect(problems).to.deep.equal([]);
    });
  }
});

/**
 * The Special Procedures mandates' official titles, exactly as OHCHR gives them in each language,
 * by message id (`mandate-title.*` the long titles the hand-off uses, `mandate.*` the titles the
 * result shows too). A language with no official source found is left out: its form was kept.
 * Sources, on OHCHR's site (ohchr.org) unless said:
 * - housing: French and Arabic A/78/192 (/fr/ and /ar/documents/thematic-reports/a78192-place-live-
 *   dignity-all-make-housing-affordable-report-special), French also A/HRC/47/43;
 * - health: /fr/special-procedures/sr-health and A/HRC/38/36; /SP/Issues/Health/Pages/SRRightHealthIndex.aspx;
 *   /AR/Issues/Health/Pages/SRRightHealthIndex.aspx;
 * - water: previous.ohchr.org/FR/Issues/WaterAndSanitation/SRWater/Pages/SRWaterIndex.aspx and
 *   A/HRC/45/10; /es/topic/water-and-sanitation;
 * - assembly and association: /FR/Issues/AssemblyAssociation/Pages/SRFreedomAssemblyAssociationIndex.aspx
 *   and A/HRC/50/42; /AR/Issues/AssemblyAssociation/Pages/SRFreedomAssemblyAssociationIndex.aspx;
 * - extreme poverty: /AR/Issues/Poverty/Pages/SRExtremePovertyIndex.aspx and /ar/special-procedures/sr-poverty;
 * - racism: previous.ohchr.org/FR/Issues/Racism/SRRacism/Pages/IndexSRRacism.aspx; A/71/301 and A/HRC/29/47 (Spanish);
 * - food: /SP/Issues/Food/Pages/Overview.aspx;
 * - discrimination against women and girls: /ar/special-procedures/wg-women-and-girls/about-mandate-
 *   working-group-discrimination-against-women-and-girls;
 * - arbitrary detention: /FR/Issues/Detention/Pages/Complaints.aspx; /SP/Issues/Detention/Pages/Complaints.aspx;
 *   /ar/special-procedures/wg-arbitrary-detention/complaints-and-urgent-appeals;
 * - freedom of opinion and expression: /FR/Issues/FreedomOpinion/Pages/OpinionIndex.aspx;
 *   /es/special-procedures/sr-freedom-of-opinion-and-expression; /ar/issues/freedomopinion/pages/opinionindex.aspx;
 * - torture: /fr/special-procedures/sr-torture; A/HRC/16/52 (Spanish); /ar/topic/torture (the short name).
 */
const MANDATE_TITLES: Readonly<Record<string, Partial<Record<TranslatedLocale, string>>>> = {
  'mandate-title.sr-adequate-housing': {
    fr: 'Rapporteur spécial sur le logement convenable en tant qu’élément du droit à un niveau de vie suffisant ainsi que sur le droit à la non-discrimination à cet égard',
    ar: 'المقرر الخاص المعني بالسكن اللائق كعنصر من عناصر الحق في مستوى معيشي مناسب وبالحق في عدم التمييز في هذا السياق',
  },
  'mandate-title.sr-health': {
    fr: 'Rapporteur spécial sur le droit qu’a toute personne de jouir du meilleur état de santé physique et mentale possible',
    es: 'Relator Especial sobre el derecho de toda persona al disfrute del más alto nivel posible de salud física y mental',
    ar: 'المقرر الخاص المعني بحق كل إنسان في التمتع بأعلى مستوى ممكن من الصحة البدنية والعقلية',
  },
  'mandate.sr-water-sanitation': {
    fr: 'Rapporteur spécial sur les droits de l’homme à l’eau potable et à l’assainissement',
    es: 'Relator Especial sobre los derechos humanos al agua potable y al saneamiento',
  },
  'mandate.sr-assembly-association': {
    fr: 'Rapporteur spécial sur les droits à la liberté de réunion pacifique et à la liberté d’association',
    ar: 'المقرر الخاص المعني بالحق في حرية التجمع السلمي وتكوين الجمعيات',
  },
  'mandate.sr-extreme-poverty': { ar: 'المقرر الخاص المعني بمسألة الفقر المدقع وحقوق الإنسان' },
  'mandate.sr-racism': {
    fr: 'Rapporteur spécial sur les formes contemporaines de racisme, de discrimination raciale, de xénophobie et de l’intolérance qui y est associée',
    es: 'Relator Especial sobre las formas contemporáneas de racismo, discriminación racial, xenofobia y formas conexas de intolerancia',
  },
  'mandate.sr-food': { es: 'Relator Especial sobre el derecho a la alimentación' },
  'mandate.wg-discrimination-women-girls': { ar: 'الفريق العامل المعني بالتمييز ضد النساء والفتيات' },
  'mandate.wg-arbitrary-detention': {
    fr: 'Groupe de travail sur la détention arbitraire',
    es: 'Grupo de Trabajo sobre la Detención Arbitraria',
    ar: 'الفريق العامل المعني بالاحتجاز التعسفي',
  },
  'mandate-title.sr-freedom-of-expression': {
    fr: 'Rapporteur spécial sur la promotion et la protection du droit à la liberté d’opinion et d’expression',
    es: 'Relator Especial sobre la promoción y protección del derecho a la libertad de opinión y de expresión',
    ar: 'المقرر الخاص المعني بتعزيز وحماية الحق في حرية الرأي والتعبير',
  },
  'mandate-title.sr-torture': {
    fr: 'Rapporteur spécial sur la torture et autres peines ou traitements cruels, inhumains ou dégradants',
    es: 'Relator Especial sobre la tortura y otros tratos o penas crueles, inhumanos o degradantes',
  },
  'mandate.sr-torture': { ar: 'المقرر الخاص المعني بالتعذيب' },
};

describe('special rapporteurs’ official titles', () => {
  for (const locale of TRANSLATED_LOCALES) {
    it(`locales/${locale}.xlf gives each mandate the title OHCHR gives it in that language`, async () => {
      const units = await readXliff(locale);
      const titled = Object.entries(MANDATE_TITLES).flatMap(([id, titles]) => (titles[locale] ? [[id, titles[locale]]] : []));
      expect(titled.length).to.be.greaterThan(0);
      for (const [id, title] of titled) expect(units.get(id!)?.target, id).to.equal(title);
    });
  }
});

describe('terms and typography', () => {
  for (const locale of TRANSLATED_LOCALES) {
    it(`locales/${locale}.xlf keeps the terms of its glossary`, async () => {
      const problems: string[] = [];
      for (const unit of (await readXliff(locale)).values())
        for (const { avoid, use, why } of GLOSSARY[locale]) if (avoid.test(unit.target ?? '')) problems.push(`${unit.id}: "${use}", not ${avoid} (${why})`);
      expect(problems).to.deep.equal([]);
    });
  }

  it('English: a point to check says who checks it (“A lawyer should check this”), not “someone”', async () => {
    const vague = [...(await readXliff('fr')).values()].filter((u) => /Someone (?:needs|must|should) (?:to )?check/.test(u.source));
    expect(vague.map((u) => u.id)).to.deep.equal([]);
  });

  it('English: each question, its hint and the safety notes speak in sentences of 20 words or fewer, read first by everyone', async () => {
    const sentences = (text: string) => text.split(/(?<=[.?!])\s+/);
    // A {n} in a safety note is a duration, two words once written out ("24 hours").
    const words = (sentence: string) => sentence.replace(/\{\d+\}/g, '24 hours').split(/\s+/).filter((word) => /\w/.test(word)).length;
    const long = [...(await readXliff('fr')).values()]
      .filter((u) => /^q\.[^.]+\.(?:title|hint)$|^safety\./.test(u.id))
      .flatMap((u) => sentences(u.source).filter((s) => words(s) > 20).map((s) => `${u.id}: ${words(s)} words: ${s}`));
    expect(long).to.deep.equal([]);
  });

  it('French has a no-break space before : ; ? ! » and after «', async () => {
    const problems: string[] = [];
    for (const unit of (await readXliff('fr')).values()) {
      const text = (unit.target ?? '').replace(/https?:\/\/\S+/g, '');
      if (/[^\u00a0\u202f][:;?!»]|«[^\u00a0\u202f]/.test(text)) problems.push(`${unit.id}: ${text}`);
    }
    expect(problems).to.deep.equal([]);
  });

  it('Spanish opens each question and exclamation with ¿ and ¡', async () => {
    const count = (text: string, mark: string) => text.split(mark).length - 1;
    const units = [...(await readXliff('es')).values()];
    expect(units.filter((u) => count(u.target ?? '', '¿') > 0).length).to.be.greaterThan(10);
    const unopened = units.filter(({ target }) => {
      const text = target ?? '';
      return count(text, '?') !== count(text, '¿') || count(text, '!') !== count(text, '¡');
    });
    expect(unopened.map((u) => `${u.id}: ${u.target}`)).to.deep.equal([]);
  });

  it('Arabic writes its own comma, semicolon and question mark (، ؛ ؟), not the Latin ones', async () => {
    const units = [...(await readXliff('ar')).values()];
    expect(units.filter((u) => /؟/.test(u.target ?? '')).length).to.be.greaterThan(10);
    // A web address or a UN document symbol keeps its own characters.
    const latin = units.filter((u) => /[,;?]/.test((u.target ?? '').replace(/https?:\/\/\S+|\b[A-Z]+(?:\/[\w.]+)+/g, '')));
    expect(latin.map((u) => `${u.id}: ${u.target}`)).to.deep.equal([]);
  });

  it('Arabic writes the tanween fatha on the letter before its alif (ًا), as its other texts do', async () => {
    const units = [...(await readXliff('ar')).values()];
    expect(units.filter((u) => /ًا/.test(u.target ?? '')).length).to.be.greaterThan(20);
    expect(units.filter((u) => /اً/.test(u.target ?? '')).map((u) => `${u.id}: ${u.target}`)).to.deep.equal([]);
  });

  it('Arabic names what a “Change” button or an unchecked fact is about with a noun phrase, not a question', async () => {
    // Read after "تغيير" (the review's Change buttons) or in a list: "تغيير هل …" is not Arabic.
    const units = [...(await readXliff('ar')).values()].filter((u) => /\.context$|^unconfirmed\./.test(u.id));
    expect(units.length).to.be.greaterThan(15);
    expect(units.filter((u) => /^هل\s/.test(u.target ?? '')).map((u) => u.id)).to.deep.equal([]);
  });
});
