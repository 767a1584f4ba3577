/**
 * A strict parser of the Prometheus text exposition format 0.0.4
 * (prometheus.io/docs/instrumenting/exposition_formats/#text-based-format), written for
 * the tests because prom-client can only write the format, not read it. It rejects what
 * Prometheus itself would reject or mis-read: bad metric or label names, unescaped label
 * values, a TYPE after its samples or twice, samples of one family split apart, duplicate
 * series, and histograms whose buckets are not cumulative or disagree with `_count`.
 */
export interface Sample {
  name: string;
  labels: Record<string, string>;
  value: number;
}

export interface Family {
  name: string;
  type: 'counter' | 'gauge' | 'histogram' | 'summary' | 'untyped';
  help?: string;
  samples: Sample[];
}

const METRIC_NAME = /^[a-zA-Z_:][a-zA-Z0-9_:]*$/;
const LABEL_NAME = /^[a-zA-Z_][a-zA-Z0-9_]*$/;
const TYPES = new Set(['counter', 'gauge', 'histogram', 'summary', 'untyped']);

export class ExpositionError extends Error {
  constructor(line: number, message: string) {
    super(`line ${line}: ${message}`);
  }
}

function parseValue(s: string, line: number): number {
  // Prometheus reads values with Go's strconv.ParseFloat, which takes NaN and Inf in any
  // case ("Nan" is what prom-client writes for an empty event-loop-lag mean).
  if (/^nan$/i.test(s)) return NaN;
  if (/^\+?inf(inity)?$/i.test(s)) return Infinity;
  if (/^-inf(inity)?$/i.test(s)) return -Infinity;
  if (!/^[-+]?(\d+\.?\d*|\.\d+)([eE][-+]?\d+)?$/.test(s)) throw new ExpositionError(line, `not a float: ${JSON.stringify(s)}`);
  return Number(s);
}

/** `{a="x",b="y\"z"}` starting at s[i] === '{'; returns the labels and the index after '}'. */
function parseLabels(s: string, i: number, line: number): [Record<string, string>, number] {
  const labels: Record<string, string> = {};
  i++;
  for (;;) {
    if (s[i] === '}') return [labels, i + 1];
    const eq = s.indexOf('=', i);
    if (eq < 0) throw new ExpositionError(line, 'label without "="');
    const name = s.slice(i, eq).trim();
    if (!LABEL_NAME.test(name)) throw new ExpositionError(line, `bad label name ${JSON.stringify(name)}`);
    if (name in labels) throw new ExpositionError(line, `label ${name} twice`);
    if (s[eq + 1] !== '"') throw new ExpositionError(line, `label ${name}: value not quoted`);
    let j = eq + 2;
    let value = '';
    for (;;) {
      const ch = s[j];
      if (ch === undefined) throw new ExpositionError(line, `label ${name}: unterminated value`);
      if (ch === '"') break;
      if (ch === '\\') {
        const next = s[j + 1];
        if (next === '\\') value += '\\';
        else if (next === '"') value += '"';
        else if (next === 'n') value += '\n';
        else throw new ExpositionError(line, `label ${name}: bad escape \\${next}`);
        j += 2;
        continue;
      }
      if (ch === '\n') throw new ExpositionError(line, 'raw newline in a label value');
      value += ch;
      j++;
    }
    labels[name] = value;
    i = j + 1;
    if (s[i] === ',') i++;
    else if (s[i] !== '}') throw new ExpositionError(line, `expected "," or "}" after label ${name}`);
  }
}

/** The family a sample belongs to: histogram/summary samples carry a suffix. */
function familyOf(name: string, families: Map<string, Family>): Family | undefined {
  if (families.has(name)) return families.get(name);
  for (const suffix of ['_bucket', '_sum', '_count']) {
    if (!name.endsWith(suffix)) continue;
    const f = families.get(name.slice(0, -suffix.length));
    if (f && (f.type === 'histogram' || (f.type === 'summary' && suffix !== '_bucket'))) return f;
  }
  return undefined;
}

export function parseExposition(text: string): Map<string, Family> {
  const families = new Map<string, Family>();
  const closed = new Set<string>(); // families whose samples ended (another family's started)
  const seriesSeen = new Set<string>();
  let current: Family | undefined;
  if (!text.endsWith('\n')) throw new ExpositionError(0, 'the exposition must end with a newline');
  text.split('\n').slice(0, -1).forEach((raw, idx) => {
    const line = idx + 1;
    if (raw.trim() === '') return;
    if (raw.startsWith('#')) {
      const m = /^#\s+(HELP|TYPE)\s+(\S+)(?:\s(.*))?$/.exec(raw);
      if (!m) return; // a plain comment
      const [, kind, name, rest = ''] = m;
      if (!METRIC_NAME.test(name)) throw new ExpositionError(line, `bad metric name ${name}`);
      let f = families.get(name);
      if (f && (closed.has(name) || f.samples.length > 0)) throw new ExpositionError(line, `${kind} for ${name} after its samples`);
      if (!f) families.set(name, (f = { name, type: 'untyped', samples: [] }));
      if (kind === 'TYPE') {
        if (!TYPES.has(rest.trim())) throw new ExpositionError(line, `unknown type ${rest}`);
        if ((f as Family & { typed?: boolean }).typed) throw new ExpositionError(line, `TYPE for ${name} twice`);
        (f as Family & { typed?: boolean }).typed = true;
        f.type = rest.trim() as Family['type'];
      } else {
        if (f.help !== undefined) throw new ExpositionError(line, `HELP for ${name} twice`);
        f.help = rest;
      }
      if (current && current !== f) closed.add(current.name);
      current = f;
      return;
    }
    const nameMatch = /^[a-zA-Z_:][a-zA-Z0-9_:]*/.exec(raw);
    if (!nameMatch) throw new ExpositionError(line, `bad sample line ${JSON.stringify(raw)}`);
    const name = nameMatch[0];
    let i = name.length;
    let labels: Record<string, string> = {};
    if (raw[i] === '{') [labels, i] = parseLabels(raw, i, line);
    const rest = raw.slice(i).trim().split(/\s+/);
    if (raw[i] !== ' ' || rest.length < 1 || rest.length > 2) throw new ExpositionError(line, `bad value part in ${JSON.stringify(raw)}`);
    const value = parseValue(rest[0], line);
    if (rest[1] !== undefined && !/^-?\d+$/.test(rest[1])) throw new ExpositionError(line, `bad timestamp ${rest[1]}`);
    let f = familyOf(name, families);
    if (!f) families.set(name, (f = { name, type: 'untyped', samples: [] }));
    if (closed.has(f.name)) throw new ExpositionError(line, `samples of ${f.name} are not together`);
    if (current && current !== f) closed.add(current.name);
    current = f;
    const key = `${name}${JSON.stringify(Object.entries(labels).sort())}`;
    if (seriesSeen.has(key)) throw new ExpositionError(line, `duplicate series ${key}`);
    seriesSeen.add(key);
    if (f.type === 'counter' && (value < 0 || Number.isNaN(value))) throw new ExpositionError(line, `counter ${name} is ${value}`);
    f.samples.push({ name, labels, value });
  });
  for (const f of families.values()) if (f.type === 'histogram') checkHistogram(f);
  return families;
}

function checkHistogram(f: Family): void {
  const groups = new Map<string, { buckets: [number, number][]; count?: number; sum?: number }>();
  for (const s of f.samples) {
    const { le, ...rest } = s.labels;
    const key = JSON.stringify(Object.entries(rest).sort());
    const g = groups.get(key) ?? { buckets: [] };
    groups.set(key, g);
    if (s.name === `${f.name}_bucket`) {
      if (le === undefined) throw new ExpositionError(0, `${f.name}_bucket without le`);
      g.buckets.push([parseValue(le, 0), s.value]);
    } else if (s.name === `${f.name}_count`) g.count = s.value;
    else if (s.name === `${f.name}_sum`) g.sum = s.value;
    else throw new ExpositionError(0, `${s.name} in histogram ${f.name}`);
  }
  for (const [key, g] of groups) {
    const sorted = [...g.buckets].sort((a, b) => a[0] - b[0]);
    if (sorted.at(-1)?.[0] !== Infinity) throw new ExpositionError(0, `${f.name}${key}: no +Inf bucket`);
    for (let i = 1; i < sorted.length; i++) if (sorted[i][1] < sorted[i - 1][1]) throw new ExpositionError(0, `${f.name}${key}: buckets not cumulative`);
    if (g.count === undefined || g.sum === undefined) throw new ExpositionError(0, `${f.name}${key}: _count or _sum missing`);
    if (sorted.at(-1)![1] !== g.count) throw new ExpositionError(0, `${f.name}${key}: +Inf bucket ≠ _count`);
  }
}
