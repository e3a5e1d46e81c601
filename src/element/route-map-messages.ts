import { msg } from '@lit/localize';

/* The words the route map needs for junctions (pass-through states) and the questions asked after one. Call at render time only. */

/**
 * The short name on the map of a question asked once the route is closed (their summary
 * wording is too long for a box); `undefined` for the others, which mapLabel names.
 */
export function mapFitLabel(question: string): string | undefined {
  switch (question) {
    case 'child':
      return msg('Child', { id: 'map.q.child' });
    case 'disability':
      return msg('Disability', { id: 'map.q.disability' });
    case 'grounds':
      return msg('Discrimination', { id: 'map.q.grounds' });
    default:
      return undefined;
  }
}

export const junctionText = {
  /** A junction's name when the machine gives it no description. */
  label: () => msg('The route continues from here', { id: 'map.junction' }),
  /** Said after the map's description when the map has a junction. */
  desc: () =>
    msg('A small diamond on that line marks where the route is closed: from there come the questions about other routes, then the check.', {
      id: 'map.junction.desc',
    }),
};
