import { solana } from '../networks.ts';
import { DemoBank, demoWallet } from './bank.ts';
import type { SolanaFixture } from './fixtures.ts';

const USDC = solana.tokens.find((t) => t.symbol === 'USDC')!.address;

/**
 * A busy address (a market maker's hot wallet) with `count` transactions: USDC out and
 * in, SOL out and in, with 19 counterparties, a few slots apart. It shows what an address
 * investigation costs when the history is far longer than its bounds. USDC arriving in
 * its token account does not list the wallet itself (only the token account), as on the
 * real chain. Slots lie before every other demo history.
 */
export function buildBusyAddress(count: number): { address: string; fixtures: SolanaFixture[] } {
  const address = demoWallet('busy market maker');
  const peers = Array.from({ length: 19 }, (_, i) => demoWallet(`busy peer ${i}`));
  const bank = new DemoBank(370_000_000).mint(USDC, 6).fund(address, 10_000_000_000_000n).holdTokens(address, USDC, 10n ** 15n);
  for (const p of peers) bank.fund(p, 10n ** 15n).holdTokens(p, USDC, 10n ** 12n);
  for (let i = 0; i < count; i++) {
    const peer = peers[i % peers.length];
    const amount = BigInt(1_000_000 + ((i * 7_919) % 50_000_000));
    const label = `busy ${i}`;
    const after = 4;
    switch (i % 4) {
      case 0:
        bank.send({ label, feePayer: address, after, instructions: [{ kind: 'transferChecked', source: bank.ata(address, USDC), destination: bank.ata(peer, USDC), authority: address, amount }] });
        break;
      case 1:
        bank.send({ label, feePayer: peer, after, instructions: [{ kind: 'transferChecked', source: bank.ata(peer, USDC), destination: bank.ata(address, USDC), authority: peer, amount }] });
        break;
      case 2:
        bank.send({ label, feePayer: address, after, instructions: [{ kind: 'solTransfer', from: address, to: peer, lamports: amount * 10n }] });
        break;
      default:
        bank.send({ label, feePayer: peer, after, instructions: [{ kind: 'solTransfer', from: peer, to: address, lamports: amount * 10n }] });
    }
  }
  return { address, fixtures: bank.fixtures };
}
