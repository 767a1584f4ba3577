import type { CodeSpec } from '../types.ts';
import { commonCodes } from './common.ts';
import { evmCodes } from './evm.ts';
import { networkCodes } from './network.ts';
import { intakeCodes } from './intake.ts';
import { solanaCodes } from './solana.ts';
import { semanticsCodes } from './semantics.ts';
import { theftCodes } from './theft.ts';
import { tronCodes } from './tron.ts';

/** Every finding code txtriage emits. Part of the API: never rename, only add. */
export const findingCodes = { ...commonCodes, ...evmCodes, ...theftCodes, ...tronCodes, ...solanaCodes, ...semanticsCodes, ...networkCodes, ...intakeCodes } as const satisfies Record<string, CodeSpec>;

export type FindingCode = keyof typeof findingCodes;

export const allFindingCodes = Object.keys(findingCodes) as FindingCode[];
