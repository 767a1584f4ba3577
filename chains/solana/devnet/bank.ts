import { createHash } from 'node:crypto';
import { Keypair, PublicKey } from '@solana/web3.js';
import { toAmount } from '../../amount.ts';
import { associatedTokenAddress, metadataAddress } from '../accounts.ts';
import { decodeBase58, encodeBase58 } from '../base58.ts';
import { ASSOCIATED_TOKEN_PROGRAM, MEMO_PROGRAM, SYSTEM_PROGRAM, TOKEN_METADATA_PROGRAM, TOKEN_PROGRAM } from '../programs.ts';
import type { RpcAccount, RpcInstruction, RpcParsedTransaction, RpcTokenBalance, SolanaFixture } from './fixtures.ts';

/**
 * A tiny deterministic Solana "bank" for the demo node: it keeps wallet and token-account
 * state, executes the handful of instructions the theft scenarios need (system transfer,
 * associated-token-account createIdempotent, spl-token transferChecked / approve /
 * setAuthority / closeAccount, advanceNonce, memo) and writes each transaction down as
 * the node would serve it: getTransaction with encoding jsonParsed (balances, token
 * balances with owners, inner instructions, logs) and its getSignatureStatuses entry.
 * Balances therefore always add up, and a history of many transactions stays consistent.
 *
 * Wire shapes follow https://solana.com/docs/rpc/http/gettransaction and the node's
 * jsonParsed instruction parsers (solana-transaction-status parse_system / parse_token /
 * parse_associated_token), checked against the real responses in the explorer's
 * app/entities/transfer-instruction/__fixtures__ (mainnet USDC transferChecked with a
 * durable nonce) and this repo's chains/solana/devnet/fixtures.
 */

const RECENT_BLOCKHASHES_SYSVAR = 'SysvarRecentB1ockHashes11111111111111111111';
/** Rent-exempt deposit of a 165-byte token account. */
export const TOKEN_ACCOUNT_RENT = 2_039_280n;
/** Rent-exempt deposit of an 80-byte nonce account. */
export const NONCE_ACCOUNT_RENT = 1_447_680n;
const FEE_PER_SIGNATURE = 5_000n;
/** What the node reports for accounts the bank does not model (programs, sysvars, mints). */
const FIXED_BALANCE: Record<string, bigint> = {
  [SYSTEM_PROGRAM]: 1n,
  [TOKEN_PROGRAM]: 1_141_440n,
  [ASSOCIATED_TOKEN_PROGRAM]: 1_141_440n,
  [MEMO_PROGRAM]: 1_141_440n,
  [RECENT_BLOCKHASHES_SYSVAR]: 42_706_560n,
};
const MINT_BALANCE = 1_461_600n;

/** Slot ↔ time as in the static fixtures: slot 389,000,400 is 2026-01-01T00:00:00Z, 0.4 s a slot. */
const HEAD_SLOT = 389_000_400;
const HEAD_TIME = 1_767_225_600;
export const SLOTS_PER_HOUR = 9_000;
export const timeOfSlot = (slot: number) => HEAD_TIME - Math.round((HEAD_SLOT - slot) * 0.4);

const sha = (algo: 'sha256' | 'sha512', text: string) => createHash(algo).update(text).digest();

/** A wallet with a real ed25519 key (on the curve), from a name. */
export function demoWallet(name: string): string {
  return Keypair.fromSeed(sha('sha256', `txtriage solana demo wallet ${name}`)).publicKey.toBase58();
}

/** A 32-byte address without a key (mints, nonce accounts), from a name. */
export function demoAddress(name: string): string {
  return encodeBase58(sha('sha256', `txtriage solana demo account ${name}`));
}

export function demoSignature(label: string): string {
  return encodeBase58(sha('sha512', `txtriage solana demo signature ${label}`));
}

/**
 * A vanity look-alike of `address`: same first and last 4 characters, another key (what
 * poisoners grind for). Deterministic: the middle comes from `salt`.
 */
export function lookalikeOf(address: string, salt: string): string {
  const alphabet = '123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz';
  for (let i = 0; i < 10_000; i++) {
    const bytes = sha('sha512', `${salt} ${i}`);
    const middle = [...address.slice(4, -4)].map((_, j) => alphabet[bytes[j % bytes.length] % 58]).join('');
    const candidate = address.slice(0, 4) + middle + address.slice(-4);
    const decoded = decodeBase58(candidate);
    if (decoded?.length === 32 && encodeBase58(decoded) === candidate && PublicKey.isOnCurve(decoded)) return candidate;
  }
  throw new Error(`no look-alike found for ${address}`);
}

interface TokenAccountState {
  mint: string;
  owner: string;
  amount: bigint;
  delegate: string | null;
  delegatedAmount: bigint;
  closeAuthority: string | null;
}

export type BankInstruction =
  | { kind: 'solTransfer'; from: string; to: string; lamports: bigint }
  /** Associated token account of `owner` for `mint`, created if missing (paid by `payer`). */
  | { kind: 'createAta'; payer: string; owner: string; mint: string }
  /** Tokens between token accounts; `authority` is the source's owner or its delegate. */
  | { kind: 'transferChecked'; source: string; destination: string; authority: string; amount: bigint }
  | { kind: 'approve'; source: string; delegate: string; owner: string; amount: bigint }
  | { kind: 'setAuthority'; account: string; authority: string; newAuthority: string; authorityType: 'accountOwner' | 'closeAccount' }
  | { kind: 'closeAccount'; account: string; destination: string; owner: string }
  | { kind: 'advanceNonce'; nonceAccount: string; nonceAuthority: string }
  | { kind: 'memo'; text: string };

export interface BankTx {
  /** Unique label: the signature is derived from it. */
  label: string;
  feePayer: string;
  instructions: BankInstruction[];
  /** Slots after the previous transaction (default: one hour). */
  after?: number;
  /** The blockhash signed with is a durable nonce value, not a recent blockhash. */
  nonceValue?: string;
}

interface Meta {
  pubkey: string;
  signer: boolean;
  writable: boolean;
}

interface Executed {
  parsed: RpcInstruction;
  inner: RpcInstruction[];
  logs: string[];
  units: number;
  metas: Meta[];
}

const U64_MAX = 2n ** 64n - 1n;

export class DemoBank {
  private readonly lamports = new Map<string, bigint>();
  private readonly tokens = new Map<string, TokenAccountState>();
  private readonly decimals = new Map<string, number>();
  private readonly atas = new Map<string, string>();
  private pendingAccounts: Record<string, RpcAccount> = {};
  readonly fixtures: SolanaFixture[] = [];
  private txIndex = 0;

  constructor(private slot: number) {}

  get currentSlot(): number {
    return this.slot;
  }

  /** SOL a wallet holds before any recorded transaction. */
  fund(address: string, lamports: bigint): this {
    this.lamports.set(address, (this.lamports.get(address) ?? 0n) + lamports);
    return this;
  }

  /** Registers a mint; with `metadata`, the next transaction also serves its Metaplex metadata account. */
  mint(mint: string, decimals: number, metadata?: { name: string; symbol: string }): this {
    this.decimals.set(mint, decimals);
    if (metadata) this.pendingAccounts[metadataAddress(mint)] = metaplexAccount(mint, metadata);
    return this;
  }

  /** Tokens held before any recorded transaction (an exchange's float). */
  holdTokens(owner: string, mint: string, amount: bigint): this {
    const address = this.ata(owner, mint);
    this.tokens.set(address, { mint, owner, amount, delegate: null, delegatedAmount: 0n, closeAuthority: null });
    this.lamports.set(address, TOKEN_ACCOUNT_RENT);
    return this;
  }

  /** The associated token account (derivations are cached: a busy history asks thousands of times). */
  ata(owner: string, mint: string): string {
    const key = `${owner}:${mint}`;
    let address = this.atas.get(key);
    if (!address) this.atas.set(key, (address = associatedTokenAddress(owner, mint)));
    return address;
  }

  /** Units of a mint → raw amount ("1500" USDC → 1500000000n). */
  units(mint: string, value: number | string): bigint {
    const decimals = this.decimals.get(mint);
    if (decimals === undefined) throw new Error(`unknown mint ${mint}`);
    const [whole, fraction = ''] = String(value).split('.');
    return BigInt(whole + fraction.padEnd(decimals, '0').slice(0, decimals));
  }

  /** Executes a transaction and records it; throws when it could not succeed (a scenario bug). */
  send(tx: BankTx): SolanaFixture {
    this.slot += tx.after ?? SLOTS_PER_HOUR;
    const signature = demoSignature(tx.label);
    const before = { lamports: new Map(this.lamports), tokens: cloneTokens(this.tokens) };
    const executed = tx.instructions.map((ix) => this.execute(ix));

    const metas = new Map<string, Meta>();
    const add = (m: Meta) => {
      const prev = metas.get(m.pubkey);
      metas.set(m.pubkey, { pubkey: m.pubkey, signer: Boolean(prev?.signer || m.signer), writable: Boolean(prev?.writable || m.writable) });
    };
    add({ pubkey: tx.feePayer, signer: true, writable: true });
    for (const e of executed) e.metas.forEach(add);
    // Message order: writable signers (fee payer first), read-only signers, writable, read-only.
    const rank = (m: Meta) => (m.signer ? (m.writable ? 0 : 1) : m.writable ? 2 : 3);
    const keys = [...metas.values()].sort((a, b) => (a.pubkey === tx.feePayer ? -1 : b.pubkey === tx.feePayer ? 1 : rank(a) - rank(b)));
    const signers = keys.filter((k) => k.signer).map((k) => k.pubkey);

    const fee = FEE_PER_SIGNATURE * BigInt(signers.length);
    this.debit(tx.feePayer, fee);

    const balanceIn = (state: Map<string, bigint>, address: string) =>
      Number(state.get(address) ?? FIXED_BALANCE[address] ?? (this.decimals.has(address) ? MINT_BALANCE : 0n));
    const tokenBalances = (state: Map<string, TokenAccountState>): RpcTokenBalance[] =>
      keys.flatMap((k, accountIndex) => {
        const t = state.get(k.pubkey);
        return t ? [{ accountIndex, mint: t.mint, owner: t.owner, programId: TOKEN_PROGRAM, uiTokenAmount: uiAmount(t.amount, this.decimals.get(t.mint)!) }] : [];
      });

    const transaction: RpcParsedTransaction = {
      blockTime: timeOfSlot(this.slot),
      meta: {
        computeUnitsConsumed: executed.reduce((sum, e) => sum + e.units, 0),
        err: null,
        fee: Number(fee),
        innerInstructions: executed.flatMap((e, index) => (e.inner.length ? [{ index, instructions: e.inner }] : [])),
        logMessages: executed.flatMap((e) => e.logs),
        postBalances: keys.map((k) => balanceIn(this.lamports, k.pubkey)),
        postTokenBalances: tokenBalances(this.tokens),
        preBalances: keys.map((k) => balanceIn(before.lamports, k.pubkey)),
        preTokenBalances: tokenBalances(before.tokens),
        rewards: [],
        status: { Ok: null },
      },
      slot: this.slot,
      transaction: {
        message: {
          accountKeys: keys.map((k) => ({ pubkey: k.pubkey, signer: k.signer, source: 'transaction', writable: k.writable })),
          instructions: executed.map((e) => e.parsed),
          recentBlockhash: tx.nonceValue ?? encodeBase58(sha('sha256', `txtriage solana demo blockhash ${this.slot}`)),
        },
        signatures: signers.map((s, i) => (i === 0 ? signature : demoSignature(`${tx.label} signer ${s}`))),
      },
      transactionIndex: this.txIndex++ % 1_500,
      version: 'legacy',
    };
    const fixture: SolanaFixture = {
      scenario: tx.label,
      description: `Generated by the demo bank (chains/solana/devnet/bank.ts): ${tx.instructions.map((i) => i.kind).join(', ')}`,
      source: 'Shapes: getTransaction jsonParsed https://solana.com/docs/rpc/http/gettransaction; getSignatureStatuses https://solana.com/docs/rpc/http/getsignaturestatuses',
      signature,
      signatureStatus: { slot: this.slot, confirmations: null, err: null, confirmationStatus: 'finalized', status: { Ok: null } },
      transaction,
      ...(Object.keys(this.pendingAccounts).length ? { accounts: this.pendingAccounts } : {}),
    };
    this.pendingAccounts = {};
    this.fixtures.push(fixture);
    return fixture;
  }

  private debit(address: string, lamports: bigint): void {
    const have = this.lamports.get(address) ?? 0n;
    if (have < lamports) throw new Error(`demo bank: ${address} holds ${have} lamports, needs ${lamports}`);
    this.lamports.set(address, have - lamports);
  }

  private credit(address: string, lamports: bigint): void {
    this.lamports.set(address, (this.lamports.get(address) ?? 0n) + lamports);
  }

  private token(address: string): TokenAccountState {
    const t = this.tokens.get(address);
    if (!t) throw new Error(`demo bank: ${address} is not a token account`);
    return t;
  }

  private execute(ix: BankInstruction): Executed {
    const s = (pubkey: string, writable = true): Meta => ({ pubkey, signer: true, writable });
    const w = (pubkey: string): Meta => ({ pubkey, signer: false, writable: true });
    const r = (pubkey: string): Meta => ({ pubkey, signer: false, writable: false });
    switch (ix.kind) {
      case 'solTransfer': {
        this.debit(ix.from, ix.lamports);
        this.credit(ix.to, ix.lamports);
        return system({ destination: ix.to, lamports: Number(ix.lamports), source: ix.from }, 'transfer', [s(ix.from), w(ix.to)]);
      }
      case 'advanceNonce':
        return system({ nonceAccount: ix.nonceAccount, nonceAuthority: ix.nonceAuthority, recentBlockhashesSysvar: RECENT_BLOCKHASHES_SYSVAR }, 'advanceNonce', [
          w(ix.nonceAccount),
          r(RECENT_BLOCKHASHES_SYSVAR),
          s(ix.nonceAuthority, false),
        ]);
      case 'memo':
        return {
          parsed: { parsed: ix.text, program: 'spl-memo', programId: MEMO_PROGRAM, stackHeight: 1 },
          inner: [],
          logs: [`Program ${MEMO_PROGRAM} invoke [1]`, `Program log: Memo (len ${ix.text.length}): "${ix.text}"`, `Program ${MEMO_PROGRAM} consumed 3000 of 200000 compute units`, `Program ${MEMO_PROGRAM} success`],
          units: 3000,
          metas: [r(MEMO_PROGRAM)],
        };
      case 'createAta': {
        const account = this.ata(ix.owner, ix.mint);
        const metas = [s(ix.payer), w(account), r(ix.owner), r(ix.mint), r(SYSTEM_PROGRAM), r(TOKEN_PROGRAM), r(ASSOCIATED_TOKEN_PROGRAM)];
        const parsed = {
          parsed: { info: { account, mint: ix.mint, source: ix.payer, systemProgram: SYSTEM_PROGRAM, tokenProgram: TOKEN_PROGRAM, wallet: ix.owner }, type: 'createIdempotent' },
          program: 'spl-associated-token-account',
          programId: ASSOCIATED_TOKEN_PROGRAM,
          stackHeight: 1,
        };
        if (this.tokens.has(account)) {
          return { parsed, inner: [], logs: [`Program ${ASSOCIATED_TOKEN_PROGRAM} invoke [1]`, 'Program log: CreateIdempotent', `Program ${ASSOCIATED_TOKEN_PROGRAM} consumed 4338 of 200000 compute units`, `Program ${ASSOCIATED_TOKEN_PROGRAM} success`], units: 4338, metas };
        }
        this.debit(ix.payer, TOKEN_ACCOUNT_RENT);
        this.credit(account, TOKEN_ACCOUNT_RENT);
        this.tokens.set(account, { mint: ix.mint, owner: ix.owner, amount: 0n, delegate: null, delegatedAmount: 0n, closeAuthority: null });
        const inner = (info: unknown, type: string, program = 'spl-token', programId = TOKEN_PROGRAM): RpcInstruction => ({ parsed: { info, type }, program, programId, stackHeight: 2 });
        return {
          parsed,
          inner: [
            inner({ extensionTypes: ['immutableOwner'], mint: ix.mint }, 'getAccountDataSize'),
            inner({ lamports: Number(TOKEN_ACCOUNT_RENT), newAccount: account, owner: TOKEN_PROGRAM, source: ix.payer, space: 165 }, 'createAccount', 'system', SYSTEM_PROGRAM),
            inner({ account }, 'initializeImmutableOwner'),
            inner({ account, mint: ix.mint, owner: ix.owner }, 'initializeAccount3'),
          ],
          logs: [
            `Program ${ASSOCIATED_TOKEN_PROGRAM} invoke [1]`,
            'Program log: Create',
            `Program ${TOKEN_PROGRAM} invoke [2]`,
            'Program log: Instruction: GetAccountDataSize',
            `Program ${TOKEN_PROGRAM} consumed 1569 of 194264 compute units`,
            `Program return: ${TOKEN_PROGRAM} pQAAAAAAAAA=`,
            `Program ${TOKEN_PROGRAM} success`,
            `Program ${SYSTEM_PROGRAM} invoke [2]`,
            `Program ${SYSTEM_PROGRAM} success`,
            'Program log: Initialize the associated token account',
            `Program ${TOKEN_PROGRAM} invoke [2]`,
            'Program log: Instruction: InitializeImmutableOwner',
            'Program log: Please upgrade to SPL Token 2022 for immutable owner support',
            `Program ${TOKEN_PROGRAM} consumed 1405 of 187677 compute units`,
            `Program ${TOKEN_PROGRAM} success`,
            `Program ${TOKEN_PROGRAM} invoke [2]`,
            'Program log: Instruction: InitializeAccount3',
            `Program ${TOKEN_PROGRAM} consumed 3158 of 183795 compute units`,
            `Program ${TOKEN_PROGRAM} success`,
            `Program ${ASSOCIATED_TOKEN_PROGRAM} consumed 20345 of 200000 compute units`,
            `Program ${ASSOCIATED_TOKEN_PROGRAM} success`,
          ],
          units: 20_345,
          metas,
        };
      }
      case 'transferChecked': {
        const from = this.token(ix.source);
        const to = this.token(ix.destination);
        if (from.mint !== to.mint) throw new Error('demo bank: mint mismatch');
        if (from.amount < ix.amount) throw new Error(`demo bank: ${ix.source} holds ${from.amount}, needs ${ix.amount}`);
        if (ix.authority !== from.owner) {
          // A delegate spends from the allowance; at zero the delegation ends (spl-token processor).
          if (ix.authority !== from.delegate || from.delegatedAmount < ix.amount) throw new Error(`demo bank: ${ix.authority} may not spend from ${ix.source}`);
          from.delegatedAmount -= ix.amount;
          if (from.delegatedAmount === 0n) from.delegate = null;
        }
        from.amount -= ix.amount;
        to.amount += ix.amount;
        const decimals = this.decimals.get(from.mint)!;
        return token(
          { authority: ix.authority, destination: ix.destination, mint: from.mint, source: ix.source, tokenAmount: uiAmount(ix.amount, decimals) },
          'transferChecked',
          'TransferChecked',
          6_200,
          [w(ix.source), r(from.mint), w(ix.destination), s(ix.authority)],
        );
      }
      case 'approve': {
        const t = this.token(ix.source);
        if (t.owner !== ix.owner) throw new Error('demo bank: only the owner approves');
        t.delegate = ix.delegate;
        t.delegatedAmount = ix.amount > U64_MAX ? U64_MAX : ix.amount;
        return token({ amount: t.delegatedAmount.toString(), delegate: ix.delegate, owner: ix.owner, source: ix.source }, 'approve', 'Approve', 2_904, [w(ix.source), r(ix.delegate), s(ix.owner)]);
      }
      case 'setAuthority': {
        const t = this.token(ix.account);
        if (ix.authorityType === 'accountOwner') {
          if (t.owner !== ix.authority) throw new Error('demo bank: only the owner hands the account over');
          // A new owner starts without the old owner's delegation (spl-token processor, AuthorityType::AccountOwner).
          t.owner = ix.newAuthority;
          t.delegate = null;
          t.delegatedAmount = 0n;
        } else {
          if ((t.closeAuthority ?? t.owner) !== ix.authority) throw new Error('demo bank: wrong close authority');
          t.closeAuthority = ix.newAuthority;
        }
        return token({ account: ix.account, authority: ix.authority, authorityType: ix.authorityType, newAuthority: ix.newAuthority }, 'setAuthority', 'SetAuthority', 2_900, [w(ix.account), s(ix.authority)]);
      }
      case 'closeAccount': {
        const t = this.token(ix.account);
        if ((t.closeAuthority ?? t.owner) !== ix.owner) throw new Error('demo bank: wrong close authority');
        if (t.amount !== 0n) throw new Error('demo bank: a token account with a balance cannot be closed');
        const rent = this.lamports.get(ix.account) ?? 0n;
        this.debit(ix.account, rent);
        this.credit(ix.destination, rent);
        this.tokens.delete(ix.account);
        return token({ account: ix.account, destination: ix.destination, owner: ix.owner }, 'closeAccount', 'CloseAccount', 2_915, [w(ix.account), w(ix.destination), s(ix.owner)]);
      }
    }
  }
}

function system(info: Record<string, unknown>, type: string, metas: Meta[]): Executed {
  return {
    parsed: { parsed: { info, type }, program: 'system', programId: SYSTEM_PROGRAM, stackHeight: 1 },
    inner: [],
    logs: [`Program ${SYSTEM_PROGRAM} invoke [1]`, `Program ${SYSTEM_PROGRAM} success`],
    units: 150,
    metas: [...metas, { pubkey: SYSTEM_PROGRAM, signer: false, writable: false }],
  };
}

function token(info: Record<string, unknown>, type: string, logName: string, units: number, metas: Meta[]): Executed {
  return {
    parsed: { parsed: { info, type }, program: 'spl-token', programId: TOKEN_PROGRAM, stackHeight: 1 },
    inner: [],
    logs: [`Program ${TOKEN_PROGRAM} invoke [1]`, `Program log: Instruction: ${logName}`, `Program ${TOKEN_PROGRAM} consumed ${units} of 200000 compute units`, `Program ${TOKEN_PROGRAM} success`],
    units,
    metas: [...metas, { pubkey: TOKEN_PROGRAM, signer: false, writable: false }],
  };
}

/** The node's UiTokenAmount: uiAmount is null for zero. */
function uiAmount(raw: bigint, decimals: number) {
  const formatted = toAmount(raw, decimals, '').formatted;
  return { amount: raw.toString(), decimals, uiAmount: raw === 0n ? null : Number(formatted), uiAmountString: formatted };
}

function cloneTokens(tokens: Map<string, TokenAccountState>): Map<string, TokenAccountState> {
  return new Map([...tokens].map(([k, v]) => [k, { ...v }]));
}

/**
 * A Metaplex Token Metadata account (MetadataV1): key 4, update authority, mint, then
 * borsh strings name (32), symbol (10), uri (200), padded with NULs; 679 bytes.
 */
function metaplexAccount(mint: string, meta: { name: string; symbol: string }): RpcAccount {
  const data = new Uint8Array(679);
  const view = new DataView(data.buffer);
  data[0] = 4;
  data.set(new PublicKey(mint).toBytes(), 1 + 32);
  let offset = 65;
  for (const [text, size] of [[meta.name, 32], [meta.symbol, 10], ['https://example.invalid/demo.json', 200]] as const) {
    view.setUint32(offset, size, true);
    data.set(new TextEncoder().encode(text).subarray(0, size), offset + 4);
    offset += 4 + size;
  }
  return { data: [Buffer.from(data).toString('base64'), 'base64'], executable: false, lamports: 5_616_720, owner: TOKEN_METADATA_PROGRAM, rentEpoch: 18446744073709551615, space: 679 };
}
