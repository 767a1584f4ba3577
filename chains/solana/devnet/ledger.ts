import { PublicKey } from '@solana/web3.js';
import { toAmount } from '../../amount.ts';
import { decodeBase58, encodeBase58 } from '../base58.ts';
import { knownPrograms, SYSTEM_PROGRAM, TOKEN_PROGRAM } from '../programs.ts';
import type { RpcAccount, RpcInstruction, RpcParsedTransaction, SolanaFixture } from './fixtures.ts';

/**
 * What the local demo node knows besides single transactions, derived from the fixtures
 * so it cannot disagree with them: each address's latest state (wallets and token
 * accounts, as the last transaction touching them left them) and each address's history
 * (getSignaturesForAddress). Mint and program accounts are not modelled.
 */
export interface AccountState {
  lamports: number;
  owner: string;
  executable: boolean;
  /** Token account contents, when the address is one. */
  token?: TokenAccountState;
}

export interface TokenAccountState {
  mint: string;
  owner: string;
  amount: string;
  decimals: number;
  tokenProgram: string;
  /** Who may spend from it and how much is left (spl-token approve; replayed from the instructions). */
  delegate?: string;
  delegatedAmount?: string;
  closeAuthority?: string;
}

export interface SignatureInfo {
  signature: string;
  slot: number;
  err: unknown;
  memo: string | null;
  blockTime: number | null;
  confirmationStatus: string | null;
}

const RENT_EPOCH_EXEMPT = 18446744073709551615;
const SYSVAR = /^Sysvar/;

export class DemoLedger {
  /** The newest slot; the demo's clock and tests move it (advance, a node behind, a halt). */
  head: number;
  private readonly accounts = new Map<string, AccountState>();
  private readonly raw = new Map<string, RpcAccount>();
  private readonly history = new Map<string, SignatureInfo[]>();

  constructor(fixtures: SolanaFixture[]) {
    const slots = fixtures.flatMap((f) => [f.transaction?.slot ?? 0, f.signatureStatus?.slot ?? 0]);
    // The newest scenario is one slot behind the tip, like a freshly processed transaction.
    this.head = Math.max(...slots) + 1;
    const landed = fixtures.filter((f) => f.transaction?.meta).sort((a, b) => a.transaction!.slot - b.transaction!.slot);
    const mints = new Set(landed.flatMap((f) => [...f.transaction!.meta!.preTokenBalances, ...f.transaction!.meta!.postTokenBalances].map((b) => b.mint)));
    for (const f of landed) {
      const tx = f.transaction!;
      const meta = tx.meta!;
      const keys = tx.transaction.message.accountKeys.map((k) => k.pubkey);
      keys.forEach((address, i) => {
        if (knownPrograms[address] || mints.has(address) || SYSVAR.test(address)) return;
        const post = meta.postTokenBalances.find((b) => b.accountIndex === i);
        const previous = this.accounts.get(address)?.token;
        // Balances say mint, owner and amount; the delegation survives until an instruction below changes it.
        const kept = previous && post && previous.mint === post.mint ? { delegate: previous.delegate, delegatedAmount: previous.delegatedAmount, closeAuthority: previous.closeAuthority } : {};
        this.accounts.set(address, {
          lamports: meta.postBalances[i],
          owner: post ? (post.programId ?? TOKEN_PROGRAM) : SYSTEM_PROGRAM,
          executable: false,
          ...(post
            ? { token: { mint: post.mint, owner: post.owner ?? '', amount: post.uiTokenAmount.amount, decimals: post.uiTokenAmount.decimals, tokenProgram: post.programId ?? TOKEN_PROGRAM, ...kept } }
            : {}),
        });
        const list = this.history.get(address) ?? [];
        list.push({ signature: tx.transaction.signatures[0], slot: tx.slot, err: meta.err, memo: memoOf(tx.transaction.message.instructions), blockTime: tx.blockTime, confirmationStatus: f.signatureStatus?.confirmationStatus ?? null });
        this.history.set(address, list);
      });
      if (meta.err === null) this.replayDelegations(tx);
    }
    for (const f of fixtures) for (const [address, account] of Object.entries(f.accounts ?? {})) this.raw.set(address, account);
  }

  /**
   * What balances do not show: spl-token delegations and close authorities, replayed from
   * the parsed instructions in order (approve / revoke / a delegate's transfer / setAuthority),
   * as the token program's processor changes them.
   */
  private replayDelegations(tx: RpcParsedTransaction): void {
    const inner = new Map((tx.meta?.innerInstructions ?? []).map((g) => [g.index, g.instructions]));
    const all = tx.transaction.message.instructions.flatMap((ix, i) => [ix, ...(inner.get(i) ?? [])]);
    for (const ix of all) {
      if (!('parsed' in ix) || ix.program !== 'spl-token' || typeof ix.parsed !== 'object' || ix.parsed === null) continue;
      const { type, info } = ix.parsed as { type: string; info: Record<string, any> };
      const token = this.accounts.get(String(info.source ?? info.account))?.token;
      if (!token) continue;
      const amount = String(info.amount ?? info.tokenAmount?.amount ?? '0');
      if (type === 'approve' || type === 'approveChecked') Object.assign(token, { delegate: info.delegate, delegatedAmount: amount });
      else if (type === 'revoke') Object.assign(token, { delegate: undefined, delegatedAmount: undefined });
      else if ((type === 'transfer' || type === 'transferChecked') && token.delegate && info.authority === token.delegate) {
        const left = BigInt(token.delegatedAmount ?? '0') - BigInt(amount);
        Object.assign(token, left > 0n ? { delegatedAmount: left.toString() } : { delegate: undefined, delegatedAmount: undefined });
      } else if (type === 'setAuthority' && info.authorityType === 'accountOwner') Object.assign(token, { delegate: undefined, delegatedAmount: undefined });
      else if (type === 'setAuthority' && info.authorityType === 'closeAccount') token.closeAuthority = info.newAuthority ?? undefined;
    }
  }

  /** getTokenAccountsByOwner's value: the owner's token accounts now, filtered by mint or token program. */
  tokenAccountsByOwner(owner: string, filter: { mint?: string; programId?: string }, encoding: string): { pubkey: string; account: RpcAccount }[] {
    return [...this.accounts.entries()]
      .filter(([, s]) => s.token && s.lamports > 0 && s.token.owner === owner && (!filter.mint || s.token.mint === filter.mint) && (!filter.programId || s.token.tokenProgram === filter.programId))
      .map(([pubkey]) => ({ pubkey, account: this.account(pubkey, encoding)! }));
  }

  /** getAccountInfo's value in the requested encoding; null for unknown or closed accounts. */
  account(address: string, encoding: string): RpcAccount | null {
    const raw = this.raw.get(address);
    if (raw) return encoding === 'base58' ? { ...raw, data: [encodeBase58(Buffer.from((raw.data as [string])[0], 'base64')), 'base58'] } : raw;
    const state = this.accounts.get(address);
    if (!state || state.lamports === 0) return null;
    const bytes = state.token ? tokenAccountData(state.token) : new Uint8Array(0);
    const data =
      encoding === 'jsonParsed' && state.token
        ? { parsed: { info: tokenAccountInfo(state.token), type: 'account' }, program: 'spl-token', space: bytes.length }
        : encoding === 'base58'
          ? [encodeBase58(bytes), 'base58']
          : [Buffer.from(bytes).toString('base64'), 'base64'];
    return { data, executable: state.executable, lamports: state.lamports, owner: state.owner, rentEpoch: RENT_EPOCH_EXEMPT, space: bytes.length };
  }

  /** Newest first, as getSignaturesForAddress answers. */
  signaturesFor(address: string, opts: { limit?: number; before?: string; until?: string }): SignatureInfo[] {
    const all = [...(this.history.get(address) ?? [])].sort((a, b) => b.slot - a.slot);
    let list = all;
    if (opts.before) {
      const i = list.findIndex((s) => s.signature === opts.before);
      list = i >= 0 ? list.slice(i + 1) : list;
    }
    if (opts.until) {
      const i = list.findIndex((s) => s.signature === opts.until);
      list = i >= 0 ? list.slice(0, i) : list;
    }
    return list.slice(0, Math.min(opts.limit ?? 1000, 1000));
  }
}

/** The node formats memos as "[<length>] <text>" (solana-transaction-status extract_and_fmt_memos). */
function memoOf(instructions: RpcInstruction[]): string | null {
  const memos = instructions.flatMap((ix) => ('parsed' in ix && ix.program === 'spl-memo' && typeof ix.parsed === 'string' ? [`[${ix.parsed.length}] ${ix.parsed}`] : []));
  return memos.length ? memos.join('; ') : null;
}

/** SPL Token account layout (165 bytes): mint, owner, amount, delegate, state, is_native, delegated_amount, close_authority. */
function tokenAccountData(t: TokenAccountState): Uint8Array {
  const data = new Uint8Array(165);
  const view = new DataView(data.buffer);
  data.set(new PublicKey(t.mint).toBytes(), 0);
  data.set(decodeBase58(t.owner) ?? new Uint8Array(32), 32);
  view.setBigUint64(64, BigInt(t.amount), true);
  if (t.delegate) {
    view.setUint32(72, 1, true); // COption::Some
    data.set(decodeBase58(t.delegate) ?? new Uint8Array(32), 76);
    view.setBigUint64(121, BigInt(t.delegatedAmount ?? '0'), true);
  }
  data[108] = 1; // AccountState::Initialized
  if (t.closeAuthority) {
    view.setUint32(129, 1, true);
    data.set(decodeBase58(t.closeAuthority) ?? new Uint8Array(32), 133);
  }
  return data;
}

function tokenAccountInfo(t: TokenAccountState) {
  return {
    isNative: false,
    mint: t.mint,
    owner: t.owner,
    state: 'initialized',
    tokenAmount: uiTokenAmount(t.amount, t.decimals),
    ...(t.delegate ? { delegate: t.delegate, delegatedAmount: uiTokenAmount(t.delegatedAmount ?? '0', t.decimals) } : {}),
    ...(t.closeAuthority ? { closeAuthority: t.closeAuthority } : {}),
  };
}

function uiTokenAmount(amount: string, decimals: number) {
  const ui = toAmount(amount, decimals, '').formatted;
  return { amount, decimals, uiAmount: amount === '0' ? 0 : Number(ui), uiAmountString: ui };
}
