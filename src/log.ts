import { pino, type Logger as PinoLogger } from 'pino';

/** One JSON line per event (pino), filtered by LOG_LEVEL; errors go to stderr. */
export type LogLevel = 'debug' | 'info' | 'warn' | 'error' | 'silent';

export type Logger = Record<Exclude<LogLevel, 'silent'>, (msg: string, fields?: Record<string, unknown>) => void>;

/**
 * Lines go through `console` (one write per line): supervisors (systemd's journal, Docker)
 * collect stdout/stderr, and tests can read what was logged. Levels as words, time as ISO.
 */
const toConsole = { write: (line: string) => (line.includes('"level":"error"') ? console.error(line.trimEnd()) : console.log(line.trimEnd())) };

const roots = new Map<LogLevel, PinoLogger>();

function root(level: LogLevel): PinoLogger {
  let p = roots.get(level);
  if (!p) {
    p = pino({ level, base: undefined, timestamp: pino.stdTimeFunctions.isoTime, formatters: { level: (label) => ({ level: label }) } }, toConsole);
    roots.set(level, p);
  }
  return p;
}

export function createLogger(level: LogLevel, bindings: Record<string, unknown> = {}): Logger {
  const p = Object.keys(bindings).length ? root(level).child(bindings) : root(level);
  const at = (l: Exclude<LogLevel, 'silent'>) => (msg: string, fields: Record<string, unknown> = {}) => p[l](fields, msg);
  return { debug: at('debug'), info: at('info'), warn: at('warn'), error: at('error') };
}

/** For code that has no configuration at hand (error handlers): info and up. */
export const defaultLogger = createLogger((process.env.LOG_LEVEL as LogLevel | undefined) ?? 'info');
