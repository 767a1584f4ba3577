import { describe, expect, it } from 'vitest';
import { failingInnerCall } from '../../chains/evm/call-trace.ts';

const INNER = '0x4444444444444444444444444444444444444444';
const word = (hex: string) => hex.replace(/^0x/, '').padStart(64, '0');

describe('failingInnerCall (debug_traceTransaction)', () => {
  it('reads geth callTracer frames: the deepest failing call, out of gas', () => {
    const trace = { type: 'CALL', to: '0x1111111111111111111111111111111111111111', error: 'execution reverted', calls: [{ type: 'CALL', to: INNER, error: 'out of gas', calls: [] }] };
    expect(failingInnerCall(trace)).toEqual({ to: INNER, depth: 1, outOfGas: true, decoded: undefined });
  });

  it('reads an inner revert reason from callTracer output', () => {
    const output = '0x08c379a0' + word('20') + word('4') + Buffer.from('nope').toString('hex').padEnd(64, '0');
    const trace = { type: 'CALL', error: 'execution reverted', calls: [{ type: 'CALL', to: INNER, error: 'execution reverted', output }] };
    expect(failingInnerCall(trace)).toMatchObject({ to: INNER, outOfGas: false, decoded: { type: 'error-string', message: 'nope' } });
  });

  it('reads struct logs (hardhat): a CALL into depth 2 that halts on an unpayable step is out of gas', () => {
    const structLogs = [
      { depth: 1, op: 'CALL', gas: 290_000, gasCost: 285_000, stack: [word('0'), word('0'), word('0'), word('0'), word('0'), word(INNER), word('45000')] },
      { depth: 2, op: 'PUSH1', gas: 285_000, gasCost: 3 },
      { depth: 2, op: 'SSTORE', gas: 21_812, gasCost: 21_812 },
      { depth: 1, op: 'ISZERO', gas: 4_500, gasCost: 3 },
      { depth: 1, op: 'REVERT', gas: 4_218, gasCost: 0 },
    ];
    expect(failingInnerCall({ failed: true, structLogs })).toEqual({ to: '0x4444444444444444444444444444444444444444', depth: 1, outOfGas: true });
  });

  it('sees no inner failure when inner calls returned normally, and ignores shapes it does not know', () => {
    const structLogs = [
      { depth: 1, op: 'STATICCALL', gas: 100_000, gasCost: 2_600, stack: [word('0'), word('0'), word('0'), word('0'), word(INNER), word('90000')] },
      { depth: 2, op: 'RETURN', gas: 80_000, gasCost: 0 },
      { depth: 1, op: 'REVERT', gas: 70_000, gasCost: 0 },
    ];
    expect(failingInnerCall({ structLogs })).toBeUndefined();
    expect(failingInnerCall(null)).toBeUndefined();
    expect(failingInnerCall('no')).toBeUndefined();
  });
});
