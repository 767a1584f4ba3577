import type { HelpCatalog } from '../types.ts';
import { commonHelpEn } from './common.ts';
import { evmHelpEn } from './evm.ts';
import { solanaHelpEn } from './solana.ts';
import { theftHelpEn } from './theft.ts';
import { tronHelpEn } from './tron.ts';

export const helpEn: HelpCatalog = { ...commonHelpEn, ...evmHelpEn, ...theftHelpEn, ...tronHelpEn, ...solanaHelpEn };
