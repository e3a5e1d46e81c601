import { msg, str } from '@lit/localize';
import type { CalendarDate, NextStep } from '../core/index.js';
import type { Formatting } from './format.js';
import { complaintLanguageNames } from './language-messages.js';

/*
 * The words of the next steps: what the person can do now. They travel in the result's
 * chunk (result-feature.ts), with the result and its hand-off summary that show them.
 * scripts/feature-messages.js lists this file, so that their translations come with that
 * chunk, not with the page.
 */

/** The heading over the next steps, on the result and in its hand-off summary. */
export const nextStepsTitle = (): string => msg('What you can do next', { id: 'result.next-steps' });

/** One thing to do next, in plain words; `asOf` is the day of the screening, which may be the deadline's. */
export function nextStepText(step: NextStep, f: Formatting, asOf: CalendarDate): string {
  switch (step.code) {
    case 'request-interim-measures':
      return msg(
        'It is urgent. Get help now from a lawyer or a human rights organisation. When you complain, ask the Committee for “interim measures” (Article 5): it can then urgently ask the country to prevent the harm. Say what harm is about to happen and why it cannot be undone.',
        { id: 'next.request-interim-measures' },
      );
    // Harm about to happen on a closed route: the bodies that can act now are listed first below, on the result under
    // "Can act now", in the hand-off in the same order (routeGroups()); the UN experts' urgent appeals are always among them.
    case 'get-urgent-help':
      if (typeof step.data?.['entryIntoForce'] === 'string') {
        return msg(
          str`It is urgent. Get help now from a lawyer or a human rights organisation. A court in the country may act faster, and so may the places listed first below. The Committee can ask the country to prevent the harm (“interim measures”, Article 5) only for a complaint it can take: it can take none about this country before ${f.date(step.data['entryIntoForce'])}.`,
          { id: 'next.get-urgent-help.not-yet' },
        );
      }
      return step.data?.['certain'] === true
        ? msg(
            'It is urgent. Get help now from a lawyer or a human rights organisation. A court in the country may act faster, and so may the places listed first below. The Committee can ask the country to prevent the harm (“interim measures”, Article 5) only for a complaint it can take. It cannot take this one.',
            { id: 'next.get-urgent-help.certain' },
          )
        : msg(
            'It is urgent. Get help now from a lawyer or a human rights organisation. A court in the country may act faster, and so may the places listed first below. The Committee can ask the country to prevent the harm (“interim measures”, Article 5) only for a complaint it can take. It is unlikely to take this one.',
            { id: 'next.get-urgent-help' },
          );
    case 'if-urgent':
      return step.data?.['open'] === true
        ? msg(
            'Could someone be about to suffer serious harm that cannot be undone? Then get help now from a lawyer or a human rights organisation. When you complain, say so, and ask the Committee for “interim measures” (Article 5). It can then urgently ask the country to prevent the harm.',
            { id: 'next.if-urgent' },
          )
        : msg(
            'Could someone be about to suffer serious harm that cannot be undone? Then get help now from a lawyer or a human rights organisation. A court in the country, or a place listed below, may act faster.',
            { id: 'next.if-urgent.closed' },
          );
    case 'mind-deadline': {
      const last = step.data?.deadline ?? '';
      const deadline = f.date(last);
      // A 29 February decision: the reasons say the year may already have ended.
      if (step.data?.['reading'] === 'later') {
        return msg(
          str`Counted one way, today, ${deadline}, is the last day to send your complaint: one year after the final decision. Send it today if you can.`,
          { id: 'next.mind-deadline.later-reading' },
        );
      }
      // "By … at the latest" a day that has come would read as time left.
      if (last === asOf) {
        return msg(
          str`Today, ${deadline}, is the last day to send your complaint: one year after the final decision. After today it will normally be too late.`,
          { id: 'next.mind-deadline.today' },
        );
      }
      return msg(
        str`Send your complaint as soon as you can, and by ${deadline} at the latest: one year after the final decision. After that day it will normally be too late.`,
        { id: 'next.mind-deadline' },
      );
    }
    case 'send-before-state-leaves': {
      const last = step.data?.deadline ?? '';
      if (last === asOf) {
        return msg(str`Send your complaint today, ${f.date(last)}: the country leaves the Optional Protocol tomorrow. A complaint sent later cannot be examined.`, {
          id: 'next.send-before-state-leaves.today',
        });
      }
      return msg(
        str`Send your complaint by ${f.date(last)} at the latest: the country leaves the Optional Protocol the next day. A complaint sent later cannot be examined.`,
        { id: 'next.send-before-state-leaves' },
      );
    }
    case 'explain-late-submission':
      return step.data?.['unsure'] === true
        ? msg(
            'Did something stop you from complaining within the year, such as a serious illness, prison, or a decision you never received? If so, write it down, with proof. Send your complaint as soon as you can.',
            { id: 'next.explain-late-submission.unsure' },
          )
        : msg('Write down what stopped you from complaining within the year, with proof, such as medical or prison papers. Then send your complaint as soon as you can.', {
            id: 'next.explain-late-submission',
          });
    case 'find-final-decision-date':
      return step.data?.['beforeFacts'] === true
        ? msg(
            'Check with a lawyer which final decision in the country was about what happened, and its date: the one you gave comes before it started. The year to complain runs from that decision.',
            { id: 'next.find-final-decision-date.before-facts' },
          )
        : msg('Find out the date of the final decision in the country: the complaint must normally be sent within one year of it. Send it as soon as you can.', {
            id: 'next.find-final-decision-date',
          });
    case 'find-out-remedies':
      return msg(
        'Find out whether the courts or authorities in the country have made a final decision on your problem, and when. The complaint must normally be sent within one year of it. If a case is still going on, wait for its decision: the Committee normally needs it first. If nobody took the problem to a court, ask a lawyer or a free legal advice service now whether you still can: courts have time limits of their own.',
        { id: 'next.find-out-remedies' },
      );
    case 'check-another-country':
      return msg('If it happened in another country, or under another country’s control, check again here and choose that country.', {
        id: 'next.check-another-country',
      });
    case 'choose-covenant-right':
      return msg('If the unfair treatment also concerned housing, food, health, work, social security or education, change your answers and choose that too.', {
        id: 'next.choose-covenant-right',
      });
    case 'find-people-harmed':
      return msg('If people who were harmed agree to complain, or to let your organisation complain for them, check again here and choose that.', {
        id: 'next.find-people-harmed',
      });
    case 'explain-remedies':
      return msg(
        'In your complaint, explain with proof why the courts or authorities in the country could not fix it, or why they are taking far too long. Send it soon. If a court could still take the case, ask a lawyer or a free legal advice service first: courts have time limits of their own.',
        { id: 'next.explain-remedies' },
      );
    case 'send-within-year-of-entry-into-force':
      return msg(
        str`Send your complaint as soon as you can, and by ${f.date(step.data?.deadline ?? '')} at the latest: one year after the Protocol began to apply to the country. After that day, the Committee may find it too late, unless you can show what stopped you.`,
        { id: 'next.send-within-year-of-entry-into-force' },
      );
    case 'explain-delay-since-entry-into-force': {
      const since = typeof step.data?.['entryIntoForce'] === 'string' ? f.date(step.data['entryIntoForce']) : '';
      return msg(str`The Protocol has applied to the country since ${since}, more than a year ago. Say in your complaint why it was not sent sooner, with proof if you can.`, {
        id: 'next.explain-delay-since-entry-into-force',
      });
    }
    // The last day itself: "then send by <today>" after a decision still to come would read as time left. "Normally":
    // remedies unreasonably prolonged or unlikely to help need not be waited for (art. 3(1)).
    case 'finish-domestic-remedies':
      if (step.data?.deadline === asOf) {
        return msg(
          str`Only a complaint sent by today, ${f.date(asOf)}, can be examined, and the Committee normally needs the final decision in the country first.`,
          { id: 'next.finish-domestic-remedies.leaving-today' },
        );
      }
      return step.data?.deadline
        ? msg(str`Wait for the final decision in the country. Then send your complaint by ${f.date(step.data.deadline)} at the latest: the country leaves the Optional Protocol the next day.`, {
            id: 'next.finish-domestic-remedies.leaving',
          })
        : msg('Wait for the final decision in the country. From that day you will have one year to complain.', {
            id: 'next.finish-domestic-remedies',
          });
    case 'try-domestic-remedies':
      if (step.data?.deadline === asOf) {
        return msg(
          str`Only a complaint sent by today, ${f.date(asOf)}, can be examined, and the Committee normally needs the problem taken to the courts or authorities in the country first, up to the final decision.`,
          { id: 'next.try-domestic-remedies.leaving-today' },
        );
      }
      return step.data?.deadline
        ? msg(
            str`Take the problem to the courts or authorities in the country first, up to the final decision. Then send your complaint by ${f.date(step.data.deadline)} at the latest: the country leaves the Optional Protocol the next day.`,
            { id: 'next.try-domestic-remedies.leaving' },
          )
        : msg('Take the problem to the courts or authorities in the country first, up to the final decision. Do it soon: courts have time limits of their own. A lawyer or a free legal advice service can help.', {
            id: 'next.try-domestic-remedies',
          });
    case 'gather-documents':
      return msg(
        'Gather copies of your papers: decisions, letters, official or medical reports and photos. Put them in date order.',
        { id: 'next.gather-documents' },
      );
    case 'get-written-consent':
      return msg('Get the written agreement (consent) of each person you act for.', { id: 'next.get-written-consent' });
    case 'group-agrees':
      return msg(
        'Everyone in the group should agree to the complaint and be named in it. Their names can be kept from the public. One of you, or a lawyer, can send it for all with their written agreement.',
        { id: 'next.group-agrees' },
      );
    case 'check-again-once-consented':
      return msg(
        'When you have it, check again here. The complaint must also meet the other rules, such as being sent within one year of the final decision in the country.',
        { id: 'next.check-again-once-consented' },
      );
    case 'explain-acting-without-consent':
      return msg('Write down why the people who were harmed cannot agree, and why you can act for them.', {
        id: 'next.explain-acting-without-consent',
      });
    case 'ask-confidentiality':
      return step.data?.['nameMissing'] === true
        ? msg(
            'Give the name of each person harmed: the Committee takes no complaint without it (Article 3(2)(g)). If a name must not be made public, say so in the complaint. This is called asking for “confidentiality”.',
            { id: 'next.ask-confidentiality.name-missing' },
          )
        : msg('If the name must not be made public, say so in the complaint. This is called asking for “confidentiality”.', {
            id: 'next.ask-confidentiality',
          });
    case 'write-in-accepted-language': {
      const languages = complaintLanguageNames(f);
      return msg(str`Write the complaint in ${languages}.`, { id: 'next.write-in-accepted-language' });
    }
    case 'check-submission-channel':
      return msg(
        'To send it, look on ohchr.org, the website of the UN human rights office, for how and where to send a complaint today.',
        { id: 'next.check-submission-channel' },
      );
    case 'know-reprisal-protection':
      return msg(
        'The country must not threaten or punish anyone for complaining (Article 13). If this happens, tell the Committee at once.',
        { id: 'next.know-reprisal-protection' },
      );
    case 'human-rights-committee':
      return msg(
        'This country accepts complaints to the UN Human Rights Committee. It may take your complaint about rights such as freedom from torture, a fair trial or free speech.',
        { id: 'next.human-rights-committee' },
      );
    case 'search-for-disappeared':
      if (step.data?.['examinedElsewhere'] === true) {
        return msg(
          'To have the disappeared person searched for now, ask the UN Committee on Enforced Disappearances for urgent action. Tell it which other international body has your case: the Committee may not act if that body is already dealing with the same disappearance. The UN Working Group on Enforced or Involuntary Disappearances can also press the government to search.',
          { id: 'next.search-for-disappeared.examined-elsewhere' },
        );
      }
      return step.data?.['urgentAction'] === true
        ? msg(
            'To have the disappeared person searched for now, ask the UN Committee on Enforced Disappearances for urgent action. The UN Working Group on Enforced or Involuntary Disappearances can also press the government to search.',
            { id: 'next.search-for-disappeared.urgent-action' },
          )
        : msg(
            'To have the disappeared person searched for, write to the UN Working Group on Enforced or Involuntary Disappearances. It can press any government to search, whatever treaties the country has joined.',
            { id: 'next.search-for-disappeared' },
          );
    case 'send-information-for-inquiry':
      return msg('You can send reliable information about serious or systematic violations to the Committee. It may open an inquiry (Article 11).', {
        id: 'next.send-information-for-inquiry',
      });
    case 'complain-once-in-force': {
      const from = typeof step.data?.['entryIntoForce'] === 'string' ? f.date(step.data['entryIntoForce']) : '';
      if (step.data?.deadline) {
        return msg(
          str`From ${from}, you may be able to complain to the Committee. It can look at what happens, or is still going on, from that day on. Send your complaint by ${f.date(step.data.deadline)} at the latest: the country leaves the Optional Protocol the next day.`,
          { id: 'next.complain-once-in-force.leaving' },
        );
      }
      return msg(str`From ${from}, you may be able to complain to the Committee. It can look at what happens, or is still going on, from that day on. Keep your papers and be ready. A complaint must normally be sent within one year of the final decision in your country.`, {
        id: 'next.complain-once-in-force',
      });
    }
    case 'campaign-for-ratification':
      return step.data?.['left'] === true
        ? msg('You can ask the government to join the Optional Protocol again, so that people can complain in future.', {
            id: 'next.campaign-for-ratification.left',
          })
        : msg('You can ask the government to join the Optional Protocol, so that people can complain in future.', {
            id: 'next.campaign-for-ratification',
          });
    case 'consider-other-routes':
      return step.data?.open
        ? msg('If the Committee cannot take it, look at the other places that may help, listed below.', { id: 'next.consider-other-routes.open' })
        : msg('Look at the other places that may help, listed below.', { id: 'next.consider-other-routes' });
    case 'get-legal-advice':
      return msg('Talk to a lawyer, a legal clinic or a human rights organisation before you send anything. Many legal clinics and organisations help for free.', {
        id: 'next.get-legal-advice',
      });
  }
}
