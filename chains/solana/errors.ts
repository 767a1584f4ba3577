/**
 * Solana transaction errors as data, and one pure function that reads `meta.err`.
 *
 * `meta.err` (the same value getSignatureStatuses reports) is the only source of truth
 * for failure: programs log freely ("insufficient …") in transactions that succeed, so
 * logs are never read as failure.
 *
 * Wire forms of `meta.err` (serde's externally tagged enums):
 *   "BlockhashNotFound"
 *   {"InsufficientFundsForRent":{"account_index":1}}     {"DuplicateInstruction":0}
 *   {"InstructionError":[2,"InvalidAccountData"]}         {"InstructionError":[1,{"Custom":6001}]}
 *   {"InstructionError":[0,{"BorshIoError":"…"}]}
 *
 * Sources: anza-xyz/solana-sdk transaction-error/src/lib.rs and instruction-error/src/lib.rs
 * (variants and their Display text); solana-program/token interface/src/error.rs (SPL Token
 * codes 0–19, shared by Token-2022); solana-program/system interface/src/error.rs;
 * solana-program/associated-token-account (InvalidOwner = 0); Jupiter v6 IDL
 * (debridge-finance/solana-tx-parser-public tests/idl/jupiter_v6.ts); raydium-io/raydium-amm
 * program/src/error.rs; orca-so/whirlpools programs/whirlpool/src/errors.rs; Pump.fun IDL
 * errors; coral-xyz/anchor lang/src/error.rs (framework codes). The Solana Explorer's
 * app/utils/program-err.ts keeps the same habit: tables, then a lookup.
 */
import {
  ASSOCIATED_TOKEN_PROGRAM,
  JUPITER_V6_PROGRAM,
  knownPrograms,
  ORCA_WHIRLPOOL_PROGRAM,
  PUMP_FUN_PROGRAM,
  RAYDIUM_AMM_V4_PROGRAM,
  SYSTEM_PROGRAM,
  TOKEN_2022_PROGRAM,
  TOKEN_PROGRAM,
} from './programs.ts';

/** What kind of trouble an error is, so rules can explain it without knowing every name. */
export type SolanaErrorCategory =
  | 'insufficient_funds'
  | 'rent'
  | 'slippage'
  | 'expired'
  | 'frozen'
  | 'authority'
  | 'account'
  | 'compute'
  | 'other';

export interface ErrorEntry {
  meaning: string;
  category: SolanaErrorCategory;
}

export interface SolanaError {
  /** 'transaction': the runtime refused the transaction as a whole; 'instruction': one instruction failed. */
  scope: 'transaction' | 'instruction';
  /** Variant or program error name: "InsufficientFundsForRent", "InvalidAccountData", "SlippageToleranceExceeded"; "Custom" when the code is not in our tables. */
  name: string;
  meaning: string;
  category: SolanaErrorCategory;
  /** The error is in our tables (false: an unknown custom code or a variant newer than this table). */
  known: boolean;
  instructionIndex?: number;
  /** Program of the failing instruction. */
  programId?: string;
  programName?: string;
  /** Custom(n) code, for program errors. */
  customCode?: number;
  /** Account index named by the error (InsufficientFundsForRent, ProgramExecutionTemporarilyRestricted). */
  accountIndex?: number;
  account?: string;
  /** What explorers and wallets print: "custom program error: 0x1771", "Blockhash not found". */
  display: string;
  /** `meta.err` exactly as the node sent it (JSON). */
  raw: string;
}

const e = (category: SolanaErrorCategory, meaning: string): ErrorEntry => ({ category, meaning });

/** TransactionError variants (the runtime refused or rolled back the whole transaction). */
export const transactionErrors: Readonly<Record<string, ErrorEntry>> = {
  AccountInUse: e('other', 'an account was locked by another transaction being processed at the same time'),
  AccountLoadedTwice: e('other', 'the transaction lists the same account twice'),
  AccountNotFound: e('insufficient_funds', 'the fee payer account does not exist (it has never held SOL)'),
  ProgramAccountNotFound: e('account', 'the transaction calls a program that does not exist'),
  InsufficientFundsForFee: e('insufficient_funds', 'the fee payer does not hold enough SOL to pay the network fee'),
  InvalidAccountForFee: e('account', 'this account cannot pay transaction fees'),
  AlreadyProcessed: e('other', 'this transaction was already processed'),
  BlockhashNotFound: e('expired', 'the transaction was signed with a blockhash that is too old or unknown; it expired before it could be processed'),
  CallChainTooDeep: e('compute', 'the program call chain is too deep'),
  MissingSignatureForFee: e('authority', 'the transaction has no signature to pay its fee'),
  InvalidAccountIndex: e('other', 'the transaction refers to an account index that does not exist'),
  SignatureFailure: e('authority', 'a signature on the transaction is invalid'),
  InvalidProgramForExecution: e('account', 'this program cannot be executed'),
  SanitizeFailure: e('other', 'the transaction is malformed'),
  ClusterMaintenance: e('other', 'transactions were disabled for cluster maintenance'),
  AccountBorrowOutstanding: e('other', 'processing left an account borrowed'),
  WouldExceedMaxBlockCostLimit: e('compute', 'the block was full'),
  UnsupportedVersion: e('other', 'the transaction format version is not supported'),
  InvalidWritableAccount: e('account', 'the transaction writes to an account that cannot be written'),
  WouldExceedMaxAccountCostLimit: e('compute', 'an account it uses was too busy in this block'),
  WouldExceedAccountDataBlockLimit: e('compute', 'the block ran out of room for new account data'),
  TooManyAccountLocks: e('other', 'the transaction uses too many accounts'),
  AddressLookupTableNotFound: e('account', 'an address lookup table it uses does not exist'),
  InvalidAddressLookupTableOwner: e('account', 'an address lookup table it uses is not a lookup table'),
  InvalidAddressLookupTableData: e('account', 'an address lookup table it uses holds invalid data'),
  InvalidAddressLookupTableIndex: e('account', 'the transaction uses an index missing from its address lookup table'),
  InvalidRentPayingAccount: e('rent', 'the transaction would leave an account below the rent-exempt minimum'),
  WouldExceedMaxVoteCostLimit: e('compute', 'the block had no room for more votes'),
  WouldExceedAccountDataTotalLimit: e('compute', 'the cluster-wide account data limit was reached'),
  DuplicateInstruction: e('other', 'the transaction repeats an instruction that may appear only once'),
  InsufficientFundsForRent: e('rent', 'an account would be left with less SOL than the rent-exempt minimum (about 0.00089 SOL for a wallet); sending less than that to a new address fails'),
  MaxLoadedAccountsDataSizeExceeded: e('compute', 'the accounts it loads exceed the data size it asked for'),
  InvalidLoadedAccountsDataSizeLimit: e('other', 'the transaction set an invalid loaded-data limit'),
  ResanitizationNeeded: e('other', 'the transaction had to be re-checked after a feature activation'),
  ProgramExecutionTemporarilyRestricted: e('other', 'the program it calls is temporarily restricted'),
  UnbalancedTransaction: e('other', 'balances before and after the transaction do not add up'),
  ProgramCacheHitMaxLimit: e('compute', 'the program cache was full'),
  CommitCancelled: e('other', 'the validator cancelled committing the transaction'),
};

/** InstructionError built-in variants (the runtime or a program returned a standard ProgramError). */
export const instructionErrors: Readonly<Record<string, ErrorEntry>> = {
  GenericError: e('other', 'generic instruction error'),
  InvalidArgument: e('other', 'the program received an invalid argument'),
  InvalidInstructionData: e('other', 'the instruction data is invalid for this program'),
  InvalidAccountData: e('account', 'an account holds data the program does not expect (for example a wallet address where a token account was needed)'),
  AccountDataTooSmall: e('account', 'an account is too small for what the instruction writes'),
  InsufficientFunds: e('insufficient_funds', 'an account does not hold enough to complete the instruction'),
  IncorrectProgramId: e('account', 'an account belongs to a different program than expected'),
  MissingRequiredSignature: e('authority', 'a required signature is missing'),
  AccountAlreadyInitialized: e('account', 'the account already exists / is already initialized'),
  UninitializedAccount: e('account', 'the account has not been created or initialized'),
  UnbalancedInstruction: e('other', 'balances before and after the instruction do not add up'),
  ModifiedProgramId: e('other', 'the instruction illegally changed an account\'s owner program'),
  ExternalAccountLamportSpend: e('authority', 'the instruction spent SOL from an account it does not own'),
  ExternalAccountDataModified: e('authority', 'the instruction changed data of an account it does not own'),
  ReadonlyLamportChange: e('other', 'the instruction changed the balance of a read-only account'),
  ReadonlyDataModified: e('other', 'the instruction changed data of a read-only account'),
  DuplicateAccountIndex: e('other', 'the instruction lists an account twice'),
  ExecutableModified: e('other', 'the instruction changed an account\'s executable flag'),
  RentEpochModified: e('other', 'the instruction changed an account\'s rent epoch'),
  NotEnoughAccountKeys: e('account', 'the instruction is missing accounts'),
  AccountDataSizeChanged: e('other', 'a program other than the owner resized an account'),
  AccountNotExecutable: e('account', 'the instruction expected a program account'),
  AccountBorrowFailed: e('other', 'an account was already borrowed'),
  AccountBorrowOutstanding: e('other', 'an account was left borrowed'),
  DuplicateAccountOutOfSync: e('other', 'an account passed twice was modified differently'),
  InvalidError: e('other', 'the program returned an invalid error code'),
  ExecutableDataModified: e('other', 'the instruction changed a program account\'s data'),
  ExecutableLamportChange: e('other', 'the instruction changed a program account\'s balance'),
  ExecutableAccountNotRentExempt: e('rent', 'a program account is not rent-exempt'),
  UnsupportedProgramId: e('account', 'the program is not supported'),
  CallDepth: e('compute', 'cross-program calls went too deep'),
  MissingAccount: e('account', 'an account required by the instruction is missing'),
  ReentrancyNotAllowed: e('other', 'the program may not be re-entered'),
  MaxSeedLengthExceeded: e('other', 'an address seed is too long'),
  InvalidSeeds: e('account', 'the seeds do not derive the expected address'),
  InvalidRealloc: e('account', 'an account could not be resized'),
  ComputationalBudgetExceeded: e('compute', 'the transaction ran out of compute units before finishing'),
  PrivilegeEscalation: e('authority', 'a program passed a signer or writable account it was not given'),
  ProgramEnvironmentSetupFailure: e('other', 'the program could not be started'),
  ProgramFailedToComplete: e('compute', 'the program failed to complete (often: out of compute units)'),
  ProgramFailedToCompile: e('other', 'the program failed to compile'),
  Immutable: e('authority', 'the account is immutable'),
  IncorrectAuthority: e('authority', 'the wrong authority signed'),
  BorshIoError: e('other', 'account data could not be (de)serialized'),
  AccountNotRentExempt: e('rent', 'an account does not hold enough SOL to be rent-exempt'),
  InvalidAccountOwner: e('account', 'an account has an unexpected owner program'),
  ArithmeticOverflow: e('other', 'the program\'s arithmetic overflowed'),
  UnsupportedSysvar: e('other', 'the program used an unsupported sysvar'),
  IllegalOwner: e('account', 'the account owner is not allowed'),
  MaxAccountsDataAllocationsExceeded: e('compute', 'the transaction allocated too much account data'),
  MaxAccountsExceeded: e('other', 'too many accounts'),
  MaxInstructionTraceLengthExceeded: e('compute', 'too many instructions ran'),
  BuiltinProgramsMustConsumeComputeUnits: e('other', 'a built-in program consumed no compute units'),
  BailOut: e('other', 'the block producer bailed out'),
};

const tokenErrors: Record<number, ErrorEntry & { name: string }> = {
  0: { name: 'NotRentExempt', ...e('rent', 'the account would hold less SOL than the rent-exempt minimum') },
  1: { name: 'InsufficientFunds', ...e('insufficient_funds', 'the sending token account does not hold enough of this token') },
  2: { name: 'InvalidMint', ...e('account', 'the mint is invalid') },
  3: { name: 'MintMismatch', ...e('account', 'the token account holds a different token (mint) than the instruction names') },
  4: { name: 'OwnerMismatch', ...e('authority', 'the signer does not own the token account') },
  5: { name: 'FixedSupply', ...e('other', 'this token\'s supply is fixed; no more can be minted') },
  6: { name: 'AlreadyInUse', ...e('account', 'the account is already in use') },
  7: { name: 'InvalidNumberOfProvidedSigners', ...e('authority', 'wrong number of multisig signers provided') },
  8: { name: 'InvalidNumberOfRequiredSigners', ...e('authority', 'wrong number of required multisig signers') },
  9: { name: 'UninitializedState', ...e('account', 'the token account or mint is not initialized') },
  10: { name: 'NativeNotSupported', ...e('other', 'the instruction does not support wrapped SOL') },
  11: { name: 'NonNativeHasBalance', ...e('other', 'a token account can only be closed when its balance is zero') },
  12: { name: 'InvalidInstruction', ...e('other', 'invalid token instruction') },
  13: { name: 'InvalidState', ...e('account', 'the account is in the wrong state for this operation') },
  14: { name: 'Overflow', ...e('other', 'the amount overflowed') },
  15: { name: 'AuthorityTypeNotSupported', ...e('other', 'this account does not support that authority type') },
  16: { name: 'MintCannotFreeze', ...e('other', 'this token mint cannot freeze accounts') },
  17: { name: 'AccountFrozen', ...e('frozen', 'the token account is frozen by the token issuer; every transfer from or to it fails') },
  18: { name: 'MintDecimalsMismatch', ...e('other', 'the decimals given do not match the token\'s decimals') },
  19: { name: 'NonNativeNotSupported', ...e('other', 'the instruction only supports wrapped SOL') },
};

/** Framework errors of Anchor programs (coral-xyz/anchor lang/src/error.rs); program errors start at 6000. */
const anchorErrors: Record<number, ErrorEntry & { name: string }> = {
  100: { name: 'InstructionMissing', ...e('other', 'the instruction identifier is missing') },
  101: { name: 'InstructionFallbackNotFound', ...e('other', 'the program does not know this instruction') },
  102: { name: 'InstructionDidNotDeserialize', ...e('other', 'the program could not read the instruction') },
  2000: { name: 'ConstraintMut', ...e('account', 'an account that must be writable is not') },
  2001: { name: 'ConstraintHasOne', ...e('account', 'an account does not belong to the expected parent') },
  2002: { name: 'ConstraintSigner', ...e('authority', 'an account that must sign did not') },
  2003: { name: 'ConstraintRaw', ...e('other', 'a program constraint was violated') },
  2006: { name: 'ConstraintSeeds', ...e('account', 'an account is not at the address the program derives') },
  2012: { name: 'ConstraintAddress', ...e('account', 'an account is not the expected address') },
  2014: { name: 'ConstraintTokenMint', ...e('account', 'a token account holds the wrong token') },
  2015: { name: 'ConstraintTokenOwner', ...e('authority', 'a token account has the wrong owner') },
  3001: { name: 'AccountDiscriminatorNotFound', ...e('account', 'an account is not of the expected kind') },
  3002: { name: 'AccountDiscriminatorMismatch', ...e('account', 'an account is not of the expected kind') },
  3003: { name: 'AccountDidNotDeserialize', ...e('account', 'an account could not be read') },
  3007: { name: 'AccountOwnedByWrongProgram', ...e('account', 'an account belongs to another program than expected') },
  3010: { name: 'AccountNotSigner', ...e('authority', 'an account that must sign did not') },
  3012: { name: 'AccountNotInitialized', ...e('account', 'an account the program needs does not exist yet') },
  3014: { name: 'AccountNotAssociatedTokenAccount', ...e('account', 'a token account is not the owner\'s associated token account') },
};

/** Custom(n) codes per program. */
export const programErrors: Readonly<Record<string, Record<number, ErrorEntry & { name: string }>>> = {
  [SYSTEM_PROGRAM]: {
    0: { name: 'AccountAlreadyInUse', ...e('account', 'an account with this address already exists') },
    1: { name: 'ResultWithNegativeLamports', ...e('insufficient_funds', 'the account does not hold enough SOL for this transfer') },
    2: { name: 'InvalidProgramId', ...e('other', 'cannot assign the account to this program') },
    3: { name: 'InvalidAccountDataLength', ...e('other', 'cannot allocate account data of this length') },
    4: { name: 'MaxSeedLengthExceeded', ...e('other', 'an address seed is too long') },
    5: { name: 'AddressWithSeedMismatch', ...e('account', 'the address does not match the one derived from the seed') },
    6: { name: 'NonceNoRecentBlockhashes', ...e('other', 'advancing the nonce needs recent blockhashes') },
    7: { name: 'NonceBlockhashNotExpired', ...e('other', 'the stored nonce is still in recent blockhashes') },
    8: { name: 'NonceUnexpectedBlockhashValue', ...e('expired', 'the durable nonce was already used or advanced: this signed transaction can no longer run') },
  },
  [TOKEN_PROGRAM]: tokenErrors,
  // Token-2022 keeps SPL Token's codes 0–19 and adds extension errors after them.
  [TOKEN_2022_PROGRAM]: tokenErrors,
  [ASSOCIATED_TOKEN_PROGRAM]: {
    0: { name: 'InvalidOwner', ...e('account', 'the token account address does not belong to this owner and token') },
  },
  [JUPITER_V6_PROGRAM]: {
    6000: { name: 'EmptyRoute', ...e('other', 'the swap route is empty') },
    6001: { name: 'SlippageToleranceExceeded', ...e('slippage', 'the price moved beyond the slippage you allowed; the swap was cancelled') },
    6002: { name: 'InvalidCalculation', ...e('other', 'the swap calculation failed') },
    6003: { name: 'MissingPlatformFeeAccount', ...e('account', 'the platform fee account is missing') },
    6004: { name: 'InvalidSlippage', ...e('other', 'the slippage setting is invalid') },
    6005: { name: 'NotEnoughPercent', ...e('other', 'the route split does not add up to 100%') },
    6008: { name: 'NotEnoughAccountKeys', ...e('account', 'the swap is missing accounts') },
    6014: { name: 'IncorrectTokenProgramID', ...e('account', 'the token program is wrong for this token') },
    6016: { name: 'SwapNotSupported', ...e('other', 'this swap is not supported') },
    6017: { name: 'ExactOutAmountNotMatched', ...e('slippage', 'the exact output amount could not be met') },
    6018: { name: 'SourceAndDestinationMintCannotBeTheSame', ...e('other', 'cannot swap a token for itself') },
  },
  [RAYDIUM_AMM_V4_PROGRAM]: {
    30: { name: 'ExceededSlippage', ...e('slippage', 'the price moved beyond the slippage you allowed; the swap was cancelled') },
    40: { name: 'InsufficientFunds', ...e('insufficient_funds', 'not enough funds for the swap') },
  },
  [ORCA_WHIRLPOOL_PROGRAM]: {
    6017: { name: 'TokenMaxExceeded', ...e('slippage', 'the swap would take more tokens than the maximum you allowed') },
    6018: { name: 'TokenMinSubceeded', ...e('slippage', 'the swap would give fewer tokens than the minimum you accepted') },
    6036: { name: 'AmountOutBelowMinimum', ...e('slippage', 'the swap would give fewer tokens than the minimum you accepted (slippage)') },
    6037: { name: 'AmountInAboveMaximum', ...e('slippage', 'the swap would take more tokens than the maximum you allowed (slippage)') },
  },
  [PUMP_FUN_PROGRAM]: {
    6002: { name: 'TooMuchSolRequired', ...e('slippage', 'buying would cost more SOL than the maximum you allowed (slippage)') },
    6003: { name: 'TooLittleSolReceived', ...e('slippage', 'selling would return less SOL than the minimum you accepted (slippage)') },
    6005: { name: 'BondingCurveComplete', ...e('other', 'the token left the bonding curve; trade it on a DEX instead') },
  },
};

/** Where an account index or instruction index leads, from the transaction itself. */
export interface ErrorContext {
  programIdOf(instructionIndex: number): string | undefined;
  accountAt(accountIndex: number): string | undefined;
}

/** Decodes `meta.err`. Null when the transaction succeeded. Unknown shapes are returned as such, never thrown. */
export function decodeSolanaError(err: unknown, ctx: ErrorContext): SolanaError | null {
  if (err === null || err === undefined) return null;
  const raw = JSON.stringify(err);
  const [variant, payload] = typeof err === 'string' ? [err, undefined] : (Object.entries(err as object)[0] ?? ['Unknown', undefined]);

  if (variant === 'InstructionError' && Array.isArray(payload)) {
    return { ...decodeInstructionError(Number(payload[0]), payload[1], ctx), raw };
  }

  const entry = transactionErrors[variant];
  const accountIndex = typeof payload === 'object' && payload !== null && 'account_index' in payload ? Number((payload as { account_index: unknown }).account_index) : undefined;
  return {
    scope: 'transaction',
    name: variant,
    meaning: entry?.meaning ?? 'the runtime rejected the transaction',
    category: entry?.category ?? 'other',
    known: Boolean(entry),
    ...(accountIndex !== undefined ? { accountIndex, account: ctx.accountAt(accountIndex) } : {}),
    display: variant,
    raw,
  };
}

function decodeInstructionError(index: number, detail: unknown, ctx: ErrorContext): Omit<SolanaError, 'raw'> {
  const programId = ctx.programIdOf(index);
  const where = { scope: 'instruction' as const, instructionIndex: index, programId, programName: programId ? knownPrograms[programId]?.name : undefined };

  if (detail && typeof detail === 'object' && 'Custom' in detail) {
    const code = Number((detail as { Custom: unknown }).Custom);
    const display = `custom program error: 0x${code.toString(16)}`;
    const found = programId ? customError(programId, code) : undefined;
    if (found) return { ...where, name: found.name, meaning: found.meaning, category: found.category, known: true, customCode: code, display };
    return { ...where, name: 'Custom', meaning: `program-specific error ${code} (0x${code.toString(16)}); its meaning depends on the program`, category: 'other', known: false, customCode: code, display };
  }

  // Unit variants come as strings; variants with data (BorshIoError) as {"Name": data}.
  const name = typeof detail === 'string' ? detail : detail && typeof detail === 'object' ? (Object.keys(detail)[0] ?? 'Unknown') : 'Unknown';
  const entry = instructionErrors[name];
  return { ...where, name, meaning: entry?.meaning ?? 'the instruction failed', category: entry?.category ?? 'other', known: Boolean(entry), display: name };
}

function customError(programId: string, code: number): (ErrorEntry & { name: string }) | undefined {
  const own = programErrors[programId]?.[code];
  if (own) return own;
  return knownPrograms[programId]?.anchor && code < 6000 ? anchorErrors[code] : undefined;
}
