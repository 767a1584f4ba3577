import type { Failure } from '../types.ts';

/**
 * TRON contract results (`ret[0].contractRet` of a transaction, `receipt.result` of its
 * info) as a table: which failure kind each one is and what it means in words.
 * Source: protocol `Transaction.Result.contractResult` in Tron.proto
 * (https://github.com/tronprotocol/protocol/blob/master/core/Tron.proto), and the TVM
 * exception messages in java-tron `Program.java` (resMessage texts).
 */
export interface ContractResultSpec {
  kind: Failure['kind'] | 'success';
  meaning: string;
}

export const contractResults: Record<string, ContractResultSpec> = {
  SUCCESS: { kind: 'success', meaning: 'executed successfully' },
  DEFAULT: { kind: 'success', meaning: 'no contract result (system contract)' },
  REVERT: { kind: 'revert', meaning: 'the contract rejected the call (REVERT opcode)' },
  OUT_OF_ENERGY: { kind: 'out_of_energy', meaning: 'ran out of energy before finishing; the TRX burned for energy is not refunded' },
  OUT_OF_TIME: { kind: 'out_of_time', meaning: 'exceeded the TVM execution time limit; all energy up to the fee limit is charged' },
  BAD_JUMP_DESTINATION: { kind: 'unknown', meaning: 'the contract jumped to an invalid code location' },
  OUT_OF_MEMORY: { kind: 'unknown', meaning: 'the contract used too much memory' },
  PRECOMPILED_CONTRACT: { kind: 'unknown', meaning: 'a precompiled contract call failed' },
  STACK_TOO_SMALL: { kind: 'unknown', meaning: 'TVM stack underflow' },
  STACK_TOO_LARGE: { kind: 'unknown', meaning: 'TVM stack overflow' },
  ILLEGAL_OPERATION: { kind: 'unknown', meaning: 'the contract executed an invalid instruction (e.g. a failed assert)' },
  STACK_OVERFLOW: { kind: 'unknown', meaning: 'TVM stack overflow' },
  JVM_STACK_OVER_FLOW: { kind: 'unknown', meaning: 'call depth too large' },
  UNKNOWN: { kind: 'unknown', meaning: 'the node reports an unknown execution error' },
  TRANSFER_FAILED: { kind: 'unknown', meaning: 'a TRX/TRC-10 transfer inside the contract call failed' },
  INVALID_CODE: { kind: 'unknown', meaning: 'invalid contract code' },
};

export function contractResultSpec(result: string | null | undefined): ContractResultSpec {
  if (!result) return contractResults.SUCCESS;
  return contractResults[result] ?? { kind: 'unknown', meaning: `unrecognised contract result ${result}` };
}

/** `resMessage` is hex-encoded UTF-8 on the wire ("4e6f7420656e6f756768…" → "Not enough…"). */
export function decodeResMessage(hex: string | undefined): string | null {
  if (!hex) return null;
  if (!/^([0-9a-fA-F]{2})+$/.test(hex)) return hex;
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(Buffer.from(hex, 'hex'));
  } catch {
    return hex;
  }
}
