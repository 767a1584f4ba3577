import { sha256, toUtf8Bytes } from 'ethers';
import { tronContracts as c, tronDevnetActor, tronTheftActors } from './actors.ts';
import { build, sun } from './generate-fixtures.ts';
import { blockTimestamp, HEAD_BLOCK } from './state.ts';
import type { HistoryTx } from './trongrid.ts';
import type { TronGridTrc20Event } from '../wire.ts';

/**
 * A busy merchant address, to show that an investigation's cost is bounded by its limits
 * and not by the address's history: BUSY_USDT_PAYMENTS incoming USDT payments (TRC-20
 * events, one every 7 blocks) and BUSY_TRX_PAYMENTS incoming TRX transfers (signed
 * transactions, one every 13 blocks) from 40 payers. Generated on the first request for
 * the address (about 0.7 s), deterministic. The USDT payments exist only as TronGrid
 * events: their transactions are not served by /wallet/gettransactionbyid.
 */
export const BUSY_USDT_PAYMENTS = 2_500;
export const BUSY_TRX_PAYMENTS = 1_200;

export function busyMerchantHistory(): { txs: HistoryTx[]; events: { event: TronGridTrc20Event; block: number }[] } {
  const merchant = tronTheftActors.busyMerchant;
  const payers = Array.from({ length: 40 }, (_, i) => tronDevnetActor(`busy payer ${i}`));
  const events = Array.from({ length: BUSY_USDT_PAYMENTS }, (_, i) => {
    const block = HEAD_BLOCK - 40 - i * 7;
    const event: TronGridTrc20Event = {
      transaction_id: sha256(toUtf8Bytes(`txtriage tron devnet busy usdt payment ${i}`)).slice(2),
      token_info: { symbol: 'USDT', address: c.usdt, decimals: 6, name: 'Tether USD' },
      block_timestamp: blockTimestamp(block),
      from: payers[i % payers.length].address,
      to: merchant.address,
      type: 'Transfer',
      value: String((10 + ((i * 37) % 990)) * 1_000_000),
    };
    return { event, block };
  });
  const txs = Array.from({ length: BUSY_TRX_PAYMENTS }, (_, i) => {
    const payer = payers[i % payers.length];
    const f = build({
      scenario: 'busy',
      description: '',
      source: [],
      where: 'solidified',
      depth: 45 + i * 13,
      signer: payer,
      type: 'TransferContract',
      value: { amount: sun(1 + (i % 50)), owner_address: payer.hex, to_address: merchant.hex },
      info: { receipt: { net_usage: 267 } },
    });
    return { transaction: f.transaction, info: f.info! };
  });
  return { txs, events };
}
