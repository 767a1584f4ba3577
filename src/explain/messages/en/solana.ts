import type { solanaCodes } from '../../../diagnose/codes/solana.ts';
import type { FindingParams } from '../../../diagnose/types.ts';
import type { FindingCatalog } from '../../types.ts';

const feeOnly = (p: FindingParams) =>
  `Only the network fee${p.fee ? ` (${p.fee})` : ''} was charged: Solana charges it for processing a transaction even when it fails, and it cannot be refunded.`;
/** "USDC " or nothing, before "token account". */
const sym = (p: FindingParams) => (p.symbol ? `${p.symbol} ` : '');
// "Still in your wallet" is never said: the wallet may not have held it (insufficient funds) and we do not know its balance now.
const nothingMoved = (p: FindingParams) =>
  p.errorCategory === 'insufficient_funds' ? 'Nothing was transferred.' : p.intended ? `The ${p.intended} was not sent: this transaction did not move it.` : 'Nothing was transferred.';

/** What went wrong, in words, by the error's category (the table's meaning covers the rest). */
function whyEn(p: FindingParams): string {
  switch (p.errorCategory) {
    case 'insufficient_funds':
      return p.balance && p.intended ? `you tried to send ${p.intended}, but the sending account held only ${p.balance}` : 'the sending account did not hold enough for this transfer';
    case 'slippage':
      return 'the price moved more than the slippage you allowed between the quote and the execution, so the swap was cancelled automatically to protect you from a worse rate';
    case 'frozen':
      return 'the token account is frozen by the token issuer, so no transfer from or to it can go through';
    default:
      return String(p.reason);
  }
}

function stepsEn(p: FindingParams): string[] {
  switch (p.errorCategory) {
    case 'insufficient_funds':
      return ['Check your balance of this token in your wallet, then send again with an amount you actually hold.', 'Keep a little SOL (about 0.01 SOL) in your wallet for network fees.'];
    case 'slippage':
      return ['Try the swap again. If it keeps failing, raise the slippage tolerance a little, or swap a smaller amount.', 'Tokens with little trading volume move fast; a calmer moment may also help.'];
    case 'account':
      return [
        'Check the receiving address: it must be a wallet address (the one the recipient\'s wallet shows on its "Receive" screen), not a token account address.',
        'Send again from a standard wallet app, which picks the right token account automatically.',
      ];
    case 'frozen':
      return ['Only the token issuer can unfreeze a token account. Contact the issuer\'s official support with the transaction hash.'];
    case 'authority':
      return ['The wallet that signed does not control the account it tried to move. Check that you are using the right wallet.'];
    case 'compute':
      return ['Try again. If you used an app (dApp), send its support the transaction hash: the app sets the compute budget.'];
    default:
      return ['Send the transaction hash to the support of the app you used (wallet or dApp): the error comes from its program.'];
  }
}

export const solanaEn: FindingCatalog<keyof typeof solanaCodes> = {
  SOLANA_INSTRUCTION_FAILED: {
    title: (p) => `Failed at instruction #${p.instruction}: ${p.errorName}`,
    detail: (p, c) =>
      `Instruction #${p.instruction} (${p.program}) failed on ${c.net(p.network)} with ${p.errorCode} (${p.errorName}): ${p.reason}. The whole transaction was rolled back. Fee spent: ${p.fee ?? 'unknown'}.`,
    explain: (p, c) =>
      p.errorCategory === 'slippage'
        ? `Your swap on ${c.net(p.network)} did not go through: ${whyEn(p)}. Nothing was swapped. ${feeOnly(p)}`
        : `Your transaction on ${c.net(p.network)} failed: ${whyEn(p)}. When one step of a Solana transaction fails, the whole transaction is cancelled. ${nothingMoved(p)} ${feeOnly(p)}`,
    steps: (p) => stepsEn(p),
  },
  SOLANA_TX_FAILED: {
    title: (p) => `Failed: ${p.errorName}`,
    detail: (p, c) => `The ${c.net(p.network)} runtime rejected the transaction: ${p.errorName}${p.account ? ` (account ${p.account})` : ''}: ${p.reason}. Fee spent: ${p.fee ?? 'unknown'}.`,
    explain: (p, c) => {
      if (p.errorName === 'InsufficientFundsForRent' && p.rentRole === 'recipient') {
        return `Your transfer${p.intended ? ` of ${p.intended}` : ''} on ${c.net(p.network)} was refused because the receiving address had no SOL yet. On Solana every account must keep at least ${p.minimum} (the "rent-exempt minimum"), so a first transfer smaller than that to a new address fails. ${nothingMoved(p)} ${feeOnly(p)}`;
      }
      if (p.errorName === 'InsufficientFundsForRent' && p.rentRole === 'sender') {
        return `Your transfer on ${c.net(p.network)} was refused because it would have left your own wallet with less than ${p.minimum}, the minimum a Solana account must keep (unless it is emptied completely). ${nothingMoved(p)} ${feeOnly(p)}`;
      }
      return `The ${c.net(p.network)} network rejected your transaction: ${p.reason}. ${nothingMoved(p)} ${feeOnly(p)}`;
    },
    steps: (p) =>
      p.errorName === 'InsufficientFundsForRent'
        ? p.rentRole === 'sender'
          ? [`Send a slightly smaller amount so that at least ${p.minimum} stays in your wallet, or send your entire balance.`]
          : [`Send at least ${p.minimum} (we suggest 0.001 SOL or more) to a new address; after that, smaller amounts work too.`]
        : ['Send the transaction again; if it fails the same way, send us the transaction hash.'],
  },
  SOLANA_PROCESSED: {
    title: () => 'Processed, not yet confirmed',
    detail: (p, c) => `Processed by a ${c.net(p.network)} validator; not yet confirmed by the cluster. Expires about ${p.expirySeconds ?? 90} s after signing if it never confirms.`,
    explain: (p, c) =>
      `Your transaction has reached ${c.net(p.network)} and was processed by a validator, but the network has not confirmed it yet. This normally takes a few seconds. Occasionally a processed transaction is dropped instead; then it expires about ${p.expirySeconds ?? 90} seconds after it was signed and nothing is spent.`,
    steps: (p) => [
      'Please wait a minute and check again; nothing needs to be done.',
      `Do not send the same transfer again until this one is either confirmed or has expired (about ${p.expirySeconds ?? 90} seconds), or you may pay twice.`,
    ],
  },
  SOLANA_SENT_TO_TOKEN_ACCOUNT: {
    title: (p) => (p.kind === 'sol' ? `${p.amount} sent to a ${sym(p)}token account` : `${p.amount} sent to an account owned by a token account`),
    detail: (p) =>
      p.kind === 'sol'
        ? `Recipient ${p.tokenAccount} is a ${sym(p)}token account${p.accountOwner ? ` owned by ${p.accountOwner}` : ''}, not a wallet. The SOL sits in its lamport balance; only the owner can recover it by closing the account (once it holds no tokens).`
        : `The recipient "wallet" ${p.tokenAccount} is itself a ${sym(p)}token account${p.accountOwner ? ` (owner ${p.accountOwner})` : ''}; the wallet created ${p.stuckAccount} owned by it. ${p.noKey === 'yes' ? 'The owner address is program-derived: no private key exists.' : 'Only the holder of that address\'s private key could move the tokens.'}`,
    explain: (p) =>
      p.kind === 'sol'
        ? `The ${p.amount} was sent to ${p.tokenAccount}, which is not a wallet address but a ${sym(p)}token account${p.accountOwner ? ` belonging to the wallet ${p.accountOwner}` : ''}. SOL sent to a token account does not show up as a SOL balance anywhere and is not credited by exchanges. Only the owner of that token account can get it back, by closing the account.`
        : `The ${p.amount} did not reach a wallet. The address you sent to, ${p.tokenAccount}, is itself a ${sym(p)}token account${p.accountOwner ? ` (belonging to ${p.accountOwner})` : ''}, so your wallet created a new token account owned by that address and put the ${p.amount} there. ${p.noKey === 'yes' ? 'Nobody holds a private key for that address, so in practice these tokens cannot be moved again.' : 'Only someone holding the private key of that address could move them.'}`,
    steps: (p) => [
      p.accountOwner
        ? `Contact the platform that gave you this address with the transaction hash, and explain that the ${p.kind === 'sol' ? 'SOL' : 'tokens'} were sent to their ${sym(p)}token account ${p.tokenAccount} instead of their wallet address${p.kind === 'sol' ? ': they control that account and can recover the SOL' : ''}.`
        : 'Contact the recipient with the transaction hash: only the owner of that account can help.',
      'Blockchain transfers cannot be reversed by us or by your wallet.',
      'Next time, use the address the recipient\'s wallet shows on its "Receive" screen (for an exchange: its Solana deposit address), never a token account address from an explorer.',
    ],
  },
  SOLANA_RECIPIENT_ACCOUNT_CREATED: {
    title: (p) => `Recipient's ${p.symbol} account opened (rent ${p.rent})`,
    detail: (p) => `The transfer created the ${p.symbol} token account of ${p.recipient}; ${p.payer} paid its rent deposit of ${p.rent}.`,
    explain: (p) =>
      `Besides the network fee, this transfer cost ${p.rent}: the recipient had no ${p.symbol} account yet, so your wallet opened one for them, and Solana requires a deposit (called rent) of ${p.rent} to keep a token account open. This is normal. The deposit stays with that token account and is returned to its owner if the account is ever closed.`,
    steps: () => ['Nothing to do: the transfer went through normally.'],
  },
};
