/**
 * Writes the TRON demo chain's scenario fixtures (chains/tron/devnet/fixtures/tron-*.json).
 *
 *   npx tsx chains/tron/devnet/generate-fixtures.ts
 *
 * Each fixture is one transaction in the exact wire shape of a java-tron node
 * (`visible=false`): the /wallet/gettransactionbyid answer and the
 * /wallet/gettransactioninfobyid answer. Transactions are really built: raw_data is
 * protobuf-encoded by tronweb, txID = sha256(raw_data), and the signature is the
 * sender's (deterministic demo keys), so ids and signatures are valid, only fake.
 * Receipt numbers are taken from real mainnet receipts where one exists (cited per
 * scenario in the fixture's `source`) and rescaled to today's energy price (100 sun).
 * Running it again produces byte-identical files (test/unit/tron-fixtures.test.ts checks).
 */
import { writeFileSync } from 'node:fs';
import { AbiCoder, id as keccakId } from 'ethers';
import { utils } from 'tronweb';
import { toHexAddress } from '../address.ts';
import { SELECTORS, TRANSFER_TOPIC } from '../trc20.ts';
import type { WireTransaction, WireTransactionInfo } from '../wire.ts';
import type { TronFixture } from './fixtures.ts';
import { tronActors as a, tronContracts as c, tronDevnetActor, type TronActor } from './actors.ts';
import { blockId, blockTimestamp, HEAD_BLOCK, SOLIDIFIED_BLOCK } from './state.ts';


export const SHAPE_TX = 'shape: tronprotocol/documentation-en docs/api/http/block-and-tx-query/gettransactionbyid.md (https://tronprotocol.github.io/documentation-en/api/http/block-and-tx-query/gettransactionbyid/)';
const SHAPE_INFO = 'shape: tronprotocol/documentation-en docs/api/http/block-and-tx-query/gettransactioninfobyid.md (https://developers.tron.network/reference/gettransactioninfobyid)';
export const SHAPE_TRC20 =
  'TriggerSmartContract + Transfer log layout: LedgerHQ/ledger-live libs/coin-modules/coin-tron/src/network/fixtures/{fetchTronAccountTxs,getTransactionInfoById}.fixture.json (USDT tx 0130dfde…)';
export const SHAPE_PLAIN_INFO = 'info of a bandwidth-only transaction (no receipt.result): Grommash9/aiotx docs/clients/tron_client/get_transaction_info.rst (TRX tx 2389719608…)';

const coder = AbiCoder.defaultAbiCoder();
const hex = (s: string) => Buffer.from(s, 'utf8').toString('hex');
export const word = (n: bigint) => n.toString(16).padStart(64, '0');
export const usdt = (units: string) => BigInt(Math.round(Number(units) * 1e6));
export const sun = (trx: number) => Math.round(trx * 1e6);

/** transfer(address,uint256) call data. `walletStyle41` keeps the 0x41 prefix in the address padding, as some TRON wallets do. */
export function transferData(to: TronActor | string, amount: bigint, walletStyle41 = false): string {
  const addr = toHexAddress(typeof to === 'string' ? to : to.address);
  const addrWord = (walletStyle41 ? addr : addr.slice(2)).padStart(64, '0');
  return SELECTORS.transfer + addrWord + word(amount);
}

export function transferLog(token: string, from: string, to: string, amount: bigint) {
  return {
    address: toHexAddress(token).slice(2),
    topics: [TRANSFER_TOPIC, toHexAddress(from).slice(2).padStart(64, '0'), toHexAddress(to).slice(2).padStart(64, '0')],
    data: word(amount),
  };
}

/** Approval(owner, spender, value), as a TRC-20 emits it on approve. */
function approvalLog(token: string, owner: string, spender: string, amount: bigint) {
  return {
    address: toHexAddress(token).slice(2),
    topics: [keccakId('Approval(address,address,uint256)').slice(2), toHexAddress(owner).slice(2).padStart(64, '0'), toHexAddress(spender).slice(2).padStart(64, '0')],
    data: word(amount),
  };
}

/** Same 4 characters after the T and same last 4 as the exchange address: found with grind-lookalike.ts (6.7 M tries). */
const EXCHANGE_LOOKALIKE = 'TDS3dvQfUbtdCDSLUwT9WWCfX16yYvTg7c';

function errorString(message: string): string {
  return '08c379a0' + coder.encode(['string'], [message]).slice(2);
}

export interface Spec {
  scenario: string;
  description: string;
  source: string[];
  where: TronFixture['where'];
  /** Blocks below the head (ignored when pending). */
  depth: number;
  demo?: TronFixture['demo'];
  signer: TronActor;
  type: string;
  value: Record<string, unknown>;
  feeLimit?: number;
  contractRet?: string;
  info?: Omit<WireTransactionInfo, 'id' | 'blockNumber' | 'blockTimeStamp'>;
}

export function build(spec: Spec): TronFixture {
  const blockNumber = HEAD_BLOCK - spec.depth;
  const refBlock = blockNumber - 3;
  const createdAt = blockTimestamp(blockNumber) - 2_154;
  const typeUrl = `type.googleapis.com/protocol.${spec.type}`;
  const raw: WireTransaction['raw_data'] = {
    contract: [{ parameter: { value: { ...spec.value }, type_url: typeUrl }, type: spec.type }],
    ref_block_bytes: refBlock.toString(16).slice(-4).padStart(4, '0'),
    ref_block_hash: blockId(refBlock).slice(16, 32),
    expiration: createdAt + 60_000,
    ...(spec.feeLimit !== undefined ? { fee_limit: spec.feeLimit } : {}),
    timestamp: createdAt,
  };
  const draft = { visible: false, raw_data: raw } as Record<string, unknown>;
  const pb = utils.transaction.txJsonToPb(draft);
  const rawDataHex = utils.transaction.txPbToRawDataHex(pb).toLowerCase();
  const txID = utils.transaction.txPbToTxID(pb).replace(/^0x/, '').toLowerCase();
  const signed = utils.crypto.signTransaction(spec.signer.privateKey, { ...draft, txID, raw_data_hex: rawDataHex }) as { signature: string[] };
  // Nodes store v as 00/01; tronweb signs with 1b/1c.
  const signature = signed.signature.map((s) => {
    const v = parseInt(s.slice(-2), 16);
    return s.slice(0, -2).toLowerCase() + (v >= 27 ? v - 27 : v).toString(16).padStart(2, '0');
  });

  const transaction: WireTransaction =
    spec.where === 'pending'
      ? { signature, txID, raw_data: raw, raw_data_hex: rawDataHex }
      : { ret: [{ contractRet: spec.contractRet ?? 'SUCCESS' }], signature, txID, raw_data: raw, raw_data_hex: rawDataHex };
  const fixture: TronFixture = {
    scenario: spec.scenario,
    description: spec.description,
    source: spec.source,
    where: spec.where,
    ...(spec.demo ? { demo: spec.demo } : {}),
    transaction,
  };
  if (spec.where !== 'pending') {
    const { fee, ...rest } = spec.info ?? {};
    fixture.info = {
      id: txID,
      ...(fee ? { fee } : {}),
      blockNumber,
      blockTimeStamp: blockTimestamp(blockNumber),
      contractResult: [''],
      ...rest,
    };
  }
  if (spec.where === 'unsolidified' && blockNumber <= SOLIDIFIED_BLOCK) throw new Error(`${spec.scenario}: depth ${spec.depth} is already solidified`);
  if (spec.where === 'solidified' && blockNumber > SOLIDIFIED_BLOCK) throw new Error(`${spec.scenario}: depth ${spec.depth} is not solidified yet`);
  return fixture;
}

const usdtHex = toHexAddress(c.usdt);
export const trigger = (signer: TronActor, contract: string, data: string, callValue = 0) => ({
  data,
  owner_address: signer.hex,
  contract_address: toHexAddress(contract),
  ...(callValue ? { call_value: callValue } : {}),
});

export const specs: Spec[] = [
  {
    scenario: 'trx-transfer-solidified',
    description: 'A plain 250 TRX transfer, paid with free bandwidth, long solidified.',
    source: [SHAPE_TX, SHAPE_PLAIN_INFO],
    where: 'solidified',
    depth: 2400,
    demo: { expectedCode: 'TX_CONFIRMED', text: `I sent 250 TRX to my exchange deposit address ${a.exchange.address} two hours ago and it is still not credited` },
    signer: a.user,
    type: 'TransferContract',
    value: { amount: sun(250), owner_address: a.user.hex, to_address: a.exchange.hex },
    info: { receipt: { net_usage: 267 } },
  },
  {
    scenario: 'usdt-transfer-high-energy',
    description:
      'USDT to an address that never held USDT: 130,285 energy (100,635 of it dynamic-energy penalty), 4,475 from stake, the rest burned: 12.581 TRX for a 41.68 USDT transfer.',
    source: [
      SHAPE_TX,
      SHAPE_TRC20,
      'receipt numbers: ledger-live getTransactionInfoById.fixture.json (energy_usage 4475, energy_usage_total 130285, energy_penalty_total 100635, net_usage 345); energy_fee rescaled from 210 to 100 sun per energy (Proposal #104)',
      'address word keeps the 0x41 prefix in its padding, as in that real transaction',
    ],
    where: 'solidified',
    depth: 1800,
    demo: { expectedCode: 'TRON_HIGH_FEE_ENERGY_BURN', text: '我转了41.68 USDT，怎么被扣了12.58个TRX的手续费？也太贵了吧' },
    signer: a.user,
    type: 'TriggerSmartContract',
    value: trigger(a.user, c.usdt, transferData(a.newHolder, usdt('41.677389'), true)),
    feeLimit: sun(50),
    info: {
      fee: 12_581_000,
      contractResult: ['0000000000000000000000000000000000000000000000000000000000000000'],
      contract_address: usdtHex,
      receipt: { energy_usage: 4475, energy_fee: 12_581_000, energy_usage_total: 130_285, net_usage: 345, result: 'SUCCESS', energy_penalty_total: 100_635 },
      log: [transferLog(c.usdt, a.user.address, a.newHolder.address, usdt('41.677389'))],
    },
  },
  {
    scenario: 'usdt-out-of-energy',
    description:
      'USDT transfer from an account with ~7.9 TRX and no energy: it burned everything it had on energy and stopped (OUT_OF_ENERGY). Fee limit 100 TRX was not the cap: the balance was.',
    source: [
      SHAPE_TX,
      SHAPE_INFO,
      'receipt and resMessage: Grommash9/aiotx docs/clients/tron_client/get_transaction_info.rst, failed USDT tx e63a324a… (energy_usage_total 78572, energy_penalty_total 25905, net_usage 345, OUT_OF_ENERGY); energy_fee rescaled to 100 sun',
    ],
    where: 'solidified',
    depth: 1500,
    demo: { expectedCode: 'TRON_OUT_OF_ENERGY', text: '转500 USDT失败了，显示OUT_OF_ENERGY，TRX还被扣了7.8个，USDT也没到账' },
    signer: a.lowBalanceUser,
    type: 'TriggerSmartContract',
    value: trigger(a.lowBalanceUser, c.usdt, transferData(a.exchange, usdt('500'))),
    feeLimit: sun(100),
    contractRet: 'OUT_OF_ENERGY',
    info: {
      fee: 7_857_200,
      contract_address: usdtHex,
      receipt: { energy_fee: 7_857_200, energy_usage_total: 78_572, net_usage: 345, result: 'OUT_OF_ENERGY', energy_penalty_total: 25_905 },
      result: 'FAILED',
      resMessage: hex("Not enough energy for 'SSTORE' operation executing: curInvokeEnergyLimit[78572], curOpEnergy[20000], penaltyEnergy[68000], usedEnergy[33567]"),
    },
  },
  {
    scenario: 'trc20-revert-safemath',
    description: 'Transfer of 500 DMC (a TRC-20 built on OpenZeppelin SafeMath) with too small a balance: REVERT with reason "SafeMath: subtraction overflow".',
    source: [
      SHAPE_TX,
      SHAPE_INFO,
      'REVERT receipt layout (resMessage "REVERT opcode executed", result FAILED, energy_usage_total 8624): a real failed USDT tx 0f24fc36… quoted in a TronGrid client test',
      'revert data in contractResult: tronprotocol/documentation-en docs/api/http/smart-contract/triggerconstantcontract.md (Error(string) ABI encoding)',
      'reason text: OpenZeppelin SafeMath 2.x/3.x sub() message',
    ],
    where: 'solidified',
    depth: 1200,
    demo: { expectedCode: 'TX_REVERTED', text: 'My DMC token transfer failed but the TRX fee was still taken. Why?' },
    signer: a.user,
    type: 'TriggerSmartContract',
    value: trigger(a.user, c.demoToken, transferData(a.exchange, 500n * 10n ** 18n)),
    feeLimit: sun(100),
    contractRet: 'REVERT',
    info: {
      fee: 1_207_400,
      contractResult: [errorString('SafeMath: subtraction overflow')],
      contract_address: toHexAddress(c.demoToken),
      receipt: { energy_fee: 862_400, energy_usage_total: 8624, net_fee: 345_000, result: 'REVERT' },
      result: 'FAILED',
      resMessage: hex('REVERT opcode executed'),
    },
  },
  {
    scenario: 'contract-out-of-time',
    description: 'A call to a game contract that exceeded the TVM time limit (OUT_OF_TIME): all energy up to the 100 TRX fee limit was charged.',
    source: [
      SHAPE_TX,
      SHAPE_INFO,
      "resMessage text: java-tron Program.OutOfTimeException.notEnoughTime (\"CPU timeout for '%s' operation executing\")",
      'non-REVERT failures consume the whole energy limit (TVM exceptions spend all remaining energy)',
    ],
    where: 'solidified',
    depth: 900,
    demo: { expectedCode: 'TRON_OUT_OF_TIME', text: '领取游戏奖励的交易失败了，一下子扣了我100个TRX！' },
    signer: a.gamer,
    type: 'TriggerSmartContract',
    value: trigger(a.gamer, c.game, keccakId('claimRewards()').slice(2, 10)),
    feeLimit: sun(100),
    contractRet: 'OUT_OF_TIME',
    info: {
      fee: 100_345_000,
      contract_address: toHexAddress(c.game),
      receipt: { energy_fee: 100_000_000, energy_usage_total: 1_000_000, net_fee: 345_000, result: 'OUT_OF_TIME' },
      result: 'FAILED',
      resMessage: hex("CPU timeout for 'JUMPDEST' operation executing"),
    },
  },
  {
    scenario: 'usdt-fee-limit-too-low',
    description: 'USDT transfer sent with a 5 TRX fee limit: it stopped at 50,000 energy (5 TRX), although the account had plenty of TRX.',
    source: [
      SHAPE_TX,
      SHAPE_INFO,
      "resMessage format: java-tron Program.spendEnergy (\"Not enough energy for '%s' operation executing: curInvokeEnergyLimit[%d], curOpEnergy[%d], usedEnergy[%d]\")",
      'energy cap = min(stake + balance/price, fee_limit/price): java-tron VMActuator.getTotalEnergyLimitWithFixRatio',
    ],
    where: 'solidified',
    depth: 700,
    demo: { expectedCode: 'TRON_FEE_LIMIT_TOO_LOW', text: 'USDT transfer failed with OUT_OF_ENERGY but I have over 300 TRX in the wallet. What happened?' },
    signer: a.user,
    type: 'TriggerSmartContract',
    value: trigger(a.user, c.usdt, transferData(a.exchange, usdt('200'))),
    feeLimit: sun(5),
    contractRet: 'OUT_OF_ENERGY',
    info: {
      fee: 5_000_000,
      contract_address: usdtHex,
      receipt: { energy_fee: 5_000_000, energy_usage_total: 50_000, net_usage: 345, result: 'OUT_OF_ENERGY' },
      result: 'FAILED',
      resMessage: hex("Not enough energy for 'SSTORE' operation executing: curInvokeEnergyLimit[50000], curOpEnergy[20000], usedEnergy[31180]"),
    },
  },
  {
    scenario: 'usdt-not-solidified',
    description: 'An 80 USDT deposit paid with staked energy, 6 blocks deep: confirmed but not yet solidified.',
    source: [
      SHAPE_TX,
      SHAPE_TRC20,
      'receipt numbers: Grommash9/aiotx get_transaction_info.rst, USDT tx b69c51db… (energy_usage 64285 = energy_usage_total, energy_penalty_total 49635), bandwidth from stake',
    ],
    where: 'unsolidified',
    depth: 5,
    demo: { expectedCode: 'TX_AWAITING_CONFIRMATIONS', text: `充值80 USDT到交易所，钱包显示成功了，交易所还没到账。地址 ${a.exchange.address}` },
    signer: a.user,
    type: 'TriggerSmartContract',
    value: trigger(a.user, c.usdt, transferData(a.exchange, usdt('80'))),
    feeLimit: sun(100),
    info: {
      contractResult: ['0000000000000000000000000000000000000000000000000000000000000000'],
      contract_address: usdtHex,
      receipt: { energy_usage: 64_285, energy_usage_total: 64_285, net_usage: 345, result: 'SUCCESS', energy_penalty_total: 49_635 },
      log: [transferLog(c.usdt, a.user.address, a.exchange.address, usdt('80'))],
    },
  },
  {
    scenario: 'trx-transfer-activates-account',
    description: '10 TRX to an address that did not exist yet: 1 TRX account-creation fee plus 0.1 TRX creation bandwidth fee.',
    source: [
      SHAPE_TX,
      'receipt: the TRON docs gettransactioninfobyid example (Shasta tx 7c2d4206…, fee 1100000, receipt.net_fee 100000), also in tatumio docs and fbsobreira/gotron-sdk tests',
      'fee rule: tronprotocol/documentation-zh wallet-cli account commands, "如何创建账户" (getCreateNewAccountFeeInSystemContract + getCreateAccountFee)',
    ],
    where: 'solidified',
    depth: 600,
    demo: { expectedCode: 'TRON_ACCOUNT_ACTIVATION_FEE', text: '我给一个新地址转了10个TRX，为什么多扣了1.1个TRX？' },
    signer: a.user,
    type: 'TransferContract',
    value: { amount: sun(10), owner_address: a.user.hex, to_address: a.unactivated.hex },
    info: { fee: 1_100_000, receipt: { net_fee: 100_000 } },
  },
  {
    scenario: 'usdt-sender-blacklisted',
    description: 'USDT transfer from an address Tether has blacklisted: the contract reverts without a reason (require(!isBlackListed[msg.sender])).',
    source: [
      SHAPE_TX,
      SHAPE_INFO,
      'REVERT receipt without reason data (contractResult [""], resMessage "REVERT opcode executed", energy_usage_total 8624): real USDT tx 0f24fc36… quoted in a TronGrid client test',
      "blacklist check: Tether TRC-20 source (BlackList.isBlackListed), selector 0xe47d6060",
    ],
    where: 'solidified',
    depth: 500,
    demo: { expectedCode: 'USDT_BLACKLISTED', text: '我的USDT怎么都转不出去，每次都失败，还扣TRX手续费' },
    signer: a.frozenSender,
    type: 'TriggerSmartContract',
    value: trigger(a.frozenSender, c.usdt, transferData(a.exchange, usdt('1000'))),
    feeLimit: sun(100),
    contractRet: 'REVERT',
    info: {
      fee: 1_207_400,
      contract_address: usdtHex,
      receipt: { energy_fee: 862_400, energy_usage_total: 8624, net_fee: 345_000, result: 'REVERT' },
      result: 'FAILED',
      resMessage: hex('REVERT opcode executed'),
    },
  },
  {
    scenario: 'usdt-recipient-blacklisted',
    description: 'A successful 300 USDT payment to an address Tether has blacklisted: it arrived, but the recipient can never move it.',
    source: [SHAPE_TX, SHAPE_TRC20, 'receipt numbers: aiotx USDT tx b69c51db… (64,285 energy from stake)'],
    where: 'solidified',
    depth: 450,
    demo: { expectedCode: 'USDT_BLACKLISTED', text: `I paid 300 USDT to a merchant at ${a.frozenMerchant.address} and they say they cannot use the money` },
    signer: a.user,
    type: 'TriggerSmartContract',
    value: trigger(a.user, c.usdt, transferData(a.frozenMerchant, usdt('300'))),
    feeLimit: sun(100),
    info: {
      contractResult: ['0000000000000000000000000000000000000000000000000000000000000000'],
      contract_address: usdtHex,
      receipt: { energy_usage: 64_285, energy_usage_total: 64_285, net_usage: 345, result: 'SUCCESS', energy_penalty_total: 49_635 },
      log: [transferLog(c.usdt, a.user.address, a.frozenMerchant.address, usdt('300'))],
    },
  },
  {
    scenario: 'usdt-sent-to-token-contract',
    description: '30 USDT sent to the USDT contract address itself (pasted as the recipient): the tokens are stuck there.',
    source: [SHAPE_TX, SHAPE_TRC20, 'receipt numbers: aiotx USDT tx b69c51db… (64,285 energy), 20,000 from stake, the rest burned at 100 sun'],
    where: 'solidified',
    depth: 400,
    demo: { expectedCode: 'SENT_TO_TOKEN_CONTRACT', text: `我转了30 USDT到 ${c.usdt}，对方说没收到` },
    signer: a.user,
    type: 'TriggerSmartContract',
    value: trigger(a.user, c.usdt, transferData(c.usdt, usdt('30'))),
    feeLimit: sun(100),
    info: {
      fee: 4_428_500,
      contractResult: ['0000000000000000000000000000000000000000000000000000000000000000'],
      contract_address: usdtHex,
      receipt: { energy_usage: 20_000, energy_fee: 4_428_500, energy_usage_total: 64_285, net_usage: 345, result: 'SUCCESS', energy_penalty_total: 49_635 },
      log: [transferLog(c.usdt, a.user.address, c.usdt, usdt('30'))],
    },
  },
  {
    scenario: 'fake-trc20-usdt',
    description: 'An "airdrop" of 5000 "USDT" from a look-alike TRC-20 contract (same name and symbol, different address).',
    source: [SHAPE_TX, SHAPE_TRC20, 'energy for a first transfer of a fresh token: ~29,650 base energy without penalty (same storage writes as USDT)'],
    where: 'solidified',
    depth: 300,
    demo: { expectedCode: 'FAKE_TOKEN', text: '有人给我转了5000 USDT，但是我卖不掉也转不出去' },
    signer: a.scammer,
    type: 'TriggerSmartContract',
    value: trigger(a.scammer, c.fakeUsdt, transferData(a.user, usdt('5000'))),
    feeLimit: sun(100),
    info: {
      fee: 3_310_000,
      contractResult: ['0000000000000000000000000000000000000000000000000000000000000001'],
      contract_address: toHexAddress(c.fakeUsdt),
      receipt: { energy_fee: 2_965_000, energy_usage_total: 29_650, net_fee: 345_000, result: 'SUCCESS' },
      log: [transferLog(c.fakeUsdt, a.scammer.address, a.user.address, usdt('5000'))],
    },
  },
  {
    scenario: 'trc10-fake-usdt',
    description: 'A TRC-10 asset issued as "Tether USD" / "USDT" (anyone can issue TRC-10 with any name) sent to the user.',
    source: [
      SHAPE_TX,
      SHAPE_PLAIN_INFO,
      'TransferAssetContract fields (asset_name = hex of the asset id): tronweb src/utils/transaction.ts buildTransferAssetContract; tronprotocol/documentation-en docs/api/http/asset/transferasset.md',
      'asset record: tronprotocol/documentation-en docs/api/http/asset/getassetissuebyid.md',
    ],
    where: 'solidified',
    depth: 250,
    demo: { expectedCode: 'FAKE_TOKEN', text: 'I received 1000 USDT but my exchange says it is not real USDT and will not accept it' },
    signer: a.scammer,
    type: 'TransferAssetContract',
    value: { amount: 1_000_000_000, asset_name: hex('1004777'), owner_address: a.scammer.hex, to_address: a.user.hex },
    info: { receipt: { net_usage: 283 } },
  },
  {
    scenario: 'permission-update-to-thief',
    description: 'The victim signed an AccountPermissionUpdate (e.g. on a phishing "DApp") that hands owner and active permission to another key: the victim can no longer move anything.',
    source: [
      SHAPE_TX,
      SHAPE_PLAIN_INFO,
      'contract fields: tronprotocol/documentation-en docs/api/http/account/accountpermissionupdate.md (owner type omitted, actives type "Active", operations bitmap)',
      'fee: 100 TRX getUpdateAccountPermissionFee (tronprotocol/tips issue #915; wallet-cli "permission update (burns 100 TRX)")',
    ],
    where: 'solidified',
    depth: 120,
    demo: { expectedCode: 'ACCOUNT_PERMISSION_CHANGED', text: '我钱包里的USDT转不出去了，提示权限不足/签名错误，是不是被盗了？' },
    signer: a.victim,
    type: 'AccountPermissionUpdateContract',
    value: {
      owner_address: a.victim.hex,
      owner: { permission_name: 'owner', threshold: 1, keys: [{ address: a.thief.hex, weight: 1 }] },
      actives: [
        {
          type: 'Active',
          id: 2,
          permission_name: 'active',
          threshold: 1,
          operations: '7fff1fc0033e0300000000000000000000000000000000000000000000000000',
          keys: [{ address: a.thief.hex, weight: 1 }],
        },
      ],
    },
    info: { fee: 100_000_000, receipt: { net_usage: 418 } },
  },
  {
    scenario: 'usdt-approve-unlimited',
    description: 'The user approved an unlimited USDT allowance to a plain wallet (a "support agent" in a chat asked for it to "verify" the wallet). Nothing moved yet; the wallet can now take all the USDT.',
    source: [
      SHAPE_TX,
      SHAPE_INFO,
      'approve(address,uint256) call data and the Approval(owner, spender, value) log: TRC-20 standard, tronprotocol/TIPs tip-20.md',
      'energy: one new allowance slot (SSTORE from zero, ~22k energy plus the USDT dynamic-energy penalty): an estimate in line with the transfer receipts above, not copied from a real receipt',
    ],
    where: 'solidified',
    depth: 220,
    demo: { expectedCode: 'RISKY_APPROVAL', text: '客服让我在一个网站上点了授权来验证钱包，钱没少，这样会不会有问题？' },
    signer: a.user,
    type: 'TriggerSmartContract',
    value: trigger(a.user, c.usdt, SELECTORS.approve + toHexAddress(a.thief.address).slice(2).padStart(64, '0') + 'f'.repeat(64)),
    feeLimit: sun(100),
    info: {
      contractResult: ['0000000000000000000000000000000000000000000000000000000000000001'],
      contract_address: usdtHex,
      receipt: { energy_usage: 46_000, energy_usage_total: 46_000, net_usage: 313, result: 'SUCCESS', energy_penalty_total: 23_000 },
      log: [approvalLog(c.usdt, a.user.address, a.thief.address, (1n << 256n) - 1n)],
    },
  },
  {
    scenario: 'zero-value-transferfrom-batch',
    description:
      'An address poisoner calls its own contract, which "moves" 0 USDT out of three addresses (the user among them) to look-alikes of addresses they paid. transferFrom of 0 needs no allowance: nobody signed anything and nothing moved.',
    source: [
      SHAPE_TX,
      SHAPE_TRC20,
      'batch of zero-value Transfer logs from one poisoner transaction: the pattern described in TRONSCAN\'s and Tether\'s address-poisoning warnings (0-amount transferFrom to a look-alike of a recent counterparty)',
      'energy: three USDT transferFrom calls of 0 (no balance change, one allowance read each) at ~13k energy each, burned at 100 sun',
    ],
    where: 'solidified',
    depth: 180,
    demo: { expectedCode: 'ADDRESS_POISONING', text: `我的钱包 ${a.user.address} 多了一笔我没发过的 0 USDT 转出，对方地址和交易所地址很像，这是怎么回事？` },
    signer: a.scammer,
    type: 'TriggerSmartContract',
    value: trigger(a.scammer, c.poisoner, keccakId('spray(address,address[],address[])').slice(2, 10)),
    feeLimit: sun(100),
    info: {
      fee: 4_245_000,
      contract_address: toHexAddress(c.poisoner),
      receipt: { energy_fee: 3_900_000, energy_usage_total: 39_000, net_fee: 345_000, result: 'SUCCESS' },
      log: [
        transferLog(c.usdt, a.user.address, EXCHANGE_LOOKALIKE, 0n),
        transferLog(c.usdt, a.newHolder.address, tronDevnetActor('poisoned payee 2').address, 0n),
        transferLog(c.usdt, a.gamer.address, tronDevnetActor('poisoned payee 3').address, 0n),
      ],
    },
  },
  {
    scenario: 'freeze-for-energy',
    description: 'The user staked 300 TRX for energy (Stake 2.0 FreezeBalanceV2): the available balance drops by 300 TRX, nothing is sent anywhere.',
    source: [
      SHAPE_TX,
      SHAPE_PLAIN_INFO,
      'contract fields (owner_address, frozen_balance in sun, resource "ENERGY"): tronprotocol/documentation-en docs/api/http/account-resources/freezebalancev2.md (https://developers.tron.network/reference/freezebalancev2-1)',
    ],
    where: 'solidified',
    depth: 160,
    demo: { expectedCode: 'STAKING_OPERATION', text: '我在钱包里点了质押 300 TRX 换能量，可用余额一下少了 300，这些 TRX 还能拿回来吗？' },
    signer: a.user,
    type: 'FreezeBalanceV2Contract',
    value: { frozen_balance: sun(300), owner_address: a.user.hex, resource: 'ENERGY' },
    info: { receipt: { net_usage: 277 } },
  },
  {
    scenario: 'delegate-energy',
    description: 'The user lent the energy of 500 staked TRX to a friend (DelegateResource): the TRX stay staked in the user\'s account.',
    source: [
      SHAPE_TX,
      SHAPE_PLAIN_INFO,
      'contract fields (owner_address, receiver_address, balance in sun, resource, lock): tronprotocol/documentation-en docs/api/http/account-resources/delegateresource.md (https://developers.tron.network/reference/delegateresource-1)',
    ],
    where: 'solidified',
    depth: 140,
    demo: { expectedCode: 'STAKING_OPERATION', text: 'I delegated energy to my friend. Did I just send him 500 TRX?' },
    signer: a.user,
    type: 'DelegateResourceContract',
    value: { balance: sun(500), owner_address: a.user.hex, receiver_address: a.newHolder.hex, resource: 'ENERGY' },
    info: { receipt: { net_usage: 280 } },
  },
  {
    scenario: 'unfreeze-energy',
    description: 'The user started unstaking 100 TRX (UnfreezeBalanceV2): the TRX come back to the available balance after the 14-day wait, then must be withdrawn.',
    source: [
      SHAPE_TX,
      SHAPE_PLAIN_INFO,
      'contract fields (owner_address, unfreeze_balance in sun, resource): tronprotocol/documentation-en docs/api/http/account-resources/unfreezebalancev2.md; 14-day wait: TRON docs "Stake 2.0" (getUnfreezeDelayDays)',
    ],
    where: 'solidified',
    depth: 130,
    demo: { expectedCode: 'STAKING_OPERATION', text: '我解除质押了 100 TRX，为什么可用余额里还是没有？' },
    signer: a.user,
    type: 'UnfreezeBalanceV2Contract',
    value: { owner_address: a.user.hex, resource: 'ENERGY', unfreeze_balance: sun(100) },
    info: { receipt: { net_usage: 276 } },
  },
  {
    scenario: 'trx-transfer-pending',
    description: 'A 5 TRX transfer just broadcast: in the pending pool, not yet in a block (normally ~3 s).',
    source: [
      'shape: tronprotocol/documentation-en docs/api/http/block-and-tx-query/gettransactionfrompending.md (protocol.Transaction, no ret before execution)',
    ],
    where: 'pending',
    depth: 0,
    signer: a.user,
    type: 'TransferContract',
    value: { amount: sun(5), owner_address: a.user.hex, to_address: a.exchange.hex },
  },
];

export function buildTronFixtures(): TronFixture[] {
  return specs.map(build);
}

export function fixtureJson(f: TronFixture): string {
  return `${JSON.stringify(f, null, 2)}\n`;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  for (const f of buildTronFixtures()) {
    const file = new URL(`./fixtures/tron-${f.scenario}.json`, import.meta.url);
    writeFileSync(file, fixtureJson(f));
    console.log(`wrote ${file.pathname}`);
  }
}
