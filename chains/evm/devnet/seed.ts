import { parseUnits } from 'ethers';
import type { DemoCase } from '../../demo-case.ts';
import type { LabelEntry } from '../../labels/label-book.ts';
import type { Network } from '../../types.ts';
import { seedTheftDemo } from './seed-theft.ts';
import { seedSemanticsDemo } from './seed-semantics.ts';
import { bsc, ethereum } from '../networks.ts';
import { demoToken, demoVault } from './artifacts.ts';
import { devnetWallet, type Devnet } from './node.ts';
import { callTx, deploy, mineBlocks, sendTx, setAutomine } from './tx.ts';

/** Who is who on the demo chains (deterministic keys, see devnetWallet). */
export const demoActors = {
  deployer: devnetWallet(0).address,
  user: devnetWallet(1).address,
  exchange: devnetWallet(2).address,
  scammer: devnetWallet(3).address,
  stuckUser: devnetWallet(4).address,
  gapUser: devnetWallet(5).address,
  waitingUser: devnetWallet(6).address,
};

const usdt = (n: number | string) => parseUnits(String(n), 6);

export interface EvmDemo {
  cases: DemoCase[];
  /** Demo copies of ethereum and bsc pointing at the local nodes. */
  networks: Network[];
  /** Labels of the demo's exchange and router, so trails stop there. */
  labels: LabelEntry[];
  usdt: string;
  fakeUsdt: string;
  vault: string;
}

/**
 * The demo networks keep the real networks' names and habits (confirmations, aliases)
 * so the demo behaves like production, but they are marked `demo` and say so in their
 * names, and their tokens are the locally deployed ones.
 */
export function demoNetwork(real: Network, usdtAddress: string, explorerBase: string): Network {
  return {
    ...real,
    name: { en: `${real.name.en} (local demo chain)`, zh: `${real.name.zh}（本地演示链）` },
    explorers: [{ name: 'txtriage demo', tx: `${explorerBase}/v1/tx/${real.id}/{hash}`, address: `${explorerBase}/v1/address/${real.id}/{address}` }],
    tokens: [{ symbol: 'USDT', name: 'Tether USD', address: usdtAddress, decimals: 6, stablecoin: true }],
    defaultRpcUrls: [],
    demo: true,
  };
}

/**
 * Seeds one real transaction per EVM scenario on two local chains posing as Ethereum
 * (chain id 1) and BNB Smart Chain (56). Order matters: everything that must read as
 * final is buried under blocks; the "awaiting confirmations" tx is the last one mined on
 * Ethereum; then both chains are left with automine off, so their pending transactions
 * stay pending (on BSC, until someone mines a block).
 */
export async function seedEvmDemo(eth: Devnet, bscNet: Devnet, explorerBase: string): Promise<EvmDemo> {
  const a = demoActors;
  const cases: DemoCase[] = [];

  // Same deployer and nonce on both chains: the demo USDT has the same address on both.
  const usdtOnEth = await deploy(eth, a.deployer, demoToken, ['Tether USD', 'USDT', 6]);
  const usdtOnBsc = await deploy(bscNet, a.deployer, demoToken, ['Tether USD', 'USDT', 6]);
  const vault = await deploy(eth, a.deployer, demoVault);
  // The impostor: same name and symbol, another contract.
  const fakeUsdt = await deploy(eth, a.scammer, demoToken, ['Tether USD', 'USDT', 6]);

  for (const who of [a.user, a.stuckUser, a.gapUser, a.waitingUser]) await callTx(eth, a.deployer, usdtOnEth, demoToken.iface, 'mint', [who, usdt(10_000)]);
  await callTx(bscNet, a.deployer, usdtOnBsc, demoToken.iface, 'mint', [a.user, usdt(10_000)]);

  const add = (c: DemoCase) => cases.push(c);

  add({
    scenario: 'erc20-transfer-final',
    network: 'ethereum',
    txHash: await callTx(eth, a.user, usdtOnEth, demoToken.iface, 'transfer', [a.exchange, usdt(120)]),
    expectedCode: 'TX_CONFIRMED',
    text: `I sent 120 USDT to my exchange account ${a.exchange} but it is not there yet`,
  });
  add({
    scenario: 'sent-to-token-contract',
    network: 'ethereum',
    txHash: await callTx(eth, a.user, usdtOnEth, demoToken.iface, 'transfer', [usdtOnEth, usdt(30)]),
    expectedCode: 'SENT_TO_TOKEN_CONTRACT',
    text: '我转了30 USDT，对方说没收到',
  });
  add({
    scenario: 'fake-token-received',
    network: 'ethereum',
    txHash: await callTx(eth, a.scammer, fakeUsdt, demoToken.iface, 'mint', [a.user, usdt(5000)]),
    expectedCode: 'FAKE_TOKEN',
    text: '有人给我转了5000 USDT，但是我卖不掉也转不出去',
  });
  add({
    scenario: 'revert-with-reason',
    network: 'ethereum',
    txHash: await callTx(eth, a.user, vault, demoVault.iface, 'withdraw', [1000]),
    expectedCode: 'TX_REVERTED',
    text: 'My withdrawal failed but the fee was taken',
  });
  add({
    scenario: 'revert-panic-division-by-zero',
    network: 'ethereum',
    txHash: await callTx(eth, a.user, vault, demoVault.iface, 'share', [100, 0]),
    expectedCode: 'TX_REVERTED',
    text: '交易失败了，手续费还被扣了',
  });
  add({
    scenario: 'revert-custom-error-insufficient-balance',
    network: 'ethereum',
    txHash: await callTx(eth, a.user, usdtOnEth, demoToken.iface, 'transfer', [a.exchange, usdt(50_000)]),
    expectedCode: 'TX_REVERTED',
    text: '转账 50000 USDT 失败了，为什么？',
  });
  add({
    scenario: 'out-of-gas',
    network: 'ethereum',
    txHash: await callTx(eth, a.user, vault, demoVault.iface, 'churn', [500], { gas: 120_000n }),
    expectedCode: 'TX_OUT_OF_GAS',
    text: 'Transaction failed, fee was charged',
  });

  const theft = await seedTheftDemo(eth, usdtOnEth, a.exchange);
  cases.push(...theft.cases);
  cases.push(...(await seedSemanticsDemo(eth, { usdt: usdtOnEth, vault, user: a.user, exchange: a.exchange })));
  // A phishing airdrop: the token's name is markup and its symbol an advert for a
  // scam site. Pages must show both as plain text and flag them (and run no script).
  const baitToken = await deploy(eth, a.scammer, demoToken, ['<img src=x onerror=alert(1)>', 'Visit usdt-claim.com', 6]);
  add({
    scenario: 'phishing-token-name',
    network: 'ethereum',
    txHash: await callTx(eth, a.scammer, baitToken, demoToken.iface, 'mint', [a.user, usdt(8888)]),
    expectedCode: 'PHISHING_TOKEN_NAME',
    text: '钱包里突然多了 8888 个不认识的币，名字让我去一个网站领取，这是什么？',
  });

  // Bury everything above under enough blocks to be final on "Ethereum" (12).
  await mineBlocks(eth, ethereum.confirmations + 2);

  add({
    scenario: 'awaiting-confirmations',
    network: 'ethereum',
    txHash: await callTx(eth, a.user, usdtOnEth, demoToken.iface, 'transfer', [a.exchange, usdt(80)]),
    expectedCode: 'TX_AWAITING_CONFIRMATIONS',
    text: '充值 80 USDT 到交易所还没到账',
  });


  // Left pending for good: automine stays off on this chain from here on (hardhat would
  // otherwise try forever to mine a transaction that can never be mined).
  await setAutomine(eth, false);
  add({
    scenario: 'pending-fee-below-base-fee',
    network: 'ethereum',
    // 1 wei per gas: below any base fee this chain will ever have (EIP-1559 floors it at 7 wei).
    txHash: await callTx(eth, a.stuckUser, usdtOnEth, demoToken.iface, 'transfer', [a.exchange, usdt(75)], { maxFeePerGas: 1n, maxPriorityFeePerGas: 1n }),
    expectedCode: 'TX_PENDING_FEE_TOO_LOW',
    text: '转账一直显示打包中，已经好几个小时了',
  });
  add({
    scenario: 'pending-nonce-gap',
    network: 'ethereum',
    // Nonce 1 while nonce 0 was never sent: it waits for a transaction that does not exist.
    txHash: await callTx(eth, a.gapUser, usdtOnEth, demoToken.iface, 'transfer', [a.exchange, usdt(40)], { nonce: 1 }),
    expectedCode: 'TX_PENDING_NONCE_GAP',
    text: 'My transfer has been pending for hours',
  });

  // BNB Smart Chain: a transfer the user believes they made on Ethereum (ERC20).
  add({
    scenario: 'wrong-network',
    network: 'bsc',
    txHash: await callTx(bscNet, a.user, usdtOnBsc, demoToken.iface, 'transfer', [a.exchange, usdt(200)]),
    expectedCode: 'WRONG_NETWORK',
    text: `我从钱包用 ERC20 网络给交易所转了 200 USDT，地址是 ${a.exchange}，交易所说没收到`,
  });
  await mineBlocks(bscNet, bsc.confirmations + 2);

  // Left pending until a block is mined (the status page's auto-refresh demo).
  await setAutomine(bscNet, false);
  add({
    scenario: 'pending-normal-fee',
    network: 'bsc',
    txHash: await sendTx(bscNet, { from: a.waitingUser, to: a.exchange, value: parseUnits('0.5', 18), gas: 21_000n, maxFeePerGas: 50_000_000_000n, maxPriorityFeePerGas: 1_000_000_000n }),
    expectedCode: 'TX_PENDING',
    text: 'sent 0.5 BNB, still pending',
  });

  return {
    cases,
    networks: [demoNetwork(ethereum, usdtOnEth, explorerBase), demoNetwork(bsc, usdtOnBsc, explorerBase)],
    labels: theft.labels,
    usdt: usdtOnEth,
    fakeUsdt,
    vault,
  };
}
