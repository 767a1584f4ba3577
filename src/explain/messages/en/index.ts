import type { Catalog } from '../../types.ts';
import { commonEn } from './common.ts';
import { evmEn } from './evm.ts';
import { networkEn } from './network.ts';
import { intakeEn } from './intake.ts';
import { solanaEn } from './solana.ts';
import { semanticsEn } from './semantics.ts';
import { theftEn } from './theft.ts';
import { tronEn } from './tron.ts';

export const en: Catalog = {
  lang: 'en',
  findings: { ...commonEn, ...evmEn, ...theftEn, ...tronEn, ...solanaEn, ...semanticsEn, ...networkEn, ...intakeEn },
  phrases: {
    greeting: 'Hello, thank you for your patience.',
    checked: ' We have checked the blockchain records for you.',
    hello: 'Hello. ',
    closing: 'If anything is unclear, just reply here and we will keep helping you.',
    nextStepsHeading: 'What to do next:',
    scamWarning:
      'Please be careful: our support staff will never ask for your recovery phrase (seed phrase) or private key, and anyone offering to "recover" lost crypto for a fee is a scammer.',
    demoNotice: 'DEMO DATA: this answer comes from local demo chains, not from a real network.',
    followUp: 'We are watching this transaction on the blockchain and will update you as soon as its status changes; you do not need to ask again.',
    checkLink: (url) => `You can check it yourself here: ${url}`,
    aboutTx: (hash) => `Transaction ${hash}: `,
    helpLink: (url) => `More about this, and what to do: ${url}`,
    categories: { delay: 'Delayed', failure: 'Failed', missing: 'Not arrived / missing', suspicious: 'Suspicious', ok: 'Completed', inconclusive: 'Not yet known' },
    priorities: { P1: 'Urgent', P2: 'High', P3: 'Normal', P4: 'Low' },
  },
};
