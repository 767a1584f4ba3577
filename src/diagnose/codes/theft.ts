import type { CodeSpec } from '../types.ts';

/** Codes of address investigations ("my wallet was emptied"), shared by every family. */
export const theftCodes = {
  RISKY_APPROVAL: { category: 'suspicious', severity: 'high', warnScams: true, summary: 'An approval lets another address spend the user\'s tokens (unlimited, to a plain wallet, or to a known drainer); critical while still active.' },
  DRAIN_BY_SPENDER: { category: 'suspicious', severity: 'critical', warnScams: true, summary: 'Tokens left the address in transactions someone else sent (transferFrom by an approved spender): consistent with an approval drain.' },
  SWEEP_TO_ONE_ADDRESS: { category: 'suspicious', severity: 'critical', warnScams: true, summary: 'Several assets moved out to one unlabelled address within minutes: consistent with a compromised key being swept.' },
  ADDRESS_POISONING: { category: 'suspicious', severity: 'high', warnScams: true, summary: 'Zero-value, dust or fake-token transfers involve a look-alike of an address the user really uses (address poisoning).' },
  SENT_TO_POISONED_ADDRESS: { category: 'suspicious', severity: 'critical', warnScams: true, summary: 'The user sent real funds to the look-alike address planted by a poisoning transfer.' },
  FUNDS_TRACED_TO_EXCHANGE: { category: 'suspicious', severity: 'high', warnScams: true, summary: 'The trail of the funds reaches a known exchange: report it there with the listed hashes.' },
  ACCOUNT_PERMISSION_CHANGED: { category: 'suspicious', severity: 'critical', warnScams: true, summary: 'TRON: owner or active permission was given to another key (the multi-signature scam); the user may no longer control the account.' },
  ACCOUNT_DELEGATED: {
    category: 'suspicious',
    severity: 'high',
    warnScams: true,
    summary: 'EVM (EIP-7702): the transaction set, or the wallet carries (also found by an address investigation), a delegation of the wallet\'s code to a contract (a "sweeper" forwards every incoming asset to the thief); critical with a theft report or funds leaving.',
  },
  TOKEN_AUTHORITY_CHANGED: { category: 'suspicious', severity: 'critical', warnScams: true, summary: 'Solana: a token account\'s owner or authority was handed to another key (SetAuthority).' },
  ACCOUNT_CLOSED_AND_SWEPT: { category: 'suspicious', severity: 'critical', warnScams: true, summary: 'Solana: token accounts were closed and their rent swept to another address.' },
  DURABLE_NONCE_PRESIGNED: { category: 'suspicious', severity: 'high', warnScams: true, summary: 'Solana: a durable-nonce transaction, which can be signed in advance and sent any time later.' },
  USDT_BLACKLISTED: { category: 'suspicious', severity: 'high', warnScams: true, summary: 'The USDT issuer has blacklisted this address: its USDT is frozen and cannot move.' },
  NO_THEFT_PATTERN: { category: 'ok', severity: 'info', summary: 'The covered history shows no approval drain, sweep, poisoning or authority change.' },
  ADDRESS_SCAN_INCOMPLETE: { category: 'inconclusive', severity: 'medium', summary: 'Part of the address history could not be fetched; no all-clear can be given, retry.' },
} as const satisfies Record<string, CodeSpec>;
