import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase, type OpenedDatabase } from '../../src/store/database.ts';
import { CaseStore, type WatchRow } from '../../src/store/case-store.ts';
import { contractBackends, type TestBackend } from '../support/databases.ts';

/**
 * A new watch joins the earliest re-check already planned for its transaction. That read
 * is one index probe per transaction (migration 0005), so many complaints about one
 * transaction do not make the next one slower; it must still find the earliest.
 */
for (const b of await contractBackends()) {
  describe.skipIf(b.skip)(`planned re-checks per transaction (${b.name})`, () => {
    let backend: TestBackend;
    let opened: OpenedDatabase;
    let store: CaseStore;
    beforeAll(async () => {
      backend = await b.make();
      opened = await openDatabase({ databaseUrl: backend.env.DATABASE_URL, dataDir: backend.env.DATA_DIR ?? ':memory:' });
      store = new CaseStore(opened.db, opened.backend);
    });
    afterAll(async () => {
      await opened?.close();
      await backend?.drop();
    });

    const watch = (caseId: string, txKey: string, nextAt: string): WatchRow => ({
      case_id: caseId, tx_key: txKey, reason: 'pending', base_ms: 60_000, unchanged: 0, next_at: nextAt,
      started_at: '2026-12-01T00:00:00.000Z', deadline_at: '2026-12-08T00:00:00.000Z', lease_until: null, lease_owner: null,
    });

    it('gives the earliest next_at of each transaction asked about, and nothing for one without watches', async () => {
      const rows = Array.from({ length: 300 }, (_, i) => watch(`case-${i}`, i % 3 === 0 ? 'tron:aa' : 'evm:bb', new Date(Date.UTC(2026, 11, 2, 0, 0, 300 - i)).toISOString()));
      await opened.db.insertInto('watches').values(rows).execute();

      const planned = await store.nextAtForTxs(['tron:aa', 'evm:bb', 'tron:aa', 'sol:none']);
      expect(planned).toEqual(new Map([
        ['tron:aa', '2026-12-02T00:00:03.000Z'],
        ['evm:bb', '2026-12-02T00:00:01.000Z'],
      ]));
      expect(await store.nextAtForTxs([])).toEqual(new Map());
      expect(await store.nextAtForTx('evm:bb')).toBe('2026-12-02T00:00:01.000Z');
      expect(await store.nextAtForTx('sol:none')).toBeUndefined();
    });
  });
}
