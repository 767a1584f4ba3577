import type { Family } from '../../../chains/types.ts';
import type { AddressRule, TxRule } from '../types.ts';
import { riskyApprovalRule } from './address/approvals.ts';
import { authorityChangeRule, blacklistRule } from './address/authority.ts';
import { drainBySpenderRule, sweepRule, tracedToExchangeRule } from './address/drains.ts';
import { delegatedAccountRule } from './address/delegation.ts';
import { dustingRule } from './address/dusting.ts';
import { poisoningRule } from './address/poisoning.ts';
import { approvalGrantedRule } from './common/approval-granted.ts';
import { zeroValuePoisoningRule } from './common/zero-value-poisoning.ts';
import { amountMismatchRule, feeMismatchRule, recipientMismatchRule, wrongAddressRule, wrongNetworkRule } from './common/complaint-mismatch.ts';
import { confirmationRule } from './common/confirmation.ts';
import { failureRule } from './common/failure.ts';
import { largeAmountRule } from './common/large-amount.ts';
import { phishingRevertRule } from './common/phishing-revert.ts';
import { phishingTokenRule } from './common/phishing-token.ts';
import { fakeTokenRule, sentToTokenContractRule } from './common/token-traps.ts';
import { delegationRule } from './evm/delegation.ts';
import { pendingRule } from './evm/pending.ts';
import { networkStateRule } from './network/network-state.ts';
import { sentToContractRule } from './evm/sent-to-contract.ts';
import { vanishedRule } from './evm/vanished.ts';
import { recipientAccountCreatedRule } from './solana/account-created.ts';
import { authorityChangedRule, durableNonceRule } from './solana/authority.ts';
import { solanaFailureRule } from './solana/failure.ts';
import { solanaProcessedRule } from './solana/processed.ts';
import { solanaStakingRule } from './solana/staking.ts';
import { sentToTokenAccountRule } from './solana/token-account.ts';
import { unlabelledTokenRule } from './solana/unlabelled-token.ts';
import { usdtBlacklistRule } from './tron/blacklist.ts';
import { tronFailureRule } from './tron/failure.ts';
import { activationFeeRule, highEnergyBurnRule } from './tron/fees.ts';
import { tronPendingRule } from './tron/pending.ts';
import { permissionChangedRule } from './tron/permission.ts';
import { tronStakingRule } from './tron/staking.ts';

/** Rules every found transaction goes through, whatever its chain. */
export const commonRules: TxRule[] = [
  confirmationRule,
  failureRule,
  wrongNetworkRule,
  recipientMismatchRule,
  wrongAddressRule,
  amountMismatchRule,
  sentToTokenContractRule,
  fakeTokenRule,
  phishingTokenRule,
  phishingRevertRule,
  largeAmountRule,
  approvalGrantedRule,
  zeroValuePoisoningRule,
  networkStateRule,
  feeMismatchRule,
];

/** Rules per family, registered explicitly. */
export const familyRules: Record<Family, TxRule[]> = {
  evm: [pendingRule, vanishedRule, sentToContractRule, delegationRule],
  tron: [tronPendingRule, tronFailureRule, highEnergyBurnRule, activationFeeRule, usdtBlacklistRule, permissionChangedRule, tronStakingRule],
  solana: [solanaProcessedRule, solanaFailureRule, sentToTokenAccountRule, recipientAccountCreatedRule, authorityChangedRule, durableNonceRule, unlabelledTokenRule, solanaStakingRule],
};

/** Rules over an address's history (theft investigations), for every family. */
export const addressRules: AddressRule[] = [delegatedAccountRule, drainBySpenderRule, sweepRule, poisoningRule, dustingRule, riskyApprovalRule, authorityChangeRule, blacklistRule, tracedToExchangeRule];
