/**
 * Runs one kind of background work over and over: again at once while there is work
 * (a batch was full), else after `idleMs`. `stop` waits for the batch in hand, so a
 * graceful shutdown never cuts a write in half (a killed process is covered by leases).
 */
export class JobLoop {
  private timer: NodeJS.Timeout | undefined;
  private running: Promise<void> | undefined;
  private stopped = false;

  constructor(
    readonly name: string,
    private readonly work: () => Promise<boolean>,
    private readonly idleMs: number,
    private readonly onError: (name: string, err: unknown) => void,
  ) {}

  start(): this {
    this.schedule(0);
    return this;
  }

  /** Runs a batch now (tests, and the outbox flush at shutdown), unless one is running. */
  kick(): Promise<void> {
    if (this.stopped) return Promise.resolve();
    if (this.running) return this.running;
    clearTimeout(this.timer);
    this.running = (async () => {
      let more = false;
      try {
        more = await this.work();
      } catch (err) {
        this.onError(this.name, err);
      } finally {
        this.running = undefined;
        if (!this.stopped) this.schedule(more ? 0 : this.idleMs);
      }
    })();
    return this.running;
  }

  private schedule(ms: number): void {
    clearTimeout(this.timer);
    this.timer = setTimeout(() => void this.kick(), ms);
    this.timer.unref();
  }

  async stop(): Promise<void> {
    this.stopped = true;
    clearTimeout(this.timer);
    await this.running;
  }
}
