import { readFileSync } from 'node:fs';
import { sha256 } from 'ethers';
import { Trx } from 'tronweb';
import { describe, expect, it } from 'vitest';
import { isTronAddress, toBase58Address } from '../../chains/tron/address.ts';
import { tronActors, tronTheftActors } from '../../chains/tron/devnet/actors.ts';
import { loadTronFixtures } from '../../chains/tron/devnet/fixtures.ts';
import { buildTronFixtures, fixtureJson } from '../../chains/tron/devnet/generate-fixtures.ts';
import { historyJson, historySpecs } from '../../chains/tron/devnet/generate-history.ts';
import { loadTronHistoryFixtures } from '../../chains/tron/devnet/history-fixtures.ts';
import { HEAD_BLOCK, SOLIDIFIED_BLOCK } from '../../chains/tron/devnet/state.ts';
import { tron } from '../../chains/tron/networks.ts';
import { looksAlike } from '../../src/diagnose/rules/common/complaint-mismatch.ts';

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

const histories = loadTronHistoryFixtures();

describe('TRON address-scenario fixtures', () => {
  it('are exactly what the generator writes (regenerate with npx tsx chains/tron/devnet/generate-history.ts)', () => {
    const built = historySpecs();
    expect(built.map((f) => f.scenario).sort()).toEqual(histories.map((f) => f.scenario).sort());
    for (const f of built) {
      const file = new URL(`../../chains/tron/devnet/fixtures/history/tron-history-${f.scenario}.json`, import.meta.url);
      expect(readFileSync(file, 'utf8'), f.scenario).toBe(historyJson(f));
    }
  });

  it.each(histories.map((f) => [f.scenario, f] as const))('%s: signed, solidified, oldest first, sources noted', (_, f) => {
    expect(f.source.length).toBeGreaterThan(0);
    expect(isTronAddress(f.demo.address)).toBe(true);
    let previous = 0;
    for (const { transaction: tx, info } of f.transactions) {
      expect(sha256(`0x${tx.raw_data_hex}`).slice(2)).toBe(tx.txID);
      expect(info.id).toBe(tx.txID);
      expect(info.blockNumber!).toBeLessThanOrEqual(SOLIDIFIED_BLOCK);
      expect(info.blockNumber!).toBeGreaterThanOrEqual(previous);
      previous = info.blockNumber!;
      const owner = toBase58Address(String(tx.raw_data.contract[0].parameter.value.owner_address));
      const signer = Trx.ecRecover(tx as never);
      // Signed by the account itself, or (after the permission takeover) by the thief's key.
      if (signer !== owner) expect([owner, signer]).toEqual([tronActors.victim.address, tronActors.thief.address]);
    }
  });

  it('the poisoning look-alike is a valid address with the friend\'s first 4 (after T) and last 4 characters', () => {
    const { friend, lookalike } = tronTheftActors;
    expect(isTronAddress(lookalike)).toBe(true);
    expect(looksAlike(tron, friend.address, lookalike)).toBe(true);
    expect(lookalike).not.toBe(friend.address);
  });
});
