import type { Lang } from '../../chains/types.ts';
import type { Dimension } from '../trends/case-record.ts';

const en = {
  title: 'Complaint trends',
  intro: 'What users complain about, and whether it is getting worse.',
  coverage: {
    'recent-investigations': 'The case archive is switched off, so figures cover only the recent investigations this instance keeps in memory (the last 200; gone at restart).',
    'case-store': 'Figures cover every case in the archive.',
  },
  period: 'Period',
  lastDays: (n: number) => `Last ${n} days`,
  perDay: { category: 'Cases per day by category', code: 'Cases per day by finding code', network: 'Cases per day by network' } satisfies Record<Dimension, string>,
  noCases: 'No cases in this period',
  downloadCsv: 'Download CSV',
  medians: 'Response times',
  medianFirstAnswer: 'Median time to first answer',
  medianResolution: 'Median time to resolution',
  mediansNote:
    'First answer: the first reply an agent marked as sent. Resolution: when the case was last marked resolved or closed (straight away if the first check already settled it). Cases reopened since are not counted as resolved.',
  notYet: 'no data yet',
  ofCases: (n: number, total: number) => `from ${n} of ${total} cases`,
  topCodes: 'Top finding codes: this week against last week',
  code: 'Finding code',
  thisWeek: 'Last 7 days',
  lastWeek: '7 days before',
  change: 'Change',
  newCode: 'new',
  surgeHeading: 'Surge',
  surge: (what: string, count: number, baseline: number, window: string) =>
    `${what}: ${count} cases in the last ${window}, against about ${baseline.toFixed(1)} per ${window} over the 7 days before.`,
  windowDay: 'day',
  windowHour: 'hour',
  noSurge: 'No surge: no finding code or network is above 3 times its usual rate.',
  backToConsole: 'Back to the console',
  duration: (ms: number) => (ms < 60_000 ? `${Math.round(ms / 1000)} s` : ms < 3_600_000 ? `${Math.round(ms / 60_000)} min` : ms < 172_800_000 ? `${(ms / 3_600_000).toFixed(1)} h` : `${(ms / 86_400_000).toFixed(1)} days`),
};

export type TrendsStrings = typeof en;

const zh: TrendsStrings = {
  title: '投诉趋势',
  intro: '用户在反馈什么问题，情况是否在变严重。',
  coverage: {
    'recent-investigations': '案件库已关闭，这里的数字只统计本实例内存中保留的近期查询（最近 200 条，重启后清空）。',
    'case-store': '这里的数字统计案件库中的全部案件。',
  },
  period: '时间范围',
  lastDays: (n) => `最近 ${n} 天`,
  perDay: { category: '每日案件数（按类别）', code: '每日案件数（按结论代码）', network: '每日案件数（按网络）' },
  noCases: '这段时间没有案件',
  downloadCsv: '下载 CSV',
  medians: '响应时间',
  medianFirstAnswer: '首次答复时间中位数',
  medianResolution: '解决时间中位数',
  mediansNote: '首次答复：客服第一次标记为已发送的回复。解决：案件最后一次被标记为已解决或已关闭的时间（如果第一次查询就已确定结果，则立即计为解决）。之后又被重新打开的案件不算已解决。',
  notYet: '暂无数据',
  ofCases: (n, total) => `基于 ${total} 个案件中的 ${n} 个`,
  topCodes: '最常见的结论代码：本周与上周对比',
  code: '结论代码',
  thisWeek: '最近 7 天',
  lastWeek: '之前 7 天',
  change: '变化',
  newCode: '新出现',
  surgeHeading: '激增',
  surge: (what, count, baseline, window) => `${what}：最近一${window}有 ${count} 个案件，而之前 7 天平均每${window}约 ${baseline.toFixed(1)} 个。`,
  windowDay: '天',
  windowHour: '小时',
  noSurge: '没有激增：没有任何结论代码或网络超过平时 3 倍。',
  backToConsole: '返回工作台',
  duration: (ms) => (ms < 60_000 ? `${Math.round(ms / 1000)} 秒` : ms < 3_600_000 ? `${Math.round(ms / 60_000)} 分钟` : ms < 172_800_000 ? `${(ms / 3_600_000).toFixed(1)} 小时` : `${(ms / 86_400_000).toFixed(1)} 天`),
};

export const trendsStrings: Record<Lang, TrendsStrings> = { en, zh };
