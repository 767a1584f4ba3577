import { showAmount } from '../../../../chains/amount.ts';
import { finding } from '../../finding.ts';
import { txEvidence } from '../../evidence.ts';
import type { TxRule } from '../../types.ts';

/**
 * Tether froze the sender (its USDT transfers revert) or a recipient (it received, but
 * can never move the USDT). Only a confirmed `true` counts: a failed read is unknown.
 * Same code as the address investigation's blacklist finding; `who` says which side.
 */
export const usdtBlacklistRule: TxRule = ({ tx }) => {
  const b = tx.tron?.usdtBlacklist;
  if (!b) return [];
  const frozen = b.recipients.filter((r) => r.blacklisted === true).map((r) => r.address);
  if (b.sender !== true && frozen.length === 0) return [];
  const sender = tx.tron?.call?.from ?? tx.from;
  const who = b.sender === true && frozen.length ? 'both' : b.sender === true ? 'sender' : 'recipient';
  const amount = tx.intendedTransfer?.amount ?? tx.tokenTransfers.find((t) => t.token === b.token)?.amount;
  const evidence = [...txEvidence(tx), { label: `${b.symbol} contract`, value: b.token }];
  if (b.sender === true) evidence.push({ label: 'blacklisted (isBlackListed = true)', value: sender });
  for (const a of frozen) evidence.push({ label: 'blacklisted (isBlackListed = true)', value: a });
  return [
    finding(
      'USDT_BLACKLISTED',
      {
        network: tx.network,
        address: b.sender === true ? sender : frozen[0],
        token: b.token,
        who,
        sender,
        recipients: frozen.join(', '),
        amount: amount ? showAmount(amount) : undefined,
        symbol: b.symbol,
        status: tx.status,
        fee: tx.fee ? showAmount(tx.fee) : undefined,
      },
      evidence,
      { network: tx.network, txHash: tx.hash },
    ),
  ];
};
