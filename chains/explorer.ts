import type { Network } from './types.ts';

export function explorerTxUrl(network: Network, hash: string): string {
  return network.explorers[0]?.tx.replace('{hash}', hash) ?? '';
}

export function explorerAddressUrl(network: Network, address: string): string {
  return network.explorers[0]?.address.replace('{address}', address) ?? '';
}
