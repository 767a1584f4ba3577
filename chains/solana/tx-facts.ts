import { type ParsedInstruction, type ParsedTransactionWithMeta, type PartiallyDecodedInstruction, type SignatureStatus, type TokenBalance } from '@solana/web3.js';
import { toAmount } from '../amount.ts';
import { explorerTxUrl } from '../explorer.ts';
import type { Amount, DecodedError, Failure, IntendedTransfer, Network, TokenTransfer, TxFacts } from '../types.ts';
import { associatedTokenAddress, isOnCurve } from './accounts.ts';
import { decodeBase58 } from './base58.ts';
import { decodeSolanaError } from './errors.ts';
import type {
  CreatedAccount,
  SolanaCommitment,
  SolanaError,
  SolanaAuthorityChange,
  SolanaFee,
  SolanaInstruction,
  SolanaStakeAction,
  SolanaTxDetails,
  SolBalanceChange,
  SolTransfer,
  SplTransfer,
  TokenBalanceChange,
} from './facts.ts';
import { ASSOCIATED_TOKEN_PROGRAM, COMPUTE_BUDGET_PROGRAM, knownPrograms, MEMO_PROGRAM, MEMO_V1_PROGRAM, NATIVE_MINT, STAKE_PROGRAM, SYSTEM_PROGRAM, TOKEN_PROGRAMS } from './programs.ts';

/**
 * Pure: a transaction as getTransaction (jsonParsed) returns it, plus its signature status,
 * → normalized TxFacts. The adapter does the I/O; everything here is decidable offline and
 * unit-testable on fixtures.
 */

/** Base fee per signature (the cluster's lamports_per_signature). */
export const LAMPORTS_PER_SIGNATURE = 5000n;

/**
 * Rent-exempt minimum of an account with no data (a wallet): (128 bytes of account
 * overhead) × 3480 lamports per byte-year × 2 years = 890,880 lamports = 0.00089088 SOL.
 * A transfer that would leave a new or emptied wallet below this fails (InsufficientFundsForRent).
 */
export const RENT_EXEMPT_WALLET_LAMPORTS = 890_880n;

export interface TokenInfo {
  symbol: string;
  name: string;
  /** The network's well-known token of that symbol (network.tokens). */
  wellKnown: boolean;
  /** The symbol copies a well-known token's symbol under another mint. */
  impersonates?: string;
}

export interface SolanaFactsInput {
  network: Network;
  signature: string;
  tx: ParsedTransactionWithMeta | null;
  status: SignatureStatus | null;
  /** What we know of each mint (known table or on-chain metadata); missing mints read as unknown tokens. */
  tokens: ReadonlyMap<string, TokenInfo>;
}

const SETUP_PROGRAMS = [COMPUTE_BUDGET_PROGRAM, ASSOCIATED_TOKEN_PROGRAM, MEMO_PROGRAM, MEMO_V1_PROGRAM];

const COMMITMENT_RANK: Record<SolanaCommitment, number> = { processed: 0, confirmed: 1, finalized: 2 };

type AnyInstruction = ParsedInstruction | PartiallyDecodedInstruction;

interface FlatInstruction extends SolanaInstruction {
  parsedInfo: Record<string, any>;
  raw: AnyInstruction;
}

export function solanaTxFacts(input: SolanaFactsInput): TxFacts {
  const { network, signature, tx, status } = input;
  const sol = network.nativeToken;
  const lamports = (v: bigint | number | string) => toAmount(v, sol.decimals, sol.symbol);

  // getTransaction answers only from `confirmed` on; the status may lag or lead it by a moment.
  const fromStatus: SolanaCommitment = status?.confirmationStatus ?? 'processed';
  const commitment: SolanaCommitment = tx && COMMITMENT_RANK[fromStatus] < COMMITMENT_RANK.confirmed ? 'confirmed' : fromStatus;
  const meta = tx?.meta ?? null;

  const keys = tx ? tx.transaction.message.accountKeys.map((k) => k.pubkey.toBase58()) : [];
  const indexOf = new Map(keys.map((k, i) => [k, i]));
  const preTokens = byIndex(meta?.preTokenBalances);
  const postTokens = byIndex(meta?.postTokenBalances);
  const tokenBalanceOf = (address: string) => {
    const i = indexOf.get(address);
    return i === undefined ? undefined : (postTokens.get(i) ?? preTokens.get(i));
  };
  const isTokenAccount = (address: string) => tokenBalanceOf(address) !== undefined;
  const solDelta = (address: string) => {
    const i = indexOf.get(address);
    return i === undefined || !meta ? 0n : BigInt(meta.postBalances[i] ?? 0) - BigInt(meta.preBalances[i] ?? 0);
  };
  const tokenInfo = (mint: string | null | undefined): TokenInfo =>
    (mint ? input.tokens.get(mint) : undefined) ?? { symbol: '?', name: 'unknown token', wellKnown: false };

  const instructions = tx ? flatten(tx) : [];
  const topLevel = instructions.filter((ix) => ix.innerIndex === undefined);
  const error = decodeSolanaError(meta ? meta.err : status?.err, {
    programIdOf: (i) => topLevel[i]?.programId,
    accountAt: (i) => keys[i],
  });
  const succeeded = Boolean(tx && meta) && !error;

  // --- SOL ---------------------------------------------------------------------------
  const signers = tx ? tx.transaction.message.accountKeys.filter((k) => k.signer).map((k) => k.pubkey.toBase58()) : [];
  const feePayer = keys[0] ?? null;
  const solChanges: SolBalanceChange[] = meta
    ? keys.flatMap((account, i) => {
        const pre = BigInt(meta.preBalances[i] ?? 0);
        const post = BigInt(meta.postBalances[i] ?? 0);
        if (pre === post && i !== 0) return [];
        return [{ account, pre: lamports(pre), post: lamports(post), change: lamports(post - pre), signer: signers.includes(account), feePayer: i === 0 }];
      })
    : [];

  const solTransfers: SolTransfer[] = instructions
    .filter((ix) => ix.programId === SYSTEM_PROGRAM && (ix.type === 'transfer' || ix.type === 'transferWithSeed'))
    .map((ix) => {
      const to = String(ix.parsedInfo.destination);
      const i = indexOf.get(to);
      const asTokenAccount = tokenBalanceOf(to);
      return {
        instructionIndex: ix.index,
        inner: ix.innerIndex !== undefined,
        from: String(ix.parsedInfo.source),
        to,
        amount: lamports(ix.parsedInfo.lamports ?? 0),
        toIsTokenAccount: asTokenAccount !== undefined,
        toTokenAccountOwner: asTokenAccount?.owner ?? null,
        toTokenAccountMint: asTokenAccount?.mint ?? null,
        toTokenAccountSymbol: asTokenAccount ? tokenInfo(asTokenAccount.mint).symbol : null,
        toWasEmpty: meta && i !== undefined ? meta.preBalances[i] === 0 : false,
      };
    });

  // --- tokens ------------------------------------------------------------------------
  const tokenChanges: TokenBalanceChange[] = [...new Set([...preTokens.keys(), ...postTokens.keys()])]
    .sort((a, b) => a - b)
    .flatMap((i) => {
      const pre = preTokens.get(i);
      const post = postTokens.get(i);
      const ref = (post ?? pre)!;
      const preRaw = BigInt(pre?.uiTokenAmount.amount ?? 0);
      const postRaw = BigInt(post?.uiTokenAmount.amount ?? 0);
      if (preRaw === postRaw && pre && post) return [];
      const info = tokenInfo(ref.mint);
      const amount = (v: bigint) => toAmount(v, ref.uiTokenAmount.decimals, info.symbol);
      return [
        {
          tokenAccount: keys[i],
          owner: ref.owner ?? null,
          mint: ref.mint,
          symbol: info.symbol,
          decimals: ref.uiTokenAmount.decimals,
          wellKnown: info.wellKnown,
          pre: amount(preRaw),
          post: amount(postRaw),
          change: amount(postRaw - preRaw),
          createdInTx: !pre,
          closedInTx: !post,
          tokenProgram: ref.programId ?? null,
        },
      ];
    });

  const createdAccounts = succeeded ? accountsCreated(instructions, { solDelta, tokenBalanceOf, preTokens, indexOf, lamports }) : [];
  const created = new Map(createdAccounts.map((a) => [a.address, a]));

  const splTransfers: SplTransfer[] = instructions
    .filter((ix) => TOKEN_PROGRAMS.includes(ix.programId) && (ix.type === 'transfer' || ix.type === 'transferChecked'))
    .map((ix) => {
      const info = ix.parsedInfo;
      const source = String(info.source);
      const destination = String(info.destination);
      const sourceBalance = tokenBalanceOf(source);
      const sourceIndex = indexOf.get(source);
      const sourcePre = sourceIndex === undefined ? undefined : preTokens.get(sourceIndex);
      const destinationBalance = tokenBalanceOf(destination);
      const mint: string | null = info.mint ?? sourceBalance?.mint ?? destinationBalance?.mint ?? null;
      const decimals: number = info.tokenAmount?.decimals ?? sourceBalance?.uiTokenAmount.decimals ?? destinationBalance?.uiTokenAmount.decimals ?? 0;
      const rawAmount: string = info.tokenAmount?.amount ?? info.amount ?? '0';
      const destinationOwner = destinationBalance?.owner ?? null;
      const creation = created.get(destination);
      return {
        instructionIndex: ix.index,
        inner: ix.innerIndex !== undefined,
        type: ix.type as SplTransfer['type'],
        mint,
        amount: toAmount(rawAmount, decimals, tokenInfo(mint).symbol),
        source,
        sourceOwner: sourceBalance?.owner ?? null,
        sourceBalance: sourcePre ? toAmount(sourcePre.uiTokenAmount.amount, sourcePre.uiTokenAmount.decimals, tokenInfo(mint).symbol) : null,
        authority: info.authority ?? info.multisigAuthority ?? null,
        destination,
        destinationOwner,
        ownerIsTokenAccount: destinationOwner !== null && isTokenAccount(destinationOwner),
        ownerTokenAccountOwner: destinationOwner ? (tokenBalanceOf(destinationOwner)?.owner ?? null) : null,
        ownerOffCurve: destinationOwner ? !isOnCurve(destinationOwner) : null,
        destinationIsAssociated: destinationOwner && mint ? associatedTokenAddress(destinationOwner, mint, ix.programId) === destination : null,
        destinationCreated: Boolean(creation),
        rentPaid: creation?.rentPaid ?? null,
      };
    });

  const tokenTransfers: TokenTransfer[] = succeeded ? transfersFromBalances(tokenChanges, instructions, tokenInfo) : [];
  const intended = splTransfers.find((t) => !t.inner) ?? splTransfers[0];
  const intendedTransfer: IntendedTransfer | null = intended
    ? {
        token: intended.mint ?? '',
        symbol: intended.amount.symbol,
        decimals: intended.amount.decimals,
        to: intended.destinationOwner ?? intended.destination,
        amount: intended.amount,
        wellKnown: tokenInfo(intended.mint).wellKnown,
      }
    : null;

  // --- fee, nonce, authorities ----------------------------------------------------------
  const fee = meta && tx ? feeOf(BigInt(meta.fee), tx.transaction.signatures.length, topLevel, lamports) : null;
  const first = topLevel[0];
  const durableNonce =
    first && first.programId === SYSTEM_PROGRAM && first.type === 'advanceNonce'
      ? { nonceAccount: String(first.parsedInfo.nonceAccount), nonceAuthority: first.parsedInfo.nonceAuthority ?? null }
      : null;
  const authorityChanges = succeeded ? authoritiesChanged(instructions, created, tokenBalanceOf, tokenInfo, solDelta, lamports) : [];
  const stakeActions = succeeded ? stakeActionsOf(instructions, lamports) : [];

  // --- the generic facts -------------------------------------------------------------
  const value = solTransfers.filter((t) => !t.inner && signers.includes(t.from)).reduce((sum, t) => sum + BigInt(t.amount.raw), 0n);
  // Solana has no single callee: `to` is the recipient the sender meant, else the program that did the work
  // (skipping fee settings, the nonce advance, memos and recipient-account set-up).
  const mainInstruction = topLevel.find((ix) => !SETUP_PROGRAMS.includes(ix.programId) && !(ix === first && durableNonce));
  const firstSolTransfer = solTransfers.find((t) => !t.inner);
  const to = firstSolTransfer?.to ?? (intended ? (intended.destinationOwner ?? intended.destination) : (mainInstruction?.programId ?? null));

  const statusOnly = !tx || !meta;
  const txStatus: TxFacts['status'] = commitment === 'processed' ? 'pending' : error ? 'failed' : 'success';
  const slot = tx?.slot ?? status?.slot ?? 0;
  const blockTime = tx?.blockTime ?? null;

  const solana: SolanaTxDetails = {
    commitment,
    slot,
    blockTime,
    statusOnly,
    version: tx?.version ?? null,
    recentBlockhash: tx?.transaction.message.recentBlockhash ?? null,
    feePayer,
    signers,
    fee,
    computeUnitsConsumed: meta?.computeUnitsConsumed ?? null,
    instructions: instructions.map(({ parsedInfo: _p, raw: _r, ...ix }) => ix),
    solChanges,
    tokenChanges,
    solTransfers,
    splTransfers,
    createdAccounts,
    authorityChanges,
    stakeActions,
    durableNonce,
    error,
  };

  return {
    family: 'solana',
    network: network.id,
    hash: signature,
    status: txStatus,
    // Unknown until the node serves the transaction (status-only answers carry no accounts).
    from: feePayer ?? '',
    to,
    value: lamports(value),
    tokenTransfers,
    intendedTransfer,
    fee: fee?.total ?? null,
    block: { number: slot, timestamp: blockTime },
    // The cluster counts confirmations up to the root, then reports null: finalized.
    confirmations: status ? status.confirmations : null,
    confirmationsRequired: network.confirmations,
    final: commitment === 'finalized',
    explorerUrl: explorerTxUrl(network, signature),
    failure: txStatus === 'failed' && error ? failureOf(error) : null,
    solana,
  };
}

function byIndex(balances: TokenBalance[] | null | undefined): Map<number, TokenBalance> {
  return new Map((balances ?? []).map((b) => [b.accountIndex, b]));
}

/** Top-level instructions, each followed by its inner (CPI) instructions: execution order. */
function flatten(tx: ParsedTransactionWithMeta): FlatInstruction[] {
  const inner = new Map((tx.meta?.innerInstructions ?? []).map((group) => [group.index, group.instructions]));
  return tx.transaction.message.instructions.flatMap((ix, index) => [
    flat(ix, index),
    ...(inner.get(index) ?? []).map((child, innerIndex) => flat(child, index, innerIndex)),
  ]);
}

function flat(ix: AnyInstruction, index: number, innerIndex?: number): FlatInstruction {
  const programId = ix.programId.toBase58();
  const parsed = 'parsed' in ix ? ix.parsed : undefined;
  // Most parsers give {type, info}; a few (spl-memo) give a bare string.
  const structured = parsed && typeof parsed === 'object' ? (parsed as { type?: string; info?: Record<string, any> }) : undefined;
  const info = structured?.info ?? (parsed !== undefined ? { value: parsed } : undefined);
  return {
    index,
    ...(innerIndex !== undefined ? { innerIndex } : {}),
    programId,
    program: knownPrograms[programId]?.name ?? ('program' in ix ? ix.program : null),
    type: structured?.type ?? null,
    ...(info ? { info } : {}),
    parsedInfo: info ?? {},
    raw: ix,
  };
}

/**
 * Fee = 5000 lamports per signature + priority fee. The priority part is total − base;
 * the ComputeBudget instructions (not parsed by the node: raw base58 data) say how it was
 * set: SetComputeUnitLimit = [2, u32 LE], SetComputeUnitPrice = [3, u64 LE micro-lamports].
 */
function feeOf(total: bigint, signatures: number, topLevel: FlatInstruction[], lamports: (v: bigint) => Amount): SolanaFee {
  let computeUnitLimit: number | null = null;
  let computeUnitPriceMicroLamports: string | null = null;
  for (const ix of topLevel) {
    if (ix.programId !== COMPUTE_BUDGET_PROGRAM || !('data' in ix.raw)) continue;
    const data = decodeBase58(ix.raw.data);
    if (!data) continue;
    const view = new DataView(data.buffer, data.byteOffset, data.byteLength);
    if (data[0] === 2 && data.length >= 5) computeUnitLimit = view.getUint32(1, true);
    if (data[0] === 3 && data.length >= 9) computeUnitPriceMicroLamports = view.getBigUint64(1, true).toString();
  }
  const base = BigInt(signatures) * LAMPORTS_PER_SIGNATURE < total ? BigInt(signatures) * LAMPORTS_PER_SIGNATURE : total;
  return { total: lamports(total), base: lamports(base), priority: lamports(total - base), signatures, computeUnitLimit, computeUnitPriceMicroLamports };
}

interface CreationContext {
  solDelta(address: string): bigint;
  tokenBalanceOf(address: string): TokenBalance | undefined;
  preTokens: Map<number, TokenBalance>;
  indexOf: Map<string, number>;
  lamports(v: bigint): Amount;
}

/**
 * Accounts this (successful) transaction created. An associated token account counts as
 * created only if it was not a token account before: createIdempotent on an existing one
 * creates nothing. Its rent is what its SOL balance rose by (it may have been pre-funded).
 */
function accountsCreated(instructions: FlatInstruction[], ctx: CreationContext): CreatedAccount[] {
  const out = new Map<string, CreatedAccount>();
  const wasTokenAccount = (address: string) => {
    const i = ctx.indexOf.get(address);
    return i !== undefined && ctx.preTokens.has(i);
  };
  for (const ix of instructions) {
    const info = ix.parsedInfo;
    if (ix.programId === ASSOCIATED_TOKEN_PROGRAM && (ix.type === 'create' || ix.type === 'createIdempotent')) {
      const address = String(info.account);
      if (wasTokenAccount(address) || !ctx.tokenBalanceOf(address) || out.has(address)) continue;
      // A wrapped-SOL account's lamports are rent plus the wrapped balance: only the first is rent.
      const balance = ctx.tokenBalanceOf(address);
      const wrapped = balance?.mint === NATIVE_MINT ? BigInt(balance.uiTokenAmount.amount) : 0n;
      out.set(address, {
        address,
        kind: 'associated-token-account',
        payer: info.source ?? null,
        owner: info.wallet ?? null,
        mint: info.mint ?? null,
        rentPaid: ctx.lamports(ctx.solDelta(address) - wrapped),
        instructionIndex: ix.index,
      });
    } else if (ix.programId === SYSTEM_PROGRAM && (ix.type === 'createAccount' || ix.type === 'createAccountWithSeed') && ix.innerIndex === undefined) {
      const address = String(info.newAccount);
      if (out.has(address)) continue;
      const token = ctx.tokenBalanceOf(address);
      out.set(address, {
        address,
        kind: token ? 'token-account' : 'account',
        payer: info.source ?? null,
        owner: token?.owner ?? null,
        mint: token?.mint ?? null,
        rentPaid: ctx.lamports(BigInt(info.lamports ?? 0)),
        instructionIndex: ix.index,
      });
    }
  }
  return [...out.values()];
}

/**
 * Stake program instructions as the node parses them (program "stake"), plus the system
 * createAccount that funds a new stake account. Source of the shapes: solana-labs
 * transaction-status parse_stake.rs (initialize, delegate, deactivate, withdraw, split, merge).
 */
function stakeActionsOf(instructions: FlatInstruction[], lamports: (v: bigint | number | string) => Amount): SolanaStakeAction[] {
  const out: SolanaStakeAction[] = [];
  for (const ix of instructions) {
    const info = ix.parsedInfo;
    const base = { instructionIndex: ix.index, amount: null, voteAccount: null, destination: null, authority: null };
    if (ix.programId === SYSTEM_PROGRAM && (ix.type === 'createAccount' || ix.type === 'createAccountWithSeed') && info.owner === STAKE_PROGRAM) {
      out.push({ ...base, kind: 'create', stakeAccount: String(info.newAccount), amount: lamports(info.lamports ?? 0), authority: info.source ?? null });
      continue;
    }
    if (ix.programId !== STAKE_PROGRAM) continue;
    const stakeAccount = String(info.stakeAccount ?? info.source ?? '');
    switch (ix.type) {
      case 'delegate':
        out.push({ ...base, kind: 'delegate', stakeAccount, voteAccount: info.voteAccount ?? null, authority: info.stakeAuthority ?? null });
        break;
      case 'deactivate':
        out.push({ ...base, kind: 'deactivate', stakeAccount, authority: info.stakeAuthority ?? null });
        break;
      case 'withdraw':
        out.push({ ...base, kind: 'withdraw', stakeAccount, amount: lamports(info.lamports ?? 0), destination: info.destination ?? null, authority: info.withdrawAuthority ?? null });
        break;
      case 'split':
        out.push({ ...base, kind: 'split', stakeAccount, amount: lamports(info.lamports ?? 0), destination: info.newSplitAccount ?? null, authority: info.stakeAuthority ?? null });
        break;
      case 'merge':
        out.push({ ...base, kind: 'merge', stakeAccount: String(info.source ?? ''), destination: info.destination ?? null, authority: info.stakeAuthority ?? null });
        break;
    }
  }
  return out;
}

function authoritiesChanged(
  instructions: FlatInstruction[],
  created: Map<string, CreatedAccount>,
  tokenBalanceOf: (address: string) => TokenBalance | undefined,
  tokenInfo: (mint: string | null | undefined) => TokenInfo,
  solDelta: (address: string) => bigint,
  lamports: (v: bigint) => Amount,
): SolanaAuthorityChange[] {
  const out: SolanaAuthorityChange[] = [];
  for (const ix of instructions) {
    const info = ix.parsedInfo;
    const inner = ix.innerIndex !== undefined;
    if (TOKEN_PROGRAMS.includes(ix.programId) && ix.type === 'setAuthority') {
      const balance = info.account ? tokenBalanceOf(String(info.account)) : undefined;
      out.push({
        instructionIndex: ix.index,
        inner,
        kind: 'setAuthority',
        account: String(info.account ?? info.mint),
        authorityType: String(info.authorityType),
        previous: info.authority ?? info.multisigAuthority ?? null,
        next: info.newAuthority ?? null,
        mint: info.mint ?? balance?.mint ?? null,
        held: balance ? toAmount(balance.uiTokenAmount.amount, balance.uiTokenAmount.decimals, tokenInfo(balance.mint).symbol) : null,
      });
    } else if (TOKEN_PROGRAMS.includes(ix.programId) && (ix.type === 'approve' || ix.type === 'approveChecked')) {
      const balance = tokenBalanceOf(String(info.source));
      const decimals = info.tokenAmount?.decimals ?? balance?.uiTokenAmount.decimals ?? 0;
      out.push({
        instructionIndex: ix.index,
        inner,
        kind: 'approve',
        account: String(info.source),
        authorityType: 'delegate',
        previous: info.owner ?? info.multisigOwner ?? null,
        next: info.delegate ?? null,
        amount: toAmount(info.tokenAmount?.amount ?? info.amount ?? '0', decimals, tokenInfo(info.mint ?? balance?.mint).symbol),
        mint: info.mint ?? balance?.mint ?? null,
      });
    } else if (TOKEN_PROGRAMS.includes(ix.programId) && ix.type === 'closeAccount') {
      // The account's SOL (its rent deposit) goes to `destination`; the closing instruction carries no amount, the balances do.
      out.push({
        instructionIndex: ix.index,
        inner,
        kind: 'closeAccount',
        account: String(info.account),
        authorityType: 'rentDestination',
        previous: info.owner ?? info.multisigOwner ?? null,
        next: info.destination ?? null,
        amount: lamports(-solDelta(String(info.account))),
        mint: tokenBalanceOf(String(info.account))?.mint ?? null,
      });
    } else if (ix.programId === SYSTEM_PROGRAM && ix.type === 'assign' && !inner && !created.has(String(info.account))) {
      // A top-level assign hands an existing account (a wallet) to a program: drainers do this.
      out.push({ instructionIndex: ix.index, inner, kind: 'assign', account: String(info.account), authorityType: 'programOwner', previous: String(info.account), next: info.owner ?? null });
    }
  }
  return out;
}

/**
 * What changed hands, per owner and mint, from pre/postTokenBalances: the ground truth of
 * what was credited, whatever path (direct transfer, swap, CPI) moved it. Each receiver is
 * paired with the owner who lost most of that token, or with the mint authority for
 * freshly minted tokens.
 */
function transfersFromBalances(changes: TokenBalanceChange[], instructions: FlatInstruction[], tokenInfo: (mint: string) => TokenInfo): TokenTransfer[] {
  const net = new Map<string, Map<string, bigint>>();
  const decimalsOf = new Map<string, number>();
  for (const c of changes) {
    const holder = c.owner ?? c.tokenAccount;
    const perMint = net.get(c.mint) ?? new Map<string, bigint>();
    perMint.set(holder, (perMint.get(holder) ?? 0n) + BigInt(c.change.raw));
    net.set(c.mint, perMint);
    decimalsOf.set(c.mint, c.decimals);
  }
  const minters = new Map<string, string>();
  for (const ix of instructions) {
    if (TOKEN_PROGRAMS.includes(ix.programId) && (ix.type === 'mintTo' || ix.type === 'mintToChecked') && ix.parsedInfo.mint) {
      minters.set(String(ix.parsedInfo.mint), String(ix.parsedInfo.mintAuthority ?? ix.parsedInfo.multisigMintAuthority ?? ''));
    }
  }
  const out: TokenTransfer[] = [];
  for (const [mint, perOwner] of net) {
    const senders = [...perOwner].filter(([, d]) => d < 0n).sort((a, b) => (a[1] < b[1] ? -1 : 1));
    const info = tokenInfo(mint);
    const decimals = decimalsOf.get(mint)!;
    for (const [owner, delta] of perOwner) {
      if (delta <= 0n) continue;
      out.push({
        token: mint,
        symbol: info.symbol,
        name: info.name,
        decimals,
        from: senders[0]?.[0] ?? minters.get(mint) ?? '',
        to: owner,
        amount: toAmount(delta, decimals, info.symbol),
        wellKnown: info.wellKnown,
        ...(info.impersonates ? { impersonates: info.impersonates } : {}),
      });
    }
  }
  return out;
}

function failureOf(error: SolanaError): Failure {
  const decoded: DecodedError = error.known
    ? { type: 'custom', name: error.name, signature: error.display, args: [], meaning: error.meaning }
    : { type: 'unknown', data: error.display };
  return {
    kind: error.scope === 'instruction' ? 'instruction_error' : 'unknown',
    decoded,
    ...(error.instructionIndex !== undefined ? { instructionIndex: error.instructionIndex } : {}),
    raw: error.raw,
  };
}
