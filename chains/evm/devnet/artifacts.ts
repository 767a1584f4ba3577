import { readFileSync } from 'node:fs';
import { Interface } from 'ethers';

/** Compiled demo contracts (see compile-contracts.ts; regenerate with `npm run contracts`). */
const file = JSON.parse(readFileSync(new URL('./contracts/artifacts.json', import.meta.url), 'utf8')) as {
  artifacts: Record<string, { abi: any[]; bytecode: string }>;
};

export const demoToken = { iface: new Interface(file.artifacts.DemoToken.abi), bytecode: file.artifacts.DemoToken.bytecode };
export const demoVault = { iface: new Interface(file.artifacts.DemoVault.abi), bytecode: file.artifacts.DemoVault.bytecode };
export const demoSpammer = { iface: new Interface(file.artifacts.DemoSpammer.abi), bytecode: file.artifacts.DemoSpammer.bytecode };
export const demoPoisoner = { iface: new Interface(file.artifacts.DemoPoisoner.abi), bytecode: file.artifacts.DemoPoisoner.bytecode };
export const demoRelay = { iface: new Interface(file.artifacts.DemoRelay.abi), bytecode: file.artifacts.DemoRelay.bytecode };
