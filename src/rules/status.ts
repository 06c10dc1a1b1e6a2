/** Status display: S1–S3, and dormancy (G8). Colour is never the only signal. */

export const STATUS_TONES = ['active', 'deactivated', 'suspended', 'suspended-deactivated', 'dormant', 'unknown'] as const;
export type StatusTone = (typeof STATUS_TONES)[number];

export interface StatusDisplay {
  /** Which look: the element maps it to colour, icon and text. */
  tone: StatusTone;
  /** The colour of the line or body: S1 orange, S2/S3 red. */
  colour: 'green' | 'orange' | 'red' | 'grey' | 'neutral';
  /** The icons shown: S1 the person silhouette; S3 both signals. */
  icons: readonly ('check' | 'person-off' | 'suspended' | 'dormant' | 'unknown')[];
}

/**
 * S1: deactivated is orange with a person silhouette. S2: suspended is red.
 * S3: suspended and deactivated is red, with the orange deactivated icon.
 * Unknown values give a neutral "unknown" display.
 */
export function statusDisplay(status: unknown, suspended: boolean, dormant = false): StatusDisplay {
  if (status === 'inactive') {
    return suspended
      ? { tone: 'suspended-deactivated', colour: 'red', icons: ['suspended', 'person-off'] }
      : { tone: 'deactivated', colour: 'orange', icons: ['person-off'] };
  }
  if (status === 'active') {
    if (suspended) return { tone: 'suspended', colour: 'red', icons: ['suspended'] };
    if (dormant) return { tone: 'dormant', colour: 'grey', icons: ['dormant'] };
    return { tone: 'active', colour: 'green', icons: ['check'] };
  }
  return { tone: 'unknown', colour: 'neutral', icons: ['unknown'] };
}
