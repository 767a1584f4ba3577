import type { NetworkHealth } from '../../chains/health/types.ts';
import type { AddressFacts, AddressLookup, Network, TxFacts, TxLookup } from '../../chains/types.ts';
import type { Hints } from '../intake/hints.ts';
import type { FindingCode } from './codes/index.ts';

export type Severity = 'critical' | 'high' | 'medium' | 'low' | 'info';
export type Category = 'delay' | 'failure' | 'missing' | 'suspicious' | 'ok' | 'inconclusive';
export type Priority = 'P1' | 'P2' | 'P3' | 'P4';

export interface CodeSpec {
  category: Category;
  severity: Severity;
  /** Funds lost or at risk: the reply warns about seed-phrase requests and "recovery services". */
  warnScams?: boolean;
  /** One line for the README's code table and the OpenAPI description. */
  summary: string;
}

/** One on-chain fact backing a finding, with a link where a person can check it. */
export interface Evidence {
  label: string;
  value: string;
  url?: string;
}

/** Values messages interpolate. Amounts are already "<number> <unit>". */
export type FindingParams = Record<string, string | number | undefined>;

export interface Finding {
  code: FindingCode;
  severity: Severity;
  category: Category;
  params: FindingParams;
  evidence: Evidence[];
  network?: string;
  txHash?: string;
  /** The investigated address, for address findings. */
  address?: string;
}

/** All lookups made for one transaction id across the networks it could live on. */
export interface TxInvestigation {
  id: string;
  lookups: TxLookup[];
}

/** All networks asked about one address. */
export interface AddressInvestigation {
  address: string;
  lookups: AddressLookup[];
}

export interface AddressContext {
  facts: AddressFacts;
  network: Network;
  input: DiagnosisInput;
}

/** A rule looks at one address's history and reports what it sees. */
export type AddressRule = (ctx: AddressContext) => Finding[];

export interface Policy {
  /** Stablecoin amount (USD) at or above which a case is a large sum. */
  largeAmountUsd: number;
}

export interface DiagnosisInput {
  txs: TxInvestigation[];
  addresses: AddressInvestigation[];
  hints: Hints;
  /** Networks that could be consulted (for "searched on …" wording). */
  networks: readonly Network[];
  policy: Policy;
  /** Seconds since epoch; passed in so rules stay pure. */
  now: number;
  /** True when the complaint named addresses but no transaction. */
  addressesOnly: boolean;
  /**
   * The network monitor's assessment per network id at investigation time (data, not I/O):
   * live block interval, fee percentiles, busy/slow/stalled. Absent: typical values only.
   */
  health?: Record<string, NetworkHealth>;
}

export interface TxContext {
  tx: TxFacts;
  network: Network;
  input: DiagnosisInput;
}

/** A rule looks at one found transaction and reports what it sees. */
export type TxRule = (ctx: TxContext) => Finding[];

export interface Diagnosis {
  findings: Finding[];
  category: Category;
  priority: Priority;
}
