import type { OtherRoutesData } from '../core/other-routes-schema.js';

/**
 * Where else a person can turn when a complaint under the OP-ICESCR is not possible.
 *
 * - Treaty bodies: who may complain and what each covers, from the treaty texts. WHICH
 *   State accepted each procedure, and when, is not repeated here: otherRoutes() reads it
 *   from env.procedures (the UN Treaty Collection table in complaint-procedures.ts).
 * - Regional routes: each with the States it reaches, the sources that list was checked
 *   against, and the codes that could not be confirmed (`unconfirmed`).
 * - Special Procedures: open for every State, no ratification needed.
 * - The ratification campaign, for a State not party to the OP-ICESCR.
 *
 * Nothing here is prose: `covers`, caveats and actions are codes or message keys that the
 * UI words. `articles` in each fit say which provision of the route's own instrument
 * reaches the situation, so that a reviewer can check the recommendation.
 */
export const OTHER_ROUTES: OtherRoutesData = {
  treatyBodies: {
    source:
      'Treaty texts: ICCPR First Optional Protocol arts 1-2 and 9(2); Optional Protocol to CEDAW arts 2 and 16(2); Optional Protocol to the CRPD arts 1 and 13(2); Optional Protocol to the CRC on a communications procedure arts 5 and 19(2); ICERD art. 14(1); CAT art. 22(1); ICPPED arts 30-31, 35, 39; CED/C/4/Rev.1. Human Rights Committee views on arts 6, 17, 22, 26 and 27 ICCPR. Exhaustion of domestic remedies: ICCPR-OP1 art. 5(2)(b), OP-CEDAW art. 4(1), OP-CRPD art. 2(d), OP3-CRC art. 7(e), ICERD art. 14(7)(a), CAT art. 22(5)(b), ICPPED art. 31(2)(d). Time limits after the final domestic decision: ICERD art. 14(5) and CERD rules of procedure rule 91(f), six months save exceptional circumstances; OP3-CRC art. 7(h), one year unless it was not possible; Human Rights Committee rules of procedure rule 99(c), after five years an abuse of the right of submission unless the delay is justified; none fixed for OP-CEDAW, OP-CRPD, CAT or ICPPED. Acceptances and dates: env.procedures (UNTC).',
    asOf: '2026-11-23',
    routes: [
      {
        // Human Rights Committee: civil and political rights; reaches economic and social
        // issues through equality before the law in any field (art. 26), home and family
        // (art. 17), life (art. 6), association (art. 22) and minority culture (art. 27).
        procedure: 'iccpr_op1',
        body: 'human-rights-committee',
        basis: 'ICCPR First Optional Protocol, arts 1-2',
        domesticRemediesFirst: 'ICCPR First Optional Protocol, arts 2 and 5(2)(b)',
        interimMeasures: { basis: 'HRC rules of procedure (CCPR/C/3/Rev.12), rule 94 (number unconfirmed)', withoutComplaint: false },
        sameMatter: {
          bars: 'pending',
          articles: ['5(2)(a)'],
          in: 'optional-protocol',
          extendedByReservations: true,
          source:
            'ICCPR-OP1 art. 5(2)(a): "The same matter is not being examined under another procedure of international investigation or settlement": once that procedure has ended, the Committee may take it. Many States, most of them European, reserved art. 5(2)(a) to bar a matter already examined too (OHCHR Fact Sheet 7/Rev.2; Germany\'s reservation; CCPR/C/123/D/2807/2016, para. 4.3): not known here State by State.',
        },
        timeLimitMonths: 60,
        // For others: their representative, or someone justifying it when they cannot act (HRC Rules of Procedure).
        who: { individuals: true, groups: true, onBehalf: true, organisations: false, consentNeeded: true },
        covers: 'route.iccpr_op1.covers',
        // Art. 9(1)-(2): three months after a deposit, from the Protocol's own entry into force on 23 March 1976.
        entryIntoForce: { months: 3, notBefore: '1976-03-23' },
        fit: {
          situations: [
            // Art. 17 protects the home a person has (eviction, demolition), not access to housing: no 'housing' here.
            { situation: 'eviction', articles: ['17'] },
            { situation: 'family', articles: ['17', '23', '24'] },
            { situation: 'discrimination', articles: ['26'] },
            { situation: 'gender-equality', articles: ['3', '26'] },
            { situation: 'health-care', articles: ['6'] },
            { situation: 'reproductive-health', articles: ['6', '7', '17'] },
            { situation: 'trade-union', articles: ['22'] },
            // Art. 27: for members of ethnic, religious or linguistic minorities, and indigenous peoples (Länsman v. Finland,
            // Poma Poma v. Peru), not for everyone's land or culture.
            { situation: 'cultural-life', articles: ['27'], onlyFor: 'minorities' },
            { situation: 'land', articles: ['27'], onlyFor: 'minorities' },
            { situation: 'civil-political', articles: ['6-27'] },
            { situation: 'disappearance', articles: ['6', '7', '9', '16'] },
          ],
          child: false,
          disability: false,
          // Equality before the law in any field (art. 26).
          grounds: ['sex', 'race', 'ethnicity'],
          consentJustifications: [],
        },
        caveats: [],
      },
      {
        // CEDAW Committee: discrimination against women and girls in every field (work,
        // health, benefits, rural life, education, family).
        procedure: 'cedaw_op',
        body: 'cedaw-committee',
        basis: 'Optional Protocol to CEDAW, art. 2',
        domesticRemediesFirst: 'Optional Protocol to CEDAW, art. 4(1)',
        interimMeasures: { basis: 'Optional Protocol to CEDAW, art. 5(1)', withoutComplaint: false },
        sameMatter: {
          bars: 'pending-or-examined',
          articles: ['4(2)(a)'],
          in: 'optional-protocol',
          source: 'OP-CEDAW art. 4(2)(a): "The same matter has already been examined by the Committee or has been or is being examined under another procedure of international investigation or settlement".',
        },
        timeLimitMonths: null,
        // For others: with their consent, unless the author can justify acting without it (OP-CEDAW art. 2).
        who: { individuals: true, groups: true, onBehalf: true, organisations: false, consentNeeded: true },
        covers: 'route.cedaw_op.covers',
        // Art. 16(1)-(2): three months after a deposit, from the Protocol's own entry into force on 22 December 2000.
        entryIntoForce: { months: 3, notBefore: '2000-12-22' },
        fit: {
          situations: [
            { situation: 'gender-equality', articles: ['1', '2', '3'] },
            { situation: 'reproductive-health', articles: ['12', '16(1)(e)'] },
          ],
          child: false,
          disability: false,
          grounds: ['sex'],
          consentJustifications: [],
        },
        // Its Convention's rights are women's (arts 1-2): complaints by or for women and girls (OP-CEDAW art. 2). The tool
        // does not ask the person's sex, so its card says so to a man who was treated unfairly because of his.
        caveats: ['women-and-girls-only'],
      },
      {
        // CRPD Committee: disability rights, including education, health, work and an
        // adequate standard of living.
        procedure: 'crpd_op',
        body: 'crpd-committee',
        basis: 'Optional Protocol to the CRPD, art. 1',
        domesticRemediesFirst: 'Optional Protocol to the CRPD, art. 2(d)',
        interimMeasures: { basis: 'Optional Protocol to the CRPD, art. 4(1)', withoutComplaint: false },
        sameMatter: {
          bars: 'pending-or-examined',
          articles: ['2(c)'],
          in: 'optional-protocol',
          source: 'OP-CRPD art. 2(c): "The same matter has already been examined by the Committee or has been or is being examined under another procedure of international investigation or settlement".',
        },
        timeLimitMonths: null,
        // For others: proof of their consent, such as a power of attorney, or the reasons for acting without it (OHCHR, CRPD training guide).
        who: { individuals: true, groups: true, onBehalf: true, organisations: false, consentNeeded: true },
        covers: 'route.crpd_op.covers',
        // Art. 13(1)-(2): the 30th day after a deposit, from the Protocol's own entry into force on 3 May 2008.
        entryIntoForce: { days: 30, notBefore: '2008-05-03' },
        fit: { situations: [], child: false, disability: true, grounds: [], consentJustifications: [] },
        caveats: [],
      },
      {
        // Committee on the Rights of the Child: children's rights.
        procedure: 'crc_op3',
        body: 'crc-committee',
        basis: 'Optional Protocol to the CRC on a communications procedure, art. 5',
        domesticRemediesFirst: 'Optional Protocol to the CRC on a communications procedure, art. 7(e)',
        interimMeasures: { basis: 'Optional Protocol to the CRC on a communications procedure, art. 6(1)', withoutComplaint: false },
        sameMatter: {
          bars: 'pending-or-examined',
          articles: ['7(d)'],
          in: 'optional-protocol',
          source: 'OP3-CRC art. 7(d): "The same matter has already been examined by the Committee or has been or is being examined under another procedure of international investigation or settlement".',
        },
        timeLimitMonths: 12,
        // "… except in cases where the author can demonstrate that it had not been possible to submit the communication within that time limit" (art. 7(h)).
        timeLimitUnlessImpossible: true,
        // For others: with their consent, unless the author can justify acting without it (OP3-CRC art. 5(2)).
        who: { individuals: true, groups: true, onBehalf: true, organisations: false, consentNeeded: true },
        covers: 'route.crc_op3.covers',
        // Art. 19(1)-(2): three months after a deposit, from the Protocol's own entry into force on 14 April 2014.
        entryIntoForce: { months: 3, notBefore: '2014-04-14' },
        fit: { situations: [], child: true, disability: false, grounds: [], consentJustifications: [] },
        caveats: [],
      },
      {
        // CERD Committee: racial or ethnic discrimination, including in economic, social and
        // cultural rights (ICERD art. 5(e)).
        procedure: 'cerd_art14',
        body: 'cerd-committee',
        basis: 'ICERD, art. 14(1) declaration',
        domesticRemediesFirst: 'ICERD, art. 14(7)(a)',
        interimMeasures: { basis: 'CERD rules of procedure, rule 94(3) (number unconfirmed)', withoutComplaint: false },
        sameMatter: {
          bars: 'none',
          articles: [],
          source:
            'ICERD art. 14 sets no same-matter rule (only domestic remedies, art. 14(7)(a), and six months, art. 14(5)). Several States\' art. 14 declarations exclude a matter examined elsewhere (UN Treaty Collection, IV-2): the card says to check the reservations.',
        },
        timeLimitMonths: 6,
        // For others: their representative, or someone justifying it when they cannot act (CERD Rules of Procedure; OHCHR Fact Sheet 7/Rev.2).
        who: { individuals: true, groups: true, onBehalf: true, organisations: false, consentNeeded: true },
        covers: 'route.cerd_art14.covers',
        // Art. 14(9): the procedure began once ten States had declared, on 3 December 1982.
        entryIntoForce: { days: 0, notBefore: '1982-12-03' },
        fit: { situations: [], child: false, disability: false, grounds: ['race', 'ethnicity'], consentJustifications: [] },
        caveats: [],
      },
      {
        // Committee against Torture: torture and cruel, inhuman or degrading treatment.
        // Rarely the place for an economic or social claim: never recommended on its own.
        procedure: 'cat_art22',
        body: 'committee-against-torture',
        basis: 'CAT, art. 22(1) declaration',
        domesticRemediesFirst: 'CAT, art. 22(5)(b)',
        interimMeasures: { basis: 'CAT rules of procedure (CAT/C/3/Rev.6), rule 114 (number unconfirmed)', withoutComplaint: false },
        sameMatter: {
          bars: 'pending-or-examined',
          articles: ['22(5)(a)'],
          in: 'convention',
          source: 'CAT art. 22(5)(a): "The same matter has not been, and is not being, examined under another procedure of international investigation or settlement".',
        },
        timeLimitMonths: null,
        // For others: relatives or designated representatives, or someone justifying it when they cannot act (CAT Rules of Procedure).
        who: { individuals: true, groups: false, onBehalf: true, organisations: false, consentNeeded: true },
        covers: 'route.cat_art22.covers',
        // Art. 22(8): in force once five States had declared, with the Convention itself on 26 June 1987 (art. 27(1)).
        entryIntoForce: { days: 0, notBefore: '1987-06-26' },
        fit: { situations: [], child: false, disability: false, grounds: [], consentJustifications: [] },
        caveats: [],
      },
      {
        // Committee on Enforced Disappearances, urgent action: a request to search for and
        // find a disappeared person, against any State party (no declaration). Relatives
        // (victims themselves, art. 24(1)), their representatives or counsel, or anyone
        // with a legitimate interest may ask. It needs a report to the authorities first
        // (art. 30(2)(c)), not a final decision, so no 'remedies-first'.
        procedure: 'ced_art30',
        body: 'committee-on-enforced-disappearances',
        basis: 'ICPPED, art. 30',
        domesticRemediesFirst: null,
        // Itself the request to act at once (listed first when it fits): no measures beside it.
        interimMeasures: null,
        sameMatter: {
          bars: 'pending',
          articles: ['30(2)(e)'],
          in: 'convention',
          source: 'ICPPED art. 30(2)(e): the same matter "is not being examined under another procedure of international investigation or settlement of the same nature" (claiminghumanrights.org, the conditions of art. 30).',
        },
        timeLimitMonths: null,
        // Urgent action: asked by relatives, their representatives, or anyone with a legitimate interest (ICPPED art. 30(1)).
        who: { individuals: true, groups: false, onBehalf: true, organisations: false, consentNeeded: false },
        covers: 'route.ced_art30.covers',
        // The 30th day after the deposit (art. 39(2)), not before the Convention's own entry into force (art. 39(1)).
        entryIntoForce: { days: 30, notBefore: '2010-12-23' },
        urgent: true,
        fit: {
          situations: [{ situation: 'disappearance', articles: ['30'] }],
          child: false,
          disability: false,
          grounds: [],
          consentJustifications: ['disappearance'],
        },
        caveats: ['report-to-authorities-first', 'disappearance-after-entry-into-force'],
      },
      {
        // Committee on Enforced Disappearances: enforced disappearance.
        procedure: 'ced_art31',
        body: 'committee-on-enforced-disappearances',
        basis: 'ICPPED, art. 31(1) declaration',
        domesticRemediesFirst: 'ICPPED, art. 31(2)(d)',
        interimMeasures: { basis: 'ICPPED, art. 31(4)', withoutComplaint: false },
        sameMatter: {
          bars: 'pending',
          articles: ['31(2)(c)'],
          in: 'convention',
          source: 'ICPPED art. 31(2)(c): inadmissible where "the same matter is being examined under another procedure of international investigation or settlement of the same nature".',
        },
        timeLimitMonths: null,
        // For others: their representative, or someone justifying it when they cannot act (OHCHR Fact Sheet 7/Rev.2).
        who: { individuals: true, groups: false, onBehalf: true, organisations: false, consentNeeded: true },
        covers: 'route.ced_art31.covers',
        // A declaration applies from its deposit, but not before the Convention is in force
        // (art. 39(1)), nor before it is for the State (art. 39(2): ced_art30's day).
        entryIntoForce: { days: 0, notBefore: '2010-12-23' },
        withTreaty: 'ced_art30',
        fit: {
          situations: [{ situation: 'disappearance', articles: ['2', '24'] }],
          child: false,
          disability: false,
          grounds: [],
          consentJustifications: ['disappearance'],
        },
        caveats: ['disappearance-after-entry-into-force'],
      },
    ],
  },

  regional: {
    routes: [
      {
        // European Court of Human Rights: applications from any person, group or NGO that
        // claims to be a victim (art. 34; no actio popularis), against any party to the
        // Convention. Civil and political rights that reach social problems: home and family
        // life (art. 8, e.g. evictions: Yordanova v. Bulgaria, McCann v. UK), life (art. 2),
        // discrimination in the enjoyment of those rights (art. 14), and in Protocol No. 1
        // property (P1-1, including contributory benefits) and education (P1-2).
        procedure: 'echr-applications',
        body: 'european-court-of-human-rights',
        region: 'europe',
        basis: 'European Convention on Human Rights, art. 34',
        domesticRemediesFirst: 'European Convention on Human Rights, art. 35(1) (within four months of the final decision, Protocol No. 15)',
        // Amended 28 March 2024: "an imminent risk of irreparable harm to a Convention right", mostly life and ill-treatment (r39.echr.coe.int).
        interimMeasures: { basis: 'Rules of Court, rule 39', withoutComplaint: false },
        sameMatter: {
          bars: 'pending-or-examined',
          articles: ['35(2)(b)'],
          in: 'convention',
          source:
            'ECHR art. 35(2)(b): no application that "is substantially the same as a matter that has already been examined by the Court or has already been submitted to another procedure of international investigation or settlement and contains no relevant new information" (the UN Human Rights Committee is one: Calcerrada Fornieles and Cabeza Mato v. Spain).',
        },
        timeLimitMonths: 4,
        // From the day after the decision was given in public or, if it was not, served on or
        // made known to the applicant or their lawyer (see source).
        timeLimitFromNotice: true,
        // Six months still for a final decision taken before the four months applied (Protocol No. 15, art. 8(3)).
        earlierTimeLimit: { before: '2022-02-01', months: 6 },
        // A representative needs the applicant's authority (Rules of Court, rule 45(3)).
        who: { individuals: true, groups: true, onBehalf: true, organisations: false, consentNeeded: true },
        covers: 'route.echr-applications.covers',
        fit: {
          situations: [
            // Art. 8 protects the home a person has, not access to one (Chapman v. UK, para. 99): no 'housing' here.
            { situation: 'eviction', articles: ['8', 'P1-1'] },
            { situation: 'land', articles: ['8', 'P1-1'] },
            { situation: 'family', articles: ['8', '12'] },
            { situation: 'health-care', articles: ['2', '8'] },
            { situation: 'reproductive-health', articles: ['8'] },
            { situation: 'education', articles: ['P1-2'] },
            { situation: 'trade-union', articles: ['11'] },
            { situation: 'social-security', articles: ['P1-1', '14'] },
            { situation: 'discrimination', articles: ['14'] },
            { situation: 'gender-equality', articles: ['14'] },
            { situation: 'civil-political', articles: ['2-18'] },
            { situation: 'disappearance', articles: ['2', '3', '5'] },
          ],
          child: false,
          disability: false,
          grounds: ['sex', 'race', 'ethnicity'], // art. 14
          consentJustifications: [],
        },
        caveats: [],
        // The 46 member States of the Council of Europe, each party to the Convention.
        states: [
          'AL', 'AD', 'AM', 'AT', 'AZ', 'BE', 'BA', 'BG', 'HR', 'CY', 'CZ', 'DK', 'EE', 'FI', 'FR', 'GE', 'DE', 'GR',
          'HU', 'IS', 'IE', 'IT', 'LV', 'LI', 'LT', 'LU', 'MT', 'MD', 'MC', 'ME', 'NL', 'MK', 'NO', 'PL', 'PT', 'RO',
          'SM', 'RS', 'SK', 'SI', 'ES', 'SE', 'CH', 'TR', 'UA', 'GB',
        ],
        unconfirmed: [],
        stateCaveats: [],
        source:
          'Council of Europe: 46 member States, every one party to the Convention (ETS No. 5); the Committee of Ministers, 23 March 2022: the Russian Federation ceased to be a Party on 16 September 2022. Time limit: Protocol No. 15 (in force 1 August 2021), four months for final domestic decisions from 1 February 2022, six months for earlier ones (art. 8(3); Registrar of the Court, 25 January 2022). Start of the time limit: the day after the final decision was given in public, or else served on or made known to the applicant or their representative (Practical Guide on Admissibility Criteria, art. 35(1); Abdulrahman v. the Netherlands (dec.), no. 66994/12: a ruling sent on 24 April, time running from 25 April).',
        asOf: '2026-12-03',
        note: 'The Court still deals with applications against the Russian Federation about acts before 16 September 2022: not listed here. Individual applications have been open against every party since Protocol No. 11 (1998).',
      },
      {
        // European Committee of Social Rights: collective complaints that a State applies the
        // European Social Charter unsatisfactorily. Organisations only (international NGOs on
        // the Governmental Committee's list, trade unions and employers' organisations; in
        // Finland also national NGOs): no individual complaints.
        procedure: 'esc-collective-complaints',
        body: 'european-committee-of-social-rights',
        region: 'europe',
        basis: 'Additional Protocol to the European Social Charter providing for a system of collective complaints (ETS No. 158, 1995), or a declaration under art. D(2) of the Revised Charter',
        // Collective complaints need not wait for the courts (Council of Europe, "The Collective Complaints Procedure").
        domesticRemediesFirst: null,
        interimMeasures: { basis: 'ECSR Rules, rule 36 (immediate measures)', withoutComplaint: false },
        sameMatter: {
          bars: 'none',
          articles: [],
          source: 'The 1995 Protocol sets no same-matter rule: "There is no bar against complaints about matters that are also being addressed by other mechanisms" (Brookings, Guide to International Human Rights Mechanisms, European Committee of Social Rights).',
        },
        timeLimitMonths: null,
        who: { individuals: false, groups: false, onBehalf: false, organisations: true, consentNeeded: false },
        covers: 'route.esc-collective-complaints.covers',
        fit: {
          situations: [
            { situation: 'eviction', articles: ['16', '31(2)'] },
            { situation: 'housing', articles: ['16', '31'] },
            // Adequate housing includes fresh water: States must ensure access to safe drinking water under art. 31(1)
            // (ERRC v. Portugal, No. 61/2010, merits 30 June 2011; Committee of Ministers Resolution CM/ResChS(2013)7).
            { situation: 'water', articles: ['31(1)', '16'] },
            { situation: 'health-care', articles: ['11', '13'] },
            { situation: 'reproductive-health', articles: ['11'] },
            { situation: 'education', articles: ['10', '17'] },
            { situation: 'work', articles: ['1'] },
            { situation: 'working-conditions', articles: ['2', '3', '4'] },
            { situation: 'trade-union', articles: ['5', '6'] },
            { situation: 'social-security', articles: ['12', '13', '14', '30'] },
            { situation: 'family', articles: ['16'] },
            { situation: 'discrimination', articles: ['E'] },
            { situation: 'gender-equality', articles: ['4(3)', '20'] },
          ],
          child: true, // arts 7 and 17
          disability: true, // art. 15
          grounds: [],
          consentJustifications: [],
        },
        caveats: ['organisations-only', 'accepted-provisions-vary'],
        // 14 parties to the 1995 Protocol, plus Bulgaria and Slovenia by declaration under
        // art. D(2) of the Revised Charter.
        states: ['BE', 'BG', 'HR', 'CY', 'CZ', 'FI', 'FR', 'GR', 'IE', 'IT', 'NL', 'NO', 'PT', 'SI', 'ES', 'SE'],
        unconfirmed: [],
        stateCaveats: [],
        source:
          'Council of Europe, European Social Charter "Signatures and ratifications" table, situation at 1 May 2021 (column "Acceptance of collective complaint procedure": BE 23/06/2003, BG 07/06/2000, HR 26/02/2003, CY 06/08/1996, CZ 04/04/2012, FI 17/07/1998, FR 07/05/1999, GR 18/06/1998, IE 04/11/2000, IT 03/11/1997, NL 03/05/2006, NO 20/03/1997); Dutch treaty database (verdragenbank.overheid.nl) parties to ETS 158: BE, CY, FI, FR, GR, IE, IT, HR, NL (Europe only), NO, PT, ES (in force 1 Dec 2022), CZ, SE; Spain: Ararteko (provisional application from 1 Jul 2021); Slovenia: Government of Slovenia follow-up report to collective complaints 53/2008 and 95/2013, and ECSR Findings 2019 on the follow-up to collective complaints concerning Slovenia.',
        asOf: '2026-11-23',
        note: 'Netherlands: the Kingdom in Europe only. Finland also lets national NGOs complain (art. 2 declaration of 26 Aug 1998). Spain applied the Protocol provisionally from 1 July 2021; in force from 1 December 2022. The Revised Charter is accepted provision by provision, so a complaint must concern a provision the State accepted.',
      },
      {
        // African Commission on Human and Peoples' Rights: communications from individuals,
        // groups and NGOs against States party to the African Charter, which protects
        // economic, social and cultural rights alongside civil and political ones, and
        // peoples' rights (self-determination, development, natural resources).
        procedure: 'achpr-communications',
        body: 'african-commission-on-human-and-peoples-rights',
        region: 'africa',
        basis: "African Charter on Human and Peoples' Rights, art. 55",
        domesticRemediesFirst: "African Charter on Human and Peoples' Rights, art. 56(5)",
        interimMeasures: { basis: 'ACHPR Rules of Procedure (2020), rule 100 (number unconfirmed)', withoutComplaint: false },
        // No `sameMatter`: art. 56(7) bars "cases which have been settled" under the UN Charter, the OAU Charter or this
        // one; whether the Commission takes a case still pending before another body was not confirmed: it "may refuse".
        timeLimitMonths: null,
        // Anyone may send a communication, the victims' agreement not needed (African Charter art. 55; actio popularis).
        who: { individuals: true, groups: true, onBehalf: true, organisations: true, consentNeeded: false },
        covers: 'route.achpr-communications.covers',
        fit: {
          situations: [
            // Housing and food are read into arts 4, 14, 16, 18(1) and 22 (SERAC v Nigeria, 155/96).
            { situation: 'eviction', articles: ['14', '16', '18(1)'] },
            { situation: 'housing', articles: ['14', '16', '18(1)'] },
            { situation: 'food', articles: ['4', '16', '22'] },
            { situation: 'water', articles: ['16', '24'] },
            { situation: 'land', articles: ['14', '21', '22'] },
            { situation: 'health-care', articles: ['16'] },
            { situation: 'reproductive-health', articles: ['16'] },
            { situation: 'education', articles: ['17(1)'] },
            { situation: 'work', articles: ['15'] },
            { situation: 'working-conditions', articles: ['15'] },
            { situation: 'trade-union', articles: ['10'] },
            { situation: 'family', articles: ['18'] },
            { situation: 'discrimination', articles: ['2', '3'] },
            { situation: 'gender-equality', articles: ['2', '18(3)'] },
            { situation: 'cultural-life', articles: ['17(2)', '22'] },
            { situation: 'self-determination', articles: ['20', '21', '22'] },
            { situation: 'civil-political', articles: ['4-13'] },
            { situation: 'disappearance', articles: ['4', '5', '6'] },
          ],
          child: true, // art. 18(3)
          disability: true, // art. 18(4)
          grounds: ['sex', 'race', 'ethnicity'], // art. 2
          consentJustifications: [],
        },
        caveats: [],
        // Every African Union member except Morocco (54 parties, one of them the Sahrawi
        // Arab Democratic Republic, which has no ISO code here).
        states: [
          'DZ', 'AO', 'BJ', 'BW', 'BF', 'BI', 'CM', 'CV', 'CF', 'TD', 'KM', 'CG', 'CD', 'CI', 'DJ', 'EG', 'GQ', 'ER',
          'SZ', 'ET', 'GA', 'GM', 'GH', 'GN', 'GW', 'KE', 'LS', 'LR', 'LY', 'MG', 'MW', 'ML', 'MR', 'MU', 'MZ', 'NA',
          'NE', 'NG', 'RW', 'ST', 'SN', 'SC', 'SL', 'SO', 'ZA', 'SS', 'SD', 'TZ', 'TG', 'TN', 'UG', 'ZM', 'ZW',
        ],
        unconfirmed: ['SS'],
        stateCaveats: [],
        source:
          'African Commission on Human and Peoples\' Rights, quoted: the Charter "has been ratified by fifty-four (54) African Union (AU) Member States" (the AU has 55); Morocco named as the only AU member not party (Sahrawi press page, undated); 2013-2015 NGO letters: South Sudan then the only AU member not party; ACHPR communiqué of 18 June 2016: no communications against South Sudan before its ratification.',
        asOf: '2026-11-23',
        note: 'The Sahrawi Arab Democratic Republic is a party but has no ISO 3166-1 code in this tool. South Sudan is listed because the count of 54 parties requires it; its deposit date was not seen in a primary source. AU suspensions (e.g. Mali, Guinea, Burkina Faso, Niger, Sudan, Gabon) do not end Charter obligations. The African Court is a separate route, open to individuals only against States that made the art. 34(6) declaration: not listed here.',
      },
      {
        // African Committee of Experts on the Rights and Welfare of the Child: communications
        // about any matter in the African Children's Charter (children under 18, art. 2) against
        // any State party, with no declaration needed (art. 44(1)), from a person, a group or an
        // NGO, for a child; a member State or the UN may too. Civil, political, economic, social
        // and cultural rights alike (Talibé children v. Senegal, 2014).
        procedure: 'acerwc-communications',
        body: 'african-committee-of-experts-on-the-rights-and-welfare-of-the-child',
        region: 'africa',
        basis: 'African Charter on the Rights and Welfare of the Child, art. 44(1)',
        domesticRemediesFirst: 'ACERWC Revised Guidelines for the Consideration of Communications (2014), Section IX(1)',
        // Provisional measures under its Guidelines not confirmed here: none said.
        interimMeasures: null,
        // No `sameMatter`: its Guidelines' rule on a matter before another body was not confirmed here: it "may refuse".
        // "A reasonable period" after the final domestic decision (Guidelines, Section IX(1)): no fixed months.
        timeLimitMonths: null,
        // NGOs bring communications for children they do not name one by one (see source). Whether
        // someone acting for a child needs the child's agreement is not confirmed here: left out.
        who: { individuals: true, groups: true, onBehalf: true, organisations: true },
        covers: 'route.acerwc-communications.covers',
        fit: {
          situations: [
            // Home (art. 10); help for families with nutrition, health, education, clothing and housing (art. 20(2)(a)).
            { situation: 'eviction', articles: ['10', '20(2)(a)'] },
            { situation: 'housing', articles: ['20(2)(a)'] },
            { situation: 'food', articles: ['14(2)(c)', '20(2)(a)'] },
            { situation: 'water', articles: ['14(2)(c)'] },
            { situation: 'health-care', articles: ['14'] },
            { situation: 'reproductive-health', articles: ['14'] },
            { situation: 'education', articles: ['11'] },
            // Child labour: economic exploitation, hours and conditions of work.
            { situation: 'work', articles: ['15'] },
            { situation: 'working-conditions', articles: ['15'] },
            { situation: 'trade-union', articles: ['8'] },
            { situation: 'social-security', articles: ['20(2)(a)'] },
            { situation: 'family', articles: ['18', '19', '20'] },
            { situation: 'discrimination', articles: ['3', '26'] },
            { situation: 'gender-equality', articles: ['3', '21(1)(b)'] },
            { situation: 'cultural-life', articles: ['12'] },
            { situation: 'civil-political', articles: ['5-10', '16', '17'] },
            // Life, abuse, abduction.
            { situation: 'disappearance', articles: ['5', '16', '29'] },
          ],
          child: true,
          // Its Charter is for every human being below 18 (art. 2): an adult's problem is not its matter.
          childrenOnly: true,
          disability: true, // art. 13
          grounds: ['sex', 'race', 'ethnicity'], // art. 3
          consentJustifications: [],
        },
        caveats: [],
        // The parties among the African Union's members: every one but Morocco, Somalia, South
        // Sudan and Tunisia (51, one of them the Sahrawi Arab Democratic Republic, which has no
        // ISO code here). Egypt reserved art. 44 (see note and unconfirmed).
        states: [
          'DZ', 'AO', 'BJ', 'BW', 'BF', 'BI', 'CM', 'CV', 'CF', 'TD', 'KM', 'CG', 'CD', 'CI', 'DJ', 'EG', 'GQ', 'ER',
          'SZ', 'ET', 'GA', 'GM', 'GH', 'GN', 'GW', 'KE', 'LS', 'LR', 'LY', 'MG', 'MW', 'ML', 'MR', 'MU', 'MZ', 'NA',
          'NE', 'NG', 'RW', 'ST', 'SN', 'SC', 'SL', 'ZA', 'SD', 'TZ', 'TG', 'UG', 'ZM', 'ZW',
        ],
        unconfirmed: ['EG'],
        stateCaveats: [],
        source:
          'ACERWC, reporting.acerwc.africa "About the Charter": 50 AU Member States party; not Morocco, the Sahrawi Arab Democratic Republic, Somalia, South Sudan, Tunisia; reservations by Egypt (arts 24, 30(a)-(e), 44, 45(1)), Mauritania and Sudan. A. Z. Tsighe (ACERWC), AfricLaw, March 2024: the same 50 and five. SADR deposit at the AU, 1 Aug 2024 (press). Somalia: House of the People vote of 1 Oct 2025, Senate and President to act (Save the Children, 2 Oct 2025). Egypt: ACERWC letter of 30 Jan 2017, the art. 44 reservation incompatible with the Charter; it went on with two communications against Egypt (ACERWC, Oct 2017). Who may complain: art. 44(1); NGOs for children as a group: Talibés v. Senegal (Decision 003/Com/001/2012), Tanzanian girls (0012/Com/001/2019). Admissibility and "a reasonable period": Revised Guidelines (2014), Section IX.',
        asOf: '2026-12-06',
        note: 'Not party: Morocco; Tunisia; South Sudan (parliament approved in Oct 2014, no deposit since; ACERWC advocacy mission of April 2023); Somalia (one house of parliament in Oct 2025; no deposit seen). Sure as of March 2024 on the ACERWC\'s own count; less sure for Somalia, whose deposit may follow. The Sahrawi Arab Democratic Republic is a party but has no ISO 3166-1 code in this tool. Egypt is listed as unconfirmed: it reserved art. 44, and the Committee holds that reservation invalid. Other reservations (ACERWC list): Mauritania art. 9; Sudan arts 10, 11(6), 21(2). The Committee has waived exhaustion where the child\'s best interests required it (Nubian children v. Kenya, 2011; AHRLJ 2012, 564).',
      },
      {
        // Inter-American Commission on Human Rights: petitions against any OAS member State
        // (art. 44 American Convention for its parties; the American Declaration for the
        // others). Economic, social and cultural rights through the Declaration (arts XI-XVI)
        // and Convention art. 26; the San Salvador Protocol itself, for its parties, allows
        // petitions only on trade union rights (art. 8(a)) and education (art. 13), art. 19(6).
        procedure: 'iachr-petitions',
        body: 'inter-american-commission-on-human-rights',
        region: 'americas',
        basis: 'OAS Charter art. 106; American Convention on Human Rights art. 44; IACHR Statute art. 20 and Rules art. 51 (American Declaration)',
        domesticRemediesFirst: 'American Convention on Human Rights art. 46(1)(a); IACHR Rules art. 31',
        // Precautionary measures, "whether related to a petition or not", in serious and urgent situations presenting a risk of irreparable harm (oas.org).
        interimMeasures: { basis: 'IACHR Rules of Procedure, art. 25(1)', withoutComplaint: true },
        sameMatter: {
          bars: 'pending-or-examined',
          articles: ['46(1)(c)', '47(d)'],
          in: 'convention',
          source:
            'American Convention art. 46(1)(c), not "pending in another international proceeding for settlement", and art. 47(d), not "substantially the same as one previously studied by the Commission or by another international organization"; for every OAS member, "Neither the Commission nor the Court will consider a petition that is pending before, or has already been examined by, another international human rights mechanism", the Special Procedures excepted (Brookings, Guide to International Human Rights Mechanisms).',
        },
        // The Convention's articles bind only its parties. For a State it does not bind, the Commission's own Rules of
        // Procedure, art. 33 ("Duplication of procedures"), which apply to every petition: the Declaration's States
        // (those marked 'american-declaration-only' below), and Venezuela, whose denunciation took effect on
        // 10 Sep 2013 and whose "return" of 2019 is contested (see note): art. 33 applies on either reading.
        stateSameMatter: [
          {
            states: ['AG', 'BS', 'BZ', 'CA', 'CU', 'GY', 'KN', 'LC', 'VC', 'TT', 'US', 'VE'],
            sameMatter: {
              bars: 'pending-or-examined',
              articles: ['33(1)'],
              in: 'rules-of-procedure',
              source:
                'IACHR Rules of Procedure (2009, amended 2013), art. 33 "Duplication of procedures": no petition whose subject matter (a) is pending settlement in another procedure before an international governmental organization of which the State is a member, or (b) essentially duplicates a petition pending or already examined and settled by the Commission or such an organization; 33(2): not where that procedure is a general examination of the country, or was brought by a third party without the victim\'s mandate (oas.org/en/iachr/mandate/basics/rulesiachr.asp). Art. 27: every petition meets the Rules. Venezuela: IACHR press release, 10 Sep 2013 (bound by the OAS Charter and the Declaration).',
            },
          },
        ],
        timeLimitMonths: 6,
        // From the day the person was notified of the final decision (art. 46(1)(b)).
        timeLimitFromNotice: true,
        // An organisation may petition (Convention art. 44), but for victims it names or can
        // identify: a petition in the abstract, for no one in particular, is inadmissible
        // (IACHR Report 88/03, petition 11.533, Metropolitan Nature Reserve v. Panama, 22 Oct 2003).
        // Any person or recognised NGO may petition, the victims' agreement not needed (Convention art. 44).
        who: { individuals: true, groups: true, onBehalf: true, organisations: false, consentNeeded: false },
        covers: 'route.iachr-petitions.covers',
        fit: {
          // Articles of the American Declaration of the Rights and Duties of Man.
          situations: [
            { situation: 'eviction', articles: ['IX', 'XXIII'] },
            { situation: 'housing', articles: ['XI'] },
            { situation: 'food', articles: ['XI'] },
            { situation: 'water', articles: ['XI'] },
            { situation: 'land', articles: ['XXIII'] },
            { situation: 'health-care', articles: ['XI'] },
            { situation: 'reproductive-health', articles: ['XI'] },
            { situation: 'education', articles: ['XII'] },
            { situation: 'work', articles: ['XIV'] },
            { situation: 'working-conditions', articles: ['XIV'] },
            { situation: 'trade-union', articles: ['XXII'] },
            { situation: 'social-security', articles: ['XVI'] },
            { situation: 'family', articles: ['VI', 'VII'] },
            { situation: 'discrimination', articles: ['II'] },
            { situation: 'gender-equality', articles: ['II'] },
            { situation: 'cultural-life', articles: ['XIII'] },
            { situation: 'science', articles: ['XIII'] },
            { situation: 'authors-rights', articles: ['XIII'] },
            // The Declaration's civil and political rights, as a whole (I-X and XVII-XXVII; XI-XVI
            // are the social ones), as the other bodies' whole ranges are cited for this situation.
            { situation: 'civil-political', articles: ['I-X', 'XVII-XXVII'] },
            { situation: 'disappearance', articles: ['I', 'XXV'] },
          ],
          child: true, // art. VII
          disability: false,
          grounds: ['sex', 'race', 'ethnicity'], // art. II
          consentJustifications: [],
        },
        caveats: [],
        // The 34 OAS member States, and Nicaragua: out of the OAS since 19 Nov 2023, still party
        // to the American Convention (see note and unconfirmed).
        states: [
          'AG', 'AR', 'BS', 'BB', 'BZ', 'BO', 'BR', 'CA', 'CL', 'CO', 'CR', 'CU', 'DM', 'DO', 'EC', 'SV', 'GD', 'GT',
          'GY', 'HT', 'HN', 'JM', 'MX', 'NI', 'PA', 'PY', 'PE', 'KN', 'LC', 'VC', 'SR', 'TT', 'US', 'UY', 'VE',
        ],
        unconfirmed: ['NI', 'VE'],
        stateCaveats: [
          {
            // Parties to the Protocol of San Salvador (OAS treaty A-52), whose art. 19(6) lets
            // petitions rely on it only for trade union rights (art. 8(a)) and education (art. 13).
            // The others never joined it: nothing of it to limit (the Declaration, and for parties
            // to the Convention its art. 26, carry their social rights).
            caveat: 'san-salvador-petitions-limited',
            states: ['AR', 'BO', 'BR', 'CL', 'CO', 'CR', 'EC', 'SV', 'GT', 'HN', 'MX', 'NI', 'PA', 'PY', 'PE', 'SR', 'UY', 'VE'],
          },
          {
            // OAS members not party to the American Convention (Trinidad and Tobago denounced it
            // in 1998): petitions are examined under the American Declaration.
            caveat: 'american-declaration-only',
            states: ['AG', 'BS', 'BZ', 'CA', 'CU', 'GY', 'KN', 'LC', 'VC', 'TT', 'US'],
          },
        ],
        source:
          'Victims: IACHR Report 88/03 (petition 11.533, Metropolitan Nature Reserve, Panama, 22 Oct 2003), an abstract petition that does not individualise its victims is inadmissible (art. 47). Time limit: American Convention art. 46(1)(b) and IACHR Rules art. 32(1), six months from notification of the final decision (a reasonable time where an exception to exhaustion applies, art. 32(2)). OAS Department of International Law, B-32 American Convention on Human Rights, signatories and ratifications (the 35 member States as rows; 23 current parties); IACHR press release 312/21 of 20 Nov 2021 (Nicaragua); IACHR admissibility report 58/04 (petition 844/03, Cuba, American Declaration); ICJ and press on Venezuela\'s denunciations (Convention 2012/2013, OAS Charter 2017/2019). Protocol of San Salvador (A-52): OAS table of signatures and ratifications (cidh.oas.org), OAS SEDI page (16 parties), OAS news of 28 Jul 2022 (Chile; 18 parties).',
        asOf: '2026-12-05',
        note: 'Nicaragua denounced the OAS Charter on 18-19 Nov 2021, effective 19 Nov 2023, but remains party to the American Convention; the IACHR says it keeps competence. Venezuela denounced the Convention (effective 10 Sep 2013) and the OAS Charter (2017); the National Assembly\'s 2019 reversal and its OAS representation are contested, and whether the Convention or only the Declaration applies is unsettled. Cuba: the OAS excluded its government from participation in 1962 (lifted 2009, not taken up); the IACHR keeps processing petitions under the Declaration. Protocol of San Salvador deposits (OAS table): SR 10 Jul 1990, PA 18 Feb 1993, EC 25 Mar 1993, PE 4 Jun 1995, SV 6 Jun 1995, MX 16 Apr 1996, BR 21 Aug 1996, PY 3 Jun 1997, CO 23 Dec 1997, CR 16 Nov 1999, GT 5 Oct 2000, AR 23 Oct 2003, BO 5 Oct 2006, NI 5 Mar 2010, HN 11 Oct 2011; UY named a party by the OAS (date not seen); CL 28 Jul 2022; VE deposited by the interim government on 24 Jul 2020, counted by the OAS but contested. Signed only: CL before 2022, DO, HT.',
      },
    ],
  },

  specialProcedures: {
    source:
      'OHCHR, Special Procedures communications (as reproduced by WUNRN, 2014, and IDSN): mandate-holders act on credible information from any source by writing to the Government concerned; communications may concern individual cases, groups or laws; the source is kept confidential, anonymous communications are not considered. Sent with OHCHR\'s online form, in English, French or Spanish (ISHR Academy, Requesting a communication). The mandates come from the Human Rights Council, so no ratification is needed. Mandate list: thematic mandates relevant to the situations of rights.ts, and the Working Group on Enforced or Involuntary Disappearances. Checked on OHCHR\'s pages on 2026-12-07: the Working Group on Arbitrary Detention considers individual complaints; the rapporteurs on free expression and torture act on individual cases (sources beside each). No mandate on protecting the family (ICESCR art. 10).',
    asOf: '2026-11-23',
    procedure: 'special-procedures',
    body: 'un-special-procedures',
    who: { individuals: true, groups: true, onBehalf: true, organisations: true },
    covers: 'route.special-procedures.covers',
    caveats: ['no-decision-on-the-case'],
    mandates: [
      { id: 'sr-adequate-housing', situations: ['eviction', 'housing', 'land'], disability: false, grounds: [] },
      { id: 'sr-food', situations: ['food', 'land'], disability: false, grounds: [] },
      { id: 'sr-health', situations: ['health-care', 'reproductive-health'], disability: false, grounds: [] },
      { id: 'sr-water-sanitation', situations: ['water'], disability: false, grounds: [] },
      { id: 'sr-education', situations: ['education'], disability: false, grounds: [] },
      { id: 'sr-extreme-poverty', situations: ['social-security'], disability: false, grounds: [] },
      { id: 'sr-cultural-rights', situations: ['cultural-life', 'science', 'authors-rights'], disability: false, grounds: [] },
      { id: 'sr-assembly-association', situations: ['trade-union'], disability: false, grounds: [] },
      { id: 'sr-indigenous-peoples', situations: ['land', 'self-determination'], disability: false, grounds: [] },
      { id: 'wg-discrimination-women-girls', situations: ['gender-equality'], disability: false, grounds: ['sex'] },
      { id: 'sr-racism', situations: [], disability: false, grounds: ['race', 'ethnicity'] },
      { id: 'sr-disability', situations: [], disability: true, grounds: [] },
      // Torture, arrest, a fair trial, free speech (rights.ts): one answer, so each mandate on one of them is named.
      // Not the rapporteurs on defenders (a person's role) or on slavery (forced labour, not a job lost or pay too low):
      // no answer here says either, and "matches your answers" must be true.
      // First the Working Group on Arbitrary Detention, "the only non-treaty-based mechanism whose mandate expressly
      // provides for consideration of individual complaints", from the person, their family, representative or an NGO,
      // ending in an opinion; detention for exercising a freedom, and a fair trial not observed, make it arbitrary
      // (ohchr.org/EN/Issues/Detention/Pages/Complaints.aspx).
      { id: 'wg-arbitrary-detention', situations: ['civil-political'], disability: false, grounds: [] },
      // Urgent appeals and allegation letters on cases, journalists a high priority (HRC resolution 7/36;
      // ohchr.org/EN/Issues/FreedomOpinion/Pages/Complaints.aspx).
      { id: 'sr-freedom-of-expression', situations: ['civil-political'], disability: false, grounds: [] },
      // Urgent appeals for people at risk and communications on past cases, in every country, without domestic
      // remedies exhausted first (ohchr.org/en/special-procedures/sr-torture; /EN/Issues/Torture/SRTorture/Pages/Appeals.aspx).
      { id: 'sr-torture', situations: ['civil-political'], disability: false, grounds: [] },
      // Takes up a disappearance in any State, party to the Convention or not, and one that
      // began before it applied, which the CED sends it (CED/C/22/2, para. 2).
      { id: 'wg-enforced-disappearances', situations: ['disappearance'], disability: false, grounds: [] },
    ],
  },

  ratificationCampaign: {
    source:
      'ESCR-Net, "NGO Coalition for the OP-ICESCR": the Coalition, coordinated by ESCR-Net, campaigns for ratification (lobbying governments and parliaments, the Universal Periodic Review) and is open to organisations and individuals.',
    asOf: '2026-11-23',
    procedure: 'ratification-campaign',
    body: 'ngo-coalition-op-icescr',
    coordinator: 'ESCR-Net',
    covers: 'route.ratification-campaign.covers',
    actions: ['ask-foreign-ministry-and-parliament', 'raise-in-universal-periodic-review', 'join-ngo-coalition'],
    caveats: ['not-a-complaint'],
  },
};
