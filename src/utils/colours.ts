import type { stepColours } from '../schemas/common';

/** Dutch adjective for each gear colour, as the guide names them ("het oranje tandwiel"). */
export const colourNames: Record<(typeof stepColours)[number], string> = {
  oranje: 'oranje',
  bruin: 'bruin',
  groen: 'groen',
  paars: 'paars',
  blauw: 'blauw',
  grijs: 'grijs',
};
