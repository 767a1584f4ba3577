import type { NetworkState } from '../../chains/health/types.ts';
import type { Lang } from '../../chains/types.ts';

/** Words for network health on the pages (/networks, the status banner, the console strip). */
export interface NetworkStrings {
  title: string;
  intro: string;
  state: Record<NetworkState, string>;
  /** One sentence for a result on a network that is not normal (banner). */
  banner: Record<'busy' | 'slow' | 'stalled', (name: string) => string>;
  colNetwork: string;
  colState: string;
  colHead: string;
  colAge: string;
  colPace: string;
  colFees: string;
  colFinality: string;
  seconds: (s: number) => string;
  pace: (now: number, usual: number, observed: boolean) => string;
  evmFees: (baseGwei: string, tipGwei: string, fullPercent: number) => string;
  tronFees: (energySun: number | null, bandwidthSun: number | null) => string;
  solanaFees: (median: number | null) => string;
  finality: (lag: number) => string;
  notChecked: string;
  refreshing: string;
  refreshStopped: string;
  glanceHeading: string;
  allNetworks: string;
}

const en: NetworkStrings = {
  title: 'Network status',
  intro: 'The state of each network we check, with the numbers behind it. It is read about once a block while someone is looking.',
  state: { normal: 'Normal', busy: 'Busy', slow: 'Slower than usual', stalled: 'Stopped', unknown: 'Unknown right now' },
  banner: {
    busy: (n) => `${n} is busy right now: fees are higher than usual and waiting transactions take longer.`,
    slow: (n) => `${n} is running slower than usual right now, so confirmations take longer.`,
    stalled: (n) => `${n} has stopped producing new blocks right now. Nothing on it can confirm until it resumes; this is not caused by your transaction.`,
  },
  colNetwork: 'Network',
  colState: 'State',
  colHead: 'Newest block',
  colAge: 'Age',
  colPace: 'Seconds per block',
  colFees: 'Fees now',
  colFinality: 'Finality',
  seconds: (s) => `${s} s`,
  pace: (now, usual, observed) => `${now} (usually ${usual})${observed ? '' : ' — not measured yet'}`,
  evmFees: (base, tip, full) => `base fee ${base} gwei, typical tip ${tip} gwei, blocks ${full}% full`,
  tronFees: (energy, bandwidth) => (energy === null ? '—' : `energy ${energy} sun, bandwidth ${bandwidth ?? '—'} sun per unit`),
  solanaFees: (median) => (median === null ? '—' : `priority fee ${median} micro-lamports per compute unit (median)`),
  finality: (lag) => `${lag} blocks behind the newest`,
  notChecked: 'not checked yet',
  refreshing: 'This page checks again every 15 seconds for about 10 minutes.',
  refreshStopped: 'Automatic checking has stopped; reload the page to check again.',
  glanceHeading: 'Networks',
  allNetworks: 'Details',
};

const zh: NetworkStrings = {
  title: '网络状态',
  intro: '我们查询的各条网络当前的状态，以及判断依据的数据。有人查看时，大约每个区块读取一次。',
  state: { normal: '正常', busy: '拥堵', slow: '比平时慢', stalled: '暂停出块', unknown: '暂时无法获取' },
  banner: {
    busy: (n) => `${n}目前比较拥堵：手续费高于平时，等待中的交易会慢一些。`,
    slow: (n) => `${n}目前出块比平时慢，确认需要的时间会长一些。`,
    stalled: (n) => `${n}目前暂停出块，网络恢复前上面的交易都无法确认；这不是您的交易造成的。`,
  },
  colNetwork: '网络',
  colState: '状态',
  colHead: '最新区块',
  colAge: '距今',
  colPace: '每个区块秒数',
  colFees: '当前费用',
  colFinality: '最终确认',
  seconds: (s) => `${s} 秒`,
  pace: (now, usual, observed) => `${now}（平时 ${usual}）${observed ? '' : '，尚未实测'}`,
  evmFees: (base, tip, full) => `基础费 ${base} gwei，常见小费 ${tip} gwei，区块使用率 ${full}%`,
  tronFees: (energy, bandwidth) => (energy === null ? '—' : `能量 ${energy} sun，带宽 ${bandwidth ?? '—'} sun（每单位）`),
  solanaFees: (median) => (median === null ? '—' : `优先费中位数 ${median} 微 lamports（每计算单元）`),
  finality: (lag) => `落后最新区块 ${lag} 个`,
  notChecked: '尚未查询',
  refreshing: '本页每 15 秒自动重新查询一次，持续约 10 分钟。',
  refreshStopped: '已停止自动查询；如需查看最新状态，请刷新页面。',
  glanceHeading: '网络',
  allNetworks: '详情',
};

export const networkStrings: Record<Lang, NetworkStrings> = { en, zh };
