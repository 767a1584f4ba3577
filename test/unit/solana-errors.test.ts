import { describe, expect, it } from 'vitest';
import { decodeSolanaError, instructionErrors, programErrors, transactionErrors, type ErrorContext } from '../../chains/solana/errors.ts';
import {
  ASSOCIATED_TOKEN_PROGRAM,
  JUPITER_V6_PROGRAM,
  ORCA_WHIRLPOOL_PROGRAM,
  PUMP_FUN_PROGRAM,
  RAYDIUM_AMM_V4_PROGRAM,
  SYSTEM_PROGRAM,
  TOKEN_2022_PROGRAM,
  TOKEN_PROGRAM,
} from '../../chains/solana/programs.ts';

const UNKNOWN_PROGRAM = 'Fg6PaFpoGXkYsidMpWTK6W2BeZ7FEfcYkg476zPFsLnS';
const ctx = (...programs: string[]): ErrorContext => ({
  programIdOf: (i) => programs[i],
  accountAt: (i) => ['payer', 'recipient', 'other'][i],
});

describe('decodeSolanaError', () => {
  it('success is null', () => {
    expect(decodeSolanaError(null, ctx())).toBeNull();
    expect(decodeSolanaError(undefined, ctx())).toBeNull();
  });

  it('transaction-level unit variants', () => {
    expect(decodeSolanaError('BlockhashNotFound', ctx())).toMatchObject({ scope: 'transaction', name: 'BlockhashNotFound', category: 'expired', known: true, display: 'BlockhashNotFound', raw: '"BlockhashNotFound"' });
    expect(decodeSolanaError('InsufficientFundsForFee', ctx())).toMatchObject({ category: 'insufficient_funds', known: true });
    expect(decodeSolanaError('AccountNotFound', ctx())).toMatchObject({ scope: 'transaction', known: true });
  });

  it('transaction-level variants with data name the account', () => {
    expect(decodeSolanaError({ InsufficientFundsForRent: { account_index: 1 } }, ctx())).toMatchObject({
      scope: 'transaction',
      name: 'InsufficientFundsForRent',
      category: 'rent',
      accountIndex: 1,
      account: 'recipient',
      raw: '{"InsufficientFundsForRent":{"account_index":1}}',
    });
    expect(decodeSolanaError({ DuplicateInstruction: 2 }, ctx())).toMatchObject({ name: 'DuplicateInstruction', known: true });
  });

  it('InstructionError with a built-in variant names the instruction and its program', () => {
    expect(decodeSolanaError({ InstructionError: [0, 'InvalidAccountData'] }, ctx(TOKEN_PROGRAM))).toMatchObject({
      scope: 'instruction',
      instructionIndex: 0,
      programId: TOKEN_PROGRAM,
      programName: 'SPL Token',
      name: 'InvalidAccountData',
      category: 'account',
      known: true,
    });
    expect(decodeSolanaError({ InstructionError: [1, 'ComputationalBudgetExceeded'] }, ctx(SYSTEM_PROGRAM, JUPITER_V6_PROGRAM))).toMatchObject({ category: 'compute', programName: 'Jupiter Aggregator v6' });
  });

  it('built-in variants that carry data ({"BorshIoError": …})', () => {
    expect(decodeSolanaError({ InstructionError: [0, { BorshIoError: 'Unknown' }] }, ctx(UNKNOWN_PROGRAM))).toMatchObject({ name: 'BorshIoError', known: true, programName: undefined });
  });

  it('SPL Token custom codes', () => {
    const d = (code: number, program = TOKEN_PROGRAM) => decodeSolanaError({ InstructionError: [0, { Custom: code }] }, ctx(program));
    expect(d(0)).toMatchObject({ name: 'NotRentExempt', category: 'rent' });
    expect(d(1)).toMatchObject({ name: 'InsufficientFunds', category: 'insufficient_funds', customCode: 1, display: 'custom program error: 0x1' });
    expect(d(3)).toMatchObject({ name: 'MintMismatch' });
    expect(d(4)).toMatchObject({ name: 'OwnerMismatch', category: 'authority' });
    expect(d(17)).toMatchObject({ name: 'AccountFrozen', category: 'frozen', display: 'custom program error: 0x11' });
    expect(d(1, TOKEN_2022_PROGRAM)).toMatchObject({ name: 'InsufficientFunds', programName: 'SPL Token-2022' });
  });

  it('System program custom codes: "insufficient lamports" is Custom(1)', () => {
    expect(decodeSolanaError({ InstructionError: [0, { Custom: 1 }] }, ctx(SYSTEM_PROGRAM))).toMatchObject({ name: 'ResultWithNegativeLamports', category: 'insufficient_funds' });
    expect(decodeSolanaError({ InstructionError: [0, { Custom: 0 }] }, ctx(SYSTEM_PROGRAM))).toMatchObject({ name: 'AccountAlreadyInUse' });
  });

  it('the same code means different things in different programs', () => {
    const at = (program: string) => decodeSolanaError({ InstructionError: [0, { Custom: 0 }] }, ctx(program))!.name;
    expect([at(TOKEN_PROGRAM), at(SYSTEM_PROGRAM), at(ASSOCIATED_TOKEN_PROGRAM)]).toEqual(['NotRentExempt', 'AccountAlreadyInUse', 'InvalidOwner']);
  });

  it('swap programs: slippage', () => {
    const d = (program: string, code: number) => decodeSolanaError({ InstructionError: [3, { Custom: code }] }, ctx(SYSTEM_PROGRAM, SYSTEM_PROGRAM, SYSTEM_PROGRAM, program));
    expect(d(JUPITER_V6_PROGRAM, 0x1771)).toMatchObject({ name: 'SlippageToleranceExceeded', customCode: 6001, display: 'custom program error: 0x1771', category: 'slippage', instructionIndex: 3 });
    expect(d(RAYDIUM_AMM_V4_PROGRAM, 30)).toMatchObject({ name: 'ExceededSlippage', display: 'custom program error: 0x1e', category: 'slippage' });
    expect(d(ORCA_WHIRLPOOL_PROGRAM, 0x1794)).toMatchObject({ name: 'AmountOutBelowMinimum', category: 'slippage' });
    expect(d(PUMP_FUN_PROGRAM, 6003)).toMatchObject({ name: 'TooLittleSolReceived', category: 'slippage' });
  });

  it('Anchor framework codes apply to Anchor programs only', () => {
    expect(decodeSolanaError({ InstructionError: [0, { Custom: 3012 }] }, ctx(JUPITER_V6_PROGRAM))).toMatchObject({ name: 'AccountNotInitialized', known: true });
    expect(decodeSolanaError({ InstructionError: [0, { Custom: 3012 }] }, ctx(RAYDIUM_AMM_V4_PROGRAM))).toMatchObject({ name: 'Custom', known: false });
  });

  it('unknown codes and programs decode to "Custom", never throw', () => {
    expect(decodeSolanaError({ InstructionError: [0, { Custom: 6001 }] }, ctx(UNKNOWN_PROGRAM))).toMatchObject({
      name: 'Custom',
      known: false,
      customCode: 6001,
      display: 'custom program error: 0x1771',
      programId: UNKNOWN_PROGRAM,
      programName: undefined,
      category: 'other',
    });
    expect(decodeSolanaError({ InstructionError: [9, { Custom: 2 }] }, ctx())).toMatchObject({ instructionIndex: 9, programId: undefined, known: false });
    expect(decodeSolanaError({ InstructionError: [0, 'SomeFutureVariant'] }, ctx(TOKEN_PROGRAM))).toMatchObject({ name: 'SomeFutureVariant', known: false });
    expect(decodeSolanaError({ SomeFutureTxError: { x: 1 } }, ctx())).toMatchObject({ scope: 'transaction', name: 'SomeFutureTxError', known: false });
  });
});

describe('error tables', () => {
  it('every entry has a meaning and a category', () => {
    const all = [...Object.values(transactionErrors), ...Object.values(instructionErrors), ...Object.values(programErrors).flatMap((t) => Object.values(t))];
    for (const entry of all) {
      expect(entry.meaning.length).toBeGreaterThan(5);
      expect(entry.category).toBeTruthy();
    }
  });

  it('covers the variants the brief names', () => {
    for (const v of ['InsufficientFunds', 'InvalidAccountData', 'ComputationalBudgetExceeded', 'MissingRequiredSignature', 'InvalidArgument']) expect(instructionErrors[v]).toBeDefined();
    // Custom(n) is decoded through the program tables, never as a named variant.
    expect(instructionErrors.Custom).toBeUndefined();
    for (const v of ['BlockhashNotFound', 'InsufficientFundsForFee', 'InsufficientFundsForRent', 'AccountNotFound', 'AlreadyProcessed']) expect(transactionErrors[v]).toBeDefined();
  });
});
