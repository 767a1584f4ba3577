/** Prints the README's finding-code table from the code registry: `npx tsx scripts/finding-codes-table.ts`. */
import { findingCodes } from '../src/diagnose/codes/index.ts';
import type { CodeSpec } from '../src/diagnose/types.ts';

console.log('| code | category | severity | scam warning | meaning |');
console.log('|---|---|---|---|---|');
for (const [code, spec] of Object.entries(findingCodes) as [string, CodeSpec][]) {
  console.log(`| \`${code}\` | ${spec.category} | ${spec.severity} | ${spec.warnScams ? 'yes' : ''} | ${spec.summary} |`);
}
