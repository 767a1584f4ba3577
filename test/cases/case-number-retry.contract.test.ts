import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { RunningInstance } from '../../src/runtime.ts';
import { contractBackends, type TestBackend } from '../support/databases.ts';
import { startDemoInstance } from '../support/instance.ts';

/**
 * A case number drawn twice (1 in ~33 million per existing case) makes the batch's write
 * fail as a whole and the case is filed again under a new number: nothing of the failed
 * write may stay. On PostgreSQL a batch with nothing to schedule is written as one
 * statement without a transaction (case-service.ts), so this is what shows it atomic.
 */
const drawn = vi.hoisted(() => ({ next: [] as string[] }));
vi.mock('../../src/cases/case-number.ts', async (original) => {
  const real = await original<typeof import('../../src/cases/case-number.ts')>();
  return { ...real, newCaseNumber: () => drawn.next.shift() ?? real.newCaseNumber() };
});

for (const b of await contractBackends()) {
  describe.skipIf(b.skip)(`a case number drawn twice (${b.name})`, () => {
    let backend: TestBackend;
    let instance: RunningInstance;
    beforeAll(async () => {
      backend = await b.make();
      instance = await startDemoInstance({ RATE_LIMIT_PER_MINUTE: '0', AGENT_API_KEY: 'number-retry-agent-key-0123456789', ...backend.env });
    });
    afterAll(async () => {
      await instance?.close();
      await backend?.drop();
    });

    it('leaves nothing of the failed write and files the case under a new number', async () => {
      const final = instance.demoCases.find((c) => c.scenario === 'erc20-transfer-final')!;
      const meta = { actor: 'api', auditVia: 'api' as const };
      drawn.next.push('TX-AAAAA');
      const first = await instance.cases!.investigate({ text: final.txHash }, meta);
      expect(first.caseRow.number).toBe('TX-AAAAA');

      drawn.next.push('TX-AAAAA');
      const second = await instance.cases!.investigate({ text: `my usdt never arrived ${final.txHash}` }, { ...meta, externalRef: 'ZD-1' });
      expect(second.created).toBe(true);
      expect(second.caseRow.number).not.toBe('TX-AAAAA');

      const db = instance.database!.db;
      const cases = await db.selectFrom('cases').select(['id', 'number']).execute();
      expect(cases.map((c) => c.number).sort()).toEqual(['TX-AAAAA', second.caseRow.number].sort());
      // One snapshot, one audit entry and the events of each filed case; none of the write that failed.
      const ids = cases.map((c) => c.id);
      const snapshots = await db.selectFrom('case_snapshots').select('case_id').execute();
      expect(snapshots.map((s) => s.case_id).sort()).toEqual([...ids].sort());
      const orphans = await db.selectFrom('case_events').select('case_id').where('case_id', 'not in', ids).execute();
      expect(orphans).toEqual([]);
    });
  });
}
