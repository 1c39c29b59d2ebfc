import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fullRegionDirectory } from '@shared/datasets/region-streets';
import { isValidIdNumber } from '@shared/idcard';
import { helperMatches } from '@shared/help/matching';

const seedDir = path.resolve(__dirname, '../../../emulator/seed');
const read = (file: string) => JSON.parse(readFileSync(path.join(seedDir, file), 'utf8'));

describe('the demo helpers', () => {
  const personas: { openid: string; roles: string[] }[] = read('personas.json');
  const helpers: { _id: string; status: string; skills: string[]; supports: string[]; serviceAreas: string[]; languages: string[]; identity: { idNumber: string } }[] =
    read('collections/helpers.json');
  const byId = Object.fromEntries(helpers.map((h) => [h._id, h]));

  it('gives every helper persona a verified profile with a valid ID number and real service areas', () => {
    expect(helpers.map((h) => h._id).sort()).toEqual(personas.filter((p) => p.roles.includes('helper')).map((p) => p.openid).sort());
    for (const helper of helpers) {
      expect(helper.status).toBe('verified');
      expect(isValidIdNumber(helper.identity.idNumber)).toBe(true);
      for (const area of helper.serviceAreas) expect(fullRegionDirectory().exists(area)).toBe(true);
    }
  });

  it('has 刘 for an elderly person asking for 上门 in 福田, 陈 for 代办 there and 周 in 南山', () => {
    const fit = (id: string, request: Parameters<typeof helperMatches>[1]) => helperMatches(byId[id] as never, request);
    const elderlyHomeVisit = { kind: 'home_visit' as const, regionCode: '440304001', specialNeeds: ['elderly' as const], language: null };
    expect(['demo-helper-chen', 'demo-helper-liu', 'demo-helper-zhou'].filter((id) => fit(id, elderlyHomeVisit))).toEqual(['demo-helper-liu']);
    const proxyFutian = { kind: 'proxy' as const, regionCode: '440304', specialNeeds: [], language: null };
    expect(['demo-helper-chen', 'demo-helper-liu', 'demo-helper-zhou'].filter((id) => fit(id, proxyFutian))).toEqual(['demo-helper-chen']);
    const proxyNanshan = { ...proxyFutian, regionCode: '440305' };
    expect(['demo-helper-chen', 'demo-helper-liu', 'demo-helper-zhou'].filter((id) => fit(id, proxyNanshan))).toEqual(['demo-helper-zhou']);
  });
});
