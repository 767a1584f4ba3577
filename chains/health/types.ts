/**
 * Network health: what the monitor samples (probes), the thresholds each network carries
 * in its data, and the assessment the pure rules compute from them. Diagnosis and pages
 * only ever see `NetworkHealth` (plain data).
 */

export type NetworkState = 'normal' | 'busy' | 'slow' | 'stalled' | 'unknown';

/**
 * Per-network thresholds (chains/<family>/networks.ts). Block counts are multiples of the
 * network's `blockTimeSeconds`, so one rule reads the same on a 0.4 s and a 12 s chain.
 */
export interface HealthThresholds {
  /** Seconds between two polls while someone asks about the network (≥ one block interval: at most one cheap request per block). */
  pollSeconds: number;
  /** Head older than this many block intervals: `slow`. */
  slowAfterBlocks: number;
  /** Mean observed interval above this multiple of the expected one: `slow`. */
  slowIntervalFactor: number;
  /** Head older than this many block intervals: `stalled` (a halt, not a late block). */
  stalledAfterBlocks: number;
  /** Head minus the irreversible head (TRON solidified, Solana finalized) above this: `slow` (finality lagging). */
  finalityLagBlocks?: number;
  /** EVM: blocks in the fee window (eth_feeHistory blockCount) and how many newest ones are "now". */
  feeWindowBlocks?: number;
  recentBlocks?: number;
  /** EVM: recent blocks this full on average (gasUsedRatio): `busy`. */
  busyGasUsedRatio?: number;
  /** EVM: recent median priority fee or base fee at least this multiple of the window's earlier median: `busy`. */
  busyFeeFactor?: number;
  /** EVM: …and at least this priority fee (wei), so a jump from 0.001 to 0.003 gwei is not "busy". */
  busyMinTipWei?: string;
  /** Solana: median recent prioritization fee (micro-lamports per compute unit) from which the cluster is `busy`. */
  busyPriorityFeeMicroLamports?: number;
}

/** One poll of one network, as read from its endpoint. */
export interface HealthProbe {
  /** When the probe answered (ms since epoch, the monitor's clock). */
  at: number;
  head: number;
  /** The head block's own time (s); null where the cheap call does not carry it (Solana slots). */
  headTimestamp: number | null;
  /** Irreversible head: TRON solidified block, Solana finalized slot, EVM absent. */
  finalized?: number;
  evm?: {
    /** eth_feeHistory over the window, oldest first: base fee (wei) per block, fullness, tips (wei) at the 10th/50th/90th percentile. */
    baseFeeWei: string[];
    gasUsedRatio: number[];
    tipsWei: [string, string, string][];
  };
  tron?: {
    /** Current prices from /wallet/getenergyprices and /wallet/getbandwidthprices (sun per unit); null until first read. */
    energyPriceSun: number | null;
    bandwidthPriceSun: number | null;
  };
  solana?: {
    /** Seconds per slot over the newest performance sample(s) (getRecentPerformanceSamples). */
    slotSeconds: number | null;
    transactionsPerSecond: number | null;
    /** Prioritization fees of recent slots (getRecentPrioritizationFees), micro-lamports per compute unit. */
    priorityFees: number[];
  };
}

export interface EvmFeeMarket {
  baseFeeWei: string;
  /** Median over the recent blocks of each block's 10th/50th/90th percentile priority fee (wei). */
  tipP10Wei: string;
  tipP50Wei: string;
  tipP90Wei: string;
  /** Mean fullness of the recent blocks, 0–1. */
  gasUsedRatio: number;
  /** The same medians over the earlier part of the window: the "recent level" busy is judged against. */
  baselineTipP50Wei: string;
  baselineBaseFeeWei: string;
}

/** Why a state was chosen: stable machine words (pages translate them). */
export type HealthReason = 'no_data' | 'probe_failed' | 'head_old' | 'blocks_late' | 'finality_lagging' | 'blocks_full' | 'fees_high' | 'priority_fees_high';

export interface NetworkHealth {
  network: string;
  state: NetworkState;
  reasons: HealthReason[];
  /** When the newest successful probe answered (s), null if never. */
  checkedAt: number | null;
  head: number | null;
  /** Seconds since the head block (EVM/TRON: its timestamp; Solana: since the monitor first saw that slot, a lower bound). */
  headAgeSeconds: number | null;
  /** Seconds per block now: observed over the monitor's samples when it has seen blocks advance, else the network's typical time. */
  blockIntervalSeconds: number;
  /** Whether blockIntervalSeconds was observed (live) or is the network's typical value. */
  intervalSource: 'observed' | 'typical';
  expectedBlockSeconds: number;
  /** Head minus the irreversible head (blocks / slots). */
  finalityLag: number | null;
  evm?: EvmFeeMarket;
  tron?: { energyPriceSun: number | null; bandwidthPriceSun: number | null };
  solana?: { slotSeconds: number | null; transactionsPerSecond: number | null; priorityFeeMedian: number | null; priorityFeeP90: number | null };
  /** True while someone asked about this network within HEALTH_IDLE_MINUTES (the monitor polls it). */
  watched: boolean;
  /** Consecutive failed probes. */
  failures: number;
}

/** Emitted when a network's state changes (the webhook outbox, logs, metrics subscribe). */
export interface NetworkStateChange {
  type: 'network.state_changed';
  network: string;
  from: NetworkState;
  to: NetworkState;
  at: string;
  health: NetworkHealth;
}
