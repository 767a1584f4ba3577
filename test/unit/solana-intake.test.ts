import { describe, expect, it } from 'vitest';
import { evmNetworks } from '../../chains/evm/networks.ts';
import { solanaDemoNetwork } from '../../chains/solana/devnet/server.ts';
import { solana, solanaDevnet, solanaNetworks } from '../../chains/solana/networks.ts';
import { parseComplaint } from '../../src/intake/complaint.ts';
import { findExplorerLinks, familiesForTxId, findIdentifiers } from '../../src/intake/identifiers.ts';

// A real mainnet signature (solana-foundation/explorer transfer-instruction fixtures).
const SIG = '2kHbPUGzehenUXQbBfAVZGcuTrSUVDMEyU2aGcjFbuUAJkG28CyQPCGZF68u369MU7WHMvJboyioqyihvtR75nLn';
const USDC = 'EPjFWdd5AufqSSqeM2qN1xzybapC8G4wEGGkZwyTDt1v';

describe('Solana explorer links', () => {
  it.each([
    [`https://solscan.io/tx/${SIG}`, 'solana'],
    [`https://explorer.solana.com/tx/${SIG}`, 'solana'],
    [`https://solscan.io/tx/${SIG}?cluster=devnet`, 'solana-devnet'],
    [`https://explorer.solana.com/tx/${SIG}?cluster=devnet`, 'solana-devnet'],
  ])('reads %s as a %s transaction', (link, network) => {
    const ids = parseComplaint({ text: `转账失败 ${link}` }, [...evmNetworks, ...solanaNetworks]).txIds;
    expect(ids).toEqual([{ kind: 'tx', value: SIG, network, source: 'link' }]);
  });

  it('a devnet template matches only links that name devnet', () => {
    expect(findExplorerLinks(`https://solscan.io/tx/${SIG}`, [solanaDevnet])).toEqual([]);
    expect(findExplorerLinks(`https://solscan.io/tx/${SIG}?cluster=devnet`, [solanaDevnet])).toEqual([{ kind: 'tx', value: SIG, network: 'solana-devnet', source: 'link' }]);
  });

  it('in demo mode a mainnet link is not mistaken for devnet', () => {
    // The demo serves a copy of mainnet whose links point at the app; real mainnet is not in the list.
    const ids = parseComplaint({ text: `https://solscan.io/tx/${SIG}` }, [solanaDemoNetwork('http://demo.local'), solanaDevnet]).txIds;
    expect(ids).toEqual([{ kind: 'tx', value: SIG, network: undefined, source: 'text' }]);
  });

  it('reads account links', () => {
    expect(findExplorerLinks(`https://solscan.io/account/${USDC}`, [solana])).toEqual([{ kind: 'address', value: USDC, network: 'solana', source: 'link' }]);
  });
});

describe('Solana identifiers and words', () => {
  it('finds a bare signature and knows only Solana can hold it', () => {
    expect(findIdentifiers(`my tx ${SIG} failed`).map((i) => i.kind)).toEqual(['tx']);
    expect(familiesForTxId(SIG)).toEqual(['solana']);
  });

  it('names the network from zh and en words', () => {
    for (const text of ['用sol链转的', 'sent on Solana', '索拉纳上转的 USDC', 'SPL USDC']) {
      expect(parseComplaint({ text }, [...evmNetworks, ...solanaNetworks]).hints.networks, text).toContain('solana');
    }
  });
});
