import type { FindingCode } from '../../codes/index.ts';
import { finding } from '../../finding.ts';
import type { AddressRule } from '../../types.ts';
import { addressEvidence, sumByAsset, transferEvidence } from './evidence.ts';

const CODE: FindingCode = 'ACCOUNT_DELEGATED';

/**
 * The wallet's code delegates to a contract now (EIP-7702). In a theft complaint this is
 * the sweeper scam: one signature, and from then on the delegate forwards whatever the
 * wallet receives — so it is critical even when the history shows nothing has left yet.
 * A user who set up a smart account on purpose is told how to recognise that case.
 */
export const delegatedAccountRule: AddressRule = ({ facts, network }) => {
  if (!facts.delegatedTo) return [];
  const outgoing = facts.transfers.filter((t) => t.direction === 'out' && t.amount.raw !== '0');
  return [
    finding(
      CODE,
      { network: network.id, source: 'address', delegates: facts.delegatedTo, account: facts.address, active: 'yes', moved: outgoing.length ? sumByAsset(outgoing) : undefined },
      [addressEvidence(facts), { label: 'code of the wallet now', value: `${facts.address}: EIP-7702 delegation to ${facts.delegatedTo}` }, ...outgoing.slice(0, 5).map(transferEvidence)],
      { network: network.id, address: facts.address },
      'critical',
    ),
  ];
};
