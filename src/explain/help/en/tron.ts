import type { tronCodes } from '../../../diagnose/codes/tron.ts';
import type { HelpSlice } from '../types.ts';

const ENERGY = 'On TRON, a token transfer such as USDT runs a smart contract, which costs "energy". You get energy by staking TRX or renting it; without it, the network burns TRX from your balance instead.';

export const tronHelpEn: HelpSlice<keyof typeof tronCodes> = {
  TRON_PENDING: {
    title: 'My TRON transaction is waiting',
    means: 'The transaction has been sent to TRON and is waiting to be included in a block. If it is not included before its expiry time, it expires and never happens.',
    why: ['TRON makes a block every 3 seconds; a short wait is normal, a long one means it will expire.'],
    todo: ['Check again in a minute.', 'Do not send the same transfer again while it is waiting. Once it has expired, you can safely send it again.'],
    time: 'Seconds. An unprocessed TRON transaction usually expires after about a minute; nothing is charged then.',
  },
  TRON_OUT_OF_ENERGY: {
    title: 'My USDT transfer on TRON failed and TRX was burned',
    means: `The sending account did not have enough energy or TRX to finish the transfer. ${ENERGY} The tokens did not move; the TRX burned before it stopped is not refunded.`,
    why: ['Too little TRX in the account, and no staked or rented energy.', 'A transfer to an address that has never held USDT costs about twice as much energy.'],
    todo: ['Add TRX to the sending account (for USDT, about 30 TRX covers even a first transfer to a new address), or stake TRX / rent energy.', 'Then send the transfer again; the failed one needs no cancelling.'],
    time: 'The failure is final. With enough TRX or energy a new transfer confirms in seconds.',
  },
  TRON_FEE_LIMIT_TOO_LOW: {
    title: 'My TRON transfer failed because of the fee limit',
    means: `The transaction's fee limit, the most it may spend on energy, was too low for this transfer; the account itself had enough TRX. ${ENERGY}`,
    why: ['The wallet or app set a custom, low fee limit.'],
    todo: ['Send it again with a higher fee limit: it is only a ceiling, you pay only for what is used.', 'Or use your wallet\'s default fee setting.'],
    time: 'The failure is final; a new attempt confirms in seconds.',
  },
  TRON_OUT_OF_TIME: {
    title: 'My TRON transaction failed with "out of time"',
    means: 'The smart contract it called took longer than TRON allows for one transaction and was stopped. Nothing was transferred, and energy up to the fee limit was charged.',
    why: ['The contract is heavy or was very busy at that moment; this is not caused by your wallet.'],
    todo: ['Do not retry several times in a row: each attempt can burn the whole fee limit again.', 'Contact the support of the app you were using with the transaction hash.'],
    time: 'Final; it depends on the app whether and when a retry works.',
  },
  TRON_CONTRACT_FAILED: {
    title: 'My TRON transaction failed in the smart contract',
    means: 'TRON processed the transaction, but the smart contract failed, so nothing was transferred. Only the fee was spent.',
    why: ['The contract refused the action (for example a condition it checks was not met), or an inner transfer it makes failed.'],
    todo: ['Contact the support of the app or token you were using with the transaction hash.', 'Do not retry many times: each failed attempt costs a fee.'],
    time: 'Final; waiting will not change it.',
  },
  TRON_HIGH_FEE_ENERGY_BURN: {
    title: 'Why was my TRON fee so high?',
    means: `The transfer succeeded, but TRX was burned to pay for energy. ${ENERGY}`,
    why: ['No or too little staked or rented energy.', 'A first USDT transfer to an address that never held USDT costs about twice the energy.', 'Busy contracts (like USDT) can charge extra energy at peak times.'],
    todo: ['Nothing to fix for this transfer.', 'To pay less next time, stake TRX or rent energy before sending.'],
    time: 'It is already complete.',
  },
  TRON_ACCOUNT_ACTIVATION_FEE: {
    title: 'Why was an extra TRX fee charged for my transfer?',
    means: 'The receiving address had never been used on TRON, so your transfer activated it. TRON charges a one-time activation fee for that (about 1.1 TRX).',
    why: ['Every new TRON address is activated by the first transfer it receives, and the sender pays once.'],
    todo: ['Nothing to do; later transfers to this address do not pay it again.'],
    time: 'It is already complete.',
  },
};
