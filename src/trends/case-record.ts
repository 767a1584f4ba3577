import type { Category } from '../diagnose/types.ts';

/**
 * The least a trend needs to know about a case: when it came in, when it was first
 * answered and resolved, and what it was about. Plain data: the case store (src/store)
 * or the in-memory recent investigations map their rows to it.
 */
export interface CaseRecord {
  createdAt: Date;
  /** When an agent first answered (a reply sent); absent: not yet. */
  firstAnsweredAt?: Date;
  resolvedAt?: Date;
  category: Category;
  /** Finding codes of its latest investigation. */
  codes: readonly string[];
  /** Networks of its transactions. */
  networks: readonly string[];
}

export type Dimension = 'category' | 'code' | 'network';

/** The keys a record counts under in one dimension (each at most once). */
export function keysOf(r: CaseRecord, dim: Dimension): string[] {
  if (dim === 'category') return [r.category];
  return [...new Set(dim === 'code' ? r.codes : r.networks)];
}

export const DAY_MS = 86_400_000;
export const HOUR_MS = 3_600_000;
