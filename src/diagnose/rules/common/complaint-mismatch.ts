import { amountToNumber, showAmount } from '../../../../chains/amount.ts';
import { sameAddress } from '../../../../chains/token-symbols.ts';
import type { Network, TxFacts } from '../../../../chains/types.ts';
import { finding } from '../../finding.ts';
import { soleTransfer } from '../../sole-transfer.ts';
import { txEvidence } from '../../evidence.ts';
import type { TxRule } from '../../types.ts';

/** Where value actually went: token recipients, or the tx recipient for native value. */
export function recipientsOf(tx: TxFacts): string[] {
  const out = tx.tokenTransfers.map((t) => t.to);
  if (tx.intendedTransfer) out.push(tx.intendedTransfer.to);
  if (tx.value.raw !== '0' && tx.to) out.push(tx.to);
  // Solana: tokens land in a token account of the owner; users often quote that account (explorers show it).
  for (const t of tx.solana?.splTransfers ?? []) out.push(t.destination);
  return out;
}

/**
 * Lookalike: same first and last four characters, different in between (address
 * poisoning). The fixed prefix every address of the family shares (0x, TRON's T) does
 * not count.
 */
export function looksAlike(network: Network, a: string, b: string): boolean {
  const strip = (s: string) => (network.family === 'evm' ? s.toLowerCase().replace(/^0x/, '') : network.family === 'tron' ? s.replace(/^T/, '') : s);
  const x = strip(a);
  const y = strip(b);
  return x !== y && x.slice(0, 4) === y.slice(0, 4) && x.slice(-4) === y.slice(-4);
}

/**
 * The user names a network; the transaction lives on another one. When they name the one
 * it should have gone on as well as the one they used ("用 BEP20 转的，应该是 ERC20"), the
 * expected one decides.
 */
export const wrongNetworkRule: TxRule = ({ tx, input }) => {
  const expected = input.hints.expectedNetworks ?? [];
  const named = expected.length ? expected : input.hints.networks;
  if (named.length > 0 && !named.includes(tx.network)) {
    return [finding('WRONG_NETWORK', { network: tx.network, claimedNetwork: named[0] }, txEvidence(tx), { network: tx.network, txHash: tx.hash })];
  }
  // "交易所说我转错链了" with nothing to compare: say which network it went on, and how to
  // check it against the one the receiver's address belongs to. A transfer that did not
  // go through went on no network.
  if (input.hints.wrongNetworkSaid && tx.status === 'success') {
    return [finding('WRONG_NETWORK_REPORTED', { network: tx.network }, txEvidence(tx), { network: tx.network, txHash: tx.hash })];
  }
  return [];
};

/**
 * The user says they sent to X; the chain says the value went elsewhere. An address equal
 * to the sender is the user's own, whatever words came before it: never the recipient.
 */
export const recipientMismatchRule: TxRule = ({ tx, network, input }) => {
  const claimed = input.hints.claimedRecipient;
  const actual = missedRecipient(tx, network, claimed);
  if (!claimed || !actual) return [];
  const lookalike = actual.find((a) => looksAlike(network, a, claimed));
  return [
    finding(
      'RECIPIENT_MISMATCH',
      { claimed, actual: lookalike ?? actual[0], lookalike: lookalike ? 'yes' : 'no' },
      [...txEvidence(tx), { label: 'address the user named', value: claimed }],
      { network: tx.network, txHash: tx.hash },
    ),
  ];
};

/**
 * Where the value of a successful transaction went, when the user named a recipient (not
 * their own address) and it is none of those: RECIPIENT_MISMATCH's case. Undefined otherwise.
 */
function missedRecipient(tx: TxFacts, network: Network, claimed: string | undefined): string[] | undefined {
  if (!claimed || tx.status !== 'success' || sameAddress(network, tx.from, claimed)) return undefined;
  const actual = recipientsOf(tx);
  return actual.length === 0 || actual.some((a) => sameAddress(network, a, claimed)) ? undefined : actual;
}

/**
 * "我转错地址了，能追回吗": the transfer went through, so say plainly that nobody can reverse
 * it and that getting it back depends on whose address it is. When the user also names
 * the address they meant and the funds went elsewhere, RECIPIENT_MISMATCH says it better.
 */
export const wrongAddressRule: TxRule = ({ tx, network, input }) => {
  if (!input.hints.wrongAddressSaid || tx.status !== 'success') return [];
  const actual = recipientsOf(tx);
  if (actual.length === 0 || missedRecipient(tx, network, input.hints.claimedRecipient)) return [];
  const sole = soleTransfer(tx);
  return [finding('WRONG_ADDRESS_REPORTED', { network: tx.network, recipient: sole?.recipient ?? actual[0], amount: sole?.amount }, txEvidence(tx), { network: tx.network, txHash: tx.hash })];
};

/**
 * The user mentions an amount of a token; the transfer of that token moved a different one.
 * Amounts the user ties to a fee are in `hints.fees`, not here; an amount equal to the fee
 * this transaction paid is a fee too ("why did this cost me 0.0021 ETH?").
 */
export const amountMismatchRule: TxRule = ({ tx, input }) => {
  const claims = input.hints.amounts.filter((a) => !(tx.fee && a.token === tx.fee.symbol.toUpperCase() && nearFee(amountToNumber(tx.fee), a.value)));
  if (tx.status !== 'success' || claims.length !== 1) return [];
  const [claim] = claims;
  const moved = tx.tokenTransfers.filter((t) => t.symbol.toUpperCase() === claim.token);
  const amounts = moved.length ? moved.map((t) => t.amount) : tx.value.symbol === claim.token && tx.value.raw !== '0' ? [tx.value] : [];
  if (amounts.length === 0) return [];
  if (amounts.some((a) => near(amountToNumber(a), claim.value))) return [];
  return [finding('AMOUNT_MISMATCH', { claimed: `${claim.value} ${claim.token}`, actual: showAmount(amounts[0]) }, txEvidence(tx), { network: tx.network, txHash: tx.hash })];
};

/**
 * The user names a network fee in the fee's own coin ("还扣了我 27 TRX", "gas cost me 0.01
 * ETH") and the transaction paid clearly another. Said plainly, because the usual reasons matter
 * to the user: it is another transaction, or the app or platform charged its own fee
 * (which no chain shows). A fee in another coin ("5 USDT withdrawal fee") is a
 * platform's, not the network's: nothing to compare. Neither is any fee on a withdrawal:
 * the platform paid the network and charged its own. Only a paid fee counts (a pending
 * transaction has none yet).
 */
export const feeMismatchRule: TxRule = ({ tx, input }) => {
  const fee = tx.fee;
  if (!fee || fee.raw === '0' || (tx.status !== 'success' && tx.status !== 'failed') || input.hints.exchange?.direction === 'withdrawal') return [];
  const claims = input.hints.fees.filter((f) => f.token === fee.symbol.toUpperCase());
  if (claims.length !== 1 || !costsBesidesTransfer(tx).every((cost) => clearlyOtherFee(cost, claims[0].value))) return [];
  return [finding('FEE_MISMATCH', { claimed: `${claims[0].value} ${claims[0].token}`, actual: showAmount(fee) }, txEvidence(tx), { network: tx.network, txHash: tx.hash })];
};

/** What a user typed is rounded: half a percent, or a cent. */
function near(actual: number, claimed: number): boolean {
  return Math.abs(actual - claimed) <= Math.max(0.01, claimed * 0.005);
}

/**
 * What the user may call "the fee": the network fee, or everything that left the balance
 * besides the transfer. On Solana that adds the rent deposits the signer paid for accounts
 * this transaction opened: "为什么多扣了 0.002 SOL" is a new token account's deposit, which
 * SOLANA_RECIPIENT_ACCOUNT_CREATED explains; calling it "not the fee" would contradict it.
 */
function costsBesidesTransfer(tx: TxFacts): number[] {
  const fee = tx.fee ? amountToNumber(tx.fee) : 0;
  const s = tx.solana;
  const rent = (s?.createdAccounts ?? []).filter((a) => !a.payer || s!.signers.includes(a.payer)).reduce((sum, a) => sum + amountToNumber(a.rentPaid), 0);
  return rent > 0 ? [fee, fee + rent] : [fee];
}

/**
 * Worth telling the user: more than 15 % off. Closer is the same fee rounded, or read off
 * a wallet's estimate ("13.4 TRX" for 12.581); correcting that would only sound pedantic.
 */
function clearlyOtherFee(fee: number, claimed: number): boolean {
  return Math.abs(fee - claimed) > fee * 0.15;
}

/** Fees are small and people round them to a few digits: 5 % either way. */
function nearFee(fee: number, claimed: number): boolean {
  return Math.abs(fee - claimed) <= fee * 0.05;
}
