import { id, keccak256, toUtf8Bytes } from 'ethers';
import { TronWeb } from 'tronweb';
import { toBase58Address, toHexAddress } from '../address.ts';

/**
 * Who is who on the TRON demo chain. Keys are derived from fixed labels, so addresses and
 * signatures are the same on every run; none of them holds anything on the real network.
 */
export interface TronActor {
  privateKey: string;
  address: string;
  hex: string;
}

export function tronDevnetActor(label: string): TronActor {
  const privateKey = id(`txtriage tron devnet ${label}`).slice(2);
  const address = TronWeb.address.fromPrivateKey(privateKey) as string;
  return { privateKey, address, hex: toHexAddress(address) };
}

/** A contract address (no key): the low 20 bytes of keccak256(label). */
export function tronDevnetContract(label: string): string {
  return toBase58Address(keccak256(toUtf8Bytes(`txtriage tron devnet contract ${label}`)).slice(-40));
}

export const tronActors = {
  user: tronDevnetActor('user'),
  exchange: tronDevnetActor('exchange deposit address'),
  /** Never held USDT: the first USDT transfer to it costs double energy. */
  newHolder: tronDevnetActor('address without usdt'),
  /** Does not exist on chain until the activation scenario's transfer creates it. */
  unactivated: tronDevnetActor('unactivated address'),
  lowBalanceUser: tronDevnetActor('user with little trx'),
  frozenSender: tronDevnetActor('blacklisted sender'),
  frozenMerchant: tronDevnetActor('blacklisted merchant'),
  scammer: tronDevnetActor('scammer'),
  thief: tronDevnetActor('thief'),
  victim: tronDevnetActor('permission victim'),
  gamer: tronDevnetActor('dapp player'),
};

/**
 * Who is who in the address (theft) scenarios. The look-alike has no key: poisoners grind
 * keys for such addresses, the demo only needs the address (it never signs).
 */
export const tronTheftActors = {
  /** Paid a friend, got fake "USDT" from a look-alike of the friend, then paid the look-alike. */
  poisonVictim: tronDevnetActor('poisoning victim'),
  friend: tronDevnetActor('poisoning friend'),
  /** Same first 4 after the T ("CjWT") and last 4 ("NcRT") as `friend`: found by grind-lookalike.ts (5.4 M tries, 20 s). */
  lookalike: 'TCjWT67rtTvwb7JQWCgD9YaAuuPQJoNcRT',
  poisoner: tronDevnetActor('address poisoner'),
  /** Approved USDT to a wallet (a "support agent" on chat), which then took it with transferFrom. */
  drainVictim: tronDevnetActor('approval drain victim'),
  drainer: tronDevnetActor('approval drainer'),
  drainCollector: tronDevnetActor('drain collector'),
  /** A labelled exchange hot wallet (demo label) where the drained USDT ends up. */
  exchangeHot: tronDevnetActor('demo exchange hot wallet'),
  cleanUser: tronDevnetActor('clean tron user'),
  /** Paid a friend; minutes later 1 sun of TRX and a spam TRC-10 arrived from a stranger (dusting). */
  dustVictim: tronDevnetActor('dusting victim'),
  dustFriend: tronDevnetActor('dusting victim friend'),
  duster: tronDevnetActor('duster'),
  /** A merchant address with thousands of payments (paging bounds). */
  busyMerchant: tronDevnetActor('busy merchant'),
};

export const tronContracts = {
  /** The real USDT address: the demo chain plays mainnet, and the adapter recognises USDT by address. */
  usdt: 'TR7NHqjeKQxGTCi8q8ZY4pL8otSzgjLj6t',
  fakeUsdt: tronDevnetContract('fake usdt trc20'),
  demoToken: tronDevnetContract('demo token with safemath'),
  game: tronDevnetContract('reward game'),
  /** A DEX router contract (demo label "service"): a limited approval to it is normal. */
  dexRouter: tronDevnetContract('demo dex router'),
  /** An address poisoner's batch contract (zero-value transferFrom to look-alikes). */
  poisoner: tronDevnetContract('address poisoner batch'),
};
