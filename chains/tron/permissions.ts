import { toBase58Address } from './address.ts';
import type { TronPermission, TronPermissionUpdate } from './facts.ts';
import type { WirePermission } from './wire.ts';

/**
 * AccountPermissionUpdateContract → who controls the account afterwards. Fields as in
 * tronprotocol/documentation-en docs/api/http/account/accountpermissionupdate.md (owner,
 * witness, actives; keys with weights, a threshold each). Shared by transaction lookups
 * and address histories.
 */

const num = (v: unknown): number => (typeof v === 'number' && Number.isFinite(v) ? v : 0);

function addr(v: unknown): string | null {
  if (typeof v !== 'string') return null;
  try {
    return toBase58Address(v);
  } catch {
    return null;
  }
}

function parsePermission(w: WirePermission | undefined, fallbackId: number): TronPermission | null {
  if (!w) return null;
  return {
    name: w.permission_name ?? null,
    id: typeof w.id === 'number' ? w.id : fallbackId,
    threshold: num(w.threshold) || 1,
    keys: (w.keys ?? []).flatMap((k) => {
      const a = addr(k.address);
      return a ? [{ address: a, weight: num(k.weight) || 1 }] : [];
    }),
    operations: w.operations,
  };
}

export function parsePermissionUpdate(account: string, p: Record<string, unknown>): TronPermissionUpdate {
  const owner = parsePermission(p.owner as WirePermission | undefined, 0);
  const witness = parsePermission(p.witness as WirePermission | undefined, 1);
  const actives = ((p.actives as WirePermission[] | undefined) ?? []).map((a, i) => parsePermission(a, 2 + i)!);
  const foreign = new Set<string>();
  for (const perm of [owner, ...actives]) for (const k of perm?.keys ?? []) if (k.address !== account) foreign.add(k.address);
  const ownWeight = owner?.keys.find((k) => k.address === account)?.weight ?? 0;
  return { account, owner, witness, actives, foreignSigners: [...foreign], ownerControlLost: owner ? ownWeight < owner.threshold : false };
}
