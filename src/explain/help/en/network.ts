import type { networkCodes } from '../../../diagnose/codes/network.ts';
import type { HelpSlice } from '../types.ts';

export const networkHelpEn: HelpSlice<keyof typeof networkCodes> = {
  NETWORK_STALLED: {
    title: 'The network has stopped: why is nothing confirming?',
    means: 'The network itself has produced no new block for a while (a halt). No transaction on it can confirm until it starts again. This is not caused by you or by your wallet.',
    why: ['Networks occasionally halt after a software fault or during a coordinated upgrade; validators restart them.'],
    todo: ['Do not send the transfer again: your first transaction is kept and goes through once the network resumes.', 'Check the network status page for updates.'],
    time: 'Usually minutes to a few hours; it depends on the network\'s operators, not on your transaction.',
  },
  NETWORK_SLOW: {
    title: 'Why are confirmations taking longer than usual?',
    means: 'Blocks on the network are coming later than usual right now, so each confirmation takes longer. Your transaction is fine; it just needs more time. This is not caused by you.',
    why: ['Validators going offline, network upgrades or heavy load can slow block production for a while.'],
    todo: ['Wait; there is nothing to do on your side.', 'Do not send the same transfer again while the first one is still on its way.'],
    time: 'Usually the delay is minutes; the status page shows the current estimate.',
  },
  NETWORK_CONGESTED: {
    title: 'The network is busy: why is my transfer waiting?',
    means: 'Many people are sending transactions at the same time, blocks are full and fees are well above their usual level. Transactions with lower fees wait longer. This is not caused by you.',
    why: ['Market moves, popular token launches or airdrops fill the blocks for a while.'],
    todo: ['You can wait until the rush passes.', 'If it is urgent and your wallet offers "speed up", you can pay a higher fee to get ahead in the queue.'],
    time: 'Rushes usually pass within minutes to a few hours.',
  },
  TX_PENDING_FEE_UNCOMPETITIVE: {
    title: 'My transaction is pending because the fee is too low',
    means: 'Your transaction is valid and waiting, but the fee you offered is below what most recent blocks accepted. Block producers take higher-paying transactions first, so yours may wait a long time.',
    why: ['Fees changed after you sent it, or the wallet picked a low fee setting.'],
    todo: ['If it is not urgent, you can wait for fees to fall.', 'Otherwise use "speed up" in your wallet to replace it with the same transaction at a higher fee.', 'Do not send a second, separate transfer: both could go through.'],
    time: 'Hours unless fees fall or you speed it up; with a competitive fee, usually within a few blocks.',
  },
};
