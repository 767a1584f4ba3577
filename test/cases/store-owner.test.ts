import { rmSync } from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import { openDatabase, StoreInUseError } from '../../src/store/database.ts';
import { tempDataDir } from '../support/instance.ts';

/**
 * One process per SQLite data directory: a second instance started on the same DATA_DIR
 * would run its own re-checks and send every webhook twice, so it is refused with words
 * that say what to do (main.ts prints them and exits). Several instances share PostgreSQL.
 */
describe('the SQLite case store has one owner', () => {
  const dir = tempDataDir();
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('refuses a second opener while the first has it, and lets it in once the first closed', async () => {
    const first = await openDatabase({ dataDir: dir });
    const started = Date.now();
    const second = openDatabase({ dataDir: dir });
    await expect(second).rejects.toBeInstanceOf(StoreInUseError);
    await expect(second).rejects.toThrow(/in use by another running txtriage process.*DATA_DIR.*DATABASE_URL/s);
    // It waited for a previous process that may still be shutting down, then gave up.
    expect(Date.now() - started).toBeGreaterThanOrEqual(4_500);
    await first.close();
    const third = await openDatabase({ dataDir: dir });
    await third.db.selectFrom('cases').select('id').limit(1).execute();
    await third.close();
  }, 20_000);
});
