/**
 * Writes the demo world's seed collections (emulator/seed/collections/*.json) from personas.json and the
 * demo city's departments (cities/demo.json), so the personas a tester can pick and the accounts the functions see never drift.
 * Run after editing personas.json: `npx tsx scripts/gen-seed.ts`.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { cityById } from '../shared/config/city';
import { demoCases, demoDeliveries, demoEnterprises, demoHelpers, demoMarketRegistrations, demoPolicies, demoProfiles, demoSharedRecords, demoTaskEntries, demoUsers, type Persona } from './seed/demo-world';

const seedDir = path.resolve(__dirname, '..', 'emulator', 'seed');
const personas: Persona[] = JSON.parse(readFileSync(path.join(seedDir, 'personas.json'), 'utf8'));

const collections: Record<string, unknown[]> = {
  users: demoUsers(personas),
  // The demo world is the demo city's; a real city's departments are written by `npm run deploy`.
  departments: cityById('demo').departments.map(({ id, ...rest }) => ({ _id: id, ...rest })),
  enterprises: demoEnterprises(),
  helpers: demoHelpers(),
  policies: demoPolicies(),
  policy_deliveries: demoDeliveries(),
  shared_records: [...demoSharedRecords(), ...demoMarketRegistrations()],
  profiles: demoProfiles(),
  onething_cases: demoCases(),
  onething_tasks: demoTaskEntries(),
};

mkdirSync(path.join(seedDir, 'collections'), { recursive: true });
for (const [name, docs] of Object.entries(collections)) {
  writeFileSync(path.join(seedDir, 'collections', `${name}.json`), `${JSON.stringify(docs, null, 2)}\n`);
}
console.log(`seeded ${Object.keys(collections).join(', ')}`);
