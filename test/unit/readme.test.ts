import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { allFindingCodes } from '../../src/diagnose/codes/index.ts';

const readme = readFileSync(new URL('../../README.md', import.meta.url), 'utf8');

describe('README', () => {
  it('documents every finding code', () => {
    const missing = allFindingCodes.filter((code) => !readme.includes(`| \`${code}\` |`));
    expect(missing).toEqual([]);
  });

  it('starts with the two commands', () => {
    const firstScreen = readme.split('\n').slice(0, 12).join('\n');
    expect(firstScreen).toContain('npm ci && npm start');
    expect(firstScreen).toContain('npm ci && npm test');
  });
});
