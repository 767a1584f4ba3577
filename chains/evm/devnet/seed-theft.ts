import { MaxUint256, getAddress, parseUnits } from 'ethers';
import type { DemoCase } from '../../demo-case.ts';
import type { LabelEntry } from '../../labels/label-book.ts';
import { demoToken } from './artifacts.ts';
import { devnetWallet, type Devnet } from './node.ts';
import { callTx, deploy } from './tx.ts';

/** Actors of the theft scenarios (deterministic keys; the look-alikes need no key). */
export const theftActors = {
  drainVictim: devnetWallet(10).address,
  drainer: devnetWallet(11).address,
  drainCollector: devnetWallet(12).address,
  exchangeHotWallet: devnetWallet(13).address,
  poisonVictim: devnetWallet(14).address,
  poisoner: devnetWallet(15).address,
  approvalVictim: devnetWallet(16).address,
  approvalSpender: devnetWallet(17).address,
  sweepVictim: devnetWallet(18).address,
  sweeper: devnetWallet(19).address,
  cleanUser: devnetWallet(20).address,
  dexRouter: devnetWallet(21).address,
  /** A friend the poisoning victim really pays, and the look-alike planted next to it. */
  friend: getAddress('0x7a25c0de0000000000000000000000000000c0de'),
  lookalike: getAddress('0x7a25aa11bb22cc33dd44ee55ff6600112233c0de'),
};

const usdt = (n: number) => parseUnits(String(n), 6);

/**
 * Theft scenarios as real transactions on the demo Ethereum chain: an approval drain
 * traced to an exchange, an address-poisoning victim who then paid the look-alike, an
 * unlimited approval to a wallet still active, a compromised key swept, and a clean user.
 */
export async function seedTheftDemo(eth: Devnet, usdtAddress: string, exchangeDeposit: string): Promise<{ cases: DemoCase[]; labels: LabelEntry[] }> {
  const a = theftActors;
  const deployer = devnetWallet(0).address;
  const mint = (to: string, amount: number) => callTx(eth, deployer, usdtAddress, demoToken.iface, 'mint', [to, usdt(amount)]);
  const token = (from: string, fn: string, args: unknown[]) => callTx(eth, from, usdtAddress, demoToken.iface, fn, args);

  // 1. Approval drain: unlimited approval to a wallet, transferFrom to a collector, then on to an exchange.
  await mint(a.drainVictim, 3_000);
  await token(a.drainVictim, 'approve', [a.drainer, MaxUint256]);
  await token(a.drainer, 'transferFrom', [a.drainVictim, a.drainCollector, usdt(3_000)]);
  await token(a.drainCollector, 'transfer', [a.exchangeHotWallet, usdt(2_990)]);

  // 2. Address poisoning: a real payment to a friend, a zero-value transferFrom to the
  //    look-alike (anyone can send it), then the victim pays the look-alike.
  await mint(a.poisonVictim, 5_000);
  await token(a.poisonVictim, 'transfer', [a.friend, usdt(1_000)]);
  await token(a.poisoner, 'transferFrom', [a.poisonVictim, a.lookalike, 0]);
  await token(a.poisonVictim, 'transfer', [a.lookalike, usdt(1_500)]);

  // 3. An unlimited approval to a plain wallet, not used yet.
  await mint(a.approvalVictim, 800);
  await token(a.approvalVictim, 'approve', [a.approvalSpender, MaxUint256]);

  // 4. Compromised key: USDT and a second token swept to one fresh address within a minute.
  const dai = await deploy(eth, deployer, demoToken, ['Dai Stablecoin', 'DAI', 18]);
  await mint(a.sweepVictim, 2_500);
  await callTx(eth, deployer, dai, demoToken.iface, 'mint', [a.sweepVictim, parseUnits('700', 18)]);
  await token(a.sweepVictim, 'transfer', [a.sweeper, usdt(2_500)]);
  await callTx(eth, a.sweepVictim, dai, demoToken.iface, 'transfer', [a.sweeper, parseUnits('700', 18)]);

  // 5. Clean: a deposit to the exchange and a limited approval to a known router.
  await mint(a.cleanUser, 1_000);
  await token(a.cleanUser, 'transfer', [exchangeDeposit, usdt(200)]);
  await token(a.cleanUser, 'approve', [a.dexRouter, usdt(100)]);

  const cases: DemoCase[] = [
    { scenario: 'theft-approval-drain', network: 'ethereum', address: a.drainVictim, expectedCode: 'DRAIN_BY_SPENDER', text: `我的钱包被盗了，3000 USDT 全没了！地址 ${a.drainVictim}` },
    { scenario: 'theft-address-poisoning', network: 'ethereum', address: a.poisonVictim, expectedCode: 'SENT_TO_POISONED_ADDRESS', text: `我转给朋友的 1500 USDT 他说没收到，是不是被骗了？我的地址 ${a.poisonVictim}` },
    { scenario: 'theft-unlimited-approval-active', network: 'ethereum', address: a.approvalVictim, expectedCode: 'RISKY_APPROVAL', text: `担心钱包被盗，帮我看看这个地址安全吗 ${a.approvalVictim}` },
    { scenario: 'theft-key-compromised-sweep', network: 'ethereum', address: a.sweepVictim, expectedCode: 'SWEEP_TO_ONE_ADDRESS', text: `My wallet was emptied, USDT and DAI gone: ${a.sweepVictim}` },
    { scenario: 'theft-clean-address', network: 'ethereum', address: a.cleanUser, text: `我的钱包是不是被盗了？地址 ${a.cleanUser}` },
  ];
  const labels: LabelEntry[] = [
    { family: 'evm', network: 'ethereum', address: a.exchangeHotWallet, name: 'Demo Exchange hot wallet (demo)', kind: 'exchange' },
    { family: 'evm', address: exchangeDeposit, name: 'Demo Exchange deposit (demo)', kind: 'exchange' },
    { family: 'evm', network: 'ethereum', address: a.dexRouter, name: 'Demo DEX router (demo)', kind: 'service' },
    { family: 'evm', network: 'ethereum', address: usdtAddress, name: 'Tether USD (demo)', kind: 'token' },
  ];
  return { cases, labels };
}
