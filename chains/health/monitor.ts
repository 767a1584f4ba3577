import type { ChainRegistry } from '../registry.ts';
import type { Network } from '../types.ts';
import { assessHealth, thresholdsOf } from './assess.ts';
import type { HealthProbe, NetworkHealth, NetworkState, NetworkStateChange } from './types.ts';

export interface MonitorOptions {
  /** No polling of a network nobody asked about for this long (HEALTH_IDLE_MINUTES). */
  idleMs: number;
  /** Off: no background polling at all (probes only when asked through `fresh`). */
  background?: boolean;
  /** TRON prices (and other slow parts) are re-read at most this often. */
  slowPartsEveryMs?: number;
  /** Samples kept per network (the window the observed block interval is measured over). */
  keepSamples?: number;
  now?: () => number;
  /** Called on every change of a network's state (the lead wires the webhook outbox, logs, metrics). */
  onStateChange?: (event: NetworkStateChange) => void;
}

interface Watch {
  network: Network;
  samples: HealthProbe[];
  failures: number;
  lastAskedAt: number;
  lastSlowPartsAt: number;
  timer?: NodeJS.Timeout;
  inflight?: Promise<void>;
  state: NetworkState;
  /** Carried over between probes that skip the slow parts. */
  tron?: HealthProbe['tron'];
}

/**
 * Watches every served network with a bounded cost: while someone asked about a network
 * in the last `idleMs`, one probe (one cheap request; two for TRON) every `pollSeconds` of
 * its data (≥ one block interval); none otherwise. The state comes from the pure rules in
 * assess.ts over the samples kept.
 */
export class NetworkMonitor {
  private readonly watches = new Map<string, Watch>();
  private readonly now: () => number;
  private stopped = false;
  /** Probes sent per network since start (the bench reports the rate). */
  readonly probesSent = new Map<string, number>();

  constructor(
    private readonly registry: ChainRegistry,
    private readonly opts: MonitorOptions,
  ) {
    this.now = opts.now ?? Date.now;
    for (const network of registry.networks) {
      if (registry.adapterFor(network).probeHealth) this.watches.set(network.id, { network, samples: [], failures: 0, lastAskedAt: -Infinity, lastSlowPartsAt: -Infinity, state: 'unknown' });
    }
  }

  get networks(): Network[] {
    return [...this.watches.values()].map((w) => w.network);
  }

  /** Someone asked about this network: keep (or start) watching it. */
  touch(networkId: string): void {
    const w = this.watches.get(networkId);
    if (!w || this.stopped) return;
    w.lastAskedAt = this.now();
    if (this.opts.background !== false && !w.timer && !w.inflight) this.schedule(w, 0);
  }

  touchAll(): void {
    for (const id of this.watches.keys()) this.touch(id);
  }

  /** The current assessment (no I/O). */
  snapshot(networkId: string): NetworkHealth | undefined {
    const w = this.watches.get(networkId);
    return w ? this.assess(w) : undefined;
  }

  all(): NetworkHealth[] {
    return [...this.watches.values()].map((w) => this.assess(w));
  }

  /**
   * The assessment, probing first when the newest sample is older than `maxAgeMs` (one
   * probe per network at a time, shared by concurrent callers).
   */
  async fresh(networkId: string, maxAgeMs: number): Promise<NetworkHealth | undefined> {
    const w = this.watches.get(networkId);
    if (!w) return undefined;
    const newest = w.samples[w.samples.length - 1];
    if (!newest || this.now() - newest.at > maxAgeMs) await this.probe(w);
    return this.assess(w);
  }

  /** Probe now (tests, `fresh`), whatever the schedule. */
  async refresh(networkId: string): Promise<NetworkHealth | undefined> {
    const w = this.watches.get(networkId);
    if (!w) return undefined;
    await this.probe(w);
    return this.assess(w);
  }

  stop(): void {
    this.stopped = true;
    for (const w of this.watches.values()) {
      clearTimeout(w.timer);
      w.timer = undefined;
    }
  }

  private watched(w: Watch): boolean {
    return this.now() - w.lastAskedAt <= this.opts.idleMs;
  }

  private assess(w: Watch): NetworkHealth {
    return assessHealth(w.network, w.samples, w.failures, this.now(), this.watched(w));
  }

  private schedule(w: Watch, delayMs: number): void {
    w.timer = setTimeout(async () => {
      w.timer = undefined;
      // Nobody asked lately: stop here; the next `touch` starts again.
      if (this.stopped || !this.watched(w)) return;
      await this.probe(w);
      if (!this.stopped && !w.timer) this.schedule(w, thresholdsOf(w.network).pollSeconds * 1000);
    }, delayMs);
    w.timer.unref?.();
  }

  private probe(w: Watch): Promise<void> {
    w.inflight ??= this.probeOnce(w).finally(() => (w.inflight = undefined));
    return w.inflight;
  }

  private async probeOnce(w: Watch): Promise<void> {
    const adapter = this.registry.adapterFor(w.network);
    const slowParts = this.now() - w.lastSlowPartsAt >= (this.opts.slowPartsEveryMs ?? 10 * 60_000);
    this.probesSent.set(w.network.id, (this.probesSent.get(w.network.id) ?? 0) + 1);
    try {
      const probe = await adapter.probeHealth!(w.network, { slowParts });
      const sample: HealthProbe = { ...probe, at: this.now() };
      if (sample.tron) {
        if (slowParts) {
          w.lastSlowPartsAt = sample.at;
          w.tron = sample.tron;
        } else sample.tron = w.tron ?? sample.tron;
      }
      w.samples.push(sample);
      const keep = this.opts.keepSamples ?? 20;
      if (w.samples.length > keep) w.samples.splice(0, w.samples.length - keep);
      w.failures = 0;
    } catch {
      w.failures++;
    }
    this.emitIfChanged(w);
  }

  private emitIfChanged(w: Watch): void {
    const health = this.assess(w);
    if (health.state === w.state) return;
    const from = w.state;
    w.state = health.state;
    // The first reading is not a change anybody needs to hear about.
    if (from === 'unknown' && w.samples.length <= 1 && health.state === 'normal') return;
    try {
      this.opts.onStateChange?.({ type: 'network.state_changed', network: w.network.id, from, to: health.state, at: new Date(this.now()).toISOString(), health });
    } catch {
      // A subscriber's failure must not stop the monitor.
    }
  }
}
