import type { ChainRegistry } from '../../chains/registry.ts';
import type { DemoCase } from '../../chains/demo-case.ts';
import type { Config } from '../config.ts';
import type { Investigation, Investigator } from '../investigate.ts';
import type { ComplaintInput } from '../intake/complaint.ts';
import type { Telemetry } from '../metrics/registry.ts';
import type { TrendsSource } from '../trends/source.ts';
import type { CaseSink } from '../helpdesk/case-sink.ts';

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
  /** Prometheus metrics of this instance (`GET /metrics`); absent: the app makes its own (HTTP only). */
  telemetry?: Telemetry;
  /** Cases for the trends page; absent: the recent investigations above. */
  trends?: TrendsSource;
  /** Where signed inbound tickets go; absent: investigated and kept with the recent investigations. */
  caseSink?: CaseSink;
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
