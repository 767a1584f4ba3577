import { AsyncLocalStorage } from 'node:async_hooks';
import type { Lane } from './lanes.ts';
import type { UpstreamTrace } from './trace.ts';

/**
 * What upstream work knows of the API request it serves: its lane and its trace, in ONE
 * AsyncLocalStorage. On Node 20 each enabled store adds its own step to the hook that
 * runs for every promise made; a second store cost ~0.1–0.15 µs per promise here. An
 * investigation makes only a few hundred promises, so this is tidiness more than speed.
 */
export interface RequestContext {
  lane?: Lane;
  trace?: UpstreamTrace;
}

const storage = new AsyncLocalStorage<RequestContext>();

/** Runs `fn` with `patch` over the current context (what it does not name is kept). */
export function withContext<T>(patch: RequestContext, fn: () => T): T {
  const current = storage.getStore();
  return storage.run(current ? { ...current, ...patch } : patch, fn);
}

export function currentContext(): RequestContext | undefined {
  return storage.getStore();
}
