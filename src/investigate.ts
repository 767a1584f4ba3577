import { randomUUID } from 'node:crypto';
import type { ChainRegistry } from '../chains/registry.ts';
import { showAmount } from '../chains/amount.ts';
import type { AddressFacts, AddressLimits, AddressLookup, Lang, Network, TxFacts, TxLookup } from '../chains/types.ts';
import { diagnose } from './diagnose/index.ts';
import type { AddressInvestigation, Category, Diagnosis, Finding, Policy, Priority, TxInvestigation } from './diagnose/types.ts';
import { InvalidInputError, UnknownNetworkError } from './errors/app-error.ts';
import { render, type RenderedFinding } from './explain/render.ts';
import { parseComplaint, type ComplaintInput } from './intake/complaint.ts';
import { familiesForTxId, type Identifier } from './intake/identifiers.ts';
import type { Hints } from './intake/hints.ts';
import { understood, type Understood } from './intake/understood.ts';
import { planLookups, type LookupPlan } from './lookup-plan.ts';
import type { NetworkHealth } from '../chains/health/types.ts';

/** What an investigation needs of the network monitor (chains/health/monitor.ts). */
export interface HealthSource {
  touch(networkId: string): void;
  /** The assessment, probing first when the newest sample is older than `maxAgeMs`. */
  fresh(networkId: string, maxAgeMs: number): Promise<NetworkHealth | undefined>;
  snapshot(networkId: string): NetworkHealth | undefined;
}

/** At most this many transactions are looked up per complaint. */
const MAX_TX_PER_COMPLAINT = 5;
/** At most this many addresses get a history investigation per complaint. */
const MAX_ADDRESSES_PER_COMPLAINT = 2;

/** One line of an address's story, newest first, for agents. */
export interface TimelineEntry {
  timestamp: number | null;
  block: number;
  kind: 'in' | 'out' | 'approval' | 'authority';
  summary: string;
  hash: string;
}

export interface AddressReport extends AddressFacts {
  timeline: TimelineEntry[];
}

export interface Investigation {
  id: string;
  createdAt: string;
  /** True when the answer comes from the local demo chains. */
  demo: boolean;
  lang: Lang;
  category: Category;
  priority: Priority;
  findings: RenderedFinding[];
  explanation: string;
  suggestedReply: string;
  nextSteps: string[];
  transactions: TxFacts[];
  /** Address investigations (theft, drains, scams): history, approvals, trails, coverage. */
  addresses: AddressReport[];
  /** Every network asked, per transaction id, and what it answered. */
  lookups: { txHash: string; network: string; outcome: TxLookup['outcome']; error?: string }[];
  /** What intake understood from the complaint. */
  understood: Understood;
  /** The state of each network a transaction was found on, as the diagnosis saw it (the status page's banner). */
  networkHealth: NetworkHealth[];
}

/** What a caller sees of a result before it is put into words (to decide `followUp`). */
export type FollowUpDraft = Pick<Investigation, 'category' | 'priority' | 'transactions' | 'lookups' | 'understood'> & { findings: Finding[] };

export interface InvestigatorOptions {
  registry: ChainRegistry;
  /** Every network txtriage knows (for links and names), served or not. */
  knownNetworks: readonly Network[];
  policy: Policy;
  /** Bounds of an address investigation. */
  addressLimits: AddressLimits;
  demo: boolean;
  now?: () => number;
  /** Look a hash up on one network after another instead of all at once (the benchmark's baseline only). */
  sequentialLookups?: boolean;
  /** The network monitor; absent: waiting times use each network's typical block time. */
  health?: HealthSource;
  /** HELP_BASE_URL: replies link the self-help article of their main finding. */
  helpBaseUrl?: string;
  /** Told of every investigation made (metrics count them). */
  onInvestigation?: (inv: Investigation) => void;
  /** Across families, the less likely ones are asked after this long if the likely one has not answered (default 1000 ms). */
  hedgeAfterMs?: number;
}

/** complaint → intake → adapters → diagnose → explain. */
export class Investigator {
  /** What each investigation was rendered from, so its words can be rendered again in another language (rendering is pure). */
  private readonly rendered = new WeakMap<Investigation, { diagnosis: Diagnosis; followUp?: boolean }>();

  constructor(private readonly opts: InvestigatorOptions) {}

  /**
   * The same investigation in another language: the same diagnosis rendered again, same id,
   * no new lookup. Undefined when this instance did not make it (then there is nothing to re-render).
   */
  rerender(inv: Investigation, lang: Lang): Investigation | undefined {
    const source = this.rendered.get(inv);
    if (!source) return undefined;
    const words = render(source.diagnosis, lang, this.allNetworks(), { demo: this.opts.demo, explorerUrls: inv.transactions.map((t) => t.explorerUrl), followUp: source.followUp });
    const again: Investigation = { ...inv, lang, ...words };
    this.rendered.set(again, source);
    return again;
  }

  /**
   * `followUp`: the caller (a case) re-checks a result that can still change, so the reply
   * may promise to look again. One-shot callers (/v1/tx, the status page) leave it off.
   * `addressHistory: false`: no address investigation (the public status page: they are
   * costly and agent-only); an address alone then asks for the transaction hash.
   */
  async investigate(input: ComplaintInput, opts: { followUp?: boolean | ((draft: FollowUpDraft) => boolean); addressHistory?: boolean } = {}): Promise<Investigation> {
    const { registry } = this.opts;
    if (input.network && !registry.network(input.network)) throw new UnknownNetworkError(input.network, registry.networks.map((n) => n.id));

    const complaint = parseComplaint(input, this.allNetworks());
    if (input.txHash && !complaint.txIds.some((t) => t.source === 'field' && this.candidates(t, complaint.hints).length > 0)) {
      throw new InvalidInputError([{ field: 'txHash', message: 'not a transaction id of any supported network (EVM 0x + 64 hex, TRON 64 hex, Solana base58 signature)' }]);
    }

    const txIds = complaint.txIds.slice(0, MAX_TX_PER_COMPLAINT);
    const addressIds = opts.addressHistory === false ? [] : this.addressesToInvestigate(complaint.addresses, complaint.hints, txIds.length > 0);
    const [txs, addresses]: [TxInvestigation[], AddressInvestigation[]] = await Promise.all([
      Promise.all(txIds.map((id) => this.lookupEverywhere(id, complaint.hints))),
      Promise.all(addressIds.map((id) => this.investigateAddressEverywhere(id, complaint.hints))),
    ]);

    const health = await this.healthFor(txs);
    const now = (this.opts.now ?? (() => Math.floor(Date.now() / 1000)))();
    const diagnosis = diagnose({
      health,
      txs,
      addresses,
      hints: complaint.hints,
      networks: this.allNetworks(),
      policy: this.opts.policy,
      now,
      addressesOnly: complaint.addresses.length > 0,
    });
    const transactions = txs.flatMap((t) => t.lookups.flatMap((l) => (l.outcome === 'found' ? [l.facts] : [])));
    const lookups = txs.flatMap((t) =>
      t.lookups.map((l) => ({ txHash: t.id, network: l.network.id, outcome: l.outcome, ...(l.outcome === 'error' ? { error: `${l.error.code}: ${l.error.message}` } : {}) })),
    );
    const understoodBlock = understood(complaint);
    // A case decides from the result whether it will be re-checked, and only then may the reply say so.
    const followUp = typeof opts.followUp === 'function' ? opts.followUp({ ...diagnosis, transactions, lookups, understood: understoodBlock }) : opts.followUp;
    const rendered = render(diagnosis, complaint.lang, this.allNetworks(), { demo: this.opts.demo, explorerUrls: transactions.map((t) => t.explorerUrl), followUp, helpBaseUrl: this.opts.helpBaseUrl });

    const inv: Investigation = {
      id: randomUUID(),
      createdAt: new Date(now * 1000).toISOString(),
      demo: this.opts.demo,
      lang: complaint.lang,
      category: diagnosis.category,
      priority: diagnosis.priority,
      ...rendered,
      transactions,
      addresses: addresses.flatMap((a) => a.lookups.flatMap((l) => (l.outcome === 'found' ? [withTimeline(l.facts)] : []))),
      lookups,
      understood: understoodBlock,
      networkHealth: Object.values(health),
    };
    this.rendered.set(inv, { diagnosis, followUp });
    this.opts.onInvestigation?.(inv);
    return inv;
  }

  /**
   * The monitor's view of each network a transaction was found on. Where the answer is
   * still moving (pending, awaiting confirmations) and the newest sample is older than two
   * polls, one probe is made first; otherwise the current sample is used as it is.
   */
  private async healthFor(txs: TxInvestigation[]): Promise<Record<string, NetworkHealth>> {
    const source = this.opts.health;
    if (!source) return {};
    const found = txs.flatMap((t) => t.lookups.flatMap((l) => (l.outcome === 'found' ? [{ network: l.network, facts: l.facts }] : [])));
    const out: Record<string, NetworkHealth> = {};
    await Promise.all(
      [...new Map(found.map((f) => [f.network.id, f])).values()].map(async ({ network }) => {
        source.touch(network.id);
        const moving = found.some((f) => f.network.id === network.id && !f.facts.final && (f.facts.status === 'pending' || f.facts.status === 'success'));
        const pollMs = (network.health?.pollSeconds ?? Math.max(4, network.blockTimeSeconds)) * 1000;
        const h = moving ? await source.fresh(network.id, 2 * pollMs).catch(() => source.snapshot(network.id)) : source.snapshot(network.id);
        if (h) out[network.id] = h;
      }),
    );
    return out;
  }

  /**
   * Which addresses get a history investigation: all of them when the complaint has no
   * transaction, or reports theft; never the address the user says they paid (that is
   * the other party).
   */
  private addressesToInvestigate(ids: Identifier[], hints: Hints, hasTx: boolean): Identifier[] {
    if (hasTx && !hints.theft) return [];
    const claimed = hints.claimedRecipient?.toLowerCase();
    // "I sent 120 USDT to <address>, not received": a theft scan of the receiver ("no sign of
    // theft") answers another question; the transfer's hash is what is missing. Said with
    // theft words, the receiver alone is still looked at.
    return ids.filter((a) => a.value.toLowerCase() !== claimed || (ids.length === 1 && hints.theft)).slice(0, MAX_ADDRESSES_PER_COMPLAINT);
  }

  private async investigateAddressEverywhere(id: Identifier, hints: Hints): Promise<AddressInvestigation> {
    const { registry } = this.opts;
    const named = id.network ? registry.network(id.network) : undefined;
    const hinted = hints.networks.map((h) => registry.network(h)).filter((n): n is Network => Boolean(n));
    const capable = registry.networks.filter((n) => registry.adapterFor(n).isAddress?.(id.value));
    const networks = named ? [named] : hinted.some((h) => capable.includes(h)) ? hinted.filter((h) => capable.includes(h)) : capable;
    const lookups = await Promise.all(
      networks.map((network): Promise<AddressLookup> => {
        const adapter = registry.adapterFor(network);
        if (!adapter.investigateAddress) return Promise.resolve({ network, outcome: 'error', error: { code: 'NOT_SUPPORTED', message: `address history is not available on ${network.id}` } });
        return adapter.investigateAddress(network, id.value, this.opts.addressLimits);
      }),
    );
    return { address: id.value, lookups };
  }

  /** Served networks plus every network we know by data (for links, names and wrong-network hints). */
  private allNetworks(): Network[] {
    const served = this.opts.registry.networks;
    return [...served, ...this.opts.knownNetworks.filter((k) => !served.some((s) => s.id === k.id))];
  }

  /** Networks a transaction id could live on. */
  private candidates(id: Identifier, hints: Hints): Network[] {
    const { registry } = this.opts;
    if (id.network) {
      const named = registry.network(id.network) ?? this.opts.knownNetworks.find((n) => n.id === id.network);
      return named ? [named] : [];
    }
    let networks = registry.networks.filter((n) => registry.adapterFor(n).isTxId(id.value));
    // A bare 64-hex id is a TRON id or an EVM hash without its 0x; if the user names TRON, believe them.
    const bareHex = /^[0-9a-fA-F]{64}$/.test(id.value);
    const namesTron = hints.networks.some((h) => registry.network(h)?.family === 'tron');
    if (bareHex && namesTron) networks = networks.filter((n) => n.family === 'tron');
    if (networks.length > 0) return byLikelihood(networks, hints);
    // No served network can hold it: say which ones could have, so the answer is
    // "could not check", never "not found".
    const families = familiesForTxId(id.value);
    return this.opts.knownNetworks.filter((n) => families.includes(n.family) && !n.testnet && !n.demo);
  }

  private lookupByPlan(plan: LookupPlan, lookupOn: (n: Network) => Promise<TxLookup>): Promise<TxLookup[]> {
    return runPlan(plan, lookupOn, this.opts.hedgeAfterMs ?? 1000);
  }

  private async lookupEverywhere(id: Identifier, hints: Hints): Promise<TxInvestigation> {
    const { registry } = this.opts;
    const networks = this.candidates(id, hints);
    const lookupOn = async (network: Network): Promise<TxLookup> => {
      if (!registry.network(network.id)) {
        return { network, outcome: 'error', error: { code: 'NETWORK_NOT_CONFIGURED', message: `${network.id} has no endpoint configured on this instance` } };
      }
      const adapter = registry.adapterFor(network);
      return adapter.lookupTx(network, adapter.normalizeTxId(id.value));
    };
    const lookups: TxLookup[] = [];
    if (this.opts.sequentialLookups) for (const network of networks) lookups.push(await lookupOn(network));
    else lookups.push(...(await this.lookupByPlan(planLookups(id.value, networks, hints), lookupOn)));
    const canonical = networks[0] ? registry.network(networks[0].id) : undefined;
    return { id: canonical ? registry.adapterFor(canonical).normalizeTxId(id.value) : id.value, lookups };
  }
}

/**
 * Where the complaint points is asked first (explorers, T… addresses, TRX…: `hints.likely`),
 * then the rest in registry order. A lookup hint only orders; it never drops a network.
 */
function byLikelihood(networks: Network[], hints: Hints): Network[] {
  const rank = (n: Network) => {
    const named = hints.likely.networks.indexOf(n.id);
    if (named >= 0) return named;
    const family = hints.likely.families.indexOf(n.family);
    return family >= 0 ? 100 + family : 1000;
  };
  return networks.map((n, i) => ({ n, i })).sort((a, b) => rank(a.n) - rank(b.n) || a.i - b.i).map((x) => x.n);
}

/**
 * Runs a plan: the first networks at once; the hedge only if none of them found it — as
 * soon as they all answered without it, or after `hedgeAfterMs` while they are still busy
 * (a slow family must not hold the answer up).
 */
async function runPlan(plan: LookupPlan, lookupOn: (n: Network) => Promise<TxLookup>, hedgeAfterMs: number): Promise<TxLookup[]> {
  if (plan.hedge.length === 0) return Promise.all(plan.first.map(lookupOn));
  const first = plan.first.map(lookupOn);
  const firstDone = Promise.all(first);
  const found = new Promise<'found'>((resolve) => {
    for (const p of first) p.then((l) => l.outcome === 'found' && resolve('found'), () => {});
  });
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<'late'>((resolve) => (timer = setTimeout(() => resolve('late'), hedgeAfterMs)));
  const why = await Promise.race([found, firstDone.then(() => 'done' as const), late]);
  clearTimeout(timer);
  if (why === 'found') return firstDone;
  if (why === 'done') {
    const results = await firstDone;
    if (results.some((l) => l.outcome === 'found')) return results;
  }
  const [a, b] = await Promise.all([firstDone, Promise.all(plan.hedge.map(lookupOn))]);
  return [...a, ...b];
}

function withTimeline(facts: AddressFacts): AddressReport {
  const timeline: TimelineEntry[] = [
    ...facts.transfers.map((t) => ({
      timestamp: t.timestamp,
      block: t.block,
      kind: t.direction,
      summary: `${t.direction === 'out' ? 'sent' : 'received'} ${showAmount(t.amount)}${t.impersonates ? ' (fake token)' : ''} ${t.direction === 'out' ? 'to' : 'from'} ${t.counterparty}${t.executor && t.direction === 'out' && t.executor.toLowerCase() !== facts.address.toLowerCase() ? ` — sent by ${t.executor}` : ''}`,
      hash: t.hash,
    })),
    ...facts.approvals.map((a) => ({
      timestamp: a.timestamp,
      block: a.block,
      kind: 'approval' as const,
      summary: `approved ${a.spender} to spend ${a.approved === 'unlimited' ? 'unlimited' : showAmount(a.approved)} ${a.symbol} (now: ${a.current === null ? 'unknown' : typeof a.current === 'string' ? a.current : showAmount(a.current)})`,
      hash: a.hash,
    })),
    ...facts.authorityChanges.map((c) => ({ timestamp: c.timestamp, block: 0, kind: 'authority' as const, summary: c.detail, hash: c.hash })),
  ].sort((x, y) => (y.timestamp ?? 0) - (x.timestamp ?? 0) || y.block - x.block);
  return { ...facts, timeline };
}
