import type { Investigation } from '../investigate.ts';
import type { CaseRecord } from './case-record.ts';

/** Where the trends page reads its cases from: the case archive (case-store-source.ts), else recent investigations. */
export interface TrendsSource {
  /** Cases created at or after `since`, in any order. */
  records(since: Date): Promise<CaseRecord[]>;
  /** Says what the figures cover ("the last 200 investigations of this instance", …), per language. */
  readonly coverage: 'recent-investigations' | 'case-store';
}

/**
 * Without a case store (switched off): the investigations this instance keeps in memory
 * (last 200, gone at restart). An investigation answers at once and has no resolution,
 * so first-answer and resolution times stay empty rather than made up.
 */
export class RecentInvestigationsSource implements TrendsSource {
  readonly coverage = 'recent-investigations' as const;
  constructor(private readonly list: () => readonly Investigation[]) {}

  async records(since: Date): Promise<CaseRecord[]> {
    return this.list()
      .filter((inv) => new Date(inv.createdAt) >= since)
      .map((inv) => ({
        createdAt: new Date(inv.createdAt),
        category: inv.category,
        codes: inv.findings.map((f) => f.code),
        networks: [...new Set(inv.transactions.map((t) => t.network))],
      }));
  }
}
