import type { Category } from '../diagnose/types.ts';
import { iso } from '../store/time.ts';
import { SETTLED_STATUSES, type TrendRow, type TrendsStore } from '../store/trends-store.ts';
import type { CaseRecord } from './case-record.ts';
import type { TrendsSource } from './source.ts';

const list = (s: string) => s.split(',').filter(Boolean);
const settled = (status: string) => (SETTLED_STATUSES as readonly string[]).includes(status);

/**
 * Every case in the archive (SQLite or PostgreSQL), shared by all instances and kept
 * across restarts. First answer: the first reply an agent marked sent. Resolution: when
 * the case last moved to resolved or closed (its creation, if the first check already
 * settled it), counted only while it stays settled: a reopened case is not resolved.
 */
export class CaseStoreTrendsSource implements TrendsSource {
  readonly coverage = 'case-store' as const;
  constructor(private readonly store: TrendsStore) {}

  async records(since: Date): Promise<CaseRecord[]> {
    return (await this.store.caseRows(iso(+since))).map(toRecord);
  }
}

export function toRecord(r: TrendRow): CaseRecord {
  const createdAt = new Date(r.created_at);
  return {
    createdAt,
    ...(r.first_reply_at ? { firstAnsweredAt: new Date(r.first_reply_at) } : {}),
    ...(settled(r.status) ? { resolvedAt: r.settled_at ? new Date(r.settled_at) : createdAt } : {}),
    category: r.category as Category,
    codes: list(r.codes),
    networks: list(r.networks),
  };
}
