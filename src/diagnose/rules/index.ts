import type { Family } from '../../../chains/types.ts';
import type { TxRule } from '../types.ts';
import { amountMismatchRule, recipientMismatchRule, wrongNetworkRule } from './common/complaint-mismatch.ts';
import { confirmationRule } from './common/confirmation.ts';
import { failureRule } from './common/failure.ts';
import { largeAmountRule } from './common/large-amount.ts';
import { phishingTokenRule } from './common/phishing-token.ts';
import { fakeTokenRule, sentToTokenContractRule } from './common/token-traps.ts';
import { pendingRule } from './evm/pending.ts';
import { sentToContractRule } from './evm/sent-to-contract.ts';
import { vanishedRule } from './evm/vanished.ts';

/** Rules every found transaction goes through, whatever its chain. */
export const commonRules: TxRule[] = [
  confirmationRule,
  failureRule,
  wrongNetworkRule,
  recipientMismatchRule,
  amountMismatchRule,
  sentToTokenContractRule,
  fakeTokenRule,
  phishingTokenRule,
  largeAmountRule,
];

/** Rules per family, registered explicitly. */
export const familyRules: Record<Family, TxRule[]> = {
  evm: [pendingRule, vanishedRule, sentToContractRule],
  tron: [],
  solana: [],
};
