import type { ChainRegistry } from '../../chains/registry.ts';
import type { DemoCase } from '../../chains/demo-case.ts';
import type { Config } from '../config.ts';
import type { Investigation, Investigator } from '../investigate.ts';

/** What the HTTP layer needs from the running instance. */
export interface Runtime {
  config: Config;
  registry: ChainRegistry;
  investigator: Investigator;
  demoCases: DemoCase[];
  /** Recent investigations of this instance (bounded), newest last. */
  recent: RecentInvestigations;
}

export class RecentInvestigations {
  private readonly items = new Map<string, Investigation>();
  constructor(private readonly max = 200) {}

  add(inv: Investigation): void {
    this.items.set(inv.id, inv);
    if (this.items.size > this.max) this.items.delete(this.items.keys().next().value!);
  }

  get(id: string): Investigation | undefined {
    return this.items.get(id);
  }

  list(): Investigation[] {
    return [...this.items.values()].reverse();
  }
}
