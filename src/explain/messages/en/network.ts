import type { networkCodes } from '../../../diagnose/codes/network.ts';
import type { FindingCatalog } from '../../types.ts';

const minutes = (m: unknown) => (Number(m) === 1 ? 'a minute' : `${m} minutes`);
const waited = (m: unknown) => (typeof m === 'number' && m > 0 ? ` for ${minutes(m)} so far` : '');

export const networkEn: FindingCatalog<keyof typeof networkCodes> = {
  NETWORK_STALLED: {
    title: () => 'The network has stopped producing blocks',
    detail: (p, c) => `No new block on ${c.net(p.network)} for about ${p.stalledSeconds} s (head ${p.head}); normally one every ${p.expectedSeconds} s. Nothing on this network confirms until it resumes.`,
    explain: (p, c) =>
      `${c.net(p.network)} itself has not produced a new block for about ${minutes(p.stalledMinutes)}, so no transaction on it can go through at the moment, yours included. This is not caused by your transaction or its fee, and your funds are safe. Once the network resumes, waiting transactions are processed in order.`,
    steps: () => ['Please wait for the network to resume; there is no need to speed up or resend the transfer.', 'Do not send the same transfer again: once the network resumes, both could go through.'],
  },
  NETWORK_SLOW: {
    title: () => 'The network is slower than usual',
    detail: (p, c) =>
      p.finalityLagging === 'yes'
        ? `Finality on ${c.net(p.network)} lags behind the newest blocks more than usual; blocks about ${p.intervalSeconds} s apart (usually ${p.expectedSeconds} s).`
        : `Blocks on ${c.net(p.network)} are about ${p.intervalSeconds} s apart right now (usually ${p.expectedSeconds} s), or the newest is late.`,
    explain: (p, c) => `${c.net(p.network)} is running slower than usual right now, so confirmations take longer than normal. This is on the network's side, not a problem with your transfer.`,
    steps: () => ['Please allow a little more time than usual; nothing needs to be done on your side.'],
  },
  NETWORK_CONGESTED: {
    title: () => 'The network is busy',
    detail: (p, c) => `${c.net(p.network)} is busy: ${p.full === 'yes' ? 'blocks are full and ' : ''}fees are well above their recent level.`,
    explain: (p, c) => `${c.net(p.network)} is very busy right now and fees are higher than usual, so waiting transactions take longer to be picked up. This is not a problem with your transfer.`,
    steps: () => ['If the transfer is urgent, use "Speed up" in your wallet to offer a higher fee; otherwise it goes through as the network calms down.'],
  },
  TX_PENDING_FEE_UNCOMPETITIVE: {
    title: () => 'Fee below what most blocks accept right now',
    detail: (p, c) => `On ${c.net(p.network)}, nonce ${p.nonce}: priority fee ${p.tip}; recent blocks took at least ${p.p10} (median ${p.p50}).`,
    explain: (p, c) =>
      `Your transaction is waiting on ${c.net(p.network)}${waited(p.waitedMinutes)}. Its fee is valid, but it is below what most blocks accept right now (${p.tipTotal ? `it offers the block producer a tip of ${p.tipTotal}; recent blocks took about ${p.p50Total} for a transaction like this` : `it offers ${p.tip} to the block producer; recent blocks took about ${p.p50}`}). Expect it to wait for hours unless fees fall, or speed it up. Your funds have not left your wallet.`,
    steps: () => [
      'Use "Speed up" in your wallet to raise the fee; the faster transaction replaces this one.',
      'Or wait: it goes through when fees fall, and nothing is lost meanwhile.',
      'Do not send a new, separate transfer for the same payment: you could end up paying twice.',
    ],
  },
};
