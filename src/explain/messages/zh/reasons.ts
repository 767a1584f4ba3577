import type { FindingParams } from '../../../diagnose/types.ts';
import { quoteChainWords } from '../../chain-text.ts';
import { reasonKindOf, reasonWords } from '../../known-reasons.ts';

/** Solidity panic codes in Chinese (same table as chains/evm/panic-codes.ts). */
const panicZh: Record<number, string> = {
  0x01: '合约内部校验（assert）未通过',
  0x11: '数值计算溢出',
  0x12: '除数为零',
  0x21: '枚举值无效',
  0x31: '对空数组执行了删除',
  0x32: '数组越界',
  0x41: '申请内存过多',
  0x51: '调用了未初始化的函数',
};

/** Well-known custom errors in Chinese, by error name (see chains/evm/known-errors.ts). */
const customZh: Record<string, string> = {
  ERC20InsufficientBalance: '发送方的代币余额不足',
  ERC20InsufficientAllowance: '授权额度不足',
  ERC20InvalidReceiver: '代币合约不接受这个收款地址',
  ERC20InvalidSender: '代币合约不接受这个发送地址',
  ERC721InsufficientApproval: '没有转移这个 NFT 的授权',
  ERC721NonexistentToken: '这个 NFT 不存在',
  OwnableUnauthorizedAccount: '只有合约管理员才能执行这个操作',
  EnforcedPause: '合约已被运营方暂停',
  ReentrancyGuardReentrantCall: '合约拦截了重复调用',
  AllowanceExpired: 'Permit2 授权已过期',
  InsufficientAllowance: 'Permit2 授权额度不足',
  SignatureExpired: '签名授权已过期',
  InvalidNonce: '这份签名授权已经用过了',
  V3TooLittleReceived: '兑换到手的数量低于您设置的最少数量（滑点保护）',
  V2TooLittleReceived: '兑换到手的数量低于您设置的最少数量（滑点保护）',
  TransactionDeadlinePassed: '兑换超过了截止时间才被打包',
};

export function reasonZh(p: FindingParams): string {
  const known = reasonKindOf(p);
  if (known) return reasonWords.zh[known];
  switch (p.reasonKind) {
    case 'message':
      return `合约拒绝了这笔操作。${quoteChainWords(String(p.reason ?? ''), 'zh')}`;
    case 'panic':
      return `合约执行时出现内部错误：${panicZh[Number(p.panicCode)] ?? '合约内部校验未通过'}`;
    case 'custom':
      return `合约拒绝了这笔操作：${customZh[String(p.errorName)] ?? '合约返回了自定义错误'}（${p.errorName}）`;
    case 'unknown':
      return '合约拒绝了这笔操作，但返回的错误码无法解析';
    default:
      return '链上没有记录失败原因';
  }
}

/** 标题用的简短原因：只用中文，不夹英文原文。 */
export function reasonTitleZh(p: FindingParams): string {
  const known = reasonKindOf(p);
  if (known) return `交易失败：${reasonWords.zh[known]}`;
  if (p.reasonKind === 'custom' && customZh[String(p.errorName)]) return `交易失败：${customZh[String(p.errorName)]}`;
  if (p.reasonKind === 'panic') return '交易失败：合约内部错误';
  return p.reasonKind === 'none' || !p.reasonKind ? '交易失败（已回滚）' : '交易失败：合约拒绝了这笔操作';
}

/** 给客服看：含义之外，附上错误名或合约原文。 */
export function reasonDetailZh(p: FindingParams): string {
  const known = reasonKindOf(p);
  const source = known && p.reasonKind === 'custom' ? `（${p.errorName}）` : known && p.reasonKind === 'message' ? `（合约原文「${p.reason}」）` : '';
  return `${reasonZh(p)}${source}`;
}
