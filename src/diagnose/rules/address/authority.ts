import { showAmount } from '../../../../chains/amount.ts';
import type { AuthorityChange } from '../../../../chains/types.ts';
import type { FindingCode } from '../../codes/index.ts';
import { finding } from '../../finding.ts';
import type { AddressRule } from '../../types.ts';
import { addressEvidence } from './evidence.ts';

const CODE_OF: Record<AuthorityChange['kind'], FindingCode> = {
  'tron-permission': 'ACCOUNT_PERMISSION_CHANGED',
  'solana-set-authority': 'TOKEN_AUTHORITY_CHANGED',
  'solana-close-account': 'ACCOUNT_CLOSED_AND_SWEPT',
  'solana-durable-nonce': 'DURABLE_NONCE_PRESIGNED',
};

/** Who controls the account changed: TRON permissions, Solana authorities and nonces. */
export const authorityChangeRule: AddressRule = ({ facts, network }) =>
  facts.authorityChanges.map((c) =>
    finding(
      CODE_OF[c.kind],
      { network: network.id, newAuthorities: c.newAuthorities.join(', '), detail: c.detail, swept: c.swept ? showAmount(c.swept) : undefined, txHash: c.hash },
      [addressEvidence(facts), { label: c.kind, value: `${c.detail} · ${c.hash}` }],
      { network: network.id, address: facts.address, txHash: c.hash },
    ),
  );

/** The issuer froze the address's USDT. */
export const blacklistRule: AddressRule = ({ facts, network }) =>
  facts.blacklisted
    ? [finding('USDT_BLACKLISTED', { network: network.id, address: facts.address, token: facts.blacklisted.token }, [addressEvidence(facts)], { network: network.id, address: facts.address })]
    : [];
