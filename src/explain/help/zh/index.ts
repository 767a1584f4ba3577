import type { HelpCatalog } from '../types.ts';
import { commonHelpZh } from './common.ts';
import { evmHelpZh } from './evm.ts';
import { solanaHelpZh } from './solana.ts';
import { theftHelpZh } from './theft.ts';
import { tronHelpZh } from './tron.ts';
import { semanticsHelpZh } from './semantics.ts';
import { networkHelpZh } from './network.ts';
import { intakeHelpZh } from './intake.ts';

export const helpZh: HelpCatalog = { ...commonHelpZh, ...evmHelpZh, ...theftHelpZh, ...tronHelpZh, ...solanaHelpZh, ...semanticsHelpZh, ...networkHelpZh, ...intakeHelpZh };
