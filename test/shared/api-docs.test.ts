import { readFileSync } from 'node:fs';
import path from 'node:path';
import { renderApiMarkdown } from '../../scripts/lib/api-markdown';

describe('docs/API.md', () => {
  it('is current with the contracts (run `npm run docs:api` after changing a contract)', () => {
    const committed = readFileSync(path.resolve(__dirname, '../../docs/API.md'), 'utf8');
    expect(committed).toBe(renderApiMarkdown());
  });
});
