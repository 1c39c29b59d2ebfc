/** Renders docs/API.md from the contracts (the one source of truth). `npm run docs:api`; a test keeps it current. */
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { renderApiMarkdown } from './lib/api-markdown';

const target = path.resolve(__dirname, '..', 'docs', 'API.md');
writeFileSync(target, renderApiMarkdown());
console.log(`wrote ${path.relative(process.cwd(), target)}`);
