import type { theftCodes } from '../../../diagnose/codes/theft.ts';
import { plural } from '../../plural.ts';
import type { FindingCatalog, Step } from '../../types.ts';

const moveNow: Step = { key: 'move-funds', weight: 1, text: 'Move whatever is left right away to a new wallet created with a new recovery phrase, on a device you trust. Do not reuse the old phrase.' };
/** Hashes we already hold are never asked for again: only the ones we cannot see. */
const otherHashes: Step = { key: 'send-hashes', text: 'If you see any other transaction you do not recognise, send us its hash.' };

/** The rule lists assets as "700 DAI, 2500 USDT"; a sentence reads "700 DAI and 2500 USDT". */
function assetsEn(v: unknown): string {
  const items = String(v ?? '').split(', ');
  return items.length > 1 ? `${items.slice(0, -1).join(', ')} and ${items.at(-1)}` : items.join('');
}

/** Who can freeze a token: the stablecoins users lose most often, else its issuer. */
function issuerEn(symbol: unknown): string {
  const known: Record<string, string> = { USDT: 'Tether, the issuer of USDT,', USDC: 'Circle, the issuer of USDC,' };
  return known[String(symbol ?? '').toUpperCase()] ?? `the issuer of ${symbol ?? 'the token'}`;
}

export const theftEn: FindingCatalog<keyof typeof theftCodes> = {
  RISKY_APPROVAL: {
    title: (p) => (p.source === 'tx' ? `This transaction let ${p.spender} spend ${p.approved === 'unlimited' ? 'any amount of' : `up to ${p.approved}`} ${p.token}` : `${p.current === 'none' ? 'Approval' : 'Active approval'}: ${p.token} spendable by ${p.spender}`),
    detail: (p, c) =>
      `${p.kind} approval on ${c.net(p.network)}: ${p.token} → ${p.spender}${p.spenderLabel ? ` (${p.spenderLabel})` : ''}; approved ${p.approved}, still allowed now: ${p.current}. Why flagged: ${p.reasons}.`,
    explain: (p) =>
      p.source === 'tx'
        ? `This transaction allowed ${p.spender} to spend your ${p.token} ${p.approved === 'unlimited' ? 'without limit' : `up to ${p.approved}`}. ${String(p.reasons).includes('eoa') ? 'The spender is a personal wallet, not an application, which is how drainers usually work. ' : String(p.reasons).includes('drainer') ? 'The spender is a known drainer address. ' : ''}Nothing was taken by this transaction itself, but as long as the permission stands, ${p.spender} can move those tokens whenever it likes without asking you again. If you did not mean to give it, revoke it now.`
        : `Your wallet has given ${p.spender} permission to spend your ${p.token}${p.approved === 'unlimited' ? ' with no limit' : ''}, and that permission is ${p.current === 'unknown' ? 'probably ' : ''}still active. ${String(p.reasons).includes('eoa') ? 'The spender is a personal wallet, not an application, which is how drainers usually work. ' : ''}Anyone holding it can take those tokens without asking you again.`,
    steps: (p) => [
      {
        key: `revoke:${p.spender}`,
        weight: 2,
        text: String(p.kind).startsWith('spl')
          ? `Revoke this delegation now in your wallet (Solana wallets list token delegations; an SPL Token "revoke" removes it): token ${p.token}, delegate ${p.spender}. Revoke any other delegation you do not recognise too.`
          : `Revoke this approval now (for example on revoke.cash or in your wallet's approval settings): token ${p.token}, spender ${p.spender}. Revoke any other approval you do not recognise too.`,
      },
      { key: 'keep-fee', text: 'Revoking costs a small network fee; keep a little of the network coin in the wallet for it.' },
    ],
  },
  DRAIN_BY_SPENDER: {
    title: (p) => `Drained by ${p.spender}: ${p.assets}`,
    detail: (p, c) => `${plural(p.count, 'transfer')} out of the address on ${c.net(p.network)} were sent by ${p.spender} (transferFrom), not by the owner; destination ${p.destination}. Consistent with an approval drain.`,
    explain: (p) =>
      `${assetsEn(p.assets)} left your wallet in transactions that you did not send: they were sent by ${p.spender}, using a spending permission (approval) your wallet had given. This is consistent with an approval scam or a malicious website you interacted with; it does not mean your recovery phrase was exposed.`,
    steps: (p) => [
      { key: `revoke:${p.spender}`, weight: 1, text: `Revoke every approval given to ${p.spender} and to any address you do not recognise, right away.` },
      { key: 'recall-sites', text: 'Think back to any website or airdrop you connected your wallet to and signed something on before this happened, and tell us.' },
      otherHashes,
    ],
  },
  SWEEP_TO_ONE_ADDRESS: {
    title: (p) => `Swept to ${p.destination}: ${p.assets}`,
    detail: (p, c) => `${p.count} outflows on ${c.net(p.network)} within ${p.minutes} min to one unlabelled address ${p.destination}${p.fresh === 'yes' ? ' (a fresh address that had never sent a transaction)' : ''}. Consistent with a compromised key.`,
    explain: (p) =>
      `Within ${plural(p.minutes, 'minute')}, ${assetsEn(p.assets)} ${String(p.assets ?? '').includes(', ') ? 'were' : 'was'} moved out of your wallet to a single address (${p.destination}), by transactions sent from your account itself, not through an approval. If you did not do this yourself, it is consistent with someone else holding your recovery phrase or private key, or controlling your account's permissions.`,
    steps: () => [moveNow, { key: 'stop-sending', text: 'Stop using this wallet and its recovery phrase for good; anything sent to it later can be taken too.' }, otherHashes],
  },
  ADDRESS_POISONING: {
    title: (p) => (p.via === 'zero-transfer' ? `Address poisoning: 0 ${p.token} "sent" to ${p.lookalikeAddress}, nothing taken` : `Address poisoning: ${p.lookalikeAddress} imitates ${p.realAddress}`),
    detail: (p, c) =>
      p.via === 'zero-transfer'
        ? `transferFrom of 0 ${p.token} on ${c.net(p.network)} sent by ${p.sender}, not by the owners: ${p.victims} address${Number(p.victims) === 1 ? '' : 'es'} debited 0, e.g. ${p.victim} → ${p.lookalikeAddress}. A zero-value transferFrom needs no allowance.`
        : `Zero-value, dust or fake-token transfer on ${c.net(p.network)} from/to ${p.lookalikeAddress}, a look-alike of ${p.realAddress} (same first and last characters).`,
    explain: (p) =>
      p.via === 'zero-transfer'
        ? `This transaction was not sent by you: ${p.sender} sent it, and it records a transfer of 0 ${p.token} from ${p.victimIsUser === 'yes' ? 'your address' : p.victim} to ${p.lookalikeAddress}${Number(p.victims) > 1 ? `, one of ${p.victims} such fake transfers in the same transaction` : ''}. Nothing was taken: a transfer of 0 moves nothing, and anyone can create one without your permission or key. Its only purpose is to put ${p.lookalikeAddress}, an address made to look like one you have paid, into your history, hoping you copy it next time you send money.`
        : `Someone sent a worthless transfer involving ${p.lookalikeAddress} into your history. It starts and ends like ${p.realAddress}, an address you really use, so that you might copy the wrong one next time. This transfer did not take anything from you.`,
    steps: () => [
      { key: 'no-copy-history', weight: 1, text: 'Never copy an address from your transaction history. Copy it from the receiver or from your saved address book, and check it in full.' },
      'You can hide or ignore these small transfers; do not interact with them.',
    ],
  },
  SENT_TO_POISONED_ADDRESS: {
    title: (p) => `${p.amount} sent to the look-alike ${p.lookalikeAddress}`,
    detail: (p, c) => `Outgoing ${p.amount} on ${c.net(p.network)} to ${p.lookalikeAddress} (tx ${p.txHash}), the look-alike of ${p.realAddress} planted earlier by a poisoning transfer.`,
    explain: (p) =>
      `${p.amount} was sent to ${p.lookalikeAddress}. That is not the address you meant (${p.realAddress}): it is a look-alike that scammers planted in your history with a fake transfer, and it belongs to them.`,
    steps: (p) => [
      // Only a token's issuer can freeze; nobody can freeze a network's own coin.
      p.native === 'yes'
        ? { key: 'report-issuer', text: `Blockchain transfers cannot be reversed, and nobody can freeze ${p.token} itself; if the funds reach an exchange, it can freeze them on a report, so send us any later hash you see.` }
        : { key: 'report-issuer', text: `Blockchain transfers cannot be reversed, but ${issuerEn(p.token)} sometimes freezes funds of a reported scam address: report it to them with the transaction hash.` },
      { key: 'police', text: 'File a police report as well; exchanges and issuers act faster on a case number.' },
      { key: 'no-copy-history', text: 'From now on, copy addresses only from a trusted source and compare them in full before sending.' },
    ],
  },
  FUNDS_TRACED_TO_EXCHANGE: {
    title: (p) => `Funds traced to ${p.exchange}`,
    detail: (p, c) => `Trail on ${c.net(p.network)} reaches ${p.exchange} deposit ${p.depositAddress} after ${plural(p.hops, 'hop')}: ${p.hashes}.`,
    explain: (p) => `We followed the funds: after ${plural(p.hops, 'transfer')} they reached ${p.exchange}, an exchange. Exchanges can freeze funds on a report from the victim or the police, so act quickly.`,
    steps: (p) => [
      { key: 'report-exchange', text: `Report to ${p.exchange}'s official support (only through their official website or app) with these transaction hashes: ${p.hashes}.` },
      { key: 'police', text: 'File a police report as well; exchanges act faster on a case number.' },
    ],
  },
  ACCOUNT_PERMISSION_CHANGED: {
    title: () => 'Account control handed to another key',
    detail: (p, c) => `AccountPermissionUpdate on ${c.net(p.network)} (tx ${p.txHash}): ${p.detail}. New keys: ${p.newAuthorities}.`,
    explain: (p) =>
      `The permissions of your account were changed so that another key (${p.newAuthorities}) now controls it. Your own key may no longer be enough to move your funds. This is a known scam: someone who got your key, or tricked you into signing, adds their own key as owner.`,
    steps: () => [
      { key: 'stop-funding', text: 'Do not send any more funds to this account: they can be taken.' },
      // Weightier than "move whatever is left": after a takeover the own key may no longer be enough.
      { key: 'move-funds', weight: 2, text: 'If your key can still move anything, move it right away to a new wallet created with a new recovery phrase; if your wallet refuses, do not pay anyone who offers to "unlock" it.' },
      otherHashes,
    ],
  },
  ACCOUNT_DELEGATED: {
    title: (p) => (p.source === 'tx' ? `This transaction handed your wallet's control to contract ${p.delegates}` : `Your wallet runs the code of contract ${p.delegates}`),
    detail: (p, c) =>
      p.source === 'address'
        ? `EIP-7702 delegation in the code of ${p.account} on ${c.net(p.network)} now: → ${p.delegates}.${p.moved ? ` Sent out of the wallet in the history we read: ${p.moved}.` : ''}`
        : `EIP-7702 ${p.source === 'tx' ? 'authorization in set-code transaction' : 'delegation found in the code of the wallet, checked with'} ${p.txHash} on ${c.net(p.network)}: ${p.account ? `${p.account} → ` : ''}${p.delegates}${p.active === 'yes' ? ' (in effect now)' : ''}.${p.moved ? ` Left the wallet in the same transaction: ${p.moved}.` : ''}`,
    explain: (p) =>
      `${p.source === 'tx' ? `This transaction carried an EIP-7702 authorization: with it, your wallet${p.account ? ` ${p.account}` : ''} lets contract ${p.delegates} act in its name.` : `Your wallet${p.account ? ` ${p.account}` : ''} is delegated (EIP-7702) to contract ${p.delegates}: that contract's code now runs for it.`} ${p.moved ? (p.source === 'address' ? `Funds have already left the wallet: ${p.moved}. ` : `In the same transaction, funds already left the wallet: ${p.moved}. `) : ''}If you did not set this up on purpose, this is a known scam of 2025: a site gets you to sign one request, and from then on a "sweeper" contract forwards everything your wallet receives to the thief, even though your key still works. Assume that any coin or token sent to this wallet can be taken.`,
    steps: (p) => [
      { key: 'stop-funding', text: `Do not send anything to ${p.account ?? 'this wallet'} any more, not even a network fee top-up: it can be swept the moment it arrives.` },
      { key: 'move-funds', weight: 2, text: 'Create a new wallet with a NEW recovery phrase on a device you trust, and move whatever is left there right away. Do not reuse the old phrase or import it anywhere.' },
      { key: `revoke:${p.delegates}`, text: "If you still want to use the old wallet, remove the delegation only with your wallet app's own official feature (for example a \"smart account\" or \"revoke delegation\" setting). Never use a link or a tool someone sends you for it." },
      otherHashes,
    ],
  },
  TOKEN_AUTHORITY_CHANGED: {
    title: () => 'Token account handed to another owner',
    detail: (p, c) => `SetAuthority on ${c.net(p.network)} (tx ${p.txHash}): ${p.detail}. New authority: ${p.newAuthorities}.`,
    explain: (p) => `The ownership of one of your token accounts was transferred to ${p.newAuthorities}. The tokens in it are now controlled by that address. This usually happens after signing a malicious transaction on a website.`,
    steps: () => [moveNow, { key: 'recall-sites', text: 'Do not sign anything else on the website involved, and tell us which one it was.' }],
  },
  ACCOUNT_CLOSED_AND_SWEPT: {
    title: () => 'Token accounts closed and swept',
    detail: (p, c) => `CloseAccount on ${c.net(p.network)} (tx ${p.txHash}): ${p.detail}${p.swept ? `; swept ${p.swept}` : ''}.`,
    explain: (p) => `Token accounts of your wallet were closed and their balance${p.swept ? ` (${p.swept})` : ''} sent to ${p.newAuthorities}. This is done by drainer websites after you sign a transaction they prepared.`,
    steps: () => [moveNow],
  },
  DURABLE_NONCE_PRESIGNED: {
    title: () => 'Transaction signed in advance (durable nonce)',
    detail: (p, c) => `Durable-nonce transaction on ${c.net(p.network)} (tx ${p.txHash}): ${p.detail}.`,
    explain: () =>
      'This transaction used a "durable nonce": it can be signed at one time and sent much later, so what you signed days ago may only now have been executed. Scammers use this to get a signature first and empty the wallet later.',
    steps: () => [{ key: 'recall-sites', text: 'Tell us when and where you signed transactions recently.' }, moveNow],
  },
  USDT_BLACKLISTED: {
    // Address investigations give `address`; a TRON transaction also says `who` was frozen (sender, recipient or both).
    title: (p) => (p.who === 'recipient' ? 'Recipient frozen by the USDT issuer' : p.who === 'sender' ? 'Sending address frozen by the USDT issuer' : 'USDT frozen by the issuer'),
    detail: (p, c) =>
      p.who
        ? `isBlackListed = true on ${c.net(p.network)} (contract ${p.token}) for ${p.who === 'recipient' ? p.recipients : p.who === 'both' ? `${p.sender}, ${p.recipients}` : p.sender}; the transaction ${p.status === 'failed' ? 'failed' : 'succeeded'}.`
        : `${p.address} is on the USDT issuer's blacklist on ${c.net(p.network)} (contract ${p.token}).`,
    explain: (p) => {
      if (!p.who) return 'Tether, the company that issues USDT, has frozen this address. USDT held there cannot be moved by anyone, and we cannot lift the freeze.';
      const sender = `The sending address ${p.sender} has been frozen by Tether, the company that issues USDT. A frozen address cannot send USDT: every transfer from it fails and still costs a network fee${p.fee ? ` (${p.fee} this time)` : ''}. The USDT stays at the address, but nobody except Tether can move it.`;
      const recipient = `The ${p.amount ?? 'USDT'} was sent to ${p.recipients}, an address Tether has frozen. Frozen USDT can only be moved by Tether, and a blockchain transfer cannot be reversed.`;
      return p.who === 'recipient' ? recipient : p.who === 'both' ? `${sender} ${recipient}` : sender;
    },
    steps: (p) => [
      ...(p.who === 'sender' || p.who === 'both' ? [{ key: 'stop-sending' as const, text: 'Please stop retrying the transfer: it will fail every time and cost a fee each time.' }] : []),
      ...(p.who === 'recipient' || p.who === 'both' ? ['If you paid a merchant or another person, let them know their address is frozen by the USDT issuer; we cannot reverse the transfer.'] : []),
      'Only Tether can review a freeze: the owner of the frozen address can contact Tether through its official website (support@tether.to) with the address and proof of ownership.',
      'Anyone who offers to "unfreeze" it for a fee is a scammer.',
    ],
  },
  NO_THEFT_PATTERN: {
    title: () => 'No sign of theft in the checked history',
    detail: (p, c) => `Checked ${plural(p.transfers, 'transfer')} on ${String(p.networks).split(',').map((n) => c.net(n)).join(', ')}${p.fromBlock !== undefined ? ` (blocks ${p.fromBlock}–${p.toBlock})` : ''}${p.truncated === 'yes' ? ', newest first, cut at the limit' : ''}: no drain, sweep, poisoning, risky approval or authority change.`,
    explain: () =>
      "In the recent history we checked, we found no sign of theft: no funds taken through an approval, no sudden sweep, no look-alike address and no change of control. This covers recent token activity only, so if you see a transfer you don't recognise, please send us its transaction hash.",
    steps: () => [{ key: 'send-hashes', text: 'If a specific transfer worries you, send us its transaction hash.' }, 'Keep your recovery phrase offline and never enter it on a website.'],
  },
  ADDRESS_SCAN_INCOMPLETE: {
    title: () => 'Could not check the whole history',
    detail: (p, c) => `History incomplete for ${p.address} on ${String(p.failedNetworks).split(',').map((n) => c.net(n)).join(', ')}; no all-clear given. Retry.`,
    explain: (_p, c) => `We could not load all of this address's recent history just now, so we cannot say yet whether anything was taken. This is not an all-clear.${c.followUp ? ' We will check again and let you know.' : ''}`,
    steps: () => [
      { key: 'move-funds', text: 'If you believe funds are being stolen right now, move what is left to a new wallet created with a new recovery phrase without waiting.' },
      { key: 'retry', text: 'Please check again in a few minutes.' },
    ],
  },
};
