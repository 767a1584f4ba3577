import type { commonCodes } from '../../../diagnose/codes/common.ts';
import type { FindingCatalog, MessageContext } from '../../types.ts';
import { askForTxIdEn, depositStepEn, platformEn, likelyNetworksEn, missingWithdrawalStepsEn, storyEn } from './complaint.ts';
import { shortOfBalance } from '../../known-reasons.ts';
import { plural } from '../../plural.ts';
import { reasonDetailEn, reasonEn, reasonTitleEn } from './reasons.ts';

/** "Ethereum", "Ethereum and BSC", "Ethereum, BSC and TRON". */
const list = (ids: unknown, c: MessageContext) => {
  const names = String(ids ?? '').split(',').filter(Boolean).map((id) => c.net(id));
  return names.length > 1 ? `${names.slice(0, -1).join(', ')} and ${names.at(-1)}` : names.join('');
};

/** The user's question, answered before the hash is asked for (NEED_TX_HASH, `said`). */
const LOSS_ANSWER_EN: Record<string, string> = {
  'wrong-address': 'Once a transfer to a wrong address is confirmed on chain, it cannot be reversed: neither we nor any wallet can pull it back. Whether you can get it back depends on whose address it is: an exchange can match a deposit to its owner, and a person you know can send it back. ',
  'wrong-network': 'Funds sent on the wrong network can often be recovered by the receiving platform; the first step is to see which network the transfer went on. ',
};

export const commonEn: FindingCatalog<keyof typeof commonCodes> = {
  TX_CONFIRMED: {
    title: () => 'Confirmed and final',
    detail: (p, c) => `Succeeded on ${c.net(p.network)} with ${p.confirmations ?? 'enough'} confirmations; irreversible.`,
    explain: (p, c) =>
      p.overshadowed === 'yes'
        ? `The transaction itself is confirmed and final on ${c.net(p.network)}.`
        : p.moved === 'no'
        ? `Your transaction went through on ${c.net(p.network)} and is final. It did not transfer any funds.`
        : p.direction === 'withdrawal'
        ? // The user's wallet is the receiver here: nothing left it, and nobody needs to credit anything.
          `This withdrawal went through on ${c.net(p.network)} and is final: ${platformEn(p)} sent ${p.amount && p.recipient ? `${p.amount} and it arrived at the receiving address ${p.recipient}` : 'the funds and they arrived at the receiving address'}.`
        : `Your transaction went through on ${c.net(p.network)} and is final: ${p.amount && p.recipient ? `${p.amount} left your wallet and arrived at the receiving address ${p.recipient}` : 'the funds have left your wallet and arrived at the receiving address'}.`,
    steps: (p, c) =>
      p.overshadowed === 'yes'
        ? []
        : p.moved === 'no'
        ? ['If you do not recognise this transaction, tell us right away.']
        : p.direction === 'withdrawal'
        ? [
            { key: 'check-address', text: 'Check that the receiving address in the transaction is exactly your wallet address.' },
            `If your wallet still shows nothing, make sure it is showing ${c.net(p.network)} and, for a token, that the token is added to your wallet: the funds are at that address.`,
          ]
        : [
            { key: 'contact-receiver', text: p.direction === 'deposit' ? depositStepEn(p) : 'If the receiver is an exchange or a platform and has not credited you yet, send them the transaction hash; they can match it to your account.' },
            { key: 'check-address', text: 'Check that the receiving address in the transaction is exactly the one you meant to use.' },
          ],
  },
  TX_AWAITING_CONFIRMATIONS: {
    title: (p) => `Succeeded, waiting for confirmations (${p.confirmations}/${p.required})`,
    detail: (p, c) => `Mined on ${c.net(p.network)}; ${p.confirmations} of the ${p.required} confirmations exchanges usually wait for. About ${p.remaining} more blocks (~${p.etaMinutes} min).`,
    explain: (p, c) =>
      p.overshadowed === 'yes'
        ? `The transaction itself has gone through on ${c.net(p.network)}.`
        : p.stalled === 'yes'
          ? `Your transaction has gone through on ${c.net(p.network)}. It has ${p.confirmations} of the ${p.required} confirmations that exchanges usually wait for before crediting a deposit; the rest will come once the network produces blocks again.`
          : p.direction === 'withdrawal'
          ? // A withdrawal is already at the user's address: an exchange's crediting rule does not apply.
            `This withdrawal has gone through on ${c.net(p.network)}: ${platformEn(p)} sent the funds to the receiving address. It has ${plural(p.confirmations, 'confirmation')} so far and becomes final in about ${plural(p.etaMinutes, 'minute')}; most wallets show it already.`
          : `Your transaction has gone through on ${c.net(p.network)}. It has ${p.confirmations} of the ${p.required} confirmations that exchanges usually wait for before crediting a deposit, so it should show up in about ${plural(p.etaMinutes, 'minute')}.`,
    steps: (p, c) =>
      p.overshadowed === 'yes' || p.stalled === 'yes'
        ? []
        : p.direction === 'withdrawal'
        ? [
            { key: 'check-address', text: 'Check that the receiving address in the transaction is exactly your wallet address.' },
            `If your wallet still shows nothing, make sure it is showing ${c.net(p.network)} and, for a token, that the token is added to your wallet.`,
          ]
        : [
            { key: 'wait', text: `Please wait about ${plural(p.etaMinutes, 'minute')}; nothing needs to be done on your side.` },
            { key: 'contact-receiver', text: 'If it has still not been credited after that, send the receiver the transaction hash.' },
          ],
  },
  TX_NOT_FOUND: {
    title: () => 'Not found on any network',
    detail: (p, c) => `Every network answered and none has ${p.txHash}. Searched: ${list(p.searched, c)}.`,
    explain: (p, c) =>
      `We checked ${list(p.searched, c)}, and ${String(p.searched ?? '').split(',').filter(Boolean).length > 1 ? 'none of them has a' : 'it has no'} transaction with this hash.${
        // The complaint points at a network we do not serve (UNSUPPORTED_EXPLORER says so): no guess, no reassurance.
        p.elsewhere === 'yes'
          ? ''
          : ` Usually this means the hash was copied incompletely, it belongs to another network, or the transaction was never sent (or was dropped before it was processed).${
              p.direction === 'withdrawal'
                ? ` A withdrawal is sent by ${platformEn(p)} itself, so only it can give you the right transaction ID.`
                : ` If it was never processed, your funds have not moved.${
                    p.expirySeconds
                      ? ` On ${list(p.expiringNetworks, c)} a transaction that is not processed within about ${p.expirySeconds} seconds of signing expires and can never go through afterwards: if yours was sent longer ago than that, it has expired and nothing was spent.`
                      : ''
                  }`
            }`
      }`,
    steps: (p) =>
      p.elsewhere === 'yes'
        ? []
        : p.direction === 'withdrawal'
        ? missingWithdrawalStepsEn(p)
        : [
            'Copy the transaction hash again from your wallet\'s history (the full string) and send it to us.',
            p.expirySeconds
              ? `Check your wallet balance: if the amount is still there, the transfer did not happen. Once ${p.expirySeconds} seconds have passed since you sent it, it is safe to send it again.`
              : 'Check your wallet balance: if the amount is still there, the transfer did not happen and you can send it again.',
          ],
  },
  LOOKUP_INCONCLUSIVE: {
    title: () => 'Could not check: a network did not answer',
    detail: (p, c) => `Lookup failed on ${list(p.failedNetworks, c)}; result unknown, retry. Searched: ${list(p.searched, c)}.`,
    explain: (p, c) =>
      `We could not get an answer from ${likelyNetworksEn(p, c)} just now, so we cannot tell yet what happened to this transaction. This does not mean it is missing.${c.followUp ? ' We will check again and let you know.' : ''}`,
    steps: () => [
      { key: 'retry', text: 'Please check again in a few minutes.' },
      { key: 'no-duplicate', text: 'Do not send the same transfer again until we know what happened to the first one.' },
    ],
  },
  NEED_TX_HASH: {
    title: () => 'No transaction hash to check',
    detail: (p) => (p.addressesOnly === 'yes' ? 'Only addresses were given; a transaction hash is needed to check a specific transfer.' : 'No transaction hash, address or explorer link was found in the complaint.'),
    explain: (p, c) =>
      `${LOSS_ANSWER_EN[String(p.said)] ?? ''}${
        p.story === 'yes'
          ? storyEn(p, c)
          : 'To check your transfer we need its transaction hash (also called TxID). You can find it in your wallet: open the transfer in your history and copy the hash or the explorer link.'
      }`,
    steps: (p) => (p.story === 'yes' ? [askForTxIdEn(p)] : ['Open the transfer in your wallet history and copy its transaction hash (TxID) or explorer link.', 'Send it to us and we will check it right away.']),
  },
  TX_REVERTED: {
    title: (p) => reasonTitleEn(p),
    detail: (p, c) => `Reverted on ${c.net(p.network)}: ${reasonDetailEn(p)}. Fee spent: ${p.fee ?? 'unknown'}.`,
    explain: (p, c) =>
      shortOfBalance(p)
        ? `Your transaction was processed on ${c.net(p.network)} but failed: at that moment the sending wallet did not hold enough of the token${p.intended ? ` to send ${p.intended}` : ''}, so nothing was transferred. Only the network fee${p.fee ? ` (${p.fee})` : ''} was used: validators charge it for processing the transaction even when it fails, and it cannot be refunded.`
        : `Your transaction was processed on ${c.net(p.network)} but failed: ${reasonEn(p)}. ${p.intended ? `The ${p.intended} was not sent: this transaction did not move it. ` : 'Nothing was transferred. '}Only the network fee${p.fee ? ` (${p.fee})` : ''} was used: validators charge it for processing the transaction even when it fails, and it cannot be refunded.`,
    steps: (p) =>
      p.frozenSender === 'yes'
        ? [{ key: 'stop-sending', text: 'Please do not try again: the token issuer has frozen this address, so every new attempt will fail and cost another fee.' }]
        : [
            {
              key: 'retry',
              text: shortOfBalance(p)
                ? 'Check how much of the token your wallet holds now, then send again with an amount you actually hold.'
                : p.reasonKind === 'message' || p.reasonKind === 'unknown' || p.reasonKind === 'none'
                  ? 'Ask the app or token you were using what this action requires before trying again; a retry as it is will fail the same way.'
                  : 'Fix what the error says, then send the transaction again.',
            },
            { key: 'keep-fee', text: 'Keep enough of the network coin in your wallet to pay the fee for the new attempt.' },
          ],
  },
  WRONG_NETWORK: {
    title: (p, c) => `Sent on ${c.net(p.network)}, not on ${c.net(p.claimedNetwork)}`,
    detail: (p, c) => `Complaint names ${c.net(p.claimedNetwork)}; the transaction is on ${c.net(p.network)}.`,
    explain: (p, c) =>
      `The transfer was made on ${c.net(p.network)}, not on ${c.net(p.claimedNetwork)}. ${
        c.family(p.network) === c.family(p.claimedNetwork)
          ? 'Funds on one network do not appear on another, even when the address looks the same.'
          : `The two are separate networks with different kinds of addresses (${ADDRESS_LOOK_EN[c.family(p.network) ?? ''] ?? 'another format'} on ${c.net(p.network)}, ${ADDRESS_LOOK_EN[c.family(p.claimedNetwork) ?? ''] ?? 'another format'} on ${c.net(p.claimedNetwork)}), and funds sent on one never appear on the other.`
      } If the receiving platform only supports ${c.net(p.claimedNetwork)}, it will not see this deposit by itself, and waiting will not change that.`,
    steps: (p, c) => [
      { key: 'contact-receiver', text: `Contact the receiving platform's support with the transaction hash and tell them it was sent on ${c.net(p.network)}; many exchanges can recover deposits made on the wrong network.` },
      `If the receiving address is your own wallet, add ${c.net(p.network)} in your wallet to see the funds there.`,
      'Next time, check that the network chosen when sending is the one the receiver supports.',
    ],
  },
  WRONG_NETWORK_REPORTED: {
    title: (p, c) => `Said to be on the wrong network; it went on ${c.net(p.network)}`,
    detail: (p, c) => `Complaint says the wrong network was used but names none to compare; the transaction is on ${c.net(p.network)}.`,
    explain: (p, c) =>
      `This transfer was made on ${c.net(p.network)}. If the address you sent to is the platform's deposit address for another network, the platform will not see this deposit by itself, and waiting will not change that (an address can look the same on two networks and still be credited on one only).`,
    steps: (p, c) => [
      { key: 'contact-receiver', text: `Check which network the receiving platform lists for that address. If it is not ${c.net(p.network)}, contact the platform's official support with the transaction hash and tell them it was sent on ${c.net(p.network)}; many exchanges can recover deposits made on the wrong network.` },
      `If the receiving address is your own wallet, add ${c.net(p.network)} in your wallet to see the funds there.`,
    ],
  },
  WRONG_ADDRESS_REPORTED: {
    title: (p) => `Sent to the wrong address, the user says: ${p.recipient}`,
    detail: (p, c) => `User says the address was wrong; the transfer${p.amount ? ` of ${p.amount}` : ''} went through on ${c.net(p.network)} to ${p.recipient}.`,
    explain: (p, c) =>
      `This transfer went through on ${c.net(p.network)}: ${p.amount ? `${p.amount} went` : 'the funds went'} to ${p.recipient}. A confirmed transfer cannot be reversed; neither we nor any wallet can pull it back. Whether you can get it back depends on whose address it is: an exchange can match a deposit to its owner, and a person you know can send it back.`,
    steps: () => [
      { key: 'contact-receiver', text: 'Check whether the receiving address belongs to an exchange or a platform (explorers sometimes label it). If it does, contact their official support with the transaction hash.' },
      'If you know the person behind the address, ask them to send it back.',
      'Next time, send a small test amount first and compare the address character by character.',
    ],
  },
  RECIPIENT_MISMATCH: {
    title: () => 'Sent to a different address than the user says',
    detail: (p) => `User named ${p.claimed}; funds went to ${p.actual}.${p.lookalike === 'yes' ? ' The two share their first and last characters: likely address poisoning.' : ''}`,
    explain: (p) =>
      p.lookalike === 'yes'
        ? `The funds went to ${p.actual}, not to ${p.claimed}. The two addresses start and end the same way but differ in the middle. This is a common scam: scammers create a look-alike address and place it in your history, hoping you copy it by mistake.`
        : `The funds went to ${p.actual}, which is not the address you gave us (${p.claimed}).`,
    steps: (p) => [
      { key: 'check-address', text: 'Compare the full receiving address in the transaction with the one you intended, character by character.' },
      ...(p.lookalike === 'yes' ? [{ key: 'no-copy-history' as const, text: 'From now on, copy addresses only from a trusted source (the receiver or your address book), never from your transaction history.' }] : []),
      'If you do not recognise the receiving address, tell us immediately so we can help you report it.',
    ],
  },
  AMOUNT_MISMATCH: {
    title: () => 'Amount differs from the complaint',
    detail: (p) => `User mentions ${p.claimed}; the transaction moved ${p.actual}.`,
    explain: (p) => `This transaction moved ${p.actual}, while you mentioned ${p.claimed}. Please check that this is the transfer you mean.`,
    steps: () => ['If you made several transfers, send us the hash of the one you are asking about.'],
  },
  FEE_MISMATCH: {
    title: () => 'Network fee differs from the complaint',
    detail: (p) => `User mentions a fee of ${p.claimed}; the transaction paid ${p.actual} to the network.`,
    explain: (p) =>
      `The network fee of this transaction was ${p.actual}, not the ${p.claimed} you mentioned. If your balance went down by more, the difference is usually another transaction, or a fee charged by the wallet, exchange or app you used, which does not appear on the chain.`,
    steps: () => ['Check your wallet history for other transactions around the same time.', 'If an exchange or app charged you, its fee is in its own records; its support can explain it.'],
  },
  SENT_TO_TOKEN_CONTRACT: {
    title: (p) => `${p.amount} sent to the token's own contract`,
    detail: (p) => `Recipient is the token contract ${p.token} itself; most tokens have no way to send such funds back.`,
    explain: (p) =>
      `The ${p.amount} was sent to the token's own contract address instead of a wallet. Nobody holds the key of that address, so in most cases the tokens cannot be moved out again, and we cannot reverse the transfer.`,
    steps: () => [
      'Unfortunately blockchain transfers cannot be reversed. The token issuer is the only party that might be able to help; you can contact their official support with the transaction hash.',
      'Before sending, always check that the receiving address is a wallet or exchange deposit address, not a token contract.',
    ],
  },
  FAKE_TOKEN: {
    title: (p) => `Fake ${p.symbol}: not the real token contract`,
    detail: (p) => `Token ${p.fakeContract} calls itself ${p.symbol}; the real ${p.symbol} is ${p.realContract ?? 'another contract'}.`,
    explain: (p) =>
      `The ${p.amount} in this transaction is not real ${p.symbol}. It is a different token that copies the name ${p.symbol}; it has no value and cannot be exchanged. This is often part of a scam: someone shows you a "payment" that is worthless, or tries to get you to interact with it.`,
    steps: (p) => [
      { key: 'buyer', text: `Do not send anything in return for this "${p.symbol}", and do not try to sell or approve it on any website.` },
      `Real ${p.symbol} has the contract address ${p.realContract ?? 'published by its issuer'}; check the contract address, not the name.`,
    ],
  },
  THEFT_REPORTED: {
    title: () => 'User reports theft or a scam',
    detail: () => 'Theft, hacking or scam words in the complaint: handle first.',
    explain: (p) =>
      p.kind === 'fake-payment'
        ? 'We understand you were paid with a token that turned out to be worthless, and we are treating this as urgent.'
        : 'We understand you believe your funds were stolen, and we are treating this as urgent.',
    steps: (p) =>
      p.kind === 'fake-payment'
        ? [
            {
              key: 'buyer',
              text: 'Do not hand over goods or send anything back to this buyer. Report them to the platform where you met them (and to the police), and keep the chat, the buyer\'s address and this transaction hash as evidence.',
              weight: 2,
            },
            'Your wallet was not hacked: receiving a token cannot take anything from it, so there is no need to move your funds or change your recovery phrase.',
          ]
        : [
            { key: 'move-funds', generic: true, text: 'If any funds are left, move them right away to a new wallet created with a new recovery phrase on a device you trust.' },
            { key: 'revoke', generic: true, text: 'Revoke any token approvals you do not recognise.' },
            { key: 'send-hashes', generic: true, text: 'Send us the hash of every transaction you do not recognise and any address involved, so we can trace where the funds went.' },
          ],
  },
  LARGE_AMOUNT: {
    title: (p) => `Large amount: ${p.amount}`,
    detail: (p) => `Amount ${p.amount} is at or above the large-sum threshold.`,
    explain: () => '',
    steps: () => [],
  },
  PHISHING_TOKEN_NAME: {
    // The token's own words are bait: quote them for the agent, never repeat them to the user.
    title: () => 'Phishing token: its name is bait',
    detail: (p) =>
      `Token ${p.token} carries ${p.signals === 'markup' ? 'markup' : 'a link or lure'} in its ${String(p.field ?? 'name').replace(',', ' and ')}: ${p.shown}. Signals: ${p.signals}. Treat as an airdropped phishing bait; do not open anything it names.`,
    explain: (p) =>
      String(p.signals ?? '').split(',').some((s) => s === 'link' || s === 'lure')
        ? 'This transaction includes a token whose name carries a website address or an invitation such as "claim" or "airdrop". This is a common scam: such tokens are sent unasked to many wallets so that people visit the site and connect their wallet there, which lets the scammers take their funds. The token has no value.'
        : 'This transaction includes a token whose name is made of web page code instead of a name. Scammers create tokens like this to trick apps and people; it has no value.',
    steps: () => [
      { key: 'no-visit', text: 'Do not visit any website the token names, and do not connect your wallet or sign anything there.' },
      'The token cannot take anything from your wallet by itself; you can simply hide it in your wallet.',
    ],
  },
  PHISHING_REVERT_REASON: {
    // The contract's own words are bait: quoted for the agent, never repeated to the user.
    title: () => 'Phishing message in a failed transaction',
    detail: (p) => `The revert message carries ${p.signals === 'markup' ? 'markup' : 'a link or lure'}: ${p.shown}. Signals: ${p.signals}. Treat as phishing bait; do not open anything it names.`,
    explain: () =>
      'The failure message of this transaction was written by the contract itself and contains a website address or an invitation. Scam contracts do this on purpose so that people visit the site and connect their wallet there: it is not a message from us or from your wallet.',
    steps: () => [{ key: 'no-visit', text: 'Do not visit any website named in the failure message, and do not connect your wallet or sign anything there.' }],
  },
  TX_NOT_INVOLVING_WALLET: {
    title: () => 'This transaction does not involve the named wallet',
    detail: (p, c) => `Tx ${p.txHash} on ${c.net(p.network)} goes from ${p.from} to ${p.to ?? 'a contract'}; neither is ${p.wallet}. The wallet's own history is investigated instead.`,
    explain: (p) =>
      `The transaction you sent us (${p.txHash}) does not involve your wallet ${p.wallet}: it was sent from ${p.from}${p.to ? ` to ${p.to}` : ''}. It does not show what happened to your funds, so we looked at your wallet's own history instead.`,
    steps: () => [{ key: 'send-hashes', text: 'If you see a transaction in your wallet history that you do not recognise, send us its hash.' }],
  },
};

/** How a family's addresses look, so a wrong-network reply never says "even when the address looks the same" across families. */
const ADDRESS_LOOK_EN: Record<string, string> = { evm: 'addresses starting with 0x', tron: 'addresses starting with T', solana: 'base58 addresses of 32 to 44 letters and digits' };
