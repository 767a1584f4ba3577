// Copies what the compiled code reads at run time (page assets, fixtures, labels, contract
// artifacts: every file under src/ and chains/ that is not TypeScript) next to it in dist/.
import { cpSync, statSync } from 'node:fs';

for (const dir of ['src', 'chains']) {
  cpSync(dir, `dist/${dir}`, {
    recursive: true,
    filter: (path) => statSync(path).isDirectory() || !/\.(ts|tsx)$/.test(path),
  });
}
