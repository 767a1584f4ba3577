/** "1 minute", "3 minutes": English text never says "minute(s)". */
export function plural(n: unknown, one: string, many = `${one}s`): string {
  const count = Number(n);
  return `${n} ${count === 1 ? one : many}`;
}
