import { showAmount, toAmount } from '../amount.ts';
import { findWellKnownToken } from '../token-symbols.ts';
import type { Amount, AddressTransfer, ApprovalFacts, AuthorityChange, Network, TxFacts } from '../types.ts';
import { isOnCurve } from './accounts.ts';
import type { SolanaAuthorityChange } from './facts.ts';
import type { TokenInfo } from './tx-facts.ts';

/**
 * Pure: an address's transactions (as TxFacts from the tx-facts builder) → what the
 * address investigation needs: transfers seen from the address's side, SPL delegate
 * approvals with what they still allow, and changes of control. No I/O; unit-tested on
 * facts, fed by chains/solana/address-history.ts.
 */

/** A signature as getSignaturesForAddress lists it. */
export interface SignatureEntry {
  signature: string;
  slot: number;
  err: unknown;
  blockTime?: number | null;
  confirmationStatus?: string | null;
}

/** One address's list of signatures, newest first, and whether it reached the address's first transaction. */
export interface SignatureList {
  address: string;
  entries: SignatureEntry[];
  complete: boolean;
}

/** A token account the address owns now (getTokenAccountsByOwner, jsonParsed). */
export interface CurrentTokenAccount {
  address: string;
  mint: string;
  amount: string;
  decimals: number;
  delegate: string | null;
  delegatedAmount: string;
}

/** SPL amounts are u64; wallets asking for "everything" approve u64::MAX. At or above 2^63 reads as unlimited. */
const UNLIMITED = 2n ** 63n;

/**
 * Several addresses' lists (the wallet's and its token accounts') → one history, newest
 * first, deduplicated, within `budget` signatures. A list cut short (a full page) only
 * covers down to its oldest entry, so the merged history stops there too: below it the
 * other lists would be alone and the history would silently miss that list's part.
 */
export function mergeSignatureLists(lists: SignatureList[], budget: number): { signatures: SignatureEntry[]; truncated: boolean } {
  const cut = lists.filter((l) => !l.complete && l.entries.length > 0).map((l) => l.entries.at(-1)!.slot);
  const floor = cut.length ? Math.max(...cut) : -Infinity;
  const unique = new Map<string, SignatureEntry>();
  for (const l of lists) for (const e of l.entries) if (e.slot >= floor && !unique.has(e.signature)) unique.set(e.signature, e);
  const all = [...unique.values()].sort((a, b) => b.slot - a.slot);
  return { signatures: all.slice(0, budget), truncated: cut.length > 0 || lists.some((l) => !l.complete) || all.length > budget };
}

/**
 * Value that moved in or out of `owner` in one transaction: SOL system transfers from or to
 * the wallet, and SPL transfers out of or into token accounts it owns. The counterparty
 * is the other side's owner wallet (tokens land in token accounts; people know wallets);
 * the executor is whoever authorised the debit (the owner, or a delegate spending an
 * approval), so a delegate's transfer out of the victim's account is someone else's doing.
 */
export function transfersOf(network: Network, owner: string, tx: TxFacts, tokens: ReadonlyMap<string, TokenInfo>): AddressTransfer[] {
  const s = tx.solana;
  if (!s || tx.status !== 'success') return [];
  const base = { hash: tx.hash, block: s.slot, timestamp: s.blockTime };
  const out: AddressTransfer[] = [];
  for (const t of s.solTransfers) {
    const to = t.toIsTokenAccount ? (t.toTokenAccountOwner ?? t.to) : t.to;
    if (t.from === to) continue;
    // The native coin cannot be imitated: it is "well known" like a listed token.
    if (t.from === owner) out.push({ ...base, direction: 'out', symbol: t.amount.symbol, amount: t.amount, counterparty: to, executor: t.from, wellKnown: true });
    else if (to === owner) out.push({ ...base, direction: 'in', symbol: t.amount.symbol, amount: t.amount, counterparty: t.from, executor: s.feePayer ?? undefined, wellKnown: true });
  }
  for (const t of s.splTransfers) {
    const from = t.sourceOwner ?? t.source;
    const to = t.destinationOwner ?? t.destination;
    if (from === to || (from !== owner && to !== owner)) continue;
    const info = t.mint ? tokens.get(t.mint) : undefined;
    const symbol = info?.symbol ?? t.amount.symbol;
    out.push({
      ...base,
      direction: from === owner ? 'out' : 'in',
      token: t.mint ?? t.source,
      symbol,
      amount: { ...t.amount, symbol },
      counterparty: from === owner ? to : from,
      executor: t.authority ?? s.feePayer ?? undefined,
      wellKnown: Boolean(t.mint && findWellKnownToken(network, t.mint)),
      ...(info?.impersonates ? { impersonates: info.impersonates } : {}),
    });
  }
  return out;
}

export interface SolanaActivity {
  transfers: AddressTransfer[];
  approvals: ApprovalFacts[];
  authorityChanges: AuthorityChange[];
  /** Where a trail of the address's funds starts: receivers of its value and new owners of its token accounts. */
  trailStarts: TrailStart[];
}

export interface TrailStart {
  address: string;
  /** Mint followed; absent for SOL. */
  token?: string;
  symbol: string;
  decimals: number;
  /** Onward moves are looked for from this slot on. */
  slot: number;
}

/**
 * Transfers, approvals and changes of control of `address`, from its transactions (newest
 * first). `tokenAccounts` (null when they could not be listed) says what each approval
 * still allows: the delegate and delegated amount the token account holds now.
 */
export function solanaActivity(input: {
  network: Network;
  address: string;
  txs: TxFacts[];
  tokens: ReadonlyMap<string, TokenInfo>;
  tokenAccounts: CurrentTokenAccount[] | null;
}): SolanaActivity {
  const { network, address, txs, tokens } = input;
  const symbolOf = (mint: string | null | undefined, fallback: string) => (mint ? tokens.get(mint)?.symbol : undefined) ?? fallback;
  const transfers = txs.flatMap((tx) => transfersOf(network, address, tx, tokens));
  const approvals: ApprovalFacts[] = [];
  const authorityChanges: AuthorityChange[] = [];
  const starts: TrailStart[] = [];
  const seenApprovals = new Set<string>();

  for (const tx of txs) {
    const s = tx.solana;
    if (!s || tx.status !== 'success') continue;
    const at = { hash: tx.hash, timestamp: s.blockTime };
    for (const c of s.authorityChanges) {
      if (c.kind === 'approve' && c.previous === address && c.next) {
        // A token account has one delegate: the newest approve is the one that counts.
        if (seenApprovals.has(c.account)) continue;
        seenApprovals.add(c.account);
        approvals.push(approvalOf(c, tx, address, symbolOf(c.mint, c.amount?.symbol ?? '?'), input.tokenAccounts));
      } else if (c.kind === 'setAuthority' && c.previous === address && c.next && c.next !== address) {
        const symbol = symbolOf(c.mint, c.held?.symbol ?? '?');
        const held = c.held ? `, holding ${showAmount({ ...c.held, symbol })}` : '';
        authorityChanges.push({ ...at, kind: 'solana-set-authority', newAuthorities: [c.next], detail: `${AUTHORITY_NAMES[c.authorityType] ?? c.authorityType} of ${symbol} token account ${c.account}${held} given to ${c.next}` });
        if (c.authorityType === 'accountOwner' && c.held) starts.push({ address: c.next, token: c.mint ?? undefined, symbol, decimals: c.held.decimals, slot: s.slot });
      } else if (c.kind === 'assign' && c.account === address && c.next) {
        authorityChanges.push({ ...at, kind: 'solana-set-authority', newAuthorities: [c.next], detail: `the wallet account itself was assigned to program ${c.next}` });
      } else if (c.kind === 'closeAccount' && c.previous === address && c.next && c.next !== address) {
        authorityChanges.push({
          ...at,
          kind: 'solana-close-account',
          newAuthorities: [c.next],
          detail: `${symbolOf(c.mint, 'token')} token account ${c.account} closed, its SOL (rent deposit) sent to ${c.next}`,
          ...(c.amount ? { swept: c.amount } : {}),
        });
      }
    }
    // Signed by the address, but someone else holds the nonce and paid to send it: it could have been signed long before.
    const nonce = s.durableNonce;
    if (nonce && s.signers.includes(address) && s.feePayer !== address && nonce.nonceAuthority !== address) {
      const moved = transfersOf(network, address, tx, tokens).filter((t) => t.direction === 'out');
      const what = moved.length ? `; it moved ${moved.map((t) => `${showAmount(t.amount)} to ${t.counterparty}`).join(', ')}` : '';
      authorityChanges.push({
        ...at,
        kind: 'solana-durable-nonce',
        newAuthorities: [nonce.nonceAuthority ?? s.feePayer ?? ''].filter(Boolean),
        detail: `durable-nonce transaction signed by the address in advance (nonce account ${nonce.nonceAccount}, authority ${nonce.nonceAuthority ?? 'unknown'}), sent and paid for by ${s.feePayer}${what}`,
      });
    }
  }

  for (const t of transfers) {
    if (t.direction !== 'out' || t.amount.raw === '0' || t.impersonates) continue;
    starts.push({ address: t.counterparty, token: t.token, symbol: t.symbol, decimals: t.amount.decimals, slot: t.block });
  }
  return { transfers, approvals, authorityChanges, trailStarts: starts };
}

const AUTHORITY_NAMES: Record<string, string> = { accountOwner: 'ownership', closeAccount: 'close authority', mintTokens: 'mint authority', freezeAccount: 'freeze authority' };

function approvalOf(c: SolanaAuthorityChange, tx: TxFacts, owner: string, symbol: string, accounts: CurrentTokenAccount[] | null): ApprovalFacts {
  const approved = c.amount ? { ...c.amount, symbol } : toAmount(0n, 0, symbol);
  return {
    hash: tx.hash,
    block: tx.solana!.slot,
    timestamp: tx.solana!.blockTime,
    kind: 'spl',
    token: c.mint ?? c.account,
    symbol,
    spender: c.next!,
    approved: BigInt(approved.raw) >= UNLIMITED ? 'unlimited' : approved,
    current: currentDelegation(c, approved, accounts),
    // A delegate with a key (on the ed25519 curve) is a person's wallet; programs delegate to derived addresses.
    spenderIsContract: !isOnCurve(c.next!),
  };
}

function currentDelegation(c: SolanaAuthorityChange, approved: Amount, accounts: CurrentTokenAccount[] | null): ApprovalFacts['current'] {
  if (accounts === null) return null;
  const account = accounts.find((a) => a.address === c.account);
  // Closed, handed over, re-delegated or revoked: nothing left for this delegate.
  if (!account || account.delegate !== c.next) return 'none';
  const left = BigInt(account.delegatedAmount);
  if (left === 0n) return 'none';
  return left >= UNLIMITED ? 'unlimited' : toAmount(left, account.decimals, approved.symbol);
}
