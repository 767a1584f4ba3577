import type { Family, Network } from '../../chains/types.ts';

export type IdentifierKind = 'tx' | 'address';

export interface Identifier {
  kind: IdentifierKind;
  value: string;
  /** Network named by the explorer link it came from, if any. */
  network?: string;
  /** Where it was found, for agents: "text", "link", "txHash field"… */
  source: 'text' | 'link' | 'field';
}

const BASE58 = '[1-9A-HJ-NP-Za-km-z]';

const patterns: { kind: IdentifierKind; re: RegExp; check?: (v: string) => boolean }[] = [
  { kind: 'tx', re: /\b0x[0-9a-fA-F]{64}\b/g },
  { kind: 'tx', re: /\b[0-9a-fA-F]{64}\b/g },
  { kind: 'address', re: /\b0x[0-9a-fA-F]{40}\b/g },
  { kind: 'address', re: new RegExp(`\\bT${BASE58}{33}\\b`, 'g'), check: (v) => base58Length(v) === 25 },
  // Solana signatures are 64 bytes, addresses 32 bytes: the decoded length tells them apart
  // from TRON addresses and from ordinary words.
  { kind: 'tx', re: new RegExp(`\\b${BASE58}{86,88}\\b`, 'g'), check: (v) => base58Length(v) === 64 },
  { kind: 'address', re: new RegExp(`\\b${BASE58}{32,44}\\b`, 'g'), check: (v) => base58Length(v) === 32 && /\d/.test(v) && /[a-z]/.test(v) && /[A-Z]/.test(v) },
];

const BASE58_DIGITS = '123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz';
const BASE58_VALUE = new Int8Array(128).fill(-1);
for (let i = 0; i < BASE58_DIGITS.length; i++) BASE58_VALUE[BASE58_DIGITS.charCodeAt(i)] = i;

/**
 * Decoded byte length of a base58 string (leading '1's are zero bytes); -1 when it is not
 * base58. Every base58-looking word of a complaint is measured (several times), so this
 * converts in small byte limbs rather than through a bigint.
 */
export function base58Length(value: string): number {
  let leadingZeros = 0;
  while (leadingZeros < value.length && value.charCodeAt(leadingZeros) === 49) leadingZeros++;
  // The number's bytes, least significant first.
  const bytes: number[] = [];
  for (let i = leadingZeros; i < value.length; i++) {
    const code = value.charCodeAt(i);
    let carry = code < 128 ? BASE58_VALUE[code] : -1;
    if (carry < 0) return -1;
    for (let j = 0; j < bytes.length; j++) {
      carry += bytes[j] * 58;
      bytes[j] = carry & 0xff;
      carry >>= 8;
    }
    for (; carry > 0; carry >>= 8) bytes.push(carry & 0xff);
  }
  return leadingZeros + bytes.length;
}

/** Every hash and address in free text, in order of appearance, without duplicates. */
export function findIdentifiers(text: string): (Identifier & { index: number })[] {
  const found: (Identifier & { index: number })[] = [];
  const taken: [number, number][] = [];
  for (const { kind, re, check } of patterns) {
    for (const m of text.matchAll(re)) {
      const start = m.index!;
      const end = start + m[0].length;
      if (taken.some(([s, e]) => start < e && end > s)) continue;
      if (check && !check(m[0])) continue;
      taken.push([start, end]);
      found.push({ kind, value: m[0], source: 'text', index: start });
    }
  }
  return found.sort((a, b) => a.index - b.index);
}

/** A web link in a complaint, up to the first space, quote or closing punctuation (ASCII or full-width). */
export const LINK = /https?:\/\/[^\s<>"'，。）)]+/g;

/**
 * Explorer links, recognised from the networks' own explorer templates, so a new
 * network's links work without touching this code.
 */
export function findExplorerLinks(text: string, networks: readonly Network[]): Identifier[] {
  const out: Identifier[] = [];
  for (const m of text.matchAll(LINK)) {
    const link = m[0];
    const multi = multiChainLink(link, networks);
    if (multi) out.push({ ...multi, source: 'link' });
    for (const network of networks) {
      for (const explorer of network.explorers) {
        for (const [kind, template] of [['tx', explorer.tx], ['address', explorer.address]] as const) {
          const value = matchTemplate(link, template, kind === 'tx' ? '{hash}' : '{address}');
          if (value) out.push({ kind, value, network: template.includes('?') ? network.id : clusterNetwork(link, network), source: 'link' });
        }
      }
    }
  }
  return out;
}

/**
 * Explorers that serve many chains name the chain in the path: OKLink, which many Chinese
 * users paste (oklink.com/zh-hans/trx/tx/…, /bsc/tx/…), Blockchair
 * (blockchair.com/tron/transaction/…) and Blockchain.com (blockchain.com/explorer/
 * transactions/eth/…, or the older blockchain.com/eth/tx/…). Their chain names, by our
 * network ids; a chain we do not serve (Bitcoin) stays an explorer elsewhere (places.ts).
 */
const MULTI_CHAIN_EXPLORERS: { re: RegExp; chains: Record<string, string> }[] = [
  {
    re: /^https?:\/\/(?:www\.)?oklink\.com\/(?:[a-z]{2}(?:-[a-z]+)?\/)?(?<chain>[a-z0-9-]+)\/(?<kind>tx|address)\/(?<value>[0-9A-Za-z]+)/i,
    chains: { eth: 'ethereum', bsc: 'bsc', trx: 'tron', tron: 'tron', sol: 'solana', solana: 'solana', polygon: 'polygon', 'arbitrum-one': 'arbitrum', arbitrum: 'arbitrum', optimism: 'optimism', op: 'optimism', base: 'base', avaxc: 'avalanche' },
  },
  {
    re: /^https?:\/\/(?:www\.)?blockchair\.com\/(?<chain>[a-z0-9-]+)\/(?<kind>transaction|address)\/(?<value>[0-9A-Za-z]+)/i,
    chains: { ethereum: 'ethereum', 'binance-smart-chain': 'bsc', bnb: 'bsc', tron: 'tron', solana: 'solana', polygon: 'polygon', arbitrum: 'arbitrum', optimism: 'optimism', base: 'base', avalanche: 'avalanche' },
  },
  {
    re: /^https?:\/\/(?:www\.)?blockchain\.com\/explorer\/(?<kind>transactions|addresses)\/(?<chain>[a-z]+)\/(?<value>[0-9A-Za-z]+)/i,
    chains: { eth: 'ethereum' },
  },
  {
    re: /^https?:\/\/(?:www\.)?blockchain\.com\/(?<chain>[a-z]+)\/(?<kind>tx|address)\/(?<value>[0-9A-Za-z]+)/i,
    chains: { eth: 'ethereum' },
  },
];

/** A multi-chain explorer's link to one of these networks; undefined for any other link. */
export function multiChainLink(link: string, networks: readonly Network[]): { kind: 'tx' | 'address'; value: string; network: string } | undefined {
  for (const { re, chains } of MULTI_CHAIN_EXPLORERS) {
    const g = link.match(re)?.groups;
    if (!g) continue;
    const network = chains[g.chain.toLowerCase()];
    if (network && networks.some((n) => n.id === network)) return { kind: /^address/i.test(g.kind) ? 'address' : 'tx', value: g.value, network };
  }
  return undefined;
}

function matchTemplate(link: string, template: string, slot: string): string | undefined {
  const [prefix, suffix = ''] = template.split(slot);
  const strip = (u: string) => u.replace(/^https?:\/\/(www\.)?/, '');
  const l = strip(link);
  const p = strip(prefix);
  if (!l.toLowerCase().startsWith(p.toLowerCase())) return undefined;
  // A template's query names its network ("?cluster=devnet"): a link without it is another network's.
  const given = new URLSearchParams(link.split('?')[1] ?? '');
  for (const [key, value] of new URLSearchParams(suffix.split('?')[1] ?? '')) if (given.get(key) !== value) return undefined;
  const rest = l.slice(p.length).match(/^[0-9A-Za-z]+/);
  return rest?.[0];
}

/** explorer.solana.com and solscan links name devnet with ?cluster=devnet. */
function clusterNetwork(link: string, network: Network): string {
  const cluster = link.match(/[?&]cluster=([a-z-]+)/)?.[1];
  if (cluster && cluster !== 'mainnet' && cluster !== 'mainnet-beta') return `${network.id}-${cluster}`;
  return network.id;
}

/** Which chain families a transaction id's shape fits, before any network is asked. */
export function familiesForTxId(value: string): Family[] {
  if (/^0x[0-9a-fA-F]{64}$/.test(value)) return ['evm'];
  if (/^[0-9a-fA-F]{64}$/.test(value)) return ['tron', 'evm'];
  if (base58Length(value) === 64) return ['solana'];
  return [];
}
