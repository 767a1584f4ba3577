import type { CodeSpec } from '../types.ts';

/** Codes that apply to every chain family. Stable: helpdesk routing depends on them. */
export const commonCodes = {
  TX_CONFIRMED: { category: 'ok', severity: 'info', summary: 'Succeeded and final: the transfer is complete on chain.' },
  TX_AWAITING_CONFIRMATIONS: { category: 'delay', severity: 'low', summary: 'Succeeded but not yet final; the receiver (e.g. an exchange) waits for more confirmations.' },
  TX_NOT_FOUND: { category: 'missing', severity: 'medium', summary: 'Every network answered and none has this transaction (wrong hash, never broadcast, or dropped).' },
  LOOKUP_INCONCLUSIVE: { category: 'inconclusive', severity: 'medium', summary: 'A network could not be queried; the result is unknown, retry. Never read as "not found".' },
  NEED_TX_HASH: { category: 'inconclusive', severity: 'low', summary: 'The complaint has no transaction id to check; ask the user for it.' },
  TX_REVERTED: { category: 'failure', severity: 'medium', summary: 'Executed but failed (reverted); only the network fee was spent. Reason decoded when available.' },
  WRONG_NETWORK: { category: 'missing', severity: 'high', warnScams: true, summary: 'Sent on a different network than the one the user names.' },
  WRONG_NETWORK_REPORTED: { category: 'missing', severity: 'high', warnScams: true, summary: 'The user or the receiver says the wrong network was used, without one to compare: the answer names the network the transfer went on.' },
  WRONG_ADDRESS_REPORTED: { category: 'missing', severity: 'high', warnScams: true, summary: 'The user says they sent to the wrong address; the transfer went through, so it cannot be reversed: the answer names where it went and who might help.' },
  RECIPIENT_MISMATCH: { category: 'suspicious', severity: 'high', warnScams: true, summary: 'The funds went to a different address than the one the user says they sent to.' },
  AMOUNT_MISMATCH: { category: 'suspicious', severity: 'low', summary: 'The amount on chain differs from the amount the user mentions.' },
  FEE_MISMATCH: { category: 'ok', severity: 'info', summary: 'The network fee on chain differs from the fee the user mentions (another transaction, or an app or platform fee).' },
  SENT_TO_TOKEN_CONTRACT: { category: 'missing', severity: 'high', warnScams: true, summary: "Tokens were sent to the token's own contract address, where nobody can move them." },
  FAKE_TOKEN: { category: 'suspicious', severity: 'high', warnScams: true, summary: 'A token copies a well-known symbol (e.g. USDT) but is not the real contract.' },
  THEFT_REPORTED: { category: 'suspicious', severity: 'critical', warnScams: true, summary: 'The user reports theft, hacking or a scam: handle first.' },
  LARGE_AMOUNT: { category: 'ok', severity: 'info', summary: 'The amount is above the large-sum threshold: handle with priority.' },
  PHISHING_TOKEN_NAME: { category: 'suspicious', severity: 'high', warnScams: true, summary: 'A token\'s name or symbol carries a link, a "claim/airdrop/visit" lure or markup: an airdropped phishing bait.' },
  PHISHING_REVERT_REASON: { category: 'suspicious', severity: 'high', warnScams: true, summary: "A failed transaction's revert message (written by the contract) carries a link, a lure or markup: treat it as phishing bait." },
  TX_NOT_INVOLVING_WALLET: { category: 'suspicious', severity: 'medium', summary: 'A theft report names a wallet, but the transaction given neither comes from nor goes to it; the wallet itself is investigated.' },
} as const satisfies Record<string, CodeSpec>;
