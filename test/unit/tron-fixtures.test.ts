import { readFileSync } from 'node:fs';
import { sha256 } from 'ethers';
import { Trx } from 'tronweb';
import { describe, expect, it } from 'vitest';
import { toBase58Address } from '../../chains/tron/address.ts';
import { loadTronFixtures } from '../../chains/tron/devnet/fixtures.ts';
import { buildTronFixtures, fixtureJson } from '../../chains/tron/devnet/generate-fixtures.ts';
import { HEAD_BLOCK, SOLIDIFIED_BLOCK } from '../../chains/tron/devnet/state.ts';

const fixtures = loadTronFixtures();

describe('TRON scenario fixtures', () => {
  it('are exactly what the generator writes (regenerate with npx tsx chains/tron/devnet/generate-fixtures.ts)', () => {
    const built = buildTronFixtures();
    expect(built.map((f) => f.scenario).sort()).toEqual(fixtures.map((f) => f.scenario).sort());
    for (const f of built) {
      const file = new URL(`../../chains/tron/devnet/fixtures/tron-${f.scenario}.json`, import.meta.url);
      expect(readFileSync(file, 'utf8'), f.scenario).toBe(fixtureJson(f));
    }
  });

  it.each(fixtures.map((f) => [f.scenario, f] as const))('%s is a consistent, signed transaction with its sources noted', (_, f) => {
    expect(f.source.length).toBeGreaterThan(0);
    const tx = f.transaction;
    // txID is sha256 of the protobuf raw_data; tronweb rebuilds raw_data from the JSON and compares.
    expect(sha256(`0x${tx.raw_data_hex}`).slice(2)).toBe(tx.txID);
    const owner = toBase58Address(String(tx.raw_data.contract[0].parameter.value.owner_address));
    expect(Trx.ecRecover(tx as never)).toBe(owner);
    if (f.where === 'pending') {
      expect(f.info).toBeUndefined();
      expect(tx.ret).toBeUndefined();
      return;
    }
    expect(f.info!.id).toBe(tx.txID);
    const block = f.info!.blockNumber!;
    expect(block).toBeLessThanOrEqual(HEAD_BLOCK);
    expect(block <= SOLIDIFIED_BLOCK).toBe(f.where === 'solidified');
    // fee = energy + bandwidth + fees outside both (activation, permission update).
    const r = f.info!.receipt ?? {};
    expect(f.info!.fee ?? 0).toBeGreaterThanOrEqual((r.energy_fee ?? 0) + (r.net_fee ?? 0));
  });
});
