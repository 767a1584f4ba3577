import type { evmCodes } from '../../../diagnose/codes/evm.ts';
import type { HelpSlice } from '../types.ts';

export const evmHelpEn: HelpSlice<keyof typeof evmCodes> = {
  TX_PENDING: {
    title: 'My transaction is pending',
    means: 'The transaction has been sent and is waiting to be included in a block. Its fee is in line with the network, so it should go through soon.',
    why: ['Every transaction waits its turn; when the network is busy this takes a little longer.'],
    todo: ['Wait; nothing needs to be done.', 'Do not send the same transfer again while this one is pending, or you may pay twice.'],
    time: 'Usually seconds to a few minutes.',
  },
  TX_PENDING_FEE_TOO_LOW: {
    title: 'My transaction has been stuck for a long time',
    means: 'The fee the transaction offers is below what the network currently asks, so no block will include it until fees fall.',
    why: ['Network fees rose after the transaction was sent, or the fee was set manually too low.'],
    todo: [
      'Use your wallet\'s "speed up" option to resend it with a higher fee, or "cancel" it.',
      'Do not send a new, separate transfer while this one is stuck: it would wait behind it.',
    ],
    time: 'It can wait for hours or days, or be dropped. Speeding it up usually settles it within minutes.',
  },
  TX_PENDING_NONCE_GAP: {
    title: 'My transaction is waiting behind another one',
    means: 'Transactions from one wallet go through strictly in order. This one waits for an earlier transaction from the same wallet that is itself stuck or missing.',
    why: ['An earlier transaction had too low a fee, was dropped, or was sent from another app using the same wallet.'],
    todo: ['Speed up or cancel the earlier stuck transaction in your wallet; this one then goes through by itself.', 'If your wallet offers "reset account" or "clear pending", ask us first: it can create duplicates.'],
    time: 'As soon as the earlier transaction is settled, this one follows within a block or two.',
  },
  TX_REPLACED: {
    title: 'My transaction was replaced and will never confirm',
    means: 'Another transaction from the same wallet took its place (a "speed up", a "cancel" or a new transfer with the same number). This one will never confirm.',
    why: ['You or your wallet app sped up or cancelled the transaction; the replacement is the one that counts.'],
    todo: ['Look at the replacement transaction: that is the one that happened.', 'If you did not replace it yourself, contact us right away.'],
    time: 'Final; nothing will change.',
  },
  TX_DROPPED: {
    title: 'My transaction disappeared from the network',
    means: 'The transaction waited too long and the network removed it without processing it. Nothing was transferred and no fee was charged.',
    why: ['Its fee was too low for too long, so the network stopped keeping it.'],
    todo: ['Check your balance: the funds are still there.', 'Send the transfer again with the wallet\'s normal fee.'],
    time: 'Final; it will not come back. A new transfer confirms in seconds to minutes.',
  },
  TX_OUT_OF_GAS: {
    title: 'My transaction failed with "out of gas"',
    means: 'The transaction ran out of its gas limit, the most work it was allowed to do, and stopped. Nothing was transferred; the fee for the work done is not refunded.',
    why: ['The gas limit was set manually too low, or the contract needed more work than estimated.'],
    todo: ['Send it again with the wallet\'s default (estimated) gas limit rather than a custom one.', 'Keep enough of the network\'s coin to pay the fee.'],
    time: 'The failure is final; a new attempt with enough gas confirms in seconds to minutes.',
  },
  SENT_TO_CONTRACT: {
    title: 'My tokens went to a smart-contract address',
    means: 'The tokens went to a smart contract rather than a personal wallet. Only what that contract is built to do decides whether they can come out again.',
    why: ['A contract address was pasted instead of a wallet or deposit address.'],
    todo: ['Contact the team behind that contract (the app or exchange it belongs to) with the transaction hash.', 'Before sending, check that the receiving address is a wallet or an exchange deposit address.'],
    time: 'Waiting will not change it; any recovery depends on the contract\'s owner.',
  },
};
