import { msg } from '@lit/localize';

/* The words the route map needs for junctions (pass-through states). Call at render time only. */

export const junctionText = {
  /** A junction's name when the machine gives it no description. */
  label: () => msg('The route continues from here', { id: 'map.junction' }),
  /** Said after the map's description when the map has a junction. */
  desc: () =>
    msg('A small diamond on that line marks where the route is closed: from there come the questions about other routes, then the check.', {
      id: 'map.junction.desc',
    }),
};
