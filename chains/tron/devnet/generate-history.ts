/**
 * Writes the TRON demo chain's address scenarios (chains/tron/devnet/fixtures/history/).
 *
 *   npx tsx chains/tron/devnet/generate-history.ts
 *
 * Each scenario is the recent history of one address, as really built and signed
 * transactions (same builder as generate-fixtures.ts: protobuf raw_data, txID =
 * sha256(raw_data), the signer's signature) with their execution info and event logs.
 * The devnet derives TronGrid's account lists from them (server.ts › history.ts).
 * Running it again produces byte-identical files (test/unit/tron-fixtures.test.ts checks).
 */
import { writeFileSync } from 'node:fs';
import { toHexAddress } from '../address.ts';
import { APPROVAL_TOPIC, SELECTORS } from '../trc20.ts';
import type { WireTransactionInfo } from '../wire.ts';
import { tronActors as a, tronContracts as c, tronTheftActors as t, type TronActor } from './actors.ts';
import { build, SHAPE_PLAIN_INFO, SHAPE_TRC20, SHAPE_TX, sun, transferData, transferLog, trigger, usdt, word, type Spec } from './generate-fixtures.ts';
import type { TronHistoryFixture } from './history-fixtures.ts';

const MAX_UINT256 = 2n ** 256n - 1n;

const RECEIPT_HOLDER =
  'USDT transfer to an address that already holds USDT: 64,285 energy (49,635 of it dynamic-energy penalty), from Grommash9/aiotx get_transaction_info.rst USDT tx b69c51db…';
const RECEIPT_NEW_HOLDER =
  'USDT transfer to an address that never held USDT: 130,285 energy (100,635 penalty), from ledger-live getTransactionInfoById.fixture.json (tx 0130dfde…); burned at 100 sun per energy';
const RECEIPT_APPROVE =
  'approve: one new allowance slot (SSTORE from zero, ~22k energy plus the USDT dynamic-energy penalty); an estimate in line with the transfer receipts above, not copied from a real receipt';
const SHAPE_APPROVAL = 'Approval(address,address,uint256) event layout: TRC-20 standard (https://developers.tron.network/docs/trc20-protocol-interface), same encoding as Transfer';

const addrWord = (x: TronActor | string) => toHexAddress(typeof x === 'string' ? x : x.address).slice(2).padStart(64, '0');
const base58 = (x: TronActor | string) => (typeof x === 'string' ? x : x.address);

function approveData(spender: TronActor | string, amount: bigint): string {
  return SELECTORS.approve + addrWord(spender) + word(amount);
}

function transferFromData(from: TronActor | string, to: TronActor | string, amount: bigint): string {
  return SELECTORS.transferFrom + addrWord(from) + addrWord(to) + word(amount);
}

function approvalLog(token: string, owner: string, spender: string, amount: bigint) {
  return { address: toHexAddress(token).slice(2), topics: [APPROVAL_TOPIC, addrWord(owner), addrWord(spender)], data: word(amount) };
}

type TxSpec = Pick<Spec, 'depth' | 'signer' | 'type' | 'value' | 'feeLimit' | 'info'>;

function tx(s: TxSpec): TronHistoryFixture['transactions'][number] {
  const f = build({ scenario: 'history', description: '', source: [], where: 'solidified', ...s });
  return { transaction: f.transaction, info: f.info! };
}

/** TRX transfer paid with free bandwidth (no fee, no receipt.result). */
function trx(depth: number, from: TronActor, to: TronActor | string, amountTrx: number, owner: TronActor = from) {
  return tx({
    depth,
    signer: from,
    type: 'TransferContract',
    value: { amount: sun(amountTrx), owner_address: owner.hex, to_address: toHexAddress(base58(to)) },
    info: { receipt: { net_usage: 267 } },
  });
}

/** How a USDT call paid for its energy: from stake, or burned (100 sun per energy, bandwidth 0.345 TRX). */
function usdtReceipt(energy: number, penalty: number, paid: 'stake' | 'burn'): Pick<WireTransactionInfo, 'fee' | 'receipt'> {
  if (paid === 'stake') return { receipt: { energy_usage: energy, energy_usage_total: energy, net_usage: 345, result: 'SUCCESS', energy_penalty_total: penalty } };
  return {
    fee: energy * 100 + 345_000,
    receipt: { energy_fee: energy * 100, energy_usage_total: energy, net_fee: 345_000, result: 'SUCCESS', energy_penalty_total: penalty },
  };
}

/** A USDT transfer(to, amount) signed by `signer` on behalf of `owner` (the thief signs for the victim after a permission takeover). */
function usdtTransfer(depth: number, signer: TronActor, to: TronActor | string, units: string, opts: { owner?: TronActor; newHolder?: boolean; paid?: 'stake' | 'burn' } = {}) {
  const owner = opts.owner ?? signer;
  const amount = usdt(units);
  const [energy, penalty] = opts.newHolder ? [130_285, 100_635] : [64_285, 49_635];
  return tx({
    depth,
    signer,
    type: 'TriggerSmartContract',
    value: trigger(owner, c.usdt, transferData(base58(to), amount)),
    feeLimit: sun(100),
    info: {
      ...usdtReceipt(energy, penalty, opts.paid ?? 'burn'),
      contractResult: [word(1n)],
      contract_address: toHexAddress(c.usdt),
      log: [transferLog(c.usdt, owner.address, base58(to), amount)],
    },
  });
}

export function historySpecs(): TronHistoryFixture[] {
  return [
    {
      scenario: 'permission-takeover',
      description:
        'The victim received USDT and TRX from an exchange, then signed an AccountPermissionUpdate (fixture tron-permission-update-to-thief, 120 blocks deep) giving owner and active permission to the thief. Ten blocks later the thief, signing for the victim\u2019s account, moved the 5,000 USDT and the TRX out.',
      source: [
        SHAPE_TX,
        SHAPE_TRC20,
        SHAPE_PLAIN_INFO,
        RECEIPT_HOLDER,
        'a transaction of the victim\u2019s account signed by another key: TRON multi-signature docs (https://developers.tron.network/docs/multi-signature), owner_address is the account, the signature the permission holder\u2019s',
      ],
      demo: {
        address: a.victim.address,
        expectedCode: 'ACCOUNT_PERMISSION_CHANGED',
        text: `我的钱包被盗了！USDT和TRX都被转走了，现在什么都转不出去，提示权限错误。地址 ${a.victim.address}`,
      },
      transactions: [
        usdtTransfer(200_000, a.exchange, a.victim, '5000', { paid: 'stake' }),
        trx(199_000, a.exchange, a.victim, 320),
        usdtTransfer(110, a.thief, a.thief, '5000', { owner: a.victim, newHolder: true }),
        trx(108, a.thief, a.thief, 204.4765, a.victim),
      ],
    },
    {
      scenario: 'address-poisoning',
      description:
        'The victim paid a friend 1,000 USDT. Minutes later a look-alike of the friend\u2019s address (same "CjWT" after the T, same "NcRT" ending) "sent" 1,000 fake USDT (a token contract copying the name and symbol) to plant itself in the history. Two days later the victim copied the look-alike from the history and paid it 1,500 USDT.',
      source: [
        SHAPE_TX,
        SHAPE_TRC20,
        RECEIPT_HOLDER,
        RECEIPT_NEW_HOLDER,
        'poisoning pattern (fake-token transfer from a vanity look-alike right after a real payment): Tronscan and TronLink security notices on address poisoning; fake token contracts emit Transfer events with any `from`',
        'look-alike: chains/tron/devnet/grind-lookalike.ts',
      ],
      demo: {
        address: t.poisonVictim.address,
        expectedCode: 'SENT_TO_POISONED_ADDRESS',
        text: `我转给朋友的1500 USDT他说没收到，地址是从转账记录里复制的，是不是被盗了？我的地址 ${t.poisonVictim.address}`,
      },
      transactions: [
        usdtTransfer(150_000, a.exchange, t.poisonVictim, '3000', { paid: 'stake' }),
        trx(149_000, a.exchange, t.poisonVictim, 100),
        usdtTransfer(140_000, t.poisonVictim, t.friend, '1000', { newHolder: true }),
        tx({
          depth: 139_950,
          signer: t.poisoner,
          type: 'TriggerSmartContract',
          value: trigger(t.poisoner, c.fakeUsdt, transferData(t.poisonVictim, usdt('1000'))),
          feeLimit: sun(100),
          info: {
            fee: 3_310_000,
            contractResult: [word(1n)],
            contract_address: toHexAddress(c.fakeUsdt),
            receipt: { energy_fee: 2_965_000, energy_usage_total: 29_650, net_fee: 345_000, result: 'SUCCESS' },
            log: [transferLog(c.fakeUsdt, t.lookalike, t.poisonVictim.address, usdt('1000'))],
          },
        }),
        usdtTransfer(60_000, t.poisonVictim, t.lookalike, '1500', { newHolder: true }),
      ],
    },
    {
      scenario: 'approval-drain',
      description:
        'The victim approved an unlimited USDT allowance to a plain wallet (a fake "support agent" asked for it to "verify" the wallet). 50 blocks later that wallet called transferFrom and took all 4,000 USDT to a collector, which paid 3,990 USDT into a labelled exchange hot wallet. The allowance is still unlimited.',
      source: [
        SHAPE_TX,
        SHAPE_TRC20,
        SHAPE_APPROVAL,
        RECEIPT_HOLDER,
        RECEIPT_APPROVE,
        'Tether TRC-20 transferFrom keeps an allowance of MAX_UINT unlimited (StandardTokenWithFees: `if (allowed < MAX_UINT) allowed -= value`), verified source on Tronscan',
      ],
      demo: {
        address: t.drainVictim.address,
        expectedCode: 'DRAIN_BY_SPENDER',
        text: `我的钱包被盗了，4000 USDT 全没了，我没有转过账！地址 ${t.drainVictim.address}`,
      },
      transactions: [
        usdtTransfer(180_000, a.exchange, t.drainVictim, '4000', { paid: 'stake' }),
        trx(179_990, a.exchange, t.drainVictim, 50),
        tx({
          depth: 3_000,
          signer: t.drainVictim,
          type: 'TriggerSmartContract',
          value: trigger(t.drainVictim, c.usdt, approveData(t.drainer, MAX_UINT256)),
          feeLimit: sun(100),
          info: {
            ...usdtReceipt(46_202, 23_665, 'burn'),
            contractResult: [word(1n)],
            contract_address: toHexAddress(c.usdt),
            log: [approvalLog(c.usdt, t.drainVictim.address, t.drainer.address, MAX_UINT256)],
          },
        }),
        trx(2_960, t.drainer, t.drainCollector, 30),
        tx({
          depth: 2_950,
          signer: t.drainer,
          type: 'TriggerSmartContract',
          value: trigger(t.drainer, c.usdt, transferFromData(t.drainVictim, t.drainCollector, usdt('4000'))),
          feeLimit: sun(100),
          info: {
            ...usdtReceipt(130_285, 100_635, 'burn'),
            contractResult: [word(1n)],
            contract_address: toHexAddress(c.usdt),
            log: [transferLog(c.usdt, t.drainVictim.address, t.drainCollector.address, usdt('4000'))],
          },
        }),
        usdtTransfer(2_900, t.drainCollector, t.exchangeHot, '3990'),
      ],
    },
    {
      scenario: 'dusting-after-transfer',
      description:
        'The user paid a friend 300 USDT. Two minutes later a stranger, whose address looks nothing like the friend\u2019s, sent 1 sun (0.000001 TRX) and 888 units of a TRC-10 token nobody asked for: dusting, the cheap version of address poisoning.',
      source: [
        SHAPE_TX,
        SHAPE_TRC20,
        SHAPE_PLAIN_INFO,
        RECEIPT_HOLDER,
        'dusting pattern (1-sun TRX and spam TRC-10 right after a payment): Tronscan and TronLink security notices on address poisoning and airdropped tokens',
        'TransferAssetContract fields (asset_name = hex of the asset id): tronprotocol/documentation-en docs/api/http/asset/transferasset.md',
      ],
      demo: {
        address: t.dustVictim.address,
        expectedCode: 'DUSTING_TRANSFERS',
        text: `我刚给朋友转了 300 USDT，马上收到一笔 0.000001 TRX 和一个不认识的代币，地址安全吗？${t.dustVictim.address}`,
      },
      transactions: [
        usdtTransfer(30_000, a.exchange, t.dustVictim, '800', { paid: 'stake' }),
        trx(29_990, a.exchange, t.dustVictim, 60),
        usdtTransfer(10_000, t.dustVictim, t.dustFriend, '300', { newHolder: true }),
        trx(9_960, t.duster, t.dustVictim, 0.000001),
        tx({
          depth: 9_955,
          signer: t.duster,
          type: 'TransferAssetContract',
          value: { amount: 888, asset_name: Buffer.from('1005555', 'utf8').toString('hex'), owner_address: t.duster.hex, to_address: t.dustVictim.hex },
          info: { receipt: { net_usage: 283 } },
        }),
      ],
    },
    {
      scenario: 'clean-address',
      description:
        'An ordinary user: USDT and TRX from an exchange, a limited 100 USDT approval to a labelled DEX router contract, a 200 USDT deposit to a labelled exchange deposit address, 50 TRX from a friend. Nothing suspicious.',
      source: [SHAPE_TX, SHAPE_TRC20, SHAPE_APPROVAL, RECEIPT_HOLDER, RECEIPT_APPROVE],
      demo: { address: t.cleanUser.address, text: `我的钱包是不是被盗了？帮我查一下这个地址 ${t.cleanUser.address}` },
      transactions: [
        usdtTransfer(170_000, a.exchange, t.cleanUser, '1000', { paid: 'stake' }),
        trx(169_990, a.exchange, t.cleanUser, 80),
        tx({
          depth: 90_000,
          signer: t.cleanUser,
          type: 'TriggerSmartContract',
          value: trigger(t.cleanUser, c.usdt, approveData(c.dexRouter, usdt('100'))),
          feeLimit: sun(100),
          info: {
            ...usdtReceipt(46_202, 23_665, 'burn'),
            contractResult: [word(1n)],
            contract_address: toHexAddress(c.usdt),
            log: [approvalLog(c.usdt, t.cleanUser.address, c.dexRouter, usdt('100'))],
          },
        }),
        usdtTransfer(50_000, t.cleanUser, a.exchange, '200'),
        trx(20_000, a.user, t.cleanUser, 50),
      ],
    },
  ].map((f) => ({ ...f, transactions: f.transactions.sort((x, y) => x.info.blockNumber! - y.info.blockNumber!) }));
}

export function historyJson(f: TronHistoryFixture): string {
  return `${JSON.stringify(f, null, 2)}\n`;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  for (const f of historySpecs()) {
    const file = new URL(`./fixtures/history/tron-history-${f.scenario}.json`, import.meta.url);
    writeFileSync(file, historyJson(f));
    console.log(`wrote ${file.pathname}`);
  }
}
