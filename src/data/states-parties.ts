import type { StatesPartiesData } from '../core/parties.js';

/**
 * States that signed or joined the OP-ICESCR: the 31 parties, then the 24 signatories that
 * have not ratified (46 signatories in all; 9 parties acceded without signing).
 *
 * Signature and deposit dates, accession markers ('a') and the declarations under arts 10
 * and 11 are those of the UN Treaty Collection status page for chapter IV-3-a, "status as
 * at 03-02-2026" (saved copy in mgaldino/treaties-ideal-point@746a24f,
 * data/raw/un_hr_treaties/html/icescr_op.html). Deposit dates equal the icescr_op column of
 * un-complaint-procedures.csv. Article 10/11 flags reflect declarations as at that date
 * (a State may make one at any time). Entry into force is not stored: see entryIntoForce().
 * Sources and open points for each item: states-parties.sources.md. To update it, follow
 * the README's "Updating the data": the steps, and the checks that catch a mistake.
 */
export const STATES_PARTIES: StatesPartiesData = {
  // What a clinic's summary prints and cites: the status page alone (what was checked beyond it is in the sources file).
  source: 'UN Treaty Collection, chapter IV-3-a, status as at 3 February 2026',
  asOf: '2026-02-03',
  states: [
    // Parties (31), in the UN Treaty Collection's alphabetical order.
    // Albania
    {
      code: 'AL',
      signedOn: null,
      consentedOn: '2025-02-19',
      consentKind: 'accession',
      article10: false,
      article11: false,
      unconfirmed: [],
      note: 'Acceded on 19 Feb 2025 without signing; no declaration under arts 10 or 11.',
    },
    // Argentina
    {
      code: 'AR',
      signedOn: '2009-09-24',
      consentedOn: '2011-10-24',
      consentKind: 'ratification',
      article10: false,
      article11: false,
      unconfirmed: [],
      note: 'Declaration on the Malvinas/Falkland Islands, South Georgia and South Sandwich Islands, with the understanding that the communications system does not apply to the right of peoples to self-determination in any context related to sovereignty disputes (the United Kingdom rejected it on 25 Oct 2012). No declaration under arts 10 or 11.',
    },
    // Armenia
    {
      code: 'AM',
      signedOn: '2009-09-29',
      consentedOn: '2020-10-13',
      consentKind: 'ratification',
      article10: false,
      article11: false,
      unconfirmed: [],
    },
    // Belgium
    {
      code: 'BE',
      signedOn: '2009-09-24',
      consentedOn: '2014-05-20',
      consentKind: 'ratification',
      article10: true,
      article11: true,
      unconfirmed: [],
      note: 'Declaration recognizing the competence of the Committee under art. 10 (inter-State communications) and arts 11 and 12 (inquiry into grave or systematic violations).',
    },
    // Bolivia
    {
      code: 'BO',
      signedOn: '2010-02-12',
      consentedOn: '2012-01-13',
      consentKind: 'ratification',
      article10: false,
      article11: false,
      unconfirmed: [],
    },
    // Bosnia and Herzegovina
    {
      code: 'BA',
      signedOn: '2010-07-12',
      consentedOn: '2012-01-18',
      consentKind: 'ratification',
      article10: false,
      article11: false,
      unconfirmed: [],
    },
    // Cabo Verde
    {
      code: 'CV',
      signedOn: '2011-09-26',
      consentedOn: '2014-06-23',
      consentKind: 'ratification',
      article10: false,
      article11: false,
      unconfirmed: [],
    },
    // Central African Republic
    {
      code: 'CF',
      signedOn: null,
      consentedOn: '2016-10-11',
      consentKind: 'accession',
      article10: false,
      article11: false,
      unconfirmed: [],
      note: 'Acceded without signing.',
    },
    // Costa Rica
    {
      code: 'CR',
      signedOn: '2011-04-28',
      consentedOn: '2014-09-23',
      consentKind: 'ratification',
      article10: false,
      article11: false,
      unconfirmed: [],
    },
    // Côte d'Ivoire
    {
      code: 'CI',
      signedOn: null,
      consentedOn: '2024-11-04',
      consentKind: 'accession',
      article10: false,
      article11: false,
      unconfirmed: [],
      note: 'Acceded without signing.',
    },
    // Ecuador
    {
      code: 'EC',
      signedOn: '2009-09-24',
      consentedOn: '2010-06-11',
      consentKind: 'ratification',
      article10: false,
      article11: false,
      unconfirmed: [],
    },
    // El Salvador
    {
      code: 'SV',
      signedOn: '2009-09-25',
      consentedOn: '2011-09-20',
      consentKind: 'ratification',
      article10: true,
      article11: true,
      unconfirmed: [],
      note: 'Declarations recognizing the competence of the Committee under art. 10 (inter-State communications) and art. 11 (inquiry procedure).',
    },
    // Finland
    {
      code: 'FI',
      signedOn: '2009-09-24',
      consentedOn: '2014-01-31',
      consentKind: 'ratification',
      article10: true,
      article11: true,
      unconfirmed: ['entryIntoForce'],
      note: 'Declaration recognizing the competence of the Committee for inter-State communications against Finland (art. 10) and for the inquiry procedure (art. 11). Entry into force: deposit on 31 Jan 2014 plus three months gives 30 Apr or 1 May 2014; Finland\'s Ministry for Foreign Affairs gives 30 Apr 2014, but the UN depositary notification with the UN\'s own date was not found, so the date stays flagged.',
    },
    // France
    {
      code: 'FR',
      signedOn: '2012-12-11',
      consentedOn: '2015-03-18',
      consentKind: 'ratification',
      article10: false,
      article11: false,
      unconfirmed: [],
    },
    // Gabon
    {
      code: 'GA',
      signedOn: '2009-09-24',
      consentedOn: '2014-04-01',
      consentKind: 'ratification',
      article10: false,
      article11: false,
      unconfirmed: [],
    },
    // Germany
    {
      code: 'DE',
      signedOn: null,
      consentedOn: '2023-04-20',
      consentKind: 'accession',
      article10: false,
      article11: false,
      unconfirmed: [],
      note: 'Acceded without signing; no declaration under arts 10 or 11.',
    },
    // Honduras
    {
      code: 'HN',
      signedOn: null,
      consentedOn: '2018-01-16',
      consentKind: 'accession',
      article10: false,
      article11: false,
      unconfirmed: [],
      note: 'Acceded without signing.',
    },
    // Italy
    {
      code: 'IT',
      signedOn: '2009-09-28',
      consentedOn: '2015-02-20',
      consentKind: 'ratification',
      article10: false,
      article11: false,
      unconfirmed: [],
      note: 'Entry into force 20 May 2015 (art. 18(2); also stated in Italy\'s Gazzetta Ufficiale of 14 Mar 2015). The Committee\'s Views on communication No. 22/2017 (E/C.12/65/D/22/2017, advance unedited version, para. 1.1) give 20 Feb 2015, which is the deposit date.',
    },
    // Luxembourg
    {
      code: 'LU',
      signedOn: '2009-09-24',
      consentedOn: '2015-02-03',
      consentKind: 'ratification',
      article10: false,
      article11: false,
      unconfirmed: [],
    },
    // Maldives
    {
      code: 'MV',
      signedOn: '2011-09-21',
      consentedOn: '2020-12-23',
      consentKind: 'ratification',
      article10: false,
      article11: false,
      unconfirmed: [],
    },
    // Mongolia
    {
      code: 'MN',
      signedOn: '2009-12-23',
      consentedOn: '2010-07-01',
      consentKind: 'ratification',
      article10: false,
      article11: false,
      unconfirmed: [],
    },
    // Montenegro
    {
      code: 'ME',
      signedOn: '2009-09-24',
      consentedOn: '2013-09-24',
      consentKind: 'ratification',
      article10: false,
      article11: false,
      unconfirmed: [],
    },
    // Niger
    {
      code: 'NE',
      signedOn: null,
      consentedOn: '2014-11-07',
      consentKind: 'accession',
      article10: false,
      article11: false,
      unconfirmed: [],
      note: 'Acceded without signing.',
    },
    // Portugal
    {
      code: 'PT',
      signedOn: '2009-09-24',
      consentedOn: '2013-01-28',
      consentKind: 'ratification',
      article10: true,
      article11: true,
      unconfirmed: [],
      note: 'Declaration recognizing the competence of the Committee under art. 10 (inter-State communications) and art. 11 (inquiry procedure).',
    },
    // San Marino
    {
      code: 'SM',
      signedOn: null,
      consentedOn: '2015-08-04',
      consentKind: 'accession',
      article10: true,
      article11: true,
      unconfirmed: [],
      note: 'Acceded on 4 Aug 2015 without signing. Declarations of 4 Aug 2015 recognizing the competence of the Committee under art. 10 (inter-State communications) and art. 11 (inquiry procedure).',
    },
    // Serbia
    {
      code: 'RS',
      signedOn: null,
      consentedOn: '2023-09-22',
      consentKind: 'accession',
      article10: false,
      article11: false,
      unconfirmed: [],
      note: 'Acceded without signing.',
    },
    // Slovakia
    {
      code: 'SK',
      signedOn: '2009-09-24',
      consentedOn: '2012-03-07',
      consentKind: 'ratification',
      article10: false,
      article11: false,
      unconfirmed: [],
    },
    // South Sudan
    {
      code: 'SS',
      signedOn: null,
      consentedOn: '2024-02-05',
      consentKind: 'accession',
      article10: false,
      article11: false,
      unconfirmed: [],
      note: 'Acceded without signing.',
    },
    // Spain
    {
      code: 'ES',
      signedOn: '2009-09-24',
      consentedOn: '2010-09-23',
      consentKind: 'ratification',
      article10: false,
      article11: false,
      unconfirmed: [],
    },
    // Uruguay
    {
      code: 'UY',
      signedOn: '2009-09-24',
      consentedOn: '2013-02-05',
      consentKind: 'ratification',
      article10: false,
      article11: false,
      unconfirmed: [],
      note: 'Deposit on 5 Feb 2013 (some secondary listings give 4 Feb 2013). The tenth instrument: the Protocol entered into force on 5 May 2013 (art. 18(1)).',
    },
    // Venezuela
    {
      code: 'VE',
      signedOn: '2011-10-04',
      consentedOn: '2018-10-10',
      consentKind: 'ratification',
      article10: false,
      article11: false,
      unconfirmed: [],
    },
    // Signatories that have not ratified (24).
    { code: 'AO', signedOn: '2013-09-24', consentedOn: null, consentKind: null, article10: false, article11: false, unconfirmed: [] }, // Angola
    { code: 'AZ', signedOn: '2009-09-25', consentedOn: null, consentKind: null, article10: false, article11: false, unconfirmed: [] }, // Azerbaijan
    { code: 'BJ', signedOn: '2013-09-24', consentedOn: null, consentKind: null, article10: false, article11: false, unconfirmed: [] }, // Benin
    { code: 'BF', signedOn: '2012-09-24', consentedOn: null, consentKind: null, article10: false, article11: false, unconfirmed: [] }, // Burkina Faso
    { code: 'CL', signedOn: '2009-09-24', consentedOn: null, consentKind: null, article10: false, article11: false, unconfirmed: [] }, // Chile
    { code: 'CG', signedOn: '2009-09-25', consentedOn: null, consentKind: null, article10: false, article11: false, unconfirmed: [] }, // Congo
    { code: 'CY', signedOn: '2021-01-29', consentedOn: null, consentKind: null, article10: false, article11: false, unconfirmed: [] }, // Cyprus
    { code: 'CD', signedOn: '2010-09-23', consentedOn: null, consentKind: null, article10: false, article11: false, unconfirmed: [] }, // Democratic Republic of the Congo
    { code: 'GH', signedOn: '2009-09-24', consentedOn: null, consentKind: null, article10: false, article11: false, unconfirmed: [] }, // Ghana
    { code: 'GT', signedOn: '2009-09-24', consentedOn: null, consentKind: null, article10: false, article11: false, unconfirmed: [] }, // Guatemala
    { code: 'GW', signedOn: '2009-09-25', consentedOn: null, consentKind: null, article10: false, article11: false, unconfirmed: [] }, // Guinea-Bissau
    { code: 'IE', signedOn: '2012-03-23', consentedOn: null, consentKind: null, article10: false, article11: false, unconfirmed: [] }, // Ireland
    { code: 'KZ', signedOn: '2010-09-23', consentedOn: null, consentKind: null, article10: false, article11: false, unconfirmed: [] }, // Kazakhstan
    { code: 'MG', signedOn: '2009-09-25', consentedOn: null, consentKind: null, article10: false, article11: false, unconfirmed: [] }, // Madagascar
    { code: 'ML', signedOn: '2009-09-24', consentedOn: null, consentKind: null, article10: false, article11: false, unconfirmed: [] }, // Mali
    { code: 'NL', signedOn: '2009-09-24', consentedOn: null, consentKind: null, article10: false, article11: false, unconfirmed: [] }, // Netherlands (Kingdom of the)
    { code: 'MK', signedOn: '2013-08-14', consentedOn: null, consentKind: null, article10: false, article11: false, unconfirmed: [] }, // North Macedonia
    { code: 'PY', signedOn: '2009-10-06', consentedOn: null, consentKind: null, article10: false, article11: false, unconfirmed: [] }, // Paraguay
    { code: 'SN', signedOn: '2009-09-24', consentedOn: null, consentKind: null, article10: false, article11: false, unconfirmed: [] }, // Senegal
    { code: 'SI', signedOn: '2009-09-24', consentedOn: null, consentKind: null, article10: false, article11: false, unconfirmed: [] }, // Slovenia
    { code: 'SB', signedOn: '2009-09-24', consentedOn: null, consentKind: null, article10: false, article11: false, unconfirmed: [] }, // Solomon Islands
    { code: 'TL', signedOn: '2009-09-28', consentedOn: null, consentKind: null, article10: false, article11: false, unconfirmed: [] }, // Timor-Leste
    { code: 'TG', signedOn: '2009-09-25', consentedOn: null, consentKind: null, article10: false, article11: false, unconfirmed: [] }, // Togo
    { code: 'UA', signedOn: '2009-09-24', consentedOn: null, consentKind: null, article10: false, article11: false, unconfirmed: [] }, // Ukraine
  ],
};
