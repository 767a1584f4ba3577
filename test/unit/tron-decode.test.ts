import { describe, expect, it } from 'vitest';
import { blacklistViewFor } from '../../chains/tron/blacklist.ts';
import { tron, tronNile } from '../../chains/tron/networks.ts';
import { contractResultSpec, decodeResMessage } from '../../chains/tron/results.ts';
import { decodeTokenCall, decodeTransferLog, TRANSFER_TOPIC } from '../../chains/tron/trc20.ts';

const USDT = 'TR7NHqjeKQxGTCi8q8ZY4pL8otSzgjLj6t';

describe('TRC-20 calls', () => {
  it('decodes transfer with the 0x41 prefix left in the address padding (real USDT tx 0130dfde…)', () => {
    const data = 'a9059cbb000000000000000000000041ec20315a879c48f5e3a6a1c9826d5225f8b658b800000000000000000000000000000000000000000000000000000000027bf24d';
    const call = decodeTokenCall(data)!;
    expect(call.method).toBe('transfer');
    expect(call.to).toBe(decodeTokenCall(data.replace('000000000000000000000041ec', '000000000000000000000000ec'))!.to);
    expect(call.to!.startsWith('T')).toBe(true);
    expect(call.amount).toBe(41_677_389n);
  });

  it('decodes transferFrom and approve; keeps an unknown selector as a value', () => {
    const w = (hex: string) => hex.padStart(64, '0');
    const from = w('a614f803b6fd780986a42c78ec9c7f77e6ded13c');
    const to = w('ec20315a879c48f5e3a6a1c9826d5225f8b658b8');
    expect(decodeTokenCall(`23b872dd${from}${to}${w('64')}`)).toMatchObject({ method: 'transferFrom', from: USDT, amount: 100n });
    expect(decodeTokenCall(`095ea7b3${to}${'f'.repeat(64)}`)).toMatchObject({ method: 'approve', amount: 2n ** 256n - 1n });
    expect(decodeTokenCall('372500ab')).toEqual({ method: '372500ab', selector: '372500ab' });
    expect(decodeTokenCall('a9059cbb1234')).toEqual({ method: 'transfer', selector: 'a9059cbb' });
    expect(decodeTokenCall(undefined)).toBeUndefined();
  });

  it('decodes Transfer logs and skips TRC-721 (4 topics) and other events', () => {
    const log = {
      address: 'a614f803b6fd780986a42c78ec9c7f77e6ded13c',
      topics: [TRANSFER_TOPIC, '0'.repeat(24) + '6e3b44b96104b26f84057974a1f0c9880f7c9b13', '0'.repeat(24) + 'ec20315a879c48f5e3a6a1c9826d5225f8b658b8'],
      data: '00000000000000000000000000000000000000000000000000000000027bf24d',
    };
    expect(decodeTransferLog(log)).toMatchObject({ token: USDT, amount: 41_677_389n });
    expect(decodeTransferLog({ ...log, topics: [...log.topics, '0'.repeat(64)] })).toBeUndefined();
    expect(decodeTransferLog({ ...log, topics: ['c66625d03b4a832d8245f0df593e32e0fbbbad96d4aa45440aa1535b80983083', ...log.topics.slice(1)] })).toBeUndefined();
  });
});

describe('receipt results', () => {
  it('maps contract results to failure kinds', () => {
    expect(contractResultSpec('SUCCESS').kind).toBe('success');
    expect(contractResultSpec(undefined).kind).toBe('success'); // bandwidth-only transfers have no receipt.result
    expect(contractResultSpec('REVERT').kind).toBe('revert');
    expect(contractResultSpec('OUT_OF_ENERGY').kind).toBe('out_of_energy');
    expect(contractResultSpec('OUT_OF_TIME').kind).toBe('out_of_time');
    expect(contractResultSpec('TRANSFER_FAILED').kind).toBe('unknown');
    expect(contractResultSpec('SOMETHING_NEW')).toMatchObject({ kind: 'unknown', meaning: expect.stringContaining('SOMETHING_NEW') });
  });

  it('decodes resMessage hex (real OUT_OF_ENERGY tx e63a324a…, aiotx docs)', () => {
    const hex =
      '4e6f7420656e6f75676820656e6572677920666f7220275353544f524527206f7065726174696f6e20657865637574696e673a20637572496e766f6b65456e657267794c696d69745b37383537325d2c206375724f70456e657267795b32303030305d2c2070656e616c7479456e657267795b36383030305d2c2075736564456e657267795b33333536375d';
    expect(decodeResMessage(hex)).toBe("Not enough energy for 'SSTORE' operation executing: curInvokeEnergyLimit[78572], curOpEnergy[20000], penaltyEnergy[68000], usedEnergy[33567]");
    expect(decodeResMessage('524556455254206f70636f6465206578656375746564')).toBe('REVERT opcode executed');
    expect(decodeResMessage(undefined)).toBeNull();
    expect(decodeResMessage('not hex')).toBe('not hex');
  });
});

describe('blacklist views', () => {
  it('asks the network’s own USDT, whatever network it is', () => {
    expect(blacklistViewFor(tron, [USDT])).toEqual({ token: USDT, symbol: 'USDT', fn: 'isBlackListed(address)' });
    expect(blacklistViewFor(tronNile, [tronNile.tokens[0].address])?.token).toBe('TXYZopYRdj2D9XRtbG411XZZ3kM5VkAeBf');
    expect(blacklistViewFor(tron, ['TEkxiTehnzSmSe2XqrBj4w32RUN966rdz8'])).toBeNull(); // USDC: no view registered
    expect(blacklistViewFor(tronNile, [USDT])).toBeNull(); // mainnet USDT address means nothing on Nile
  });
});
