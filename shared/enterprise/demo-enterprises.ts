/**
 * A deterministic demo enterprise base: the same seed gives the same enterprises, byte for byte. Shapes follow a
 * real city's register roughly (mostly micro and small firms, manufacturing and trade first, some data missing,
 * some revenue given only as a band, a few adverse records) so that previews, tests and the benchmark meet the
 * cases real data brings.
 */
import { usccCheckCharacter } from '../uscc';
import { addMonths, type CalendarDate } from './calendar-date';
import { REVENUE_BANDS, type EnterpriseFlag, type EnterpriseTag, type ProfileField, type TaxCreditGrade } from './fields';
import type { Band } from './measure';
import type { EnterpriseProfile, ProfileValues, Provenance, ProvenanceMap } from './profile';

/** 襄阳市 and its counties; a few firms from 宜昌市 so that region criteria have someone to exclude. */
export const DEMO_REGIONS = [
  { code: '420602', name: '襄城区', weight: 12 },
  { code: '420606', name: '樊城区', weight: 18 },
  { code: '420607', name: '襄州区', weight: 14 },
  { code: '420624', name: '南漳县', weight: 5 },
  { code: '420625', name: '谷城县', weight: 7 },
  { code: '420626', name: '保康县', weight: 3 },
  { code: '420682', name: '老河口市', weight: 6 },
  { code: '420683', name: '枣阳市', weight: 9 },
  { code: '420684', name: '宜城市', weight: 6 },
  { code: '420502', name: '宜昌市西陵区', weight: 5 },
  { code: '420503', name: '宜昌市伍家岗区', weight: 4 },
] as const;

/** Industry codes with weights and a word for the firm's name; a few 大类-only codes, as people do pick those. */
const INDUSTRIES: { code: string; weight: number; word: string; revenuePerHead: number }[] = [
  { code: '1353', weight: 3, word: '食品', revenuePerHead: 60 },
  { code: '1391', weight: 2, word: '农产品', revenuePerHead: 50 },
  { code: '2231', weight: 2, word: '包装', revenuePerHead: 40 },
  { code: '2922', weight: 3, word: '塑业', revenuePerHead: 45 },
  { code: '3311', weight: 3, word: '钢结构', revenuePerHead: 50 },
  { code: '3484', weight: 4, word: '机械', revenuePerHead: 40 },
  { code: '3670', weight: 6, word: '汽车零部件', revenuePerHead: 55 },
  { code: '3831', weight: 2, word: '电缆', revenuePerHead: 60 },
  { code: '3985', weight: 2, word: '电子材料', revenuePerHead: 70 },
  { code: '4011', weight: 1, word: '自动化', revenuePerHead: 50 },
  { code: '4710', weight: 3, word: '建设', revenuePerHead: 60 },
  { code: '5012', weight: 3, word: '装饰', revenuePerHead: 30 },
  { code: '5123', weight: 3, word: '果蔬', revenuePerHead: 90 },
  { code: '5174', weight: 3, word: '五金', revenuePerHead: 100 },
  { code: '5212', weight: 3, word: '超市', revenuePerHead: 40 },
  { code: '5292', weight: 3, word: '电子商务', revenuePerHead: 50 },
  { code: '5431', weight: 3, word: '物流', revenuePerHead: 35 },
  { code: '5920', weight: 1, word: '仓储', revenuePerHead: 30 },
  { code: '6121', weight: 2, word: '酒店', revenuePerHead: 15 },
  { code: '6210', weight: 5, word: '餐饮', revenuePerHead: 12 },
  { code: '6220', weight: 2, word: '快餐', revenuePerHead: 10 },
  { code: '6432', weight: 1, word: '网络科技', revenuePerHead: 30 },
  { code: '6513', weight: 4, word: '软件', revenuePerHead: 25 },
  { code: '6531', weight: 2, word: '信息技术', revenuePerHead: 30 },
  { code: '7010', weight: 1, word: '置业', revenuePerHead: 150 },
  { code: '7020', weight: 2, word: '物业', revenuePerHead: 8 },
  { code: '7212', weight: 1, word: '投资', revenuePerHead: 40 },
  { code: '7241', weight: 1, word: '财务咨询', revenuePerHead: 15 },
  { code: '7320', weight: 1, word: '技术研究院', revenuePerHead: 20 },
  { code: '7491', weight: 1, word: '设计', revenuePerHead: 20 },
  { code: '0141', weight: 2, word: '农业', revenuePerHead: 15 },
  { code: '0313', weight: 1, word: '牧业', revenuePerHead: 40 },
  { code: '6635', weight: 1, word: '小额贷款', revenuePerHead: 60 },
  { code: '8040', weight: 2, word: '美容', revenuePerHead: 8 },
  { code: '8391', weight: 1, word: '职业培训', revenuePerHead: 10 },
  { code: '8415', weight: 1, word: '医院', revenuePerHead: 20 },
  { code: '65', weight: 1, word: '科技', revenuePerHead: 25 },
  { code: '59', weight: 1, word: '储运', revenuePerHead: 30 },
  { code: '70', weight: 1, word: '房产', revenuePerHead: 50 },
];

const BRANDS = [
  ...['汉江', '隆中', '古隆', '卧龙', '襄宜', '鹿门', '岘山', '樊信', '楚风', '荆襄', '东津', '鱼梁'],
  ...['米公', '诸葛', '昭明', '长虹', '华中', '恒达', '鼎盛', '瑞丰', '金源', '天成', '宏图', '永安'],
];
const SURNAMES = ['王', '李', '张', '刘', '陈', '杨', '黄', '赵', '吴', '周', '徐', '孙', '马', '胡', '朱', '郭', '何', '罗', '高', '林'];
const GIVEN = ['建国', '志强', '秀英', '伟', '芳', '军', '敏', '静', '磊', '洋', '丽', '强', '婷', '杰', '涛', '明', '超', '霞', '平', '刚'];
const ALPHABET = '0123456789ABCDEFGHJKLMNPQRTUWXY';

/** mulberry32: tiny, fast, and good enough for demo data. */
function prng(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

class Dice {
  private readonly next: () => number;
  constructor(seed: number) {
    this.next = prng(seed);
  }
  float(): number {
    return this.next();
  }
  chance(p: number): boolean {
    return this.next() < p;
  }
  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1));
  }
  pick<T>(list: readonly T[]): T {
    return list[Math.floor(this.next() * list.length)]!;
  }
  weighted<T extends { weight: number }>(list: readonly T[]): T {
    const total = list.reduce((sum, item) => sum + item.weight, 0);
    let roll = this.next() * total;
    for (const item of list) {
      roll -= item.weight;
      if (roll < 0) return item;
    }
    return list[list.length - 1]!;
  }
  /** exp(N(mu, sigma)) by Box–Muller. */
  logNormal(mu: number, sigma: number): number {
    const u = Math.max(this.next(), 1e-12);
    const v = this.next();
    return Math.exp(mu + sigma * Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v));
  }
}

/** A valid 统一社会信用代码, unique per index: '91' + region + 9 characters + check character. */
function creditCode(region: string, index: number, salt: number): string {
  let n = index * 7919 + salt;
  let body = '';
  for (let i = 0; i < 9; i += 1) {
    body = ALPHABET[n % 31]! + body;
    n = Math.floor(n / 31);
  }
  const first17 = `91${region}${body}`;
  return first17 + usccCheckCharacter(first17);
}

function bandAround(value: number): Band {
  const band = REVENUE_BANDS.find((b) => value >= b.min && ('max' in b ? value < b.max : true))!;
  return 'max' in band ? { min: band.min, max: band.max } : { min: band.min };
}

const round2 = (x: number) => Math.round(x * 100) / 100;

export interface DemoOptions {
  count: number;
  seed?: number;
  /** The day the base describes: founding dates and contribution months are before it. */
  today?: CalendarDate;
}

export function generateDemoEnterprises({ count, seed = 20260501, today = '2026-05-01' }: DemoOptions): EnterpriseProfile[] {
  const dice = new Dice(seed);
  const salt = seed % 100_000;
  const verifiedAt = `${addMonths(today, -3)}T09:00:00+08:00`;
  const declaredAt = `${addMonths(today, -1)}T10:30:00+08:00`;
  const out: EnterpriseProfile[] = [];

  for (let index = 0; index < count; index += 1) {
    const region = dice.weighted(DEMO_REGIONS).code;
    const industry = dice.weighted(INDUSTRIES);
    const headcount = Math.min(5000, Math.max(1, Math.round(dice.logNormal(2.7, 1.25))));
    const revenueExact = round2(headcount * dice.logNormal(Math.log(industry.revenuePerHead), 0.8));
    const ageMonths = Math.floor(Math.pow(dice.float(), 1.6) * 360) + 1; // more young firms than old ones
    const foundedOn = addMonths(today, -ageMonths);
    const insured = Math.round(headcount * (0.55 + 0.45 * dice.float()));

    const values: ProfileValues = {
      creditCode: creditCode(region, index, salt),
      name: `襄阳${dice.pick(BRANDS)}${industry.word}${dice.chance(0.3) ? '股份' : ''}有限公司`,
      legalRepresentative: dice.pick(SURNAMES) + dice.pick(GIVEN),
      industryCode: industry.code,
      region,
      foundedOn,
      registeredCapital: dice.pick([10, 30, 50, 100, 200, 300, 500, 1000, 2000, 5000]),
      headcount,
    };
    const revenueRoll = dice.float();
    if (revenueRoll < 0.15) values.revenue = bandAround(revenueExact);
    else if (revenueRoll < 0.92) values.revenue = revenueExact;
    if (dice.chance(0.7)) values.totalAssets = round2(revenueExact * dice.logNormal(0, 0.7));
    if (dice.chance(0.9)) values.insuredHeadcount = insured;
    if (dice.chance(0.88)) values.unemploymentInsuranceMonths = Math.max(0, ageMonths - dice.int(0, 18));
    if (dice.chance(0.85)) values.layoffRate = dice.chance(0.65) ? 0 : round2(Math.min(60, dice.logNormal(1.2, 0.9)));
    if (dice.chance(0.9)) values.taxCreditGrade = dice.weighted<{ grade: TaxCreditGrade; weight: number }>([
      { grade: 'A', weight: 35 },
      { grade: 'B', weight: 35 },
      { grade: 'M', weight: 20 },
      { grade: 'C', weight: 7 },
      { grade: 'D', weight: 3 },
    ]).grade;
    if (dice.chance(0.9)) {
      const techy = /^(3|4|65|64|73|74)/.test(industry.code) ? 3 : 1;
      const tags: EnterpriseTag[] = [];
      if (dice.chance(0.05 * techy)) tags.push('high_tech');
      if (dice.chance(0.06 * techy)) tags.push('tech_sme');
      if (dice.chance(0.04 * techy)) tags.push('innovative_sme');
      if (dice.chance(0.025 * techy)) tags.push(dice.chance(0.25) ? 'little_giant' : 'specialized_sme');
      values.tags = tags;
    }
    if (dice.chance(0.92)) {
      const flags: EnterpriseFlag[] = [];
      if (dice.chance(0.05)) flags.push('abnormal_operations');
      if (dice.chance(0.012)) flags.push('serious_dishonesty');
      values.flags = flags;
    }
    out.push({ ...values, provenance: provenanceFor(values, dice, verifiedAt, declaredAt) });
  }
  return out;
}

/** Who vouches for which field: registration data from 市场监管, social insurance from 人社, grades from 税务. */
const VERIFIERS: Partial<Record<ProfileField, { by: string; share: number }>> = {
  creditCode: { by: '市场监督管理局', share: 0.95 },
  name: { by: '市场监督管理局', share: 0.95 },
  legalRepresentative: { by: '市场监督管理局', share: 0.95 },
  region: { by: '市场监督管理局', share: 0.9 },
  foundedOn: { by: '市场监督管理局', share: 0.95 },
  registeredCapital: { by: '市场监督管理局', share: 0.9 },
  industryCode: { by: '市场监督管理局', share: 0.6 },
  flags: { by: '市场监督管理局', share: 0.95 },
  insuredHeadcount: { by: '人力资源和社会保障局', share: 0.7 },
  unemploymentInsuranceMonths: { by: '人力资源和社会保障局', share: 0.7 },
  layoffRate: { by: '人力资源和社会保障局', share: 0.5 },
  taxCreditGrade: { by: '税务局', share: 0.9 },
  tags: { by: '科学技术局', share: 0.8 },
};

function provenanceFor(values: ProfileValues, dice: Dice, verifiedAt: string, declaredAt: string): ProvenanceMap {
  const provenance: ProvenanceMap = {};
  for (const [field, value] of Object.entries(values) as [ProfileField, unknown][]) {
    if (value === undefined) continue;
    const verifier = VERIFIERS[field];
    const entry: Provenance =
      verifier && dice.chance(verifier.share)
        ? { source: 'verified', by: verifier.by, at: verifiedAt }
        : { source: 'self_declared', at: declaredAt };
    provenance[field] = entry;
  }
  return provenance;
}
