import { connect } from 'node:net';
import { expect, vi } from 'vitest';

/**
 * Sends `request` (headers and the start of a body shorter than its content-length),
 * hangs up, and checks what the server logged: the abort as such, with no stack trace,
 * no error line and no 5xx.
 */
export async function expectQuietAbort(port: number, request: string): Promise<void> {
  const lines: string[] = [];
  vi.spyOn(console, 'log').mockImplementation((l: unknown) => void lines.push(String(l)));
  vi.spyOn(console, 'error').mockImplementation((l: unknown) => void lines.push(`ERROR ${String(l)}`));
  vi.spyOn(console, 'info').mockImplementation((l: unknown) => void lines.push(String(l)));
  const socket = connect(port, '127.0.0.1');
  await new Promise<void>((r) => socket.once('connect', () => r()));
  socket.write(request);
  await new Promise((r) => setTimeout(r, 100));
  socket.destroy();
  for (let i = 0; i < 40 && !lines.some((l) => l.includes('aborted')); i++) await new Promise((r) => setTimeout(r, 50));
  expect(lines.some((l) => l.includes('client aborted the request'))).toBe(true);
  expect(lines.filter((l) => l.startsWith('ERROR') || /\bat .*\(.*:\d+:\d+\)/.test(l))).toEqual([]);
  expect(lines.join('\n')).not.toMatch(/"status":5\d\d/);
}
