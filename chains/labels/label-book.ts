import { readFileSync } from 'node:fs';
import { z } from 'zod';
import type { Family, Label, Network } from '../types.ts';

const LabelEntry = z.object({
  family: z.enum(['evm', 'tron', 'solana']),
  network: z.string().optional(),
  address: z.string().min(20),
  name: z.string().min(1).max(100),
  kind: z.enum(['exchange', 'token', 'bridge', 'drainer', 'scam', 'service']),
});
export const LabelFile = z.object({ about: z.string().optional(), labels: z.array(LabelEntry) });
export type LabelEntry = z.infer<typeof LabelEntry>;

/**
 * Names for well-known addresses (exchanges, tokens, drainers). Data only: the file
 * format is documented in the README and operators extend it with LABELS_FILE.
 */
export class LabelBook {
  private readonly byKey = new Map<string, Label>();

  constructor(entries: LabelEntry[]) {
    for (const e of entries) this.byKey.set(key(e.family, e.network, e.address), { name: e.name, kind: e.kind });
  }

  /** Reads and validates a label file; a bad file throws with the zod issues. */
  static readFile(path: string): LabelEntry[] {
    return LabelFile.parse(JSON.parse(readFileSync(path, 'utf8'))).labels;
  }

  static defaults(): LabelBook {
    return new LabelBook(LabelBook.readFile(new URL('./default-labels.json', import.meta.url).pathname));
  }

  /** A copy with more entries (later entries win). */
  with(entries: LabelEntry[]): LabelBook {
    const book = new LabelBook(entries);
    for (const [k, v] of this.byKey) if (!book.byKey.has(k)) book.byKey.set(k, v);
    return book;
  }

  /** The labels of those addresses that have one, keyed by address (for AddressFacts.labels). */
  pick(network: Network, addresses: Iterable<string>): Record<string, Label> {
    const picked: Record<string, Label> = {};
    for (const a of addresses) {
      const label = this.get(network, a);
      if (label) picked[a] = label;
    }
    return picked;
  }

  get(network: Network, address: string): Label | undefined {
    return this.byKey.get(key(network.family, network.id, address)) ?? this.byKey.get(key(network.family, undefined, address));
  }
}

function key(family: Family, network: string | undefined, address: string): string {
  // EVM addresses are case-insensitive; base58 ones are not.
  return `${family}:${network ?? '*'}:${family === 'evm' ? address.toLowerCase() : address}`;
}
