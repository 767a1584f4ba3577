import { PublicKey, type ParsedInnerInstruction, type ParsedInstruction, type ParsedTransactionWithMeta, type PartiallyDecodedInstruction, type SignatureStatus, type TokenBalance, type TransactionError } from '@solana/web3.js';

/**
 * The answers of a signature lookup (getTransaction with encoding jsonParsed,
 * getSignatureStatuses, getMultipleAccounts for token metadata) and of an address's
 * history (getSignaturesForAddress), checked and shaped as
 * web3.js's `Connection` returns them. web3.js validates every field of these answers with
 * superstruct, which cost more CPU than the rest of an investigation; this checks exactly
 * the fields the facts read, and builds only those. Anything else in the answer is not
 * carried over.
 *
 * Throws `MalformedAnswer` (with the path of the first bad field) instead of guessing:
 * a malformed answer must stay an error, never read as "not found".
 */
export class MalformedAnswer extends Error {
  override name = 'MalformedAnswer';
}

type Json = Record<string, unknown>;

function fail(path: string, expected: string): never {
  throw new MalformedAnswer(`${path} is not ${expected}`);
}

function object(value: unknown, path: string): Json {
  return value !== null && typeof value === 'object' && !Array.isArray(value) ? (value as Json) : fail(path, 'an object');
}

function array(value: unknown, path: string): unknown[] {
  return Array.isArray(value) ? value : fail(path, 'a list');
}

function number(value: unknown, path: string): number {
  return typeof value === 'number' ? value : fail(path, 'a number');
}

function string(value: unknown, path: string): string {
  return typeof value === 'string' ? value : fail(path, 'a string');
}

function boolean(value: unknown, path: string): boolean {
  return typeof value === 'boolean' ? value : fail(path, 'a boolean');
}

function numbers(value: unknown, path: string): number[] {
  const list = array(value, path);
  for (let i = 0; i < list.length; i++) number(list[i], `${path}[${i}]`);
  return list as number[];
}

/** A transaction error as the node writes it: null, a bare variant name, or {Variant: details}. */
function transactionError(value: unknown, path: string): TransactionError | null {
  if (value === null || typeof value === 'string') return value as TransactionError | null;
  return object(value, path);
}

/**
 * A key read from an answer. Base58 is one-to-one, so the text it was read from is its
 * base58 form: the facts ask every key for it, and re-encoding cost more than decoding.
 */
class AnswerKey extends PublicKey {
  constructor(private readonly text: string) {
    super(text);
  }

  override toBase58(): string {
    return this.text;
  }
}

function publicKey(value: unknown, path: string): PublicKey {
  const text = string(value, path);
  try {
    return new AnswerKey(text);
  } catch {
    return fail(path, 'a base58 public key');
  }
}

/** The transaction's account keys by their text: instructions name accounts of the transaction, so their keys are decoded once. */
type Keys = Map<string, PublicKey>;

function keyOf(value: unknown, path: string, keys: Keys): PublicKey {
  return keys.get(string(value, path)) ?? publicKey(value, path);
}

function instruction(value: unknown, path: string, keys: Keys): ParsedInstruction | PartiallyDecodedInstruction {
  const ix = object(value, path);
  const programId = keyOf(ix.programId, `${path}.programId`, keys);
  if ('accounts' in ix) {
    const accounts = array(ix.accounts, `${path}.accounts`).map((a, i) => keyOf(a, `${path}.accounts[${i}]`, keys));
    return { programId, accounts, data: string(ix.data, `${path}.data`) };
  }
  if (!('parsed' in ix)) fail(path, 'a parsed or a raw instruction');
  return { programId, program: string(ix.program, `${path}.program`), parsed: ix.parsed };
}

function tokenBalances(value: unknown, path: string): TokenBalance[] | null | undefined {
  if (value === undefined || value === null) return value;
  return array(value, path).map((v, i) => {
    const at = `${path}[${i}]`;
    const b = object(v, at);
    const amount = object(b.uiTokenAmount, `${at}.uiTokenAmount`);
    const uiAmount = amount.uiAmount === null ? null : number(amount.uiAmount, `${at}.uiTokenAmount.uiAmount`);
    return {
      accountIndex: number(b.accountIndex, `${at}.accountIndex`),
      mint: string(b.mint, `${at}.mint`),
      ...(b.owner !== undefined ? { owner: string(b.owner, `${at}.owner`) } : {}),
      ...(b.programId !== undefined ? { programId: string(b.programId, `${at}.programId`) } : {}),
      uiTokenAmount: {
        amount: string(amount.amount, `${at}.uiTokenAmount.amount`),
        decimals: number(amount.decimals, `${at}.uiTokenAmount.decimals`),
        uiAmount,
        ...(amount.uiAmountString !== undefined ? { uiAmountString: string(amount.uiAmountString, `${at}.uiTokenAmount.uiAmountString`) } : {}),
      },
    };
  });
}

function innerInstructions(value: unknown, path: string, keys: Keys): ParsedInnerInstruction[] | null | undefined {
  if (value === undefined || value === null) return value;
  return array(value, path).map((v, i) => {
    const group = object(v, `${path}[${i}]`);
    return {
      index: number(group.index, `${path}[${i}].index`),
      instructions: array(group.instructions, `${path}[${i}].instructions`).map((ix, j) => instruction(ix, `${path}[${i}].instructions[${j}]`, keys)),
    };
  });
}

const VERSIONS = new Set<unknown>(['legacy', 0, 1]);

/** getTransaction's result (encoding jsonParsed): null when the node does not serve the transaction. */
export function parsedTransaction(value: unknown): ParsedTransactionWithMeta | null {
  if (value === null) return null;
  const tx = object(value, 'the transaction');
  const transaction = object(tx.transaction, 'transaction');
  const message = object(transaction.message, 'transaction.message');
  const signatures = array(transaction.signatures, 'transaction.signatures');
  signatures.forEach((s, i) => string(s, `transaction.signatures[${i}]`));
  const accountKeys = array(message.accountKeys, 'transaction.message.accountKeys').map((k, i) => {
    const key = object(k, `transaction.message.accountKeys[${i}]`);
    return {
      pubkey: publicKey(key.pubkey, `transaction.message.accountKeys[${i}].pubkey`),
      signer: boolean(key.signer, `transaction.message.accountKeys[${i}].signer`),
      writable: boolean(key.writable, `transaction.message.accountKeys[${i}].writable`),
      ...(key.source === 'transaction' || key.source === 'lookupTable' ? { source: key.source as 'transaction' | 'lookupTable' } : {}),
    };
  });
  const keys: Keys = new Map(accountKeys.map((k, i) => [(message.accountKeys as Json[])[i].pubkey as string, k.pubkey]));
  const instructions = array(message.instructions, 'transaction.message.instructions').map((ix, i) => instruction(ix, `transaction.message.instructions[${i}]`, keys));
  if (tx.version !== undefined && !VERSIONS.has(tx.version)) fail('version', '"legacy", 0 or 1');
  if (tx.blockTime !== undefined && tx.blockTime !== null) number(tx.blockTime, 'blockTime');
  const meta = tx.meta === null ? null : object(tx.meta, 'meta');
  return {
    slot: number(tx.slot, 'slot'),
    blockTime: tx.blockTime as number | null | undefined,
    ...(tx.version !== undefined ? { version: tx.version as ParsedTransactionWithMeta['version'] } : {}),
    transaction: {
      signatures: signatures as string[],
      message: { accountKeys, instructions, recentBlockhash: string(message.recentBlockhash, 'transaction.message.recentBlockhash') },
    },
    meta: meta && {
      err: transactionError(meta.err, 'meta.err'),
      fee: number(meta.fee, 'meta.fee'),
      preBalances: numbers(meta.preBalances, 'meta.preBalances'),
      postBalances: numbers(meta.postBalances, 'meta.postBalances'),
      preTokenBalances: tokenBalances(meta.preTokenBalances, 'meta.preTokenBalances'),
      postTokenBalances: tokenBalances(meta.postTokenBalances, 'meta.postTokenBalances'),
      innerInstructions: innerInstructions(meta.innerInstructions, 'meta.innerInstructions', keys),
      ...(meta.computeUnitsConsumed !== undefined ? { computeUnitsConsumed: number(meta.computeUnitsConsumed, 'meta.computeUnitsConsumed') } : {}),
    },
  };
}

const CONFIRMATION_STATUSES = new Set<unknown>(['processed', 'confirmed', 'finalized']);

/** getSignatureStatuses' result for one signature: the node's slot, and the status (null: never seen). */
export function signatureStatus(value: unknown): { contextSlot: number; status: SignatureStatus | null } {
  const answer = object(value, 'the status answer');
  const contextSlot = number(object(answer.context, 'context').slot, 'context.slot');
  const first = array(answer.value, 'value')[0] ?? null;
  if (first === null) return { contextSlot, status: null };
  const s = object(first, 'value[0]');
  if (s.confirmationStatus !== undefined && !CONFIRMATION_STATUSES.has(s.confirmationStatus)) fail('value[0].confirmationStatus', 'processed, confirmed or finalized');
  return {
    contextSlot,
    status: {
      slot: number(s.slot, 'value[0].slot'),
      confirmations: s.confirmations === null ? null : number(s.confirmations, 'value[0].confirmations'),
      err: transactionError(s.err, 'value[0].err'),
      ...(s.confirmationStatus !== undefined ? { confirmationStatus: s.confirmationStatus as SignatureStatus['confirmationStatus'] } : {}),
    },
  };
}

/** getMultipleAccounts' result (encoding base64): each account's data, null for an account that does not exist. */
export function accountsData(value: unknown): (Buffer | null)[] {
  const answer = object(value, 'the accounts answer');
  return array(answer.value, 'value').map((v, i) => {
    if (v === null) return null;
    const data = array(object(v, `value[${i}]`).data, `value[${i}].data`);
    if (data[1] !== 'base64') fail(`value[${i}].data`, 'base64');
    return Buffer.from(string(data[0], `value[${i}].data[0]`), 'base64');
  });
}

/** getSignaturesForAddress' result: the address's signatures, newest first, with how final each is. */
export function signatureEntries(value: unknown): { signature: string; slot: number; err: TransactionError | null; blockTime?: number | null; confirmationStatus?: string | null }[] {
  return array(value, 'the signatures answer').map((v, i) => {
    const e = object(v, `[${i}]`);
    if (e.blockTime !== undefined && e.blockTime !== null) number(e.blockTime, `[${i}].blockTime`);
    if (e.confirmationStatus !== undefined && e.confirmationStatus !== null) string(e.confirmationStatus, `[${i}].confirmationStatus`);
    return {
      signature: string(e.signature, `[${i}].signature`),
      slot: number(e.slot, `[${i}].slot`),
      err: transactionError(e.err, `[${i}].err`),
      ...(e.blockTime !== undefined ? { blockTime: e.blockTime as number | null } : {}),
      ...(e.confirmationStatus !== undefined ? { confirmationStatus: e.confirmationStatus as string | null } : {}),
    };
  });
}
