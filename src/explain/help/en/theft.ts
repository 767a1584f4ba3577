import type { theftCodes } from '../../../diagnose/codes/theft.ts';
import type { HelpSlice } from '../types.ts';

const NEW_WALLET = 'Move any funds that are left to a new wallet created with a new recovery phrase on a device you trust.';

export const theftHelpEn: HelpSlice<keyof typeof theftCodes> = {
  RISKY_APPROVAL: {
    title: 'Someone has permission to spend my tokens',
    means: 'Your wallet once signed an approval that lets another address spend your tokens, sometimes without limit. While it stays active, that address can take those tokens at any time without asking you again.',
    why: ['Approvals are signed when you use an app or a website; fake websites ask for them to drain wallets later.'],
    todo: ['Revoke the approval in your wallet (or with a trusted revoke tool) now.', 'If tokens are already gone, move whatever is left to a new wallet created with a new recovery phrase.'],
    time: 'Revoking takes one transaction and is effective within a minute. Until then the risk stays.',
  },
  DRAIN_BY_SPENDER: {
    title: 'Tokens left my wallet in transactions I did not send',
    means: 'Another address moved tokens out of your wallet using an approval you gave it earlier. This is how approval drains work: no key was needed.',
    why: ['An approval signed on a fake or compromised website or app.'],
    todo: ['Revoke every approval you do not recognise, right away.', NEW_WALLET, 'Send us the hashes so we can trace where the tokens went.'],
    time: 'Revoking stops further drains within a minute. The tokens already taken cannot be reversed.',
  },
  SWEEP_TO_ONE_ADDRESS: {
    title: 'Everything was moved out of my wallet at once',
    means: 'Several assets left your wallet for one unknown address within minutes. This is what happens when someone else has your recovery phrase or private key.',
    why: ['A recovery phrase typed into a fake website or "support" chat, stored in a photo or cloud note, or malware on the device.'],
    todo: [NEW_WALLET, 'Never use the old wallet again: whoever took the funds can still sign with it.', 'Send us the hashes so we can trace where the funds went.'],
    time: 'Act now: anything sent to the old wallet can be taken again at once.',
  },
  ADDRESS_POISONING: {
    title: 'A strange zero-value transfer appeared in my history',
    means: 'Someone sent a worthless transfer involving an address that looks like one you really use. They hope you copy the look-alike from your history next time.',
    why: ['Scammers watch the chain and create addresses with the same first and last characters as the ones you use.'],
    todo: ['Do not copy addresses from your transaction history; use your address book or ask the receiver.', 'Check the full address, not only its start and end.'],
    time: 'Nothing was taken; staying careful is enough.',
  },
  SENT_TO_POISONED_ADDRESS: {
    title: 'I sent funds to a look-alike address',
    means: 'The funds went to an address planted by a scammer that looks like the one you meant. Blockchain transfers cannot be reversed.',
    why: ['The look-alike was copied from your transaction history, where the scammer had placed it.'],
    todo: ['Send us the hash: if the funds reach an exchange, a report there can sometimes freeze them.', 'From now on copy addresses only from your address book or from the receiver.'],
    time: 'The transfer is final. A report to an exchange takes days; results are not guaranteed.',
  },
  FUNDS_TRACED_TO_EXCHANGE: {
    title: 'My stolen funds reached an exchange. What now?',
    means: 'Following the funds on the chain, we found they reached an address of a known exchange. Exchanges know their customers and can sometimes freeze funds when a theft is reported quickly.',
    why: ['Thieves often send funds to an exchange to turn them into cash.'],
    todo: ['Report the theft to that exchange\'s official support with the hashes we list, as soon as possible.', 'File a police report; exchanges often act on one.'],
    time: 'The sooner the better: hours count. The exchange\'s answer can take days.',
  },
  ACCOUNT_PERMISSION_CHANGED: {
    title: 'Someone else controls my TRON account',
    means: 'The account\'s permissions were changed so that another key can approve its transactions. You may no longer be able to move your funds without that other key.',
    why: ['Often a scam: a "shared wallet" or "multi-signature" trick, or a key that leaked.'],
    todo: ['Stop sending funds to this account.', 'Create a new wallet with a new recovery phrase and use only that one.', 'Send us the hash so we can show you the change.'],
    time: 'It will not change back by itself.',
  },
  ACCOUNT_DELEGATED: {
    title: 'My Ethereum or BNB Chain wallet passes everything on to someone else',
    means: 'Your wallet signed an EIP-7702 authorization: it now runs the code of another contract. If that contract is a "sweeper", everything sent to the wallet is passed on to the thief at once, although your key still works.',
    why: ['A site or a "support" contact asked you to sign a request (often called an upgrade, a smart account or a claim) that was really a delegation.'],
    todo: ['Do not send anything more to this wallet, not even coins for fees.', NEW_WALLET, "Remove the delegation only with your wallet app's own official feature, never with a link someone sends you.", 'Send us the hash so we can show you the delegation.'],
    time: 'It stays in place until it is removed; act now.',
  },
  TOKEN_AUTHORITY_CHANGED: {
    title: 'My Solana token account was handed to someone else',
    means: 'The owner of one of your token accounts was changed to another key. That key now controls the tokens in it.',
    why: ['A transaction signed on a malicious site, or a leaked key.'],
    todo: [NEW_WALLET, 'Send us the hash so we can trace what happened.'],
    time: 'It will not change back by itself.',
  },
  ACCOUNT_CLOSED_AND_SWEPT: {
    title: 'My Solana token accounts were closed',
    means: 'Token accounts of your wallet were closed and their balance and deposit sent to another address.',
    why: ['A transaction signed on a malicious site, or a leaked key.'],
    todo: [NEW_WALLET, 'Send us the hashes so we can trace where the funds went.'],
    time: 'Final; act now to protect what is left.',
  },
  DURABLE_NONCE_PRESIGNED: {
    title: 'A transaction went out long after I signed something',
    means: 'This Solana transaction used a "durable nonce": it can be signed at one time and sent much later, so a signature you gave a site can be used whenever they choose.',
    why: ['A site asked you to sign something that was really a transaction kept for later.'],
    todo: ['Do not sign anything more on that site.', 'Move your funds to a new wallet if you signed other requests there.'],
    time: 'A pre-signed transaction can be sent any time until the nonce is used; act now.',
  },
  USDT_BLACKLISTED: {
    title: 'My USDT is frozen',
    means: 'Tether, the company that issues USDT, has frozen this address. Its USDT cannot be moved by anyone until Tether lifts the freeze; we cannot lift it.',
    why: ['Tether freezes addresses linked to thefts, scams or sanctions, sometimes at the request of the police.'],
    todo: ['Do not retry: every attempt fails and costs a fee.', 'Only Tether can review a freeze: contact Tether\'s official support.'],
    time: 'A review, if any, is Tether\'s decision and takes weeks.',
  },
  NO_THEFT_PATTERN: {
    title: 'You found no sign of theft. What does that mean?',
    means: 'In the recent history we checked, we found no drain by an approval, no sweep of your assets, no address poisoning and no change of account control.',
    why: ['A missing balance often has another cause: a pending or failed transfer, the wrong network, or a deposit an exchange has not credited yet.'],
    todo: ['Send us the hash of the transfer you are worried about, so we can check it directly.', 'Keep your recovery phrase private: nobody, including support, needs it.'],
    time: 'The check is immediate; it covers the recent history shown on the page.',
  },
  ADDRESS_SCAN_INCOMPLETE: {
    title: 'Why could you not check my whole address?',
    means: 'Part of the address history could not be loaded, so we cannot give an all-clear. It does not mean anything was found.',
    why: ['A network answered slowly or not at all for a moment.'],
    todo: ['Please check again in a few minutes.', 'If you see a loss, send us the hash of that transaction so we can check it directly.'],
    time: 'Usually a few minutes.',
  },
};
