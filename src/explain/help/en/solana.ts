import type { solanaCodes } from '../../../diagnose/codes/solana.ts';
import type { HelpSlice } from '../types.ts';

export const solanaHelpEn: HelpSlice<keyof typeof solanaCodes> = {
  SOLANA_INSTRUCTION_FAILED: {
    title: 'My Solana transaction failed',
    means: 'One step of the transaction failed, so Solana undid the whole transaction. Nothing was transferred; only the small network fee was spent.',
    why: ['The app\'s program refused the action, for example a price moved too much during a swap, or a balance was too low.'],
    todo: ['Read the reason on the status page, then try again.', 'For swaps, a higher slippage tolerance or a smaller amount often helps.'],
    time: 'Final; a new attempt confirms in seconds.',
  },
  SOLANA_TX_FAILED: {
    title: 'Solana rejected my transaction',
    means: 'The network rejected the transaction as a whole, so nothing was transferred; only the fee was spent.',
    why: ['For example, a new account would have held less than the minimum deposit Solana requires (rent), or the balance was too low.'],
    todo: ['Keep a little more SOL in the wallet (about 0.01 SOL) and send again.', 'Read the reason on the status page for the exact cause.'],
    time: 'Final; a new attempt confirms in seconds.',
  },
  SOLANA_PROCESSED: {
    title: 'My Solana transaction is processed but not confirmed',
    means: 'A validator has processed the transaction, but the network has not confirmed it yet. Almost always it confirms within seconds; rarely its block is skipped and it is dropped.',
    why: ['Confirmation needs votes from the network after the first processing.'],
    todo: ['Check again in a few seconds.', 'Do not send the same transfer again meanwhile.'],
    time: 'Seconds.',
  },
  SOLANA_SENT_TO_TOKEN_ACCOUNT: {
    title: 'I sent to a Solana token account instead of a wallet',
    means: 'The address used was a token account, not a wallet address. Wallets do not show funds sent that way, and getting them back depends on who owns that account.',
    why: ['A token account address was copied from an explorer instead of the receiver\'s wallet address.'],
    todo: ['Contact the owner of the receiving account (an exchange\'s support, with the hash) and explain what happened.', 'Always send to the receiver\'s wallet address; the wallet finds the token account itself.'],
    time: 'Waiting will not change it; a recovery depends on the account\'s owner.',
  },
  SOLANA_RECIPIENT_ACCOUNT_CREATED: {
    title: 'Why did my Solana transfer cost more than the fee?',
    means: 'The receiver did not have an account for this token yet, so your transfer created one and paid its deposit (about 0.002 SOL).',
    why: ['On Solana each token needs its own account per wallet, and creating it requires a small deposit.'],
    todo: ['Nothing to do; later transfers of this token to the same receiver do not pay it again.'],
    time: 'It is already complete.',
  },
};
