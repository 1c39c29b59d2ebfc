import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

const root = path.resolve(__dirname, '../..');

interface RcFunction {
  name: string;
  timeout: number;
  triggers?: { name: string; type: string; config: string }[];
}

describe('cloudbaserc.json', () => {
  const rc: { functions: RcFunction[]; functionRoot: string } = JSON.parse(readFileSync(path.join(root, 'cloudbaserc.json'), 'utf8'));
  const sourceFunctions = readdirSync(path.join(root, 'cloudfunctions'), { withFileTypes: true })
    .filter((d) => d.isDirectory() && !d.name.startsWith('_') && existsSync(path.join(root, 'cloudfunctions', d.name, 'index.ts')))
    .map((d) => d.name)
    .sort();

  it('deploys exactly the functions in cloudfunctions/ from the built folder', () => {
    expect(rc.functions.map((f) => f.name).sort()).toEqual(sourceFunctions);
    expect(rc.functionRoot).toBe('./dist/functions');
  });

  it('agrees with each function config.json on timeout and timer triggers', () => {
    for (const fn of rc.functions) {
      const config = JSON.parse(readFileSync(path.join(root, 'cloudfunctions', fn.name, 'config.json'), 'utf8'));
      expect({ name: fn.name, timeout: fn.timeout, triggers: fn.triggers ?? [] }).toEqual({
        name: fn.name,
        timeout: config.timeout,
        triggers: config.triggers ?? [],
      });
    }
  });
});
