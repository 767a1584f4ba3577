import { describe, expect, it } from 'vitest';
import { associatedTokenAddress, metadataAddress, parseTokenMetadata } from '../../chains/solana/accounts.ts';
import { loadSolanaFixtures } from '../../chains/solana/devnet/fixtures.ts';

describe('associatedTokenAddress', () => {
  // Owner → associated token account pairs seen in real transactions
  // (solana-foundation/explorer app/entities/transfer-instruction/__fixtures__: mainnet USDC transfer, devnet wSOL ATA creation).
  it('derives the addresses the chain uses', () => {
    expect(associatedTokenAddress('B2v68t8MXb9zUms1VQKuCcvjrjKDK6fLd8ZngqmBGy1M', 'EPjFWdd5AufqSSqeM2qN1xzybapC8G4wEGGkZwyTDt1v')).toBe('Efc6bp3wVC2iQpewxRmKdZM8vzt9DCFFhL7EiHYNGunv');
    expect(associatedTokenAddress('3V9bd3EN5aNuhE4RiHGbZ1eZakJ1F9cDb8V4YLjCG8cg', 'EPjFWdd5AufqSSqeM2qN1xzybapC8G4wEGGkZwyTDt1v')).toBe('2e3Eb9tkT8252WhFR26Xz6SKoiatJScuMW1BHgGqPvvc');
    expect(associatedTokenAddress('CXirU4FJDRmyFKB3K6N8Qd8Rxeaxi1osi7kDa1ZRGp8B', 'So11111111111111111111111111111111111111112')).toBe('2sWE3tykvdEjNzLhVkNFCkDceWeVxFswVzBBeMSWKmGy');
  });
});

describe('token metadata', () => {
  it('reads name and symbol from a Metaplex metadata account', () => {
    const fixture = loadSolanaFixtures().find((f) => f.scenario === 'fake-usdc')!;
    const [address, account] = Object.entries(fixture.accounts!)[0];
    const mint = fixture.transaction!.meta!.postTokenBalances[0].mint;
    expect(address).toBe(metadataAddress(mint));
    const data = Buffer.from((account.data as [string])[0], 'base64');
    expect(parseTokenMetadata(data)).toEqual({ name: 'USD Coin', symbol: 'USDC' });
  });

  it('returns null for data that is not a metadata account', () => {
    expect(parseTokenMetadata(new Uint8Array(0))).toBeNull();
    expect(parseTokenMetadata(new Uint8Array(165))).toBeNull(); // a token account (key byte 0)
    const truncated = new Uint8Array(70);
    truncated[0] = 4;
    expect(parseTokenMetadata(truncated)).toBeNull();
  });
});
