import { GBT_4754_2017_TABLE } from '../datasets/industry-gbt4754-2017';

/** The four levels of GB/T 4754-2017: 门类 (letter), 大类 (2 digits), 中类 (3 digits), 小类 (4 digits). */
export type IndustryLevel = 'section' | 'division' | 'group' | 'class';

export const INDUSTRY_LEVEL_LABEL: Record<IndustryLevel, string> = {
  section: '门类',
  division: '大类',
  group: '中类',
  class: '小类',
};

export interface IndustryNode {
  /** Official code without the 门类 letter for 大类/中类/小类 ('13', '131', '1311'); the letter for a 门类 ('C'). */
  code: string;
  name: string;
  level: IndustryLevel;
  /** The parent's code; null for a 门类. */
  parent: string | null;
  /** The 门类 letter this category belongs to. */
  section: string;
}

const LEVEL_BY_LENGTH: Record<number, IndustryLevel> = { 2: 'division', 3: 'group', 4: 'class' };

function parseTable(table: string): IndustryNode[] {
  const nodes: IndustryNode[] = [];
  let section = '';
  for (const line of table.split('\n')) {
    const trimmed = line.trim();
    if (!trimmed) continue;
    const space = trimmed.indexOf(' ');
    const code = trimmed.slice(0, space);
    const name = trimmed.slice(space + 1);
    if (/^[A-T]$/.test(code)) {
      section = code;
      nodes.push({ code, name, level: 'section', parent: null, section });
      continue;
    }
    const level = LEVEL_BY_LENGTH[code.length];
    if (!level || !/^\d+$/.test(code)) throw new Error(`bad industry line: ${line}`);
    nodes.push({ code, name, level, parent: level === 'division' ? section : code.slice(0, -1), section });
  }
  return nodes;
}

const ALL: readonly IndustryNode[] = Object.freeze(parseTable(GBT_4754_2017_TABLE));
const BY_CODE = new Map(ALL.map((node) => [node.code, node]));
const CHILDREN = new Map<string | null, IndustryNode[]>();
for (const node of ALL) {
  const list = CHILDREN.get(node.parent) ?? [];
  list.push(node);
  CHILDREN.set(node.parent, list);
}

/** Every category in the standard's order. */
export function allIndustries(): readonly IndustryNode[] {
  return ALL;
}

/**
 * The canonical form of a code as people write it: 'C1311', 'c1311' and '1311' are all '1311'; 'c' is 'C'.
 * Returns null when it cannot be a GB/T 4754 code at all (it may still not exist: see industryByCode).
 */
export function normalizeIndustryCode(input: string): string | null {
  const code = input.trim().toUpperCase();
  if (/^[A-T]$/.test(code)) return code;
  const match = /^([A-T])?(\d{2,4})$/.exec(code);
  if (!match) return null;
  const digits = match[2]!;
  // A letter that contradicts the digits (e.g. 'A1311') is not a code of this standard.
  if (match[1] && BY_CODE.get(digits)?.section !== match[1]) return null;
  return digits;
}

export function industryByCode(code: string): IndustryNode | undefined {
  const normalized = normalizeIndustryCode(code);
  return normalized === null ? undefined : BY_CODE.get(normalized);
}

export function isIndustryCode(code: string): boolean {
  return industryByCode(code) !== undefined;
}

/** The direct children of a category; with no code, the 20 门类. */
export function industryChildren(code?: string | null): IndustryNode[] {
  if (code === undefined || code === null) return [...(CHILDREN.get(null) ?? [])];
  const node = industryByCode(code);
  return node ? [...(CHILDREN.get(node.code) ?? [])] : [];
}

/** From the 门类 down to the category itself, e.g. C → 13 → 131 → 1311. Empty for an unknown code. */
export function industryPath(code: string): IndustryNode[] {
  const path: IndustryNode[] = [];
  let node = industryByCode(code);
  while (node) {
    path.unshift(node);
    node = node.parent === null ? undefined : BY_CODE.get(node.parent);
  }
  return path;
}

/** 'C1311 稻谷加工': the code as printed in the standard, letter included. */
export function industryLabel(code: string): string {
  const node = industryByCode(code);
  if (!node) return code;
  return node.level === 'section' ? `${node.code} ${node.name}` : `${node.section}${node.code} ${node.name}`;
}

/** The 大类 codes of a 门类 ('H' → ['61', '62']). */
export function divisionsOfSection(section: string): string[] {
  return industryChildren(section).map((node) => node.code);
}

/**
 * Finds categories by code prefix ('65', 'I65', 'c13') or by a piece of the name ('软件'). Best first: exact code,
 * then code prefix, then names that start with the query, then names that contain it; broader levels first.
 */
export function searchIndustries(query: string, limit = 20): IndustryNode[] {
  const text = query.trim();
  if (!text) return [];
  const code = normalizeIndustryCode(text) ?? (/^[A-Ta-t]?\d{1,4}$/.test(text) ? text.replace(/^[A-Ta-t]/, '') : null);
  const levelRank: Record<IndustryLevel, number> = { section: 0, division: 1, group: 2, class: 3 };
  const scored: { node: IndustryNode; score: number }[] = [];
  for (const node of ALL) {
    let score = -1;
    if (code !== null && node.code === code) score = 0;
    else if (code !== null && /^\d+$/.test(code) && node.code.startsWith(code)) score = 1;
    else if (node.name.startsWith(text)) score = 2;
    else if (node.name.includes(text)) score = 3;
    if (score >= 0) scored.push({ node, score: score * 10 + levelRank[node.level] });
  }
  // Array.prototype.sort is stable, so equal scores keep the standard's order.
  return scored
    .sort((a, b) => a.score - b.score)
    .slice(0, limit)
    .map((entry) => entry.node);
}
