import { randomUUID } from 'node:crypto';
import type { ChainRegistry } from '../chains/registry.ts';
import type { Lang, Network, TxFacts, TxLookup } from '../chains/types.ts';
import { diagnose } from './diagnose/index.ts';
import type { Category, Policy, Priority, TxInvestigation } from './diagnose/types.ts';
import { InvalidInputError, UnknownNetworkError } from './errors/app-error.ts';
import { render, type RenderedFinding } from './explain/render.ts';
import { parseComplaint, type ComplaintInput } from './intake/complaint.ts';
import { familiesForTxId, type Identifier } from './intake/identifiers.ts';
import type { Hints } from './intake/hints.ts';

/** At most this many transactions are looked up per complaint. */
const MAX_TX_PER_COMPLAINT = 5;

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
  /** Every network asked, per transaction id, and what it answered. */
  lookups: { txHash: string; network: string; outcome: TxLookup['outcome']; error?: string }[];
  /** What intake understood from the complaint. */
  understood: { txIds: string[]; addresses: string[]; hints: Hints };
}

export interface InvestigatorOptions {
  registry: ChainRegistry;
  /** Every network txtriage knows (for links and names), served or not. */
  knownNetworks: readonly Network[];
  policy: Policy;
  demo: boolean;
  now?: () => number;
}

/** complaint → intake → adapters → diagnose → explain. */
export class Investigator {
  constructor(private readonly opts: InvestigatorOptions) {}

  async investigate(input: ComplaintInput): Promise<Investigation> {
    const { registry } = this.opts;
    if (input.network && !registry.network(input.network)) throw new UnknownNetworkError(input.network, registry.networks.map((n) => n.id));

    const complaint = parseComplaint(input, this.allNetworks());
    if (input.txHash && !complaint.txIds.some((t) => t.source === 'field' && this.candidates(t, complaint.hints).length > 0)) {
      throw new InvalidInputError([{ field: 'txHash', message: 'not a transaction id of any supported network (EVM 0x + 64 hex, TRON 64 hex, Solana base58 signature)' }]);
    }

    const txIds = complaint.txIds.slice(0, MAX_TX_PER_COMPLAINT);
    const txs: TxInvestigation[] = await Promise.all(txIds.map((id) => this.lookupEverywhere(id, complaint.hints)));

    const now = (this.opts.now ?? (() => Math.floor(Date.now() / 1000)))();
    const diagnosis = diagnose({
      txs,
      hints: complaint.hints,
      networks: this.allNetworks(),
      policy: this.opts.policy,
      now,
      addressesOnly: complaint.addresses.length > 0,
    });
    const transactions = txs.flatMap((t) => t.lookups.flatMap((l) => (l.outcome === 'found' ? [l.facts] : [])));
    const rendered = render(diagnosis, complaint.lang, this.allNetworks(), { demo: this.opts.demo, explorerUrls: transactions.map((t) => t.explorerUrl) });

    return {
      id: randomUUID(),
      createdAt: new Date(now * 1000).toISOString(),
      demo: this.opts.demo,
      lang: complaint.lang,
      category: diagnosis.category,
      priority: diagnosis.priority,
      ...rendered,
      transactions,
      lookups: txs.flatMap((t) =>
        t.lookups.map((l) => ({ txHash: t.id, network: l.network.id, outcome: l.outcome, ...(l.outcome === 'error' ? { error: `${l.error.code}: ${l.error.message}` } : {}) })),
      ),
      understood: { txIds: complaint.txIds.map((t) => t.value), addresses: complaint.addresses.map((a) => a.value), hints: complaint.hints },
    };
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
    if (networks.length > 0) return networks;
    // No served network can hold it: say which ones could have, so the answer is
    // "could not check", never "not found".
    const families = familiesForTxId(id.value);
    return this.opts.knownNetworks.filter((n) => families.includes(n.family) && !n.testnet && !n.demo);
  }

  private async lookupEverywhere(id: Identifier, hints: Hints): Promise<TxInvestigation> {
    const { registry } = this.opts;
    const networks = this.candidates(id, hints);
    const lookups = await Promise.all(
      networks.map(async (network): Promise<TxLookup> => {
        if (!registry.network(network.id)) {
          return { network, outcome: 'error', error: { code: 'NETWORK_NOT_CONFIGURED', message: `${network.id} has no endpoint configured on this instance` } };
        }
        const adapter = registry.adapterFor(network);
        return adapter.lookupTx(network, adapter.normalizeTxId(id.value));
      }),
    );
    const canonical = networks[0] ? registry.network(networks[0].id) : undefined;
    return { id: canonical ? registry.adapterFor(canonical).normalizeTxId(id.value) : id.value, lookups };
  }
}
