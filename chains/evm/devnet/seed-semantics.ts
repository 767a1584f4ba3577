import { MaxUint256, getAddress, parseUnits } from 'ethers';
import type { DemoCase } from '../../demo-case.ts';
import { demoPoisoner, demoRelay, demoToken, demoVault } from './artifacts.ts';
import { devnetWallet, type Devnet } from './node.ts';
import { callTx, deploy } from './tx.ts';

/** Actors of the "what did this transaction do" scenarios (deterministic keys; look-alikes need none). */
export const semanticsActors = {
  poisoner: devnetWallet(30).address,
  /** Another wallet the poisoner targets in the same batch. */
  otherVictim: devnetWallet(31).address,
  otherVictimPayee: devnetWallet(32).address,
  dustVictim: devnetWallet(33).address,
  dustVictimPayee: devnetWallet(34).address,
  duster: devnetWallet(35).address,
};

const usdt = (n: number | string) => parseUnits(String(n), 6);

/** Same first 4 and last 4 hex characters as `real`, different in between: what poisoners grind for. */
export function lookalikeOf(real: string, filler: string): string {
  const hex = real.slice(2).toLowerCase();
  return getAddress(`0x${hex.slice(0, 4)}${filler.repeat(32).slice(0, 32)}${hex.slice(-4)}`);
}

/**
 * Real transactions on the demo Ethereum chain that succeed or fail without moving what
 * the user thinks: an unlimited approve, a zero-value transferFrom batch (address
 * poisoning), an inner call that runs out of gas behind a reasonless revert, and dust
 * sent right after a user's payment (an address case).
 */
export async function seedSemanticsDemo(eth: Devnet, d: { usdt: string; vault: string; user: string; exchange: string }): Promise<DemoCase[]> {
  const a = semanticsActors;
  const deployer = devnetWallet(0).address;
  const token = (from: string, fn: string, args: unknown[]) => callTx(eth, from, d.usdt, demoToken.iface, fn, args);
  const cases: DemoCase[] = [];

  // 1. The user signs an approve on a website: unlimited USDT for a contract nobody labels.
  cases.push({
    scenario: 'approve-unlimited',
    network: 'ethereum',
    txHash: await token(d.user, 'approve', [d.vault, MaxUint256]),
    expectedCode: 'RISKY_APPROVAL',
    text: '我在一个网站上点了确认，钱包里的钱没少，这笔交易到底做了什么？',
  });

  // 2. A poisoner "moves" 0 USDT out of two victims to look-alikes of the addresses they paid.
  await token(a.otherVictim, 'transfer', [a.otherVictimPayee, 0]);
  const poisoner = await deploy(eth, a.poisoner, demoPoisoner);
  cases.push({
    scenario: 'zero-value-transferfrom-batch',
    network: 'ethereum',
    txHash: await callTx(eth, a.poisoner, poisoner, demoPoisoner.iface, 'spray', [d.usdt, [d.user, a.otherVictim], [lookalikeOf(d.exchange, 'e1'), lookalikeOf(a.otherVictimPayee, 'a7')]]),
    expectedCode: 'ADDRESS_POISONING',
    text: `我的钱包 ${d.user} 里多了一笔我没发过的 0 USDT 转出记录，是怎么回事？`,
  });

  // 3. A relay forwards a call that runs out of gas; the relay reverts with no reason.
  const relay = await deploy(eth, deployer, demoRelay);
  cases.push({
    scenario: 'inner-call-out-of-gas',
    network: 'ethereum',
    txHash: await callTx(eth, d.user, relay, demoRelay.iface, 'forward', [d.vault, demoVault.iface.encodeFunctionData('churn', [400])], { gas: 300_000n }),
    expectedCode: 'TX_OUT_OF_GAS',
    text: 'My transaction failed with no error message and the fee was still charged. Why?',
  });

  // 4. Dust right after a payment: 0.000001 USDT and an unknown token from a stranger whose address looks nothing like the payee's.
  await callTx(eth, deployer, d.usdt, demoToken.iface, 'mint', [a.dustVictim, usdt(1_000)]);
  await callTx(eth, deployer, d.usdt, demoToken.iface, 'mint', [a.duster, usdt(1)]);
  await token(a.dustVictim, 'transfer', [a.dustVictimPayee, usdt(300)]);
  await token(a.duster, 'transfer', [a.dustVictim, 1n]);
  const spam = await deploy(eth, a.duster, demoToken, ['Reward Point', 'RWD', 0]);
  await callTx(eth, a.duster, spam, demoToken.iface, 'mint', [a.dustVictim, 5_000n]);
  cases.push({
    scenario: 'theft-dusting-after-transfer',
    network: 'ethereum',
    address: a.dustVictim,
    expectedCode: 'DUSTING_TRANSFERS',
    text: `我刚转了 300 USDT，马上就收到几笔很小的转入和一个不认识的币，我的地址安全吗？ ${a.dustVictim}`,
  });
  return cases;
}
