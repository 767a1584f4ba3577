import type { HelpCatalog } from '../types.ts';
import { commonHelpEn } from './common.ts';
import { evmHelpEn } from './evm.ts';
import { solanaHelpEn } from './solana.ts';
import { theftHelpEn } from './theft.ts';
import { tronHelpEn } from './tron.ts';
import { semanticsHelpEn } from './semantics.ts';
import { networkHelpEn } from './network.ts';
import { intakeHelpEn } from './intake.ts';

export const helpEn: HelpCatalog = { ...commonHelpEn, ...evmHelpEn, ...theftHelpEn, ...tronHelpEn, ...solanaHelpEn, ...semanticsHelpEn, ...networkHelpEn, ...intakeHelpEn };
