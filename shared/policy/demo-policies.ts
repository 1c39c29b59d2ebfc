/**
 * Five realistic policies for the demo city (襄阳市, 420600) and for tests and the benchmark. The national rules are
 * the real ones (domain.md §4); city figures (rewards, the 5.5% 失业率控制目标) are examples of what each city sets,
 * and being data, staff change them without a release.
 */
import { policySchema, type Policy, type PolicyInput } from './policy';

export const DEMO_CITY = { name: '襄阳市', region: '420600' } as const;

const YEAR_2026 = { opensOn: '2026-01-01', closesOn: '2026-12-31' };

const inputs: PolicyInput[] = [
  {
    id: 'wengang-fanhuan-2026',
    version: 1,
    status: 'published',
    title: '失业保险稳岗返还',
    issuingDepartment: '襄阳市人力资源和社会保障局',
    summary:
      '参加失业保险满12个月、上年度未裁员或裁员率不高于统筹地区城镇调查失业率控制目标（5.5%）的企业，按上年度实际缴纳失业保险费的一定比例返还；参保职工30人（含）以下的企业，裁员率不高于20%即可。',
    fullTextUrl: 'https://www.mohrss.gov.cn/',
    benefit: {
      text: '中小微企业返还 60%，大型企业返还 30%，直接拨付到企业对公账户',
      amount: { kind: 'percentage', percent: 60, basis: '上年度实际缴纳的失业保险费', percentBySize: { large: 30 } },
    },
    window: YEAR_2026,
    mode: 'no_application',
    category: 'employment',
    eligibility: {
      all: [
        { op: 'region-in', codes: [DEMO_CITY.region] },
        { op: 'range', field: 'unemploymentInsuranceMonths', min: 12 },
        {
          any: [
            { op: 'range', field: 'layoffRate', max: 5.5 },
            { all: [{ op: 'range', field: 'insuredHeadcount', max: 30 }, { op: 'range', field: 'layoffRate', max: 20 }] },
          ],
        },
        { op: 'has-no-flag', flag: 'serious_dishonesty' },
      ],
    },
  },
  {
    id: 'yicixing-kuogang-2026',
    version: 1,
    status: 'published',
    title: '一次性扩岗补助',
    issuingDepartment: '襄阳市人力资源和社会保障局',
    summary: '企业招用毕业年度或离校2年内未就业高校毕业生、登记失业的16—24岁青年，签订劳动合同并按月足额缴纳失业保险费的，按每人1500元发放一次性扩岗补助。',
    fullTextUrl: 'https://www.mohrss.gov.cn/',
    benefit: {
      text: '每招用1人补助1500元',
      amount: { kind: 'per_unit', amountPerUnit: 1500, basis: '新招用并参保的高校毕业生和青年', unit: '人' },
    },
    window: YEAR_2026,
    mode: 'instant',
    category: 'employment',
    eligibility: {
      all: [
        { op: 'region-in', codes: [DEMO_CITY.region] },
        { op: 'range', field: 'insuredHeadcount', min: 1 },
        { op: 'has-no-flag', flag: 'serious_dishonesty' },
        { op: 'has-no-flag', flag: 'abnormal_operations' },
      ],
    },
  },
  {
    id: 'gaoxin-rending-jiangli-2026',
    version: 1,
    status: 'published',
    title: '高新技术企业认定奖励',
    issuingDepartment: '襄阳市科学技术局',
    summary: '对本年度通过高新技术企业认定（含重新认定）、纳税信用良好、无严重失信记录的企业，给予一次性奖励，依据认定名单直接兑现。',
    fullTextUrl: 'https://www.most.gov.cn/',
    benefit: { text: '一次性奖励 20 万元', amount: { kind: 'fixed', amount: 200000 } },
    window: YEAR_2026,
    mode: 'no_application',
    category: 'technology',
    eligibility: {
      all: [
        { op: 'region-in', codes: [DEMO_CITY.region] },
        { op: 'has-tag', tag: 'high_tech' },
        { op: 'in', field: 'taxCreditGrade', values: ['A', 'B', 'M'] },
        { op: 'has-no-flag', flag: 'serious_dishonesty' },
      ],
    },
  },
  {
    id: 'zhuanjingtexin-jiangli-2026',
    version: 1,
    status: 'published',
    title: '专精特新企业梯度培育奖励',
    issuingDepartment: '襄阳市经济和信息化局',
    summary: '对新认定的国家级专精特新“小巨人”企业和省级专精特新中小企业中的制造业企业给予奖励，企业成立满3年，须在线申报并上传认定文件。',
    fullTextUrl: 'https://www.miit.gov.cn/',
    benefit: { text: '“小巨人”企业奖励 50 万元，省级专精特新中小企业奖励 20 万元', amount: { kind: 'up_to', max: 500000 } },
    window: { opensOn: '2026-03-01', closesOn: '2026-09-30' },
    mode: 'application',
    category: 'technology',
    eligibility: {
      all: [
        { op: 'region-in', codes: [DEMO_CITY.region] },
        { any: [{ op: 'has-tag', tag: 'little_giant' }, { op: 'has-tag', tag: 'specialized_sme' }] },
        { op: 'industry-in', codes: ['C'] },
        { op: 'size-in', classes: ['medium', 'small', 'micro'] },
        { op: 'date-since', field: 'foundedOn', atLeast: { years: 3 } },
      ],
    },
  },
  {
    id: 'xiaowei-fangzu-butie-2026',
    version: 1,
    status: 'published',
    title: '小微企业房租补贴',
    issuingDepartment: '襄阳市市场监督管理局',
    summary: '对成立不超过5年、在本市租用经营场所的小型和微型企业（金融业、房地产业除外），按实际房租的50%给予补贴，每户最高3万元。',
    fullTextUrl: 'https://www.samr.gov.cn/',
    benefit: {
      text: '按实际房租的 50% 补贴，每户最高 3 万元',
      amount: { kind: 'percentage', percent: 50, basis: '上年度实际支付的经营场所房租', cap: 30000 },
    },
    window: YEAR_2026,
    mode: 'instant',
    category: 'sme_support',
    eligibility: {
      all: [
        { op: 'region-in', codes: [DEMO_CITY.region] },
        { op: 'size-in', classes: ['small', 'micro'] },
        { op: 'date-since', field: 'foundedOn', atMost: { years: 5 } },
        { not: { op: 'industry-in', codes: ['J', 'K'] } },
        { op: 'has-no-flag', flag: 'abnormal_operations' },
      ],
    },
  },
];

/** Parsed through the schema, so a mistake here fails loudly at import. */
export const DEMO_POLICIES: readonly Policy[] = inputs.map((input) => policySchema.parse(input));
