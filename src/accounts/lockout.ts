/**
 * Back-off after failed sign-ins, per user name and per client address: the first few
 * failures cost nothing, then each one doubles the wait (1 s, 2 s, 4 s … capped at 15 min).
 * Pure: the caller keeps the counters and passes the clock.
 */
export interface FailureRecord {
  failures: number;
  lastFailureAt: number;
}

export const FREE_FAILURES = 5;
const MAX_WAIT_MS = 15 * 60 * 1000;
/** A quiet hour forgives old failures. */
const FORGIVE_AFTER_MS = 60 * 60 * 1000;

/** Milliseconds before another attempt is allowed (0: now). */
export function waitBeforeNextAttempt(rec: FailureRecord | undefined, now: number): number {
  if (!rec || rec.failures < FREE_FAILURES) return 0;
  if (now - rec.lastFailureAt > FORGIVE_AFTER_MS) return 0;
  const wait = Math.min(MAX_WAIT_MS, 1000 * 2 ** (rec.failures - FREE_FAILURES));
  return Math.max(0, rec.lastFailureAt + wait - now);
}

export function recordFailure(rec: FailureRecord | undefined, now: number): FailureRecord {
  const fresh = !rec || now - rec.lastFailureAt > FORGIVE_AFTER_MS;
  return { failures: fresh ? 1 : rec.failures + 1, lastFailureAt: now };
}
