/**
 * Compiles the demo contracts with solc (offline, from npm) into artifacts.json, which
 * is committed so that `npm start` needs no compiler. Run: `npm run contracts`.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
// @ts-expect-error solc ships no types
import solc from 'solc';

const dir = join(dirname(fileURLToPath(import.meta.url)), 'contracts');
const sources = ['DemoToken.sol', 'DemoVault.sol', 'DemoPoisoner.sol', 'DemoRelay.sol'];
const input = {
  language: 'Solidity',
  sources: Object.fromEntries(sources.map((f) => [f, { content: readFileSync(join(dir, f), 'utf8') }])),
  settings: { optimizer: { enabled: true, runs: 200 }, evmVersion: 'paris', outputSelection: { '*': { '*': ['abi', 'evm.bytecode.object'] } } },
};
const output = JSON.parse(solc.compile(JSON.stringify(input)));
const errors = (output.errors ?? []).filter((e: { severity: string }) => e.severity === 'error');
if (errors.length) throw new Error(errors.map((e: { formattedMessage: string }) => e.formattedMessage).join('\n'));

const artifacts: Record<string, { abi: unknown; bytecode: string }> = {};
for (const file of sources) {
  for (const [name, c] of Object.entries<any>(output.contracts[file])) artifacts[name] = { abi: c.abi, bytecode: `0x${c.evm.bytecode.object}` };
}
writeFileSync(join(dir, 'artifacts.json'), `${JSON.stringify({ compiler: solc.version(), artifacts }, null, 1)}\n`);
console.log(`compiled ${Object.keys(artifacts).join(', ')} with solc ${solc.version()}`);
