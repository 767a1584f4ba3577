import type { intakeCodes } from '../../../diagnose/codes/intake.ts';
import type { FindingCatalog } from '../../types.ts';

export const intakeEn: FindingCatalog<keyof typeof intakeCodes> = {
  UNSUPPORTED_EXPLORER: {
    title: (p) => (p.network ? `Explorer of ${p.network}, which we do not check` : `${p.explorer} serves many networks: which one?`),
    detail: (p) => (p.network ? `The complaint points at ${p.explorer} (${p.network}); this instance does not serve ${p.network}.` : `The complaint points at ${p.explorer}, which shows many networks; the network is unknown.`),
    explain: (p) =>
      p.network
        ? `The page you sent is from ${p.explorer}, which shows transactions on ${p.network}. We cannot look up ${p.network} transactions, so if the transfer was made there, the sending platform's support is the place to ask.`
        : `The page you sent is from ${p.explorer}, which shows many different networks, so we cannot tell from it which network your transfer was made on.`,
    steps: (p) => [p.network ? `If the transfer was in fact made on another network, tell us which one.` : 'Which network did you choose when you sent it (for example TRC20, BEP20 or ERC20)?'],
  },
};
