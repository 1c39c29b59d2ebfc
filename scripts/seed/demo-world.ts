import { catalog, evaluate } from '../../shared/catalog';
import type { SharedRecordType } from '../../shared/catalog/shared-records';
import { caseStatus, decideTask, openTasks, type CaseActor, type CaseEventRecord, type DecisionInput } from '../../shared/onething/machine';
import { caseNumber } from '../../shared/onething/number';
import { taskEntriesFor } from '../../shared/onething/task-index';
import { checkSupplies } from '../../shared/onething/supply';
import { generateDemoEnterprises } from '../../shared/enterprise/demo-enterprises';
import { declareProfile, markVerified, type EnterpriseProfile } from '../../shared/enterprise/profile';
import { toStoredEnterprise } from '../../shared/enterprise/stored';
import { idCheckCharacter } from '../../shared/idcard';
import { newDelivery } from '../../shared/policy/delivery';
import { DEMO_POLICIES } from '../../shared/policy/demo-policies';
import { matchEligibility } from '../../shared/policy/match';
import { policySchema, type Policy, type PolicyInput } from '../../shared/policy/policy';
import type { Role } from '../../shared/roles';

export interface Persona {
  openid: string;
  name: string;
  roles: Role[];
  department?: string;
  description: string;
}

const SEEDED_AT = { $date: '2026-01-05T01:00:00.000Z' };

/** The demo enterprise and who represents it. */
export const DEMO_ENTERPRISE = {
  _id: '91440304MA5F3XKQ87',
  name: '深圳市福田区赵记餐饮有限公司',
  legalRepresentative: 'demo-enterprise-zhao',
};

export function demoUsers(personas: Persona[]) {
  return personas.map((persona) => ({
    _id: persona.openid,
    name: persona.name,
    roles: persona.roles,
    department: persona.department ?? null,
    enterprises:
      persona.openid === DEMO_ENTERPRISE.legalRepresentative
        ? [{ enterpriseId: DEMO_ENTERPRISE._id, name: DEMO_ENTERPRISE.name, relation: 'legal_representative' }]
        : [],
    createdAt: SEEDED_AT,
    updatedAt: SEEDED_AT,
  }));
}

/**
 * 赵记餐饮's profile: a small restaurant (餐饮业 6210: 从业人员 ≥ 10 且营业收入 ≥ 100 万元 is 小型 under 300号).
 * Registration data verified by 市场监管, insured headcount by 人社, the grade by 税务; the rest self-declared.
 * 失业保险缴费月数 is left unfilled, so the 政策计算器 shows an "unknown" criterion.
 */
export function demoEnterpriseProfile(): EnterpriseProfile {
  const declared = declareProfile(
    {
      creditCode: DEMO_ENTERPRISE._id,
      name: DEMO_ENTERPRISE.name,
      legalRepresentative: '赵建国',
      industryCode: '6210',
      region: '440304',
      foundedOn: '2021-06-15',
      registeredCapital: 50,
      headcount: 12,
      revenue: 380,
      insuredHeadcount: 11,
      layoffRate: 0,
      taxCreditGrade: 'B',
      tags: [],
      flags: [],
    },
    '2026-01-05T09:00:00+08:00',
  );
  const registration = markVerified(
    declared,
    ['creditCode', 'name', 'legalRepresentative', 'industryCode', 'region', 'foundedOn', 'registeredCapital', 'flags'],
    '市场监督管理局',
    '2026-01-06T10:00:00+08:00',
  );
  const insured = markVerified(registration, ['insuredHeadcount'], '人力资源和社会保障局', '2026-01-06T10:00:00+08:00');
  return markVerified(insured, ['taxCreditGrade'], '税务局', '2026-01-06T10:00:00+08:00');
}

/** How many generated 襄阳 enterprises the seed holds (for previews and the 襄阳 demo policies). */
export const GENERATED_ENTERPRISES = 40;

/**
 * The demo enterprise (with its profile) and a generated enterprise base. Each document is the StoredEnterprise
 * shape (shared/enterprise/stored.ts) plus name, region and members at the top level.
 */
export function demoEnterprises() {
  const zhao = toStoredEnterprise(demoEnterpriseProfile());
  const generated = generateDemoEnterprises({ count: GENERATED_ENTERPRISES }).map((profile) => ({
    ...toStoredEnterprise(profile),
    name: profile.name,
    region: profile.region ?? null,
    members: [],
    createdAt: SEEDED_AT,
    updatedAt: SEEDED_AT,
  }));
  return [
    {
      _id: DEMO_ENTERPRISE._id,
      name: DEMO_ENTERPRISE.name,
      region: '440304',
      members: [{ openid: DEMO_ENTERPRISE.legalRepresentative, relation: 'legal_representative' }],
      profile: zhao.profile,
      derived: zhao.derived,
      createdAt: SEEDED_AT,
      updatedAt: SEEDED_AT,
    },
    ...generated,
  ];
}

const SHENZHEN = '440300';

/**
 * Three 深圳 policies for the demo enterprise's 政策计算器 (examples, not real 深圳 rules): 赵记餐饮 qualifies for the
 * first, is one criterion short of the second (从业人数 12 人, 要求 ≥ 20 人) and cannot yet be judged on the third
 * (失业保险缴费月数 not filled in). Open-ended windows, so the demo does not expire.
 */
const SHENZHEN_POLICIES: PolicyInput[] = [
  {
    id: 'shenzhen-canyin-wengang-demo',
    version: 1,
    status: 'published',
    title: '小微餐饮企业稳岗补贴（演示）',
    issuingDepartment: '深圳市商务局',
    summary: '对在本市登记、参保职工不少于5人、无严重违法失信记录的小型和微型餐饮企业，按参保人数给予稳岗补贴。（演示政策，条件和金额为示例）',
    fullTextUrl: 'https://www.sz.gov.cn/',
    benefit: { text: '按参保人数每人 1000 元，最高 5 万元', amount: { kind: 'per_unit', amountPerUnit: 1000, basis: '参保职工', unit: '人', cap: 50000 } },
    window: { opensOn: '2026-01-01' },
    mode: 'instant',
    category: 'employment',
    eligibility: {
      all: [
        { op: 'region-in', codes: [SHENZHEN] },
        { op: 'industry-in', codes: ['62'] },
        { op: 'size-in', classes: ['small', 'micro'] },
        { op: 'range', field: 'insuredHeadcount', min: 5 },
        { op: 'has-no-flag', flag: 'serious_dishonesty' },
      ],
    },
  },
  {
    id: 'shenzhen-xiaoshenggui-demo',
    version: 1,
    status: 'published',
    title: '小升规企业培育奖励（演示）',
    issuingDepartment: '深圳市工业和信息化局',
    summary: '对从业人数达到20人、纳税信用等级为A或B级、未列入经营异常名录的企业，给予一次性培育奖励。（演示政策，条件和金额为示例）',
    fullTextUrl: 'https://www.sz.gov.cn/',
    benefit: { text: '一次性奖励 10 万元', amount: { kind: 'fixed', amount: 100000 } },
    window: { opensOn: '2026-01-01' },
    mode: 'application',
    category: 'sme_support',
    eligibility: {
      all: [
        { op: 'region-in', codes: [SHENZHEN] },
        { op: 'range', field: 'headcount', min: 20 },
        { op: 'in', field: 'taxCreditGrade', values: ['A', 'B'] },
        { op: 'has-no-flag', flag: 'abnormal_operations' },
      ],
    },
  },
  {
    id: 'shenzhen-wengang-fanhuan-demo',
    version: 1,
    status: 'published',
    title: '失业保险稳岗返还（演示）',
    issuingDepartment: '深圳市人力资源和社会保障局',
    summary: '参加失业保险满12个月、上年度裁员率不高于5.5%、无严重违法失信记录的企业，按上年度实际缴纳失业保险费的60%返还，无需申请。（演示政策）',
    fullTextUrl: 'https://www.sz.gov.cn/',
    benefit: {
      text: '按上年度实际缴纳失业保险费的 60% 返还',
      amount: { kind: 'percentage', percent: 60, basis: '上年度实际缴纳的失业保险费', percentBySize: { large: 30 } },
    },
    window: { opensOn: '2026-01-01' },
    mode: 'no_application',
    category: 'employment',
    eligibility: {
      all: [
        { op: 'region-in', codes: [SHENZHEN] },
        { op: 'range', field: 'unemploymentInsuranceMonths', min: 12 },
        { op: 'range', field: 'layoffRate', max: 5.5 },
        { op: 'has-no-flag', flag: 'serious_dishonesty' },
      ],
    },
  },
];

/** The 深圳 demo policies and the five 襄阳 ones of shared/policy/demo-policies.ts, keyed by policy id. */
export function demoPolicies() {
  const policies: Policy[] = [...SHENZHEN_POLICIES.map((input) => policySchema.parse(input)), ...DEMO_POLICIES];
  return policies.map((policy) => ({ _id: policy.id, ...policy, createdAt: SEEDED_AT, updatedAt: SEEDED_AT }));
}

/**
 * 赵记餐饮's inbox holds the 深圳 餐饮稳岗 policy it qualifies for, delivered by the push job's first run (so the
 * enterprise pages have a pushed policy to show before anyone publishes one). Built with the job's own builder.
 */
export function demoDeliveries() {
  const policy = policySchema.parse(SHENZHEN_POLICIES.find((p) => p.id === 'shenzhen-canyin-wengang-demo'));
  const result = matchEligibility(policy.eligibility, demoEnterpriseProfile(), { today: '2026-01-06' });
  if (result.outcome !== 'qualifies') throw new Error('the demo enterprise should qualify for the 餐饮稳岗 demo policy');
  const at = new Date('2026-01-06T01:00:00.000Z');
  const doc = newDelivery(policy, { creditCode: DEMO_ENTERPRISE._id, name: DEMO_ENTERPRISE.name }, result, { muted: false, now: at, retryAfter: at });
  const date = { $date: at.toISOString() };
  return [{ ...doc, status: 'inbox', channel: 'inbox', attempts: 1, createdAt: date, deliveredAt: date, retryAfter: date }];
}

/** A valid (check character included) but fictitious ID number for a demo person. */
function demoIdNumber(first17: string): string {
  return `${first17}${idCheckCharacter(first17)}`;
}

const WEEKDAYS = [1, 2, 3, 4, 5];

/**
 * The three demo helpers, verified by the demo coordinator: 陈 (帮办 + 代办, 福田区), 刘 (上门 for the elderly and
 * people with limited mobility, 福田区), 周 (帮办 + 代办, 南山区).
 */
export function demoHelpers() {
  const base = {
    languages: [] as string[],
    status: 'verified',
    statusReason: null,
    verifiedAt: SEEDED_AT,
    verifiedBy: 'demo-coordinator',
    suspendedAt: null,
    history: [{ at: SEEDED_AT, byOpenid: 'demo-coordinator', decision: 'verify', reason: '演示数据：已核验身份' }],
    createdAt: SEEDED_AT,
    updatedAt: SEEDED_AT,
  };
  return [
    {
      _id: 'demo-helper-chen',
      identity: { realName: '陈帮办', idNumber: demoIdNumber('44030419880512103'), phone: '13800000101' },
      team: 'service_center',
      organisation: '福田区政务服务中心',
      skills: ['guidance', 'proxy'],
      supports: ['elderly'],
      serviceAreas: ['440304'],
      availability: { weekdays: WEEKDAYS, from: '09:00', to: '18:00', note: null },
      ...base,
    },
    {
      _id: 'demo-helper-liu',
      identity: { realName: '刘帮办', idNumber: demoIdNumber('44030419750823204'), phone: '13800000102' },
      team: 'grid_worker',
      organisation: '福田区南园街道网格站',
      skills: ['home_visit'],
      supports: ['elderly', 'mobility'],
      serviceAreas: ['440304'],
      availability: { weekdays: [1, 2, 3, 4, 5, 6], from: '08:30', to: '20:00', note: '周六上午也可上门' },
      ...base,
    },
    {
      _id: 'demo-helper-zhou',
      identity: { realName: '周帮办', idNumber: demoIdNumber('44030519900316305'), phone: '13800000103' },
      team: 'service_center',
      organisation: '南山区政务服务中心（企业开办专区）',
      skills: ['guidance', 'proxy'],
      supports: [],
      serviceAreas: ['440305'],
      availability: { weekdays: WEEKDAYS, from: '09:00', to: '17:30', note: null },
      ...base,
    },
  ];
}

/**
 * What the local data-sharing provider (电子证照 / 数据共享) holds for the demo citizens. 王小明 has his and his
 * wife's ID cards, the household register and the marriage certificate (新生儿出生 needs nothing uploaded for
 * them); 李秀英 has what 退休 reads; 赵建国 his ID card and the company's business licence. A type missing
 * here falls back to upload.
 */
export function demoSharedRecords() {
  const record = (id: string, ownerOpenid: string, type: string, holder: string, number: string, issuer: string, issuedOn: string, relation = 'self') => ({
    _id: id,
    ownerOpenid,
    type,
    holder,
    relation,
    number,
    issuer,
    issuedOn,
    createdAt: SEEDED_AT,
  });
  return [
    record('sr-wang-id-card', 'demo-citizen-wang', 'id_card', '王小明', demoIdNumber('44030419920315101'), '深圳市公安局福田分局', '2019-04-02'),
    record('sr-wang-spouse-id-card', 'demo-citizen-wang', 'id_card', '刘芳', demoIdNumber('44030519940722202'), '深圳市公安局南山分局', '2020-08-11', 'spouse'),
    record('sr-wang-hukou', 'demo-citizen-wang', 'hukou', '王小明', 'HK440304-2019-018233', '深圳市公安局福田分局', '2019-04-02'),
    record('sr-wang-marriage', 'demo-citizen-wang', 'marriage_cert', '王小明', 'J440304-2023-004512', '深圳市福田区民政局', '2023-05-20'),
    record('sr-li-id-card', 'demo-citizen-li', 'id_card', '李秀英', demoIdNumber('44030419580110202'), '深圳市公安局福田分局', '2018-01-15'),
    record('sr-li-hukou', 'demo-citizen-li', 'hukou', '李秀英', 'HK440304-1990-003127', '深圳市公安局福田分局', '1990-06-01'),
    record('sr-li-social-insurance', 'demo-citizen-li', 'social_insurance_record', '李秀英', 'SB440300-1988-000731', '深圳市社会保险基金管理局', '2026-01-05'),
    record('sr-zhao-id-card', 'demo-enterprise-zhao', 'id_card', '赵建国', demoIdNumber('44030419800905303'), '深圳市公安局福田分局', '2021-03-09'),
    record('sr-zhao-business-license', 'demo-enterprise-zhao', 'business_license', DEMO_ENTERPRISE.name, DEMO_ENTERPRISE._id, '深圳市市场监督管理局福田监管局', '2021-06-15'),
  ];
}

/** 赵建国's own 个人信息 (collection `profiles`): his name and ID number match the market register below. */
export function demoProfiles() {
  return [{ _id: 'demo-enterprise-zhao', realName: '赵建国', idNumber: demoIdNumber('44030419800905303'), phone: null, address: null, updatedAt: SEEDED_AT }];
}

/**
 * Market-registration data (市场主体登记) as the local data-sharing provider holds it: each demo enterprise's
 * legal representative (name and a fictitious ID number), read by enterprises.bind to bind at once (issue 11).
 * 赵记餐饮's names 赵建国 with the ID number on his profile.
 */
export function demoMarketRegistrations() {
  const entry = (creditCode: string, enterpriseName: string, name: string, idNumber: string) => ({
    _id: `mr-${creditCode}`,
    ownerOpenid: null,
    type: 'market_registration',
    creditCode,
    enterpriseName,
    legalRepresentative: { name, idNumber },
    issuer: '市场监督管理局（市场主体登记）',
    createdAt: SEEDED_AT,
  });
  const generated = generateDemoEnterprises({ count: GENERATED_ENTERPRISES }).map((profile, i) =>
    entry(profile.creditCode, profile.name, profile.legalRepresentative ?? '未登记', demoIdNumber(`${profile.region ?? '420606'}19${70 + (i % 20)}0${1 + (i % 9)}1${i % 10}${100 + i}`)),
  );
  return [entry(DEMO_ENTERPRISE._id, DEMO_ENTERPRISE.name, '赵建国', demoIdNumber('44030419800905303')), ...generated];
}

/** Dates as the seed files store them (Extended JSON), everywhere in a document. */
function toSeedJson(value: unknown): unknown {
  if (value instanceof Date) return { $date: value.toISOString() };
  if (Array.isArray(value)) return value.map(toSeedJson);
  if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, toSeedJson(v)]));
  return value;
}

/**
 * One demo 一件事 case, made by the same domain functions the handlers use: 王小明's 新生儿出生, submitted on
 * Monday 16 November 2026. 卫健委 has issued the birth registration and the 出生医学证明; 公安 accepted 上户口 and
 * asked for a new photo (待补正); 预防接种 is still waiting for 卫健委, past its promised day.
 */
function demoCaseDocuments() {
  const theme = catalog.get('newborn')!;
  const answers = {
    born_where: 'local_hospital',
    father_local: true,
    mother_local: true,
    hukou_follows: 'father',
    married: true,
    want_ss_card: true,
    mother_insurance: 'employee',
    hospital_settled: true,
    claim_allowance: false,
    want_mail: false,
  };
  const evaluation = evaluate(theme, answers);
  const at = (iso: string) => new Date(iso);
  const submittedAt = at('2026-11-16T01:30:00Z');
  const records = new Map(
    demoSharedRecords()
      .filter((r) => r.ownerOpenid === 'demo-citizen-wang')
      .map((r) => [r._id, { recordId: r._id, type: r.type as SharedRecordType, holder: r.holder, number: r.number, issuer: r.issuer }]),
  );
  const supplies = checkSupplies(
    evaluation.materials.map((m) => ({ id: m.id, name: m.name, neededBy: m.neededBy, source: m.source })),
    {
      father_id_card: { kind: 'shared', recordId: 'sr-wang-id-card' },
      mother_id_card: { kind: 'shared', recordId: 'sr-wang-spouse-id-card' },
      hukou_book: { kind: 'shared', recordId: 'sr-wang-hukou' },
      marriage_cert: { kind: 'shared', recordId: 'sr-wang-marriage' },
      child_photo: { kind: 'upload', files: [{ fileId: 'cloud://demo.bucket/uploads/demo-baby.jpg', name: '宝宝照片.jpg', mimeType: 'image/jpeg', size: 245_760 }] },
    },
    records,
    submittedAt,
  );
  if (supplies.issues.length) throw new Error(`demo case materials: ${JSON.stringify(supplies.issues)}`);

  const applicant: CaseActor = { kind: 'applicant', openid: 'demo-citizen-wang', name: '王小明', department: null };
  const staff = (openid: string, name: string, department: string): CaseActor => ({ kind: 'staff', openid, name, department });
  const health = staff('demo-staff-health-1', '曹卫健', 'health');
  const police = staff('demo-staff-police-1', '何警官', 'police');
  let tasks = openTasks(evaluation.subItems, submittedAt);
  const timeline: CaseEventRecord[] = [{ at: submittedAt, event: 'submit', actor: applicant, taskId: null, note: null }];
  const steps: [string, DecisionInput, CaseActor, string][] = [
    ['birth_registration', { decision: 'accept' }, health, '2026-11-16T03:00:00Z'],
    ['birth_registration', { decision: 'approve', result: { documentNo: 'SYDJ-440304-2026-11873' } }, health, '2026-11-16T03:05:00Z'],
    ['birth_medical_cert', { decision: 'accept' }, health, '2026-11-16T03:10:00Z'],
    ['birth_medical_cert', { decision: 'approve', result: { documentNo: 'CSYXZM-Q440304-26118' } }, health, '2026-11-17T02:00:00Z'],
    ['hukou_registration', { decision: 'accept' }, police, '2026-11-18T02:00:00Z'],
    [
      'hukou_registration',
      { decision: 'correct', items: [{ materialId: 'child_photo', materialName: '孩子的照片', problem: '照片背景不是白色，请在白墙前重新拍一张' }] },
      police,
      '2026-11-18T06:00:00Z',
    ],
  ];
  for (const [taskId, decision, actor, when] of steps) {
    const outcome = decideTask(tasks, taskId, decision, actor, at(when));
    if (!outcome.ok) throw new Error(`demo case step ${taskId}: ${outcome.message}`);
    tasks = outcome.tasks;
    timeline.push(...outcome.events);
  }
  const updatedAt = at('2026-11-18T06:00:00Z');
  return [
    {
      _id: 'yjs-demo-newborn-wang',
      number: caseNumber('2026-11-16', 1),
      applicantOpenid: 'demo-citizen-wang',
      applicantName: '王小明',
      requestId: 'demo-newborn-wang-0001',
      themeId: theme.id,
      themeName: theme.title,
      themeVersion: theme.version,
      regionCode: null,
      city: null,
      answers: evaluation.answers,
      form: {
        applicant_name: '王小明',
        applicant_id_number: demoIdNumber('44030419920315101'),
        applicant_phone: '13800138000',
        applicant_relation: 'father',
        child_name: '王小宝',
        child_gender: 'male',
        child_birth_date: '2026-11-10',
        child_ethnicity: '01',
        father_name: '王小明',
        father_id_number: demoIdNumber('44030419920315101'),
        mother_name: '刘芳',
        mother_id_number: demoIdNumber('44030519940722202'),
      },
      materials: supplies.materials,
      delivery: { method: 'window' },
      tasks,
      departments: [...new Set(tasks.map((t) => t.department))],
      status: caseStatus(tasks, false),
      timeline,
      withdrawnAt: null,
      completedAt: null,
      version: timeline.length,
      createdAt: submittedAt,
      updatedAt,
    },
  ];
}

export function demoCases() {
  return demoCaseDocuments().map(toSeedJson);
}

/** The department work list's entries of the demo cases (as every write of a case makes them). */
export function demoTaskEntries() {
  return demoCaseDocuments().flatMap((doc) => taskEntriesFor(doc).map((entry) => toSeedJson({ ...entry, writtenAt: doc.updatedAt })));
}
