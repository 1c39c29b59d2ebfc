/**
 * 大/中/小/微 size class per 工信部联企业〔2011〕300号 (the same figures as 国家统计局's 统计上大中小微型企业划分办法
 * (2017), which maps them onto GB/T 4754-2017). A firm is the largest class whose lower bounds it meets on every
 * indicator of its industry's row; failing the small bounds on any one indicator makes it micro. Check for a newer
 * revision before a real deployment.
 */
import { divisionsOfSection, industryByCode } from './industry';
import { atLeast, formatMeasure, formatNumber, isBand, type Measure } from './measure';

export const SIZE_CLASSES = ['large', 'medium', 'small', 'micro'] as const;
export type SizeClass = (typeof SIZE_CLASSES)[number];

export const SIZE_CLASS_LABEL: Record<SizeClass, string> = { large: '大型', medium: '中型', small: '小型', micro: '微型' };

/** The inputs, named as the enterprise profile names them. */
export type SizeIndicator = 'headcount' | 'revenue' | 'totalAssets';

export const SIZE_INDICATOR_LABEL: Record<SizeIndicator, { label: string; unit: string }> = {
  headcount: { label: '从业人员', unit: '人' },
  revenue: { label: '营业收入', unit: '万元' },
  totalAssets: { label: '资产总额', unit: '万元' },
};

/** Lower bounds (inclusive) of large, medium and small; below `small` is micro. */
export interface Bounds {
  large: number;
  medium: number;
  small: number;
}

export type SizeRuleId =
  | 'agriculture'
  | 'industry'
  | 'construction'
  | 'wholesale'
  | 'retail'
  | 'transport'
  | 'warehousing'
  | 'postal'
  | 'accommodation_catering'
  | 'information_transmission'
  | 'software_it'
  | 'real_estate_development'
  | 'property_management'
  | 'leasing_business'
  | 'other';

export interface SizeRule {
  id: SizeRuleId;
  label: string;
  indicators: Partial<Record<SizeIndicator, Bounds>>;
}

/** The table of 300号, one row per industry group; revenue and assets in 万元. */
export const SIZE_RULES: Record<SizeRuleId, SizeRule> = {
  agriculture: { id: 'agriculture', label: '农、林、牧、渔业', indicators: { revenue: { large: 20000, medium: 500, small: 50 } } },
  industry: {
    id: 'industry',
    label: '工业',
    indicators: { headcount: { large: 1000, medium: 300, small: 20 }, revenue: { large: 40000, medium: 2000, small: 300 } },
  },
  construction: {
    id: 'construction',
    label: '建筑业',
    indicators: { revenue: { large: 80000, medium: 6000, small: 300 }, totalAssets: { large: 80000, medium: 5000, small: 300 } },
  },
  wholesale: {
    id: 'wholesale',
    label: '批发业',
    indicators: { headcount: { large: 200, medium: 20, small: 5 }, revenue: { large: 40000, medium: 5000, small: 1000 } },
  },
  retail: {
    id: 'retail',
    label: '零售业',
    indicators: { headcount: { large: 300, medium: 50, small: 10 }, revenue: { large: 20000, medium: 500, small: 100 } },
  },
  transport: {
    id: 'transport',
    label: '交通运输业',
    indicators: { headcount: { large: 1000, medium: 300, small: 20 }, revenue: { large: 30000, medium: 3000, small: 200 } },
  },
  warehousing: {
    id: 'warehousing',
    label: '仓储业',
    indicators: { headcount: { large: 200, medium: 100, small: 20 }, revenue: { large: 30000, medium: 1000, small: 100 } },
  },
  postal: {
    id: 'postal',
    label: '邮政业',
    indicators: { headcount: { large: 1000, medium: 300, small: 20 }, revenue: { large: 30000, medium: 2000, small: 100 } },
  },
  accommodation_catering: {
    id: 'accommodation_catering',
    label: '住宿业、餐饮业',
    indicators: { headcount: { large: 300, medium: 100, small: 10 }, revenue: { large: 10000, medium: 2000, small: 100 } },
  },
  information_transmission: {
    id: 'information_transmission',
    label: '信息传输业',
    indicators: { headcount: { large: 2000, medium: 100, small: 10 }, revenue: { large: 100000, medium: 1000, small: 100 } },
  },
  software_it: {
    id: 'software_it',
    label: '软件和信息技术服务业',
    indicators: { headcount: { large: 300, medium: 100, small: 10 }, revenue: { large: 10000, medium: 1000, small: 50 } },
  },
  real_estate_development: {
    id: 'real_estate_development',
    label: '房地产开发经营',
    indicators: { revenue: { large: 200000, medium: 1000, small: 100 }, totalAssets: { large: 10000, medium: 5000, small: 2000 } },
  },
  property_management: {
    id: 'property_management',
    label: '物业管理',
    indicators: { headcount: { large: 1000, medium: 300, small: 100 }, revenue: { large: 5000, medium: 1000, small: 500 } },
  },
  leasing_business: {
    id: 'leasing_business',
    label: '租赁和商务服务业',
    indicators: { headcount: { large: 300, medium: 100, small: 10 }, totalAssets: { large: 120000, medium: 8000, small: 100 } },
  },
  other: { id: 'other', label: '其他未列明行业', indicators: { headcount: { large: 300, medium: 100, small: 10 } } },
};

const INDUSTRIAL_SECTIONS = new Set(['B', 'C', 'D']);
const TRANSPORT_DIVISIONS = new Set(['54', '55', '56', '57', '58']);

/**
 * The rows an industry code can fall under. Usually one; two or three when the code is too coarse to tell
 * (大类 59 holds both 装卸搬运 and 仓储; 大类 70 holds 开发经营, 物业管理 and the rest of 房地产业).
 *
 * Two choices follow the statistical rules rather than a plain code range: 铁路运输业 (53) is not in 交通运输业, so it
 * uses the last row; 装卸搬运 (591) is in 交通运输业, the rest of 59 is 仓储业.
 */
export function sizeRulesFor(industryCode: string): SizeRule[] {
  let rules = RULES_BY_CODE.get(industryCode);
  if (!rules) {
    rules = findRules(industryCode);
    RULES_BY_CODE.set(industryCode, rules);
  }
  return rules;
}

const RULES_BY_CODE = new Map<string, SizeRule[]>();

function findRules(industryCode: string): SizeRule[] {
  const node = industryByCode(industryCode);
  if (!node) return [];
  const division = node.level === 'section' ? null : node.code.slice(0, 2);
  const pick = (...ids: SizeRuleId[]) => ids.map((id) => SIZE_RULES[id]);
  if (node.level === 'section') {
    if (node.code === 'A') return pick('agriculture');
    if (INDUSTRIAL_SECTIONS.has(node.code)) return pick('industry');
    if (node.code === 'E') return pick('construction');
    // A 门类 spanning several rows cannot be classified; one that maps to one row can.
    const rows = new Set(divisionsOfSection(node.code).flatMap((code) => sizeRulesFor(code).map((rule) => rule.id)));
    return pick(...rows);
  }
  if (node.section === 'A') return pick('agriculture');
  if (INDUSTRIAL_SECTIONS.has(node.section)) return pick('industry');
  if (node.section === 'E') return pick('construction');
  if (division === '51') return pick('wholesale');
  if (division === '52') return pick('retail');
  if (TRANSPORT_DIVISIONS.has(division!)) return pick('transport');
  if (division === '59') {
    if (node.level === 'division') return pick('transport', 'warehousing');
    return node.code.startsWith('591') ? pick('transport') : pick('warehousing');
  }
  if (division === '60') return pick('postal');
  if (division === '61' || division === '62') return pick('accommodation_catering');
  if (division === '63' || division === '64') return pick('information_transmission');
  if (division === '65') return pick('software_it');
  if (division === '70') {
    if (node.level === 'division') return pick('real_estate_development', 'property_management', 'other');
    if (node.code.startsWith('701')) return pick('real_estate_development');
    if (node.code.startsWith('702')) return pick('property_management');
    return pick('other');
  }
  if (division === '71' || division === '72') return pick('leasing_business');
  return pick('other');
}

export interface SizeInputs {
  industryCode?: string;
  headcount?: Measure;
  revenue?: Measure;
  totalAssets?: Measure;
}

/** What was needed and missing: the indicators, or an industry code (precise enough). */
export type SizeMissing = SizeIndicator | 'industryCode';

export interface SizeResult {
  /** null when the inputs do not decide it. */
  sizeClass: SizeClass | null;
  /** Every class still possible, largest first; exactly [sizeClass] when decided. */
  possible: SizeClass[];
  /** The row of the table applied; null when the industry is missing or too coarse. */
  rule: { id: SizeRuleId; label: string } | null;
  missing: SizeMissing[];
  /** Plain Chinese: which bounds decided it, or what is missing. */
  reasons: string[];
  /** One line, e.g. '小型（工业：从业人员 150 人，营业收入 1200 万元）'. */
  summary: string;
}

const RANK: Record<SizeClass, number> = { micro: 0, small: 1, medium: 2, large: 3 };
const BY_RANK: SizeClass[] = ['micro', 'small', 'medium', 'large'];

/** The range of classes one indicator allows: [lowest, highest] as ranks. */
function indicatorRange(value: Measure | undefined, bounds: Bounds): [number, number] {
  if (value === undefined) return [0, 3];
  const levels = [bounds.small, bounds.medium, bounds.large];
  let low = 0;
  let high = 0;
  for (const bound of levels) {
    const reached = atLeast(value, bound);
    if (reached === true) low += 1;
    if (reached !== false) high += 1;
  }
  return [low, high];
}

function possibleBetween(low: number, high: number): SizeClass[] {
  const out: SizeClass[] = [];
  for (let rank = high; rank >= low; rank -= 1) out.push(BY_RANK[rank]!);
  return out;
}

function describeValue(indicator: SizeIndicator, value: Measure): string {
  const { label, unit } = SIZE_INDICATOR_LABEL[indicator];
  return `${label} ${formatMeasure(value, unit)}`;
}

function compare(indicator: SizeIndicator, value: Measure, sign: '≥' | '<', limit: number): string {
  return `${describeValue(indicator, value)} ${sign} ${formatNumber(limit)} ${SIZE_INDICATOR_LABEL[indicator].unit}`;
}

function classifyByRule(rule: SizeRule, inputs: SizeInputs): Omit<SizeResult, 'summary'> {
  const entries = Object.entries(rule.indicators) as [SizeIndicator, Bounds][];
  let low = 3;
  let high = 3;
  const missing: SizeIndicator[] = [];
  for (const [indicator, bounds] of entries) {
    const value = inputs[indicator];
    if (value === undefined) missing.push(indicator);
    const [l, h] = indicatorRange(value, bounds);
    low = Math.min(low, l);
    high = Math.min(high, h);
  }
  const possible = possibleBetween(low, high);
  const decided = low === high;
  const sizeClass = decided ? BY_RANK[low]! : null;
  const reasons: string[] = [];
  const levelName = ['small', 'medium', 'large'] as const;

  if (decided) {
    const rank = low;
    if (rank > 0) {
      const met = entries.map(([indicator, bounds]) => compare(indicator, inputs[indicator]!, '≥', bounds[levelName[rank - 1]!]));
      reasons.push(`达到${rule.label}${SIZE_CLASS_LABEL[BY_RANK[rank]!]}标准：${met.join('，')}`);
    }
    if (rank < 3) {
      // The bound(s) that keep it out of the next class up.
      const next = levelName[rank]!;
      const short = entries.filter(([indicator, bounds]) => {
        const value = inputs[indicator];
        return value !== undefined && atLeast(value, bounds[next]) === false;
      });
      const shortText = short.map(([indicator, bounds]) => compare(indicator, inputs[indicator]!, '<', bounds[next]));
      reasons.push(`未达${SIZE_CLASS_LABEL[BY_RANK[rank + 1]!]}标准：${shortText.join('，')}`);
    }
  } else {
    const wanted = missing.map((indicator) => SIZE_INDICATOR_LABEL[indicator].label);
    const bands = entries.filter(([indicator]) => inputs[indicator] !== undefined && isBand(inputs[indicator]!));
    if (wanted.length > 0) reasons.push(`缺少${wanted.join('、')}，无法确定规模（可能为${possible.map((c) => SIZE_CLASS_LABEL[c]).join('、')}）`);
    if (bands.length > 0) {
      reasons.push(`${bands.map(([indicator]) => describeValue(indicator, inputs[indicator]!)).join('、')}为区间，跨越划型标准，请填写具体数值`);
    }
  }
  return { sizeClass, possible, rule: { id: rule.id, label: rule.label }, missing: decided ? [] : missing, reasons };
}

function summarize(result: Omit<SizeResult, 'summary'>, inputs: SizeInputs): string {
  const rule = result.rule ? SIZE_RULES[result.rule.id] : null;
  const shown = rule
    ? (Object.keys(rule.indicators) as SizeIndicator[])
        .filter((indicator) => inputs[indicator] !== undefined)
        .map((indicator) => describeValue(indicator, inputs[indicator]!))
    : [];
  const head = result.sizeClass ? SIZE_CLASS_LABEL[result.sizeClass] : '规模待定';
  const detail = [result.rule?.label, shown.join('，')].filter(Boolean).join('：');
  return detail ? `${head}（${detail}）` : head;
}

/** The size class of an enterprise, with the reasons in plain Chinese. Pure: the same inputs, the same answer. */
export function classifySize(inputs: SizeInputs): SizeResult {
  const done = (partial: Omit<SizeResult, 'summary'>): SizeResult => ({ ...partial, summary: summarize(partial, inputs) });
  if (!inputs.industryCode) {
    return done({ sizeClass: null, possible: [...SIZE_CLASSES], rule: null, missing: ['industryCode'], reasons: ['缺少所属行业，无法确定规模'] });
  }
  const rules = sizeRulesFor(inputs.industryCode);
  if (rules.length === 0) {
    return done({ sizeClass: null, possible: [...SIZE_CLASSES], rule: null, missing: ['industryCode'], reasons: ['行业代码不在 GB/T 4754-2017 中，无法确定规模'] });
  }
  if (rules.length === 1) return done(classifyByRule(rules[0]!, inputs));

  // Too coarse an industry code: classify under every candidate row; if they agree, the answer stands.
  const results = rules.map((rule) => classifyByRule(rule, inputs));
  const classes = new Set(results.map((r) => r.sizeClass));
  const first = results[0]!;
  if (classes.size === 1 && first.sizeClass !== null) {
    return done({
      ...first,
      rule: null,
      reasons: [`行业只选到大类，按${rules.map((r) => r.label).join('、')}各标准划分结果相同`, ...first.reasons],
    });
  }
  const possible = SIZE_CLASSES.filter((c) => results.some((r) => r.possible.includes(c)));
  const missing = [...new Set<SizeMissing>(['industryCode', ...results.flatMap((r) => r.missing)])];
  return done({
    sizeClass: null,
    possible,
    rule: null,
    missing,
    reasons: [`行业只选到大类，${rules.map((r) => r.label).join('、')}的划型标准不同，请选到中类`],
  });
}

/**
 * Only the classes still possible, largest first: what classifySize returns as `possible`, without the
 * explanations (the matcher calls this for every enterprise of a large base).
 */
export function possibleSizes(inputs: SizeInputs): SizeClass[] {
  const rules = inputs.industryCode ? sizeRulesFor(inputs.industryCode) : [];
  if (rules.length === 0) return [...SIZE_CLASSES];
  const allowed = new Set<SizeClass>();
  for (const rule of rules) {
    let low = 3;
    let high = 3;
    for (const [indicator, bounds] of Object.entries(rule.indicators) as [SizeIndicator, Bounds][]) {
      const [l, h] = indicatorRange(inputs[indicator], bounds);
      low = Math.min(low, l);
      high = Math.min(high, h);
    }
    for (const c of possibleBetween(low, high)) allowed.add(c);
  }
  return SIZE_CLASSES.filter((c) => allowed.has(c));
}

export function compareSize(a: SizeClass, b: SizeClass): number {
  return RANK[a] - RANK[b];
}
