import type { UpstreamMetrics } from '../../chains/upstream/metrics.ts';

/**
 * The case store's side of readiness. The store (src/store) implements it; an instance
 * without one (the in-memory default) is ready as far as storage goes.
 */
export interface StoreHealth {
  /** What backs it, for the answer: "sqlite", "postgres". */
  readonly kind: string;
  /** Resolves when a query goes through (e.g. `select 1`); rejects with the reason otherwise. */
  check(): Promise<void>;
}

export interface NetworkReadiness {
  network: string;
  usable: boolean;
  /** Why not, e.g. "every endpoint resting after repeated failures". */
  detail?: string;
}

/** Whether each served network can be asked right now; the network-health code may replace it. */
export interface NetworkHealth {
  networks(): NetworkReadiness[];
}

/**
 * From what the upstream layer already knows, at no upstream cost: a network is usable
 * unless every one of its endpoints is resting (circuit breaker open). An endpoint never
 * asked yet counts as usable: a probe must not wake every network every few seconds.
 */
export function breakerNetworkHealth(networkIds: () => string[], metrics: UpstreamMetrics): NetworkHealth {
  return {
    networks() {
      const seen = metrics.snapshot();
      return networkIds().map((network) => {
        const hosts = Object.values(seen[network] ?? {});
        const resting = hosts.length > 0 && hosts.every((h) => h.breaker === 'open');
        return resting ? { network, usable: false, detail: 'every endpoint is resting after repeated failures' } : { network, usable: true };
      });
    },
  };
}

export interface ReadinessReport {
  ready: boolean;
  store: { kind: string; usable: boolean; detail?: string };
  networks: NetworkReadiness[];
}

/** A store check that hangs is a store that is not usable. */
const STORE_CHECK_TIMEOUT_MS = 2_000;

/**
 * Ready when the store answers and at least one network can be asked. One network down
 * does not take the instance out of rotation (every instance shares that network, and its
 * lookups already answer "inconclusive, retry"); the answer names it.
 */
export async function readiness(store: StoreHealth | undefined, networks: NetworkHealth): Promise<ReadinessReport> {
  let storeState: ReadinessReport['store'] = { kind: store?.kind ?? 'memory', usable: true };
  if (store) {
    let timer: NodeJS.Timeout | undefined;
    try {
      await Promise.race([store.check(), new Promise((_, reject) => (timer = setTimeout(() => reject(new Error(`no answer within ${STORE_CHECK_TIMEOUT_MS} ms`)), STORE_CHECK_TIMEOUT_MS)))]);
    } catch (err) {
      storeState = { kind: store.kind, usable: false, detail: String((err as Error)?.message ?? err).slice(0, 200) };
    } finally {
      clearTimeout(timer);
    }
  }
  const nets = networks.networks();
  return { ready: storeState.usable && nets.some((n) => n.usable), store: storeState, networks: nets };
}
