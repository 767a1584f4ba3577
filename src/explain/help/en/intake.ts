import type { intakeCodes } from '../../../diagnose/codes/intake.ts';
import type { HelpSlice } from '../types.ts';

export const intakeHelpEn: HelpSlice<keyof typeof intakeCodes> = {
  UNSUPPORTED_EXPLORER: {
    title: 'You asked which network my transfer was on',
    means: 'The link or explorer you sent belongs to a network we cannot check here, or to an explorer that shows many networks, so we could not tell which network to look at.',
    why: ['Many explorers look alike, and some serve dozens of networks under one name.'],
    todo: ['Tell us the network you sent on (for example TRC20, ERC20 or BEP20), as shown in your wallet\'s transfer details.', 'Send the transaction hash (TxID) from your wallet\'s history as well.'],
    time: 'As soon as we know the network, we can check the transfer right away.',
  },
};
