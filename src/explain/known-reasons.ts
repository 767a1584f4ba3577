import type { FindingParams } from '../diagnose/types.ts';

/**
 * What a revert means, whatever words the contract used: OpenZeppelin's custom errors,
 * the classic revert strings of ERC-20/BEP-20/TRC-20 tokens and routers. A known reason
 * is told in the user's language; an unknown one is only quoted, marked as the
 * contract's own words (./chain-text.ts).
 */
export type ReasonKind = 'balance' | 'allowance' | 'paused' | 'owner' | 'slippage' | 'deadline' | 'receiver' | 'sender' | 'blacklisted';

const BY_ERROR_NAME: Record<string, ReasonKind> = {
  ERC20InsufficientBalance: 'balance',
  ERC20InsufficientAllowance: 'allowance',
  InsufficientAllowance: 'allowance',
  AllowanceExpired: 'allowance',
  EnforcedPause: 'paused',
  OwnableUnauthorizedAccount: 'owner',
  V3TooLittleReceived: 'slippage',
  V2TooLittleReceived: 'slippage',
  TransactionDeadlinePassed: 'deadline',
  ERC20InvalidReceiver: 'receiver',
  ERC20InvalidSender: 'sender',
};

/** Revert strings, most specific first. */
const BY_MESSAGE: [RegExp, ReasonKind][] = [
  [/amount exceeds allowance|insufficient allowance|allowance (?:is )?(?:too low|exceeded)|TRANSFER_FROM_FAILED/i, 'allowance'],
  [/exceeds balance|insufficient (?:token )?balance|balance (?:is )?(?:too low|not enough)|not enough (?:token )?balance|transfer amount exceeds|subtraction overflow|burn amount exceeds/i, 'balance'],
  [/black ?list|blocked|frozen/i, 'blacklisted'],
  [/\bpaused\b/i, 'paused'],
  [/caller is not the owner|not owner|only owner|onlyOwner|unauthori[sz]ed/i, 'owner'],
  [/INSUFFICIENT_OUTPUT_AMOUNT|too little received|slippage|price impact/i, 'slippage'],
  [/\bEXPIRED\b|deadline/i, 'deadline'],
  [/to the zero address|invalid (?:receiver|recipient)/i, 'receiver'],
  [/from the zero address|invalid sender/i, 'sender'],
];

/** The kind of a reverted transaction's reason, if it is one we know. */
export function reasonKindOf(p: FindingParams): ReasonKind | undefined {
  if (p.reasonKind === 'custom' && typeof p.errorName === 'string') return BY_ERROR_NAME[p.errorName];
  if (p.reasonKind === 'message' && typeof p.reason === 'string') return BY_MESSAGE.find(([re]) => re.test(p.reason as string))?.[1];
  return undefined;
}

/** The sender did not hold enough of what it tried to send: never "it is still in your wallet". */
export function shortOfBalance(p: FindingParams): boolean {
  return reasonKindOf(p) === 'balance' || p.errorCategory === 'insufficient_funds';
}

export const reasonWords: Record<'zh' | 'en', Record<ReasonKind, string>> = {
  en: {
    balance: 'at that moment the sending wallet did not hold enough of the token for this amount',
    allowance: 'the spender was not allowed (approved) to move this amount',
    paused: 'the token or contract is paused by its operator',
    owner: 'only the contract owner may do this',
    slippage: 'the swap would have given less than the minimum you accepted (slippage protection)',
    deadline: 'the swap was processed after its deadline',
    receiver: 'the token refuses this recipient address',
    sender: 'the token refuses this sending address',
    blacklisted: 'the token issuer has blocked one of the addresses involved',
  },
  zh: {
    balance: '当时发送钱包里的代币不够这次转账的数量',
    allowance: '被授权方没有获得转移这个数量的授权',
    paused: '代币或合约已被运营方暂停',
    owner: '只有合约管理员才能执行这个操作',
    slippage: '兑换到手的数量会低于您设置的最少数量（滑点保护）',
    deadline: '兑换超过了截止时间才被处理',
    receiver: '代币合约不接受这个收款地址',
    sender: '代币合约不接受这个发送地址',
    blacklisted: '代币发行方封禁了其中一个地址',
  },
};
