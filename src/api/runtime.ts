import type { ChainRegistry } from '../../chains/registry.ts';
import type { DemoCase } from '../../chains/demo-case.ts';
import type { Config } from '../config.ts';
import type { Investigation, Investigator } from '../investigate.ts';
import type { ComplaintInput } from '../intake/complaint.ts';
import type { NetworkHealth, StoreHealth } from './readiness.ts';
import type { RateLimitStore } from './middleware/rate-limit.ts';
import type { SessionStore } from './sessions.ts';

/** What the HTTP layer needs from the running instance. */
export interface Runtime {
  config: Config;
  registry: ChainRegistry;
  investigator: Investigator;
  demoCases: DemoCase[];
  /** Recent investigations of this instance (bounded), newest last. */
  recent: RecentInvestigations;
  /** The key agents use (AGENT_API_KEY, or a random one in demo mode); null: agent routes are closed. */
  agentKey: string | null;
  /** Readiness (/readyz): the case store's check (absent: in-memory, always usable) and each network's state. */
  storeHealth?: StoreHealth;
  /** Console sessions (server-side); absent: each app keeps its own in memory. The case store may back it. */
  sessionStore?: SessionStore;
  /** Request budgets shared by every instance (Redis); absent: each app keeps its own in memory. */
  rateLimitStore?: RateLimitStore;
  networkHealth: NetworkHealth;
}

export class RecentInvestigations {
  private readonly items = new Map<string, { inv: Investigation; input?: ComplaintInput }>();
  constructor(private readonly max = 200) {}

  /** Keeps the complaint as given too, so an agent can have the reply in another language. */
  add(inv: Investigation, input?: ComplaintInput): void {
    this.items.set(inv.id, { inv, input });
    if (this.items.size > this.max) this.items.delete(this.items.keys().next().value!);
  }

  get(id: string): Investigation | undefined {
    return this.items.get(id)?.inv;
  }

  input(id: string): ComplaintInput | undefined {
    return this.items.get(id)?.input;
  }

  list(): Investigation[] {
    return [...this.items.values()].map((e) => e.inv).reverse();
  }
}
