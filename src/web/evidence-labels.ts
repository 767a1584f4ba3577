import type { Lang } from '../../chains/types.ts';

/**
 * Evidence labels are written by the rules in English (they are also API data); the
 * Chinese console shows them in Chinese. A label not listed here is shown as is.
 */
const ZH: Record<string, string> = {
  transaction: '交易',
  network: '网络',
  status: '状态',
  block: '区块',
  confirmations: '确认数',
  from: '发送方',
  to: '接收方',
  value: '金额',
  fee: '手续费',
  'fee limit': '费用上限',
  'token transfer': '代币转账',
  'token contract': '代币合约',
  'token name': '代币名称',
  'token symbol': '代币符号',
  'token account created': '新建的代币账户',
  'revert message': '合约返回的失败信息',
  'revert data': '回滚数据',
  'replaced by': '被替换为',
  'owner permission now': '当前所有者权限',
  'not found on': '未找到的网络',
  'nonce / next nonce to be mined': '交易序号 / 下一个待打包序号',
  'node message': '节点返回信息',
  'meta.err': '链上错误（meta.err）',
  'max fee / current base fee': '最高手续费 / 当前基础费',
  'gas used / limit': 'Gas 用量 / 上限',
  'expires at': '过期时间',
  error: '错误',
  'energy total / from stake / burned': '能量合计 / 质押提供 / 燃烧',
  'dynamic energy penalty': '动态能量惩罚',
  'durable nonce account': '持久随机数账户',
  'contract result': '合约执行结果',
  commitment: '确认级别',
  'address the user named': '用户提供的地址',
  address: '地址',
  'activation fee': '激活费',
  'account now holding the tokens': '现在持有代币的账户',
  'TRX burned for energy / bandwidth': '为能量 / 带宽燃烧的 TRX',
  'blacklisted (isBlackListed = true)': '已被列入黑名单（isBlackListed = true）',
};

const ZH_PATTERNS: [RegExp, (m: RegExpMatchArray) => string][] = [
  [/^query failed on (.+)$/, (m) => `${m[1]} 查询失败`],
  [/^gap on (.+)$/, (m) => `${m[1]} 的记录缺口`],
  [/^hop (.+)$/, (m) => `资金流转 ${m[1]}`],
  [/^approval \((.+)\)$/, (m) => `授权（${m[1]}）`],
  [/^outgoing (.*)$/, (m) => `转出 ${m[1]}`],
  [/^incoming (.*)$/, (m) => `转入 ${m[1]}`],
  [/^(.+) contract$/, (m) => `${m[1]} 合约`],
  [/^active permission (.+) now$/, (m) => `当前的活跃权限 ${m[1]}`],
];

export function evidenceLabel(label: string, lang: Lang): string {
  if (lang !== 'zh') return label;
  if (ZH[label]) return ZH[label];
  for (const [re, to] of ZH_PATTERNS) {
    const m = label.match(re);
    if (m) return to(m);
  }
  return label;
}
