import type { semanticsCodes } from '../../../diagnose/codes/semantics.ts';
import type { HelpSlice } from '../types.ts';

export const semanticsHelpEn: HelpSlice<keyof typeof semanticsCodes> = {
  APPROVAL_GRANTED: {
    title: 'My transaction "approved" something: what did I allow?',
    means: 'The transaction did not send funds. It gave an application (a smart contract) permission to spend up to a set amount of one of your tokens. Nothing has moved yet, but that application can now move the approved amount without asking you again.',
    why: [
      'Swaps, bridges and staking sites ask for this permission before they can move your tokens for you.',
      'Fake sites ask for the same permission to empty a wallet later, so it matters who received it.',
    ],
    todo: [
      'If you recognise the application and meant to use it, nothing needs to be done.',
      'If you do not recognise it, remove the permission now with your wallet\'s approval manager or a revoke tool (for example revoke.cash for EVM networks, or Tronscan\'s approval page for TRON).',
    ],
    time: 'The permission lasts until you remove it or it is used up; removing it takes one small transaction.',
  },
  STAKING_OPERATION: {
    title: 'I staked (or unstaked) coins and my balance went down',
    means: 'This was a staking or resource operation, not a payment. The coins are locked for staking, lent as energy or bandwidth, or on their way back to you. They are still yours.',
    why: [
      'On TRON, staking TRX (Stake 2.0) gives energy or bandwidth for cheaper transfers; the staked TRX no longer shows as available balance.',
      'Unstaking has a waiting period (14 days on TRON; about one epoch, 2–3 days, on Solana) before the coins can be withdrawn.',
    ],
    todo: [
      'Check the staked or unstaking amount in your wallet\'s staking or resources page.',
      'After the waiting period ends, withdraw the unstaked coins; on TRON they do not return to your balance by themselves.',
    ],
    time: 'Staking takes effect at once; unstaked coins become available after the network\'s waiting period.',
  },
  DUSTING_TRANSFERS: {
    title: 'Tiny amounts or unknown tokens arrived in my wallet from strangers',
    means: 'Strangers sent you tiny or zero-value transfers, or tokens you never asked for, right after your own transfers. This is "dusting": usually to plant a look-alike address in your history so you copy it by mistake next time. Nothing was taken from you.',
    why: [
      'Scammers watch the chain for transfers and send dust from addresses that start and end like the ones you use.',
      'Unknown tokens often carry a website in their name that leads to a fake site.',
    ],
    todo: [
      'Never copy a receiving address from your transaction history; use your address book or copy it from the receiver directly.',
      'Check the first and last characters and the middle of every address before you send.',
      'Do not interact with unknown tokens or visit websites named in them.',
    ],
    time: 'Nothing needs to be undone; just stay careful with addresses from now on.',
  },
};
