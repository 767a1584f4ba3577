import type { tronCodes } from '../../../diagnose/codes/tron.ts';
import type { FindingParams } from '../../../diagnose/types.ts';
import type { FindingCatalog } from '../../types.ts';

/** Energy in one plain sentence. */
const ENERGY = 'On TRON, a token transfer such as USDT uses "energy", which you get by staking or renting TRX; an account without it pays by burning TRX instead.';
/** The answer to "are you overcharging me?": who gets the fee. */
const FEE_GOES_TO_NETWORK = 'This fee goes to the TRON network (the TRX is burned), not to your wallet app or to us.';

const notMoved = (p: FindingParams) => (p.intended ? `The ${p.intended} was not sent: this transaction did not move it.` : 'Nothing was transferred.');
const spent = (p: FindingParams) => (p.fee ? `The ${p.fee} burned before it stopped is not refunded.` : 'The TRX burned before it stopped is not refunded.');

export const tronEn: FindingCatalog<keyof typeof tronCodes> = {
  TRON_PENDING: {
    title: (p) => (p.state === 'expired' ? 'Expired before it was processed' : 'Broadcast, waiting for a block'),
    detail: (p, c) =>
      p.state === 'expired'
        ? `In the ${c.net(p.network)} pending pool but past its expiration time: it can no longer be included.`
        : `In the ${c.net(p.network)} pending pool${typeof p.expiresInSeconds === 'number' ? `; expires in ${p.expiresInSeconds} s if not included` : ''}.`,
    explain: (p, c) =>
      p.state === 'expired'
        ? `Your transaction was not processed on ${c.net(p.network)} before it expired, so it will never go through. Nothing was transferred and no fee was charged.`
        : `Your transaction has been sent to ${c.net(p.network)} and is waiting to be included in a block. TRON makes a block every 3 seconds, so this normally takes only a few seconds.`,
    steps: (p) =>
      p.state === 'expired'
        ? ['You can safely send the transfer again.']
        : ['Please check again in a minute; no action is needed.', 'Do not send the same transfer again while this one is pending, or you may pay twice.'],
  },
  TRON_OUT_OF_ENERGY: {
    title: () => 'Failed: ran out of energy',
    detail: (p, c) =>
      `OUT_OF_ENERGY on ${c.net(p.network)}: ${p.energyTotal ?? '?'} energy used (${p.energyStake ?? 0} from stake, ${p.energyBurned ?? 0} paid by burning ${p.energyFee ?? 'TRX'})${p.feeLimit ? `, below the ${p.feeLimit} fee limit` : ''}: the account ran out of energy and TRX. Fee spent: ${p.fee ?? 'unknown'}.`,
    explain: (p, c) =>
      `Your transaction failed on ${c.net(p.network)} because the sending account did not have enough energy or TRX to finish it. ${ENERGY} ${notMoved(p)} ${spent(p)}`,
    steps: (p) => [
      p.budget
        ? `Before trying again, keep at least ${p.budget} in the sending account (enough for a USDT transfer even to an address that has never held USDT), or stake TRX / rent energy so the transfer burns little or no TRX.`
        : 'Before trying again, add more TRX to the sending account, or stake TRX / rent energy.',
      'Then send the transfer again; the failed attempt does not need to be cancelled.',
    ],
  },
  TRON_FEE_LIMIT_TOO_LOW: {
    title: (p) => (p.feeLimit ? `Failed: fee limit of ${p.feeLimit} too low` : 'Failed: fee limit too low'),
    detail: (p, c) =>
      `OUT_OF_ENERGY on ${c.net(p.network)} at the fee limit: ${p.energyTotal ?? '?'} energy reached the ${p.feeLimit ?? 'fee'} limit; the account itself could have paid more. Fee spent: ${p.fee ?? 'unknown'}.`,
    explain: (p, c) =>
      `Your transaction failed on ${c.net(p.network)} because its fee limit${p.feeLimit ? ` (${p.feeLimit})` : ''}, the most it was allowed to spend on energy, was too low for this transfer. It was not because you lacked TRX. ${ENERGY} ${notMoved(p)} ${spent(p)}`,
    steps: (p) => [
      `Send it again with a higher fee limit${p.suggestedFeeLimit ? ` (at least ${p.suggestedFeeLimit})` : ''}. The fee limit is only a ceiling: you pay only for the energy actually used.`,
      "If you cannot change the fee limit, use your wallet's default fee setting instead of a custom one, or stake TRX / rent energy before sending.",
    ],
  },
  TRON_OUT_OF_TIME: {
    title: () => 'Failed: the contract took too long (OUT_OF_TIME)',
    detail: (p, c) =>
      `OUT_OF_TIME on ${c.net(p.network)}: exceeded the TRON VM time limit; ${p.energyTotal ?? '?'} energy charged${p.feeLimit ? ` (up to the whole ${p.feeLimit} fee limit)` : ''}. Fee spent: ${p.fee ?? 'unknown'}.`,
    explain: (p, c) =>
      `Your transaction failed on ${c.net(p.network)}: the smart contract it called took longer than the network allows for one transaction and was stopped. When that happens, the network charges energy up to the transaction's fee limit, which is why ${p.fee ?? 'the fee'} was spent. ${notMoved(p)} This is caused by the contract (or by how busy it was at that moment), not by your wallet.`,
    steps: () => [
      'Please do not retry the same action several times in a row: each failed attempt can again burn up to the whole fee limit.',
      'Contact the support of the app you were using and send them the transaction hash.',
    ],
  },
  TRON_CONTRACT_FAILED: {
    title: (p) => `Failed: ${p.result}`,
    detail: (p, c) => `${p.result} on ${c.net(p.network)}: ${p.meaning}. Fee spent: ${p.fee ?? 'unknown'}.`,
    explain: (p, c) =>
      `Your transaction was processed on ${c.net(p.network)} but the smart contract failed (${p.meaning}). ${notMoved(p)} Only the network fee${p.fee ? ` (${p.fee})` : ''} was used, and it cannot be refunded.`,
    steps: () => ['Check with the app or token issuer what this action requires, then try again.', 'Keep enough TRX in your wallet to pay the fee of the new attempt.'],
  },
  TRON_HIGH_FEE_ENERGY_BURN: {
    title: (p) => `Succeeded; ${p.energyFee} burned for energy`,
    detail: (p, c) =>
      `On ${c.net(p.network)}: ${p.energyTotal} energy, ${p.energyStake} from stake, ${p.energyBurned} paid by burning ${p.energyFee}${p.energyPriceSun ? ` (${p.energyPriceSun} sun per energy)` : ''}; dynamic-energy penalty ${p.energyPenalty} (${p.penaltyPercent}%)${p.firstUsdt === 'yes' ? '; the recipient held no USDT before (≈130k instead of ≈65k energy)' : ''}. Total fee ${p.fee ?? p.energyFee}.`,
    explain: (p, c) =>
      [
        `Your transaction went through on ${c.net(p.network)}. The fee (${p.fee ?? p.energyFee}) is high because the sending account had ${Number(p.energyStake) > 0 ? 'too little' : 'no'} energy, so the network burned TRX instead.`,
        ENERGY,
        FEE_GOES_TO_NETWORK,
        p.firstUsdt === 'yes' ? 'The recipient had never held USDT before, which makes a transfer use about twice the energy (about 130,000 instead of 65,000).' : '',
        Number(p.energyPenalty) > 0 ? `About ${p.penaltyPercent}% of that energy is a surcharge TRON adds for very busy contracts such as USDT.` : '',
        'The fee cannot be refunded, but your transfer is complete.',
      ]
        .filter(Boolean)
        .join(' '),
    steps: (p) =>
      [
        'To pay less next time, stake TRX for energy or rent energy before sending; with enough energy, a USDT transfer burns little or no TRX.',
        p.usdt === 'yes' && p.holderCost ? `Sending USDT to an address that already holds USDT costs less (about ${p.holderCost} without energy).` : '',
        'Nothing else needs to be done for this transfer.',
      ].filter(Boolean),
  },
  TRON_ACCOUNT_ACTIVATION_FEE: {
    title: (p) => `Activated a new account: ${p.activationFee} fee`,
    detail: (p, c) =>
      `Recipient ${p.account} did not exist on ${c.net(p.network)}; this transfer created it: ${p.activationFee} activation fee (1 TRX account creation, plus 0.1 TRX when the sender has no staked bandwidth). Total fee ${p.fee ?? p.activationFee}.`,
    explain: (p, c) =>
      `Your transfer${p.amount ? ` of ${p.amount}` : ''} went through. The receiving address had never been used on ${c.net(p.network)}, so this transfer also activated it, which costs a one-time fee of ${p.activationFee}. That is why a little more TRX than the amount you sent left your wallet. ${FEE_GOES_TO_NETWORK} Later transfers to this address will not pay it again.`,
    steps: () => ['No action is needed: the activation fee is charged only once per new address.'],
  },
};
