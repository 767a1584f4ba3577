import { PublicKey, type Connection, type ParsedTransactionWithMeta, type SignatureStatus } from '@solana/web3.js';
import { toAmount } from '../amount.ts';
import { explorerAddressUrl } from '../explorer.ts';
import type { LabelBook } from '../labels/label-book.ts';
import type { AddressFacts, AddressLimits, Network, TrailHop, TxFacts } from '../types.ts';
import { mergeSignatureLists, solanaActivity, transfersOf, type CurrentTokenAccount, type SignatureEntry, type SignatureList, type TrailStart } from './address-activity.ts';
import { TOKEN_2022_PROGRAM, TOKEN_PROGRAM } from './programs.ts';
import type { SolanaRpc } from './rpc.ts';
import { mintsOf, readTokenInfos } from './token-infos.ts';
import { solanaTxFacts, type TokenInfo } from './tx-facts.ts';
import { parsedTransaction, signatureEntries } from './wire.ts';

/** getSignaturesForAddress returns at most 1,000 signatures per call. */
const PAGE = 1_000;
/** Pages per address (wallet or token account) at most, whatever the budget. */
const MAX_PAGES = 5;
/** Token accounts whose own history is read (tokens sent to an existing account never name the wallet). */
const MAX_TOKEN_ACCOUNTS = 10;
/** Transactions per JSON-RPC batch (one HTTP request), and batches in flight. */
const TX_BATCH = 100;
const TX_CONCURRENCY = 4;
/** Trails: destinations followed, signatures listed and transactions read per hop. */
const MAX_DESTINATIONS = 5;
const TRAIL_PAGE = 25;
const TRAIL_TXS = 10;

const TX_CONFIG = { commitment: 'confirmed', maxSupportedTransactionVersion: 0 } as const;

/**
 * An address's recent history on Solana, bounded and honest about what it covered.
 *
 * Requests (HTTP; a list of getTransaction calls goes as one JSON-RPC batch array):
 *   1. the wallet's newest signatures (getSignaturesForAddress, ≤1,000) and its token accounts
 *      (getTokenAccountsByOwner jsonParsed, SPL Token and Token-2022: current balance and delegation), together;
 *   2. older pages of the wallet while the budget lasts (≤5 pages, one after the other), and, in parallel,
 *      the signatures of up to 10 of its token accounts, paged the same way — tokens arriving in an
 *      existing token account list only that account, never the wallet;
 *   3. getTransaction (jsonParsed) for the merged, deduplicated successful signatures, 100 per batch,
 *      4 batches in flight; failed transactions moved nothing and are not read;
 *   4. one getMultipleAccounts for the names of unknown tokens (Metaplex metadata);
 *   5. trails: per hop, one signature page of the destination and one batch of its transactions.
 * The signature budget is min(ADDRESS_MAX_TRANSFERS, ADDRESS_MAX_BLOCKS). A page or batch
 * that fails becomes a gap (incomplete: no all-clear); only a failure of the very first
 * page fails the whole investigation.
 *
 * https://solana.com/docs/rpc/http/getsignaturesforaddress
 * https://solana.com/docs/rpc/http/gettokenaccountsbyowner
 */
export async function solanaAddressHistory(rpc: SolanaRpc, network: Network, address: string, limits: AddressLimits, labels: LabelBook): Promise<AddressFacts> {
  const budget = Math.max(1, Math.min(limits.maxTransfers, limits.maxBlocks));
  const gaps: string[] = [];
  const notes: string[] = [];

  const [first, listed] = await Promise.all([
    signaturesPage(rpc, address, undefined, Math.min(PAGE, budget)),
    tokenAccountsOf(rpc, address).catch((err: Error) => err),
  ]);
  let tokenAccounts: CurrentTokenAccount[] | null = null;
  if (listed instanceof Error) gaps.push(`token accounts of ${address} could not be listed (tokens received into them may be missing): ${short(listed)}`);
  else tokenAccounts = listed;

  const read = prioritise(network, tokenAccounts ?? []).slice(0, MAX_TOKEN_ACCOUNTS);
  const [wallet, ...ofTokenAccounts] = await Promise.all([
    history(rpc, address, budget, gaps, 'the wallet', first),
    ...read.map((a) => history(rpc, a.address, budget, gaps, `token account ${a.address} (${a.mint})`)),
  ]);
  const skippedAccounts = (tokenAccounts?.length ?? 0) - read.length;
  const merged = mergeSignatureLists([wallet, ...ofTokenAccounts], budget);
  const failed = merged.signatures.filter((s) => s.err !== null);
  const landed = merged.signatures.filter((s) => s.err === null);

  const txs = await transactions(rpc, landed, gaps);
  const tokens = await readTokenInfos(network, rpc, [...txs.values()].flatMap((tx) => [...mintsOf(tx)]));
  const facts: TxFacts[] = landed.flatMap((s) => {
    const tx = txs.get(s.signature);
    return tx ? [solanaTxFacts({ network, signature: s.signature, tx, status: statusOf(s), tokens })] : [];
  });

  const activity = solanaActivity({ network, address, txs: facts, tokens, tokenAccounts });
  const transfers = activity.transfers.slice(0, limits.maxTransfers);
  const truncated = merged.truncated || skippedAccounts > 0 || activity.transfers.length > transfers.length;

  // Where did the value go next? Receivers of the address's funds and new owners of its accounts.
  const starts = destinations(activity.trailStarts).filter((s) => s.address !== address && !labels.get(network, s.address)).slice(0, MAX_DESTINATIONS);
  const followed = await Promise.all(starts.map((s) => followTrail(rpc, network, s, limits.traceHops, labels, tokens)));

  const labelMap = labels.pick(network, [
    ...transfers.map((t) => t.counterparty),
    ...activity.approvals.map((a) => a.spender),
    ...activity.authorityChanges.flatMap((c) => c.newAuthorities),
    ...followed.flatMap((f) => f.hops.map((h) => h.to)),
  ]);

  notes.push(
    `History from getSignaturesForAddress of the wallet and of ${read.length} of its token account(s) (tokens received into an existing token account list only that account); ${facts.length} transaction(s) read.`,
    'Token accounts the address has closed or handed over are seen through its own transactions only.',
  );
  if (failed.length) notes.push(`${failed.length} failed transaction(s) moved nothing and were not read.`);
  if (skippedAccounts > 0) notes.push(`Only ${read.length} of ${tokenAccounts!.length} token accounts were read (well-known tokens, delegations and balances first).`);

  const slots = merged.signatures.map((s) => s.slot);
  return {
    family: 'solana',
    network: network.id,
    address,
    explorerUrl: explorerAddressUrl(network, address),
    coverage: {
      source: 'getSignaturesForAddress',
      fromBlock: slots.length ? Math.min(...slots) : null,
      toBlock: slots.length ? Math.max(...slots) : null,
      fromTime: facts.at(-1)?.block?.timestamp ?? null,
      transfers: transfers.length,
      truncated,
      incomplete: gaps.length > 0,
      gaps,
      notes,
    },
    transfers,
    approvals: activity.approvals,
    authorityChanges: activity.authorityChanges,
    freshAddresses: starts.filter((_, i) => followed[i].fresh).map((s) => s.address),
    trails: followed.map((f) => f.hops).filter((t) => t.length > 0),
    blacklisted: null,
    labels: labelMap,
  };
}

async function signaturesPage(rpc: SolanaRpc, address: string, before: string | undefined, limit: number): Promise<SignatureEntry[]> {
  return rpc.run('getSignaturesForAddress', async (connection) => {
    // PublicKey refuses a malformed address before anything is sent.
    const params = [new PublicKey(address).toBase58(), { commitment: 'confirmed', limit, ...(before ? { before } : {}) }];
    const [answer] = await rpc.batchOn(connection, [{ method: 'getSignaturesForAddress', params, failed: 'failed to get signatures for address' }]);
    return signatureEntries(answer);
  });
}

/**
 * An address's signatures, newest first, page after page (each starts before the previous
 * page's last signature) until its first transaction, the budget or the page cap. A page
 * that fails ends the list there, as a gap.
 */
async function history(rpc: SolanaRpc, address: string, budget: number, gaps: string[], what: string, first?: SignatureEntry[]): Promise<SignatureList> {
  const entries: SignatureEntry[] = [];
  let before: string | undefined;
  for (let pages = 0; pages < MAX_PAGES && entries.length < budget; pages++) {
    const asked = Math.min(PAGE, budget - entries.length);
    let page: SignatureEntry[];
    try {
      page = pages === 0 && first ? first : await signaturesPage(rpc, address, before, asked);
    } catch (err) {
      gaps.push(`signatures of ${what}${before ? ` before ${before}` : ''}: ${short(err as Error)}`);
      return { address, entries, complete: false };
    }
    entries.push(...page);
    // A short page is the end of the history; a full one means there may be more.
    if (page.length < asked) return { address, entries, complete: true };
    before = page.at(-1)!.signature;
  }
  return { address, entries, complete: false };
}

/** The address's token accounts now, with their delegation (both token programs). */
async function tokenAccountsOf(rpc: SolanaRpc, owner: string): Promise<CurrentTokenAccount[]> {
  const lists = await rpc.run('getTokenAccountsByOwner', (c: Connection) =>
    Promise.all([TOKEN_PROGRAM, TOKEN_2022_PROGRAM].map((programId) => c.getParsedTokenAccountsByOwner(new PublicKey(owner), { programId: new PublicKey(programId) }))),
  );
  return lists.flatMap((l) =>
    l.value.map(({ pubkey, account }) => {
      const info = (account.data.parsed as { info?: Record<string, any> })?.info ?? {};
      return {
        address: pubkey.toBase58(),
        mint: String(info.mint ?? ''),
        amount: String(info.tokenAmount?.amount ?? '0'),
        decimals: Number(info.tokenAmount?.decimals ?? 0),
        delegate: typeof info.delegate === 'string' ? info.delegate : null,
        delegatedAmount: String(info.delegatedAmount?.amount ?? '0'),
      };
    }),
  );
}

/** Which token accounts are worth a history request first: well-known tokens, live delegations, balances. */
function prioritise(network: Network, accounts: CurrentTokenAccount[]): CurrentTokenAccount[] {
  const score = (a: CurrentTokenAccount) => (network.tokens.some((t) => t.address === a.mint) ? 4 : 0) + (a.delegate ? 2 : 0) + (a.amount !== '0' ? 1 : 0);
  return [...accounts].sort((a, b) => score(b) - score(a));
}

/** getTransaction for each signature, in JSON-RPC batches; a failed batch or a missing transaction is a gap. */
async function transactions(rpc: SolanaRpc, signatures: SignatureEntry[], gaps: string[]): Promise<Map<string, ParsedTransactionWithMeta>> {
  const out = new Map<string, ParsedTransactionWithMeta>();
  const chunks: string[][] = [];
  for (let i = 0; i < signatures.length; i += TX_BATCH) chunks.push(signatures.slice(i, i + TX_BATCH).map((s) => s.signature));
  for (let i = 0; i < chunks.length; i += TX_CONCURRENCY) {
    await Promise.all(
      chunks.slice(i, i + TX_CONCURRENCY).map(async (chunk) => {
        try {
          const txs = await parsedTransactions(rpc, chunk);
          txs.forEach((tx, j) => (tx ? out.set(chunk[j], tx) : gaps.push(`transaction ${chunk[j]} is listed but the node did not serve it`)));
        } catch (err) {
          gaps.push(`${chunk.length} transaction(s) from ${chunk[0]}: ${short(err as Error)}`);
        }
      }),
    );
  }
  return out;
}

/**
 * getTransaction (jsonParsed) for each signature, in one JSON-RPC batch, read by wire.ts:
 * web3.js's getParsedTransactions validated each answer with superstruct, which cost more
 * CPU than the facts built from them.
 */
function parsedTransactions(rpc: SolanaRpc, signatures: string[]): Promise<(ParsedTransactionWithMeta | null)[]> {
  return rpc.run(`getTransaction ×${signatures.length}`, async (connection) => {
    const answers = await rpc.batchOn(
      connection,
      signatures.map((signature) => ({ method: 'getTransaction', params: [signature, { encoding: 'jsonParsed', ...TX_CONFIG }], failed: 'failed to get transactions' })),
    );
    return answers.map(parsedTransaction);
  });
}

/**
 * From a receiver of the address's funds (or the new owner of its account), follow the
 * largest onward move of the same asset, hop by hop, until a labelled address (an
 * exchange) or the hop limit. The first hop's signature list also tells whether the
 * receiver is fresh: nothing in its history before the funds arrived.
 */
async function followTrail(rpc: SolanaRpc, network: Network, start: TrailStart, hops: number, labels: LabelBook, tokens: ReadonlyMap<string, TokenInfo>): Promise<{ hops: TrailHop[]; fresh: boolean }> {
  const trail: TrailHop[] = [];
  let fresh = false;
  let at = start.address;
  let since = start.slot;
  for (let hop = 0; hop < Math.max(1, hops); hop++) {
    try {
      const list = await signaturesPage(rpc, at, undefined, TRAIL_PAGE);
      if (hop === 0) fresh = list.length < TRAIL_PAGE && list.every((s) => s.slot >= start.slot);
      if (hops === 0) break;
      const candidates = list.filter((s) => s.err === null && s.slot >= since).reverse().slice(0, TRAIL_TXS);
      if (candidates.length === 0) break;
      const txs = await parsedTransactions(rpc, candidates.map((s) => s.signature));
      const moves = txs.flatMap((tx, i) => {
        if (!tx) return [];
        const facts = solanaTxFacts({ network, signature: candidates[i].signature, tx, status: statusOf(candidates[i]), tokens });
        return transfersOf(network, at, facts, tokens).filter((t) => t.direction === 'out' && t.token === start.token && t.amount.raw !== '0' && t.counterparty !== at);
      });
      const next = moves.sort((a, b) => (BigInt(b.amount.raw) > BigInt(a.amount.raw) ? 1 : -1))[0];
      if (!next) break;
      const label = labels.get(network, next.counterparty);
      trail.push({ from: at, to: next.counterparty, hash: next.hash, amount: toAmount(next.amount.raw, start.decimals, start.symbol), ...(label ? { label } : {}) });
      if (label) break;
      at = next.counterparty;
      since = next.block;
    } catch {
      break; // a trail is a lead, not coverage: stop where the node stops answering
    }
  }
  return { hops: trail, fresh };
}

/** getSignaturesForAddress says how final each listed signature is; that is its status. */
function statusOf(s: SignatureEntry): SignatureStatus {
  return { slot: s.slot, confirmations: null, err: (s.err ?? null) as SignatureStatus['err'], confirmationStatus: (s.confirmationStatus ?? 'confirmed') as SignatureStatus['confirmationStatus'] };
}

/** One start per destination: the newest (usually the theft) says which asset to follow, the oldest since when. */
function destinations(starts: TrailStart[]): TrailStart[] {
  const byAddress = new Map<string, TrailStart>();
  for (const s of starts) {
    const seen = byAddress.get(s.address);
    byAddress.set(s.address, seen ? { ...seen, slot: Math.min(seen.slot, s.slot) } : s);
  }
  return [...byAddress.values()];
}

function short(err: Error): string {
  return (err?.message ?? String(err)).slice(0, 160);
}
