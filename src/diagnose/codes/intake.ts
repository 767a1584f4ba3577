import type { CodeSpec } from '../types.ts';

/** Codes about the complaint itself, before any chain is asked. */
export const intakeCodes = {
  UNSUPPORTED_EXPLORER: {
    category: 'inconclusive',
    severity: 'low',
    summary: 'The user points at an explorer of a network txtriage does not serve (named when known), or one that serves many networks: ask which network.',
  },
} as const satisfies Record<string, CodeSpec>;
