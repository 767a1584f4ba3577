import { checksumAddress as getAddress } from './checksum.ts';
import type { DecodedError } from '../types.ts';
import { decodeRevertData } from './decode-revert.ts';

/** The inner call that made a transaction fail, read from a `debug_traceTransaction` answer. */
export interface InnerCallFailure {
  to: string;
  /** 1 = called by the transaction's target contract. */
  depth: number;
  outOfGas: boolean;
  decoded?: DecodedError;
}

/** geth's `callTracer` frame (also served by erigon, reth, nethermind and most providers). */
interface CallFrame {
  type?: string;
  to?: string;
  error?: string;
  output?: string;
  calls?: CallFrame[];
}

/** The default struct logger (what hardhat serves: it supports no other tracer). */
interface StructLog {
  depth: number;
  op: string;
  gas: number;
  gasCost: number;
  stack?: string[];
  memory?: string[];
}

const CALLS = new Set(['CALL', 'CALLCODE', 'DELEGATECALL', 'STATICCALL']);
const NORMAL_END = new Set(['RETURN', 'STOP', 'SELFDESTRUCT', 'REVERT']);

/**
 * The first inner call that failed, from either trace shape; undefined when the trace
 * shows none (the target itself failed) or is not a shape we know. Pure.
 */
export function failingInnerCall(trace: unknown): InnerCallFailure | undefined {
  if (!trace || typeof trace !== 'object') return undefined;
  const t = trace as { structLogs?: StructLog[]; calls?: CallFrame[] };
  if (Array.isArray(t.structLogs)) return fromStructLogs(t.structLogs);
  if ('type' in t) return fromCallFrames(t.calls ?? [], 1);
  return undefined;
}

function fromCallFrames(calls: CallFrame[], depth: number): InnerCallFailure | undefined {
  for (const c of calls) {
    if (!c.error) continue;
    // The deepest failure is the cause; its callers only passed it on.
    const deeper = fromCallFrames(c.calls ?? [], depth + 1);
    if (deeper) return deeper;
    if (!c.to) return undefined;
    const outOfGas = /out of gas/i.test(c.error);
    return { to: getAddress(c.to), depth, outOfGas, decoded: outOfGas ? undefined : decodeRevertData(c.output) };
  }
  return undefined;
}

function fromStructLogs(logs: StructLog[]): InnerCallFailure | undefined {
  const frames: { to: string; depth: number }[] = [];
  for (let i = 0; i < logs.length; i++) {
    const step = logs[i];
    const next = logs[i + 1];
    if (CALLS.has(step.op) && next && next.depth === step.depth + 1 && step.stack && step.stack.length >= 2) {
      frames.push({ to: wordToAddress(step.stack[step.stack.length - 2]), depth: step.depth });
      continue;
    }
    // Leaving an inner frame: how its last step ended says whether it failed.
    if (frames.length > 0 && (!next || next.depth < step.depth) && step.depth > 1) {
      const frame = frames.pop()!;
      if (step.op === 'RETURN' || step.op === 'STOP' || step.op === 'SELFDESTRUCT') continue;
      if (step.op === 'REVERT') return { to: frame.to, depth: frame.depth, outOfGas: false, decoded: decodeRevertData(revertData(step)) };
      // Any other last step is an exceptional halt; out of gas when the step could not be
      // paid (nodes report the cost capped at the gas left, so "equal" counts too).
      return { to: frame.to, depth: frame.depth, outOfGas: !NORMAL_END.has(step.op) && step.op !== 'INVALID' && step.gas <= step.gasCost };
    }
  }
  return undefined;
}

function revertData(step: StructLog): string | undefined {
  if (!step.stack || !step.memory || step.stack.length < 2) return undefined;
  const offset = Number(BigInt(`0x${strip(step.stack[step.stack.length - 1])}`));
  const size = Number(BigInt(`0x${strip(step.stack[step.stack.length - 2])}`));
  if (size === 0 || size > 4096) return size === 0 ? '0x' : undefined;
  const memory = step.memory.map(strip).join('');
  return `0x${memory.slice(offset * 2, (offset + size) * 2)}`;
}

function strip(word: string): string {
  return word.replace(/^0x/, '') || '0';
}

function wordToAddress(word: string): string {
  return getAddress(`0x${strip(word).padStart(64, '0').slice(-40)}`);
}
