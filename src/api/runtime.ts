import type { ChainRegistry } from '../../chains/registry.ts';
import type { DemoCase } from '../../chains/demo-case.ts';
import type { NetworkMonitor } from '../../chains/health/monitor.ts';
import type { Config } from '../config.ts';
import type { Investigation, Investigator } from '../investigate.ts';
import type { ComplaintInput } from '../intake/complaint.ts';
import type { NetworkHealth, StoreHealth } from './readiness.ts';
import type { Telemetry } from '../metrics/registry.ts';
import type { CaseService } from '../case-service.ts';
import type { WebhookStore } from '../store/webhook-store.ts';
import type { RateLimitStore } from './middleware/rate-limit.ts';
import type { TrendsSource } from '../trends/source.ts';
import type { CaseSink } from '../helpdesk/case-sink.ts';
import type { AccountStore } from '../accounts/account-store.ts';

/** What the HTTP layer needs from the running instance. */
export interface Runtime {
  config: Config;
  registry: ChainRegistry;
  investigator: Investigator;
  demoCases: DemoCase[];
  /** Recent investigations of this instance (bounded), newest last. */
  recent: RecentInvestigations;
  /** The bootstrap admin key (AGENT_API_KEY, or a random one in demo mode); null: only agent accounts and integration keys get in. */
  agentKey: string | null;
  /** Readiness (/readyz): the case store's check (absent: in-memory, always usable) and each network's state. */
  storeHealth?: StoreHealth;
  /**
   * Agents, their console sessions, integration keys and the audit log: in the case
   * store's database (shared by instances, kept across restarts).
   */
  accounts: AccountStore;
  /** Request budgets shared by every instance (Redis); absent: each app keeps its own in memory. */
  rateLimitStore?: RateLimitStore;
  networkHealth: NetworkHealth;
  /** Prometheus metrics of this instance (`GET /metrics`); absent: the app makes its own (HTTP only). */
  telemetry?: Telemetry;
  /** The case archive (absent only when a benchmark switches the store off). */
  cases?: CaseService;
  /** The webhook outbox and endpoints (with the case store). */
  webhooks?: WebhookStore;
  /** Network health (GET /v1/networks/status, /networks, banners); absent (HEALTH_MONITOR=off): none shown. */
  health?: NetworkMonitor;
  /** Cases for the trends page (the case archive); absent: the case store's if there is one, else the recent investigations above. */
  trends?: TrendsSource;
  /** Where signed inbound tickets go; absent: investigated and kept with the recent investigations. */
  caseSink?: CaseSink;
}

export class RecentInvestigations {
  private readonly items = new Map<string, { inv: Investigation; input?: ComplaintInput; caseNumber?: string }>();
  constructor(private readonly max = 200) {}

  /** Keeps the complaint as given too, so an agent can have the reply in another language. */
  add(inv: Investigation, input?: ComplaintInput, caseNumber?: string): void {
    this.items.set(inv.id, { inv, input, caseNumber });
    if (this.items.size > this.max) this.items.delete(this.items.keys().next().value!);
  }

  get(id: string): Investigation | undefined {
    return this.items.get(id)?.inv;
  }

  input(id: string): ComplaintInput | undefined {
    return this.items.get(id)?.input;
  }

  /** The case the investigation was filed into, so the console can link to it. */
  caseNumber(id: string): string | undefined {
    return this.items.get(id)?.caseNumber;
  }

  list(): Investigation[] {
    return [...this.items.values()].map((e) => e.inv).reverse();
  }
}
