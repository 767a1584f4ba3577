import type { RunningInstance } from './runtime.ts';

/**
 * `npm start` only: the demo chains move on like real ones, so a case that is pending or
 * gathering confirmations changes (and the monitor sees live networks) instead of saying
 * "about 3 minutes" forever. The EVM nodes mine a block every block time of their network
 * (hardhat interval mining; automine stays on for the seeded sends); the TRON and Solana
 * stand-ins advance their heads. Tests do not run this: their chains stay put.
 */
export async function startDemoClock(instance: RunningInstance): Promise<() => void> {
  const { devnets, registry } = instance;
  const seconds = (id: string, fallback: number) => registry.networks.find((n) => n.id === id)?.blockTimeSeconds ?? fallback;
  const timers: NodeJS.Timeout[] = [];
  for (const [id, node] of Object.entries(devnets.evm ?? {})) {
    await node.rpc('evm_setIntervalMining', [Math.round(seconds(id, 12) * 1000)]);
  }
  const tron = devnets.tron;
  if (tron) {
    const every = seconds('tron', 3);
    timers.push(setInterval(() => tron.advance(1), every * 1000));
  }
  const solana = devnets.solana;
  if (solana) {
    // Slots are 0.4 s; moving ten at a time every 4 s keeps the timer cheap.
    const slot = seconds('solana', 0.4);
    timers.push(setInterval(() => solana.advance(10), slot * 10 * 1000));
  }
  for (const t of timers) t.unref();
  return () => {
    for (const t of timers) clearInterval(t);
    for (const node of Object.values(devnets.evm ?? {})) void node.rpc('evm_setIntervalMining', [0]).catch(() => {});
  };
}
