import type { evmCodes } from '../../../diagnose/codes/evm.ts';
import { plural } from '../../plural.ts';
import type { FindingCatalog } from '../../types.ts';

const waited = (m: unknown) => (typeof m === 'number' && m > 0 ? ` (we have seen it waiting for ${plural(m, 'minute')})` : '');

export const evmEn: FindingCatalog<keyof typeof evmCodes> = {
  TX_PENDING: {
    title: () => 'Pending with a normal fee',
    detail: (p, c) => `In the ${c.net(p.network)} mempool, nonce ${p.nonce}, fee at or above the base fee${waited(p.waitedMinutes)}.`,
    explain: (p, c) => `Your transaction is waiting to be processed on ${c.net(p.network)}${waited(p.waitedMinutes)}. Its fee is normal, so it should be included soon; at busy times this can take a few minutes.`,
    steps: () => ['Please wait a little; no action is needed.', 'Do not send the same transfer again while this one is pending, or you may pay twice.'],
  },
  TX_PENDING_FEE_TOO_LOW: {
    title: () => 'Stuck: fee below the current base fee',
    detail: (p, c) => `Max fee ${p.offered} < base fee ${p.baseFee} on ${c.net(p.network)}; nonce ${p.nonce}. It cannot be mined until the base fee falls below its max fee.`,
    explain: (p, c) =>
      `Your transaction is stuck on ${c.net(p.network)}${waited(p.waitedMinutes)}: ${p.offeredTotal ? `it offers at most ${p.offeredTotal} in fees, while the network currently needs about ${p.requiredTotal}` : `the fee it offers (${p.offered}) is lower than what the network currently requires (${p.baseFee})`}, so it will not be processed until network fees drop. Your funds have not left your wallet.`,
    steps: (p) => [
      'Use "Speed up" in your wallet to resend it with a higher fee; the new one replaces the stuck one.',
      'Or use "Cancel" in your wallet, which replaces it with an empty transaction at a higher fee.',
      'Do not send a new, separate transfer for the same payment: you could end up paying twice.',
    ],
  },
  TX_PENDING_NONCE_GAP: {
    title: (p) => `Stuck behind nonce ${p.blockingNonce}`,
    detail: (p, c) =>
      `Nonce ${p.nonce} on ${c.net(p.network)}; the sender's next nonce to be mined is ${p.blockingNonce}, which is ${p.blocker === 'pending' ? 'itself pending' : 'missing from the pool'}.`,
    explain: (p) =>
      p.blocker === 'pending'
        ? `Your transaction is waiting for an earlier transaction from your wallet, which is itself still pending. Transactions from one wallet are processed strictly in order, so this one will go through only after the earlier one does. Your funds have not left your wallet.`
        : `Your transaction is waiting for an earlier transaction from your wallet that the network has never received (number ${p.blockingNonce} in your wallet's sequence). Transactions from one wallet are processed strictly in order, so this one cannot go through until that gap is filled. Your funds have not left your wallet.`,
    steps: (p) => [
      p.blocker === 'pending'
        ? 'Speed up or cancel the earlier pending transaction in your wallet first; this one will follow.'
        : `Send any transaction with nonce ${p.blockingNonce} (for example "Cancel" or a small transfer to yourself, using custom nonce in your wallet's advanced settings) to fill the gap.`,
      'Or reset / clear the pending activity in your wallet and send the transfer again.',
    ],
  },
  TX_REPLACED: {
    title: () => 'Replaced by another transaction',
    detail: (p, c) => `Nonce ${p.nonce} on ${c.net(p.network)} was used by ${p.replacedBy ?? 'another mined transaction'}; this hash will never confirm.`,
    explain: (p) =>
      `This transaction was replaced by another one from the same wallet (for example after "Speed up" or "Cancel"), so it will never be processed itself. ${p.replacedBy ? 'Whatever the replacing transaction did is what actually happened.' : ''}`,
    steps: (p) => [
      p.replacedBy ? `Check the replacing transaction ${p.replacedBy}: if it was a speed-up, your transfer went through there; if it was a cancel, nothing was sent.` : 'Check your wallet history for the transaction that replaced it.',
      'If you did not speed up or cancel anything yourself, tell us right away.',
    ],
  },
  TX_DROPPED: {
    title: () => 'Dropped without being processed',
    detail: (p, c) => `Seen pending earlier; no longer in the ${c.net(p.network)} pool and nonce ${p.nonce} is still free.`,
    explain: () => 'This transaction waited too long and was dropped by the network without being processed. Nothing was sent and no fee was charged.',
    steps: () => ['You can safely send the transfer again, with a normal fee.'],
  },
  TX_OUT_OF_GAS: {
    title: (p) => (p.certainty === 'probable' ? 'Failed: probably ran out of gas' : 'Failed: ran out of gas'),
    detail: (p, c) =>
      p.certainty === 'certain' || p.certainty === undefined
        ? `Used its whole gas limit (${p.gasLimit}) on ${c.net(p.network)}; fee spent: ${p.fee ?? 'unknown'}.`
        : `Reverted with no reason on ${c.net(p.network)} after using ${p.gasUsed} of its ${p.gasLimit} gas${p.innerCall ? `; the call trace shows the inner call to ${p.innerCall} ran out of gas` : ': an inner call can use up its gas while the caller keeps 1/64 and then reverts (EIP-150)'}; fee spent: ${p.fee ?? 'unknown'}.`,
    explain: (p, c) =>
      p.certainty === 'probable'
        ? `Your transaction failed on ${c.net(p.network)}, most likely because it ran out of gas: it used almost all of its gas limit (${p.gasUsed} of ${p.gasLimit}) and the contract gave no other reason. ${p.intended ? `The ${p.intended} did not move. ` : 'Nothing was transferred. '}The network fee${p.fee ? ` (${p.fee})` : ''} was used up by the attempt and cannot be refunded.`
        : p.certainty === 'traced'
          ? `Your transaction failed on ${c.net(p.network)} because a contract it called (${p.innerCall}) ran out of gas: the gas limit set for the transaction was too low for what it had to do. ${p.intended ? `The ${p.intended} did not move. ` : 'Nothing was transferred. '}The network fee${p.fee ? ` (${p.fee})` : ''} was used up by the attempt and cannot be refunded.`
          : `Your transaction failed on ${c.net(p.network)} because the gas limit set for it was too low for what it had to do. ${p.intended ? `The ${p.intended} was not sent: this transaction did not move it. ` : 'Nothing was transferred. '}The network fee${p.fee ? ` (${p.fee})` : ''} was used up by the attempt and cannot be refunded.`,
    steps: () => ['Send it again and let your wallet estimate the gas limit (do not lower it manually).'],
  },
  SENT_TO_CONTRACT: {
    title: () => 'Tokens sent to a contract address',
    detail: (p) => `Token recipient ${p.recipient} is a contract; only its own code can move the ${p.amount}.`,
    explain: (p) =>
      `The ${p.amount} went to a smart-contract address rather than a normal wallet. If it is an exchange or platform deposit address this is normal; otherwise only the contract's owner may be able to move the funds.`,
    steps: () => ['Check with the receiving platform that this is their deposit address, and send them the transaction hash.'],
  },
};
