import { z } from 'zod';
import { DEPARTMENT_IDS } from '../department-ids';
import '../validation'; // Chinese zod messages wherever the catalog is parsed
import { conditionSchema, isoDateSchema } from './conditions';
import { AUDIENCES, LIFE_EVENT_IDS } from './life-events';
import { PROFILE_PATHS } from './profile-fields';
import { SENSITIVE_KIND_IDS } from './sensitivity';
import { SHARED_RECORD_TYPES } from './shared-records';
import { dateRangeSchema } from '../values/dates';

/** Ids are stable keys stored in cases: lower snake case, so they read well in logs and snapshots. */
export const idSchema = z.string().regex(/^[a-z][a-z0-9_]{1,47}$/, 'id 只能用小写字母、数字和下划线，以字母开头，2–48 个字符');

/** Semver-ish ("1.2.0", "2.0", "1.0.0+440300.1") or a whole number. A case keeps the version it was submitted under. */
export const versionSchema = z.union([
  z.string().regex(/^\d+(\.\d+){0,2}([-+][0-9A-Za-z.-]+)?$/, '版本号应形如 1.2.0'),
  z.number().int().positive(),
]);
export type Version = z.infer<typeof versionSchema>;

const workingDays = z.number().int('工作日必须是整数').min(0, '工作日不能为负数').max(365, '工作日不能超过 365 天');
const plainText = z.string().trim().min(1, '不能为空');

export const departmentIdSchema = z.enum(DEPARTMENT_IDS, {
  error: (issue) => `未知的部门 id「${String(issue.input)}」，可用的部门见 shared/department-ids.ts`,
});

// ── sub-items (事项) ──────────────────────────────────────────────────────────────────────────────────
export const OUTPUT_KINDS = ['licence', 'certificate', 'registration', 'record', 'card', 'payment', 'benefit', 'notice'] as const;

export const subItemSchema = z
  .strictObject({
    id: idSchema,
    name: plainText,
    /** One plain sentence on what this step does for the person. */
    description: z.string().optional(),
    department: departmentIdSchema,
    /** 法定办结时限, working days. */
    legalDays: workingDays,
    /** 承诺办结时限, working days; 0 means 即办. */
    promisedDays: workingDays,
    output: z.strictObject({
      name: plainText,
      kind: z.enum(OUTPUT_KINDS),
      /** Also issued as an electronic licence (电子证照). */
      electronic: z.boolean().default(false),
    }),
    /** 国家政务服务事项编码, when known. */
    nationalCode: z.string().regex(/^[0-9A-Z-]{6,40}$/, '事项编码只能包含数字、大写字母和连字符').optional(),
    /** 并+串: sub-items that must finish before this one starts. Others in the bundle run in parallel. */
    after: z.array(idSchema).default([]),
    /** Part of the bundle unless a rule removes it; false = only when a rule adds it. */
    byDefault: z.boolean().default(true),
    /** Its time is not part of the theme's promise (e.g. card making, an appraisal); say so in `promiseNote`. */
    outsidePromise: z.boolean().default(false),
    /**
     * The time limit while the applicant supplies materials (补正): usually the clock stops ('pause': 补正时间不计入
     * 办理时限); some items count it ('continue').
     */
    correctionClock: z.enum(['pause', 'continue']).default('pause'),
  })
  .refine((s) => s.promisedDays <= s.legalDays, { message: '承诺时限不能超过法定时限', path: ['promisedDays'] });

// ── questionnaire (情形引导) ─────────────────────────────────────────────────────────────────────────
/** Option values are stored as answers: short lower-case codes ("g1", "owned", "a"). */
export const optionSchema = z.strictObject({
  value: z.string().regex(/^[a-z0-9][a-z0-9_]{0,47}$/, '选项值只能用小写字母、数字和下划线'),
  label: plainText,
  help: z.string().optional(),
});

const questionBase = {
  id: idSchema,
  /** The question as a 60-year-old would hear it at the window. */
  text: plainText,
  help: z.string().optional(),
  /** Asked only when this holds over earlier answers; may only refer to questions before this one. */
  askWhen: conditionSchema.optional(),
};

export const questionSchema = z.discriminatedUnion('type', [
  z.strictObject({ ...questionBase, type: z.literal('single'), options: z.array(optionSchema).min(2, '单选题至少要有两个选项') }),
  z
    .strictObject({
      ...questionBase,
      type: z.literal('multiple'),
      options: z.array(optionSchema).min(2, '多选题至少要有两个选项'),
      minSelected: z.number().int().min(0).default(0),
      maxSelected: z.number().int().min(1).optional(),
    })
    .refine((q) => q.maxSelected === undefined || q.maxSelected >= q.minSelected, {
      message: '最多可选数不能小于最少必选数',
      path: ['maxSelected'],
    }),
  z.strictObject({ ...questionBase, type: z.literal('yesNo') }),
  z
    .strictObject({
      ...questionBase,
      type: z.literal('number'),
      unit: plainText,
      min: z.number().optional(),
      max: z.number().optional(),
      integer: z.boolean().default(true),
    })
    .refine((q) => q.min === undefined || q.max === undefined || q.min <= q.max, { message: '最小值不能大于最大值', path: ['max'] }),
  z.strictObject({ ...questionBase, type: z.literal('date'), min: isoDateSchema.optional(), max: isoDateSchema.optional() }),
]);

// ── rules ────────────────────────────────────────────────────────────────────────────────────────────
const idList = z.array(idSchema).default([]);
const changeSet = z.strictObject({ subItems: idList, materials: idList });

export const ruleSchema = z.strictObject({
  id: idSchema,
  when: conditionSchema,
  add: changeSet.optional(),
  remove: changeSet.optional(),
  /** Short reason shown next to what the rule added ("因为您选择了申领生育津贴"). */
  why: plainText,
  /** Told to the person in the checklist (一次性告知), e.g. why something cannot be done here. */
  notice: z.string().optional(),
  /** This situation touches sensitive data even if no single material says so. */
  requireConsent: z.array(z.enum(SENSITIVE_KIND_IDS)).default([]),
});

// ── materials and their sources ──────────────────────────────────────────────────────────────────────
export const MIME_TYPES = ['image/jpeg', 'image/png', 'application/pdf'] as const;
const MAX_UPLOAD_BYTES = 20 * 1024 * 1024;

export const uploadSpecSchema = z
  .strictObject({
    mimeTypes: z.array(z.enum(MIME_TYPES)).min(1),
    maxBytes: z.number().int().positive().max(MAX_UPLOAD_BYTES, '单个文件不能超过 20MB'),
    count: z.strictObject({ min: z.number().int().min(1), max: z.number().int().min(1) }).default({ min: 1, max: 1 }),
    /** How to take a good photo or which page to scan. */
    tip: plainText,
    example: z.string().optional(),
  })
  .refine((u) => u.count.min <= u.count.max, { message: '最少张数不能多于最多张数', path: ['count', 'max'] });

/** What the person uploads when a shared record is missing or a promised material is supplied later. */
export const DEFAULT_UPLOAD = {
  mimeTypes: ['image/jpeg', 'image/png', 'application/pdf'],
  maxBytes: 10 * 1024 * 1024,
  count: { min: 1, max: 3 },
  tip: '请拍清楚原件，四角完整、字迹清楚。',
} satisfies z.input<typeof uploadSpecSchema>;

export const materialSourceSchema = z.discriminatedUnion('kind', [
  /** From 电子证照 / 数据共享: nothing to upload. */
  z.strictObject({ kind: z.literal('shared'), record: z.enum(SHARED_RECORD_TYPES), fallback: uploadSpecSchema.default(DEFAULT_UPLOAD) }),
  /** 告知承诺 / 容缺: tick the promise now; supply within the deadline if one is given. */
  z.strictObject({
    kind: z.literal('promise'),
    text: plainText,
    supplyWithinDays: z.number().int().min(1).max(90).optional(),
    supplyAs: uploadSpecSchema.default(DEFAULT_UPLOAD),
  }),
  z.strictObject({ kind: z.literal('upload'), upload: uploadSpecSchema }),
  /** The output of an earlier sub-item in the same bundle, passed on inside government (内部流转). */
  z.strictObject({ kind: z.literal('internal'), fromSubItem: idSchema }),
]);

export const materialSchema = z.strictObject({
  id: idSchema,
  name: plainText,
  description: z.string().optional(),
  /** Sub-items that need it; the material is asked for only when one of them is in the bundle. */
  neededBy: z.array(idSchema).min(1, '材料至少要被一个事项需要'),
  byDefault: z.boolean().default(true),
  /** First entry whose `when` holds wins; the last one should have no `when`. */
  sources: z
    .array(z.strictObject({ when: conditionSchema.optional(), source: materialSourceSchema }))
    .min(1, '材料至少要有一个来源'),
  sensitive: z.array(z.enum(SENSITIVE_KIND_IDS)).default([]),
});

// ── the unified form (一表申请) ──────────────────────────────────────────────────────────────────────
export const FIELD_TYPES = [
  'text',
  'textarea',
  'name',
  'idNumber',
  'phone',
  'date',
  'select',
  'multiSelect',
  'address',
  'bankCard',
  'number',
  'uscc',
  'email',
] as const;
export type FieldType = (typeof FIELD_TYPES)[number];

export const formFieldSchema = z
  .strictObject({
    id: idSchema,
    label: plainText,
    type: z.enum(FIELD_TYPES),
    required: z.boolean().default(true),
    help: z.string().optional(),
    placeholder: z.string().optional(),
    unit: z.string().optional(),
    options: z.array(optionSchema).optional(),
    validation: z
      .strictObject({
        pattern: z.string().optional(),
        patternMessage: z.string().optional(),
        min: z.number().optional(),
        max: z.number().optional(),
        minLength: z.number().int().min(0).optional(),
        maxLength: z.number().int().min(1).optional(),
      })
      .optional(),
    /** Date fields: the days that fit (a birth date not in the future, a newborn's within the theme's window). */
    dateRange: dateRangeSchema.optional(),
    askWhen: conditionSchema.optional(),
    /** Shown only when one of these sub-items is in the bundle. */
    neededBy: z.array(idSchema).optional(),
    prefillFrom: z.enum(PROFILE_PATHS, { error: (issue) => `未知的资料字段「${String(issue.input)}」` }).optional(),
    sensitive: z.array(z.enum(SENSITIVE_KIND_IDS)).default([]),
  })
  .refine((f) => !['select', 'multiSelect'].includes(f.type) || (f.options?.length ?? 0) > 0, {
    message: '下拉选择字段必须给出选项',
    path: ['options'],
  });

export const formSectionSchema = z.strictObject({
  id: idSchema,
  title: plainText,
  help: z.string().optional(),
  askWhen: conditionSchema.optional(),
  fields: z.array(formFieldSchema).min(1),
});

// ── the theme (一件事) ────────────────────────────────────────────────────────────────────────────────
export const DELIVERY_OPTIONS = ['window', 'ems', 'electronic'] as const;
export const DELIVERY_LABELS: Record<(typeof DELIVERY_OPTIONS)[number], string> = {
  window: '窗口领取',
  ems: 'EMS 免费邮寄',
  electronic: '电子证照',
};

export const themeSchema = z.strictObject({
  id: idSchema,
  version: versionSchema,
  title: plainText,
  audience: z.enum(AUDIENCES),
  lifeEvent: z.enum(LIFE_EVENT_IDS),
  /** 国家重点事项清单批次, e.g. "2024-1". */
  batch: z.string().optional(),
  /** What it bundles and what happens, in words a 60-year-old first-time user understands. */
  summary: plainText,
  /** Words people search with (生孩子, 上户口 …). */
  keywords: z.array(z.string().min(1)).default([]),
  /** 承诺总时限, working days, for the whole bundle. */
  promisedDays: workingDays,
  /** What the promise leaves out (e.g. card making and mail). */
  promiseNote: z.string().optional(),
  delivery: z.array(z.enum(DELIVERY_OPTIONS)).min(1),
  preconditions: z.array(plainText).default([]),
  /** Present on a theme resolved for one city. */
  city: z.strictObject({ code: z.string().regex(/^\d{6}$/), name: plainText }).optional(),
  subItems: z.array(subItemSchema).min(1, '一件事至少包含一个事项'),
  questions: z.array(questionSchema).default([]),
  rules: z.array(ruleSchema).default([]),
  materials: z.array(materialSchema).default([]),
  form: z.strictObject({ sections: z.array(formSectionSchema).default([]) }).default({ sections: [] }),
});

export type Theme = z.output<typeof themeSchema>;
/** What a definition file writes: defaults may be left out. */
export type ThemeDefinition = z.input<typeof themeSchema>;
export type SubItem = z.output<typeof subItemSchema>;
export type Question = z.output<typeof questionSchema>;
export type QuestionType = Question['type'];
export type QuestionOption = z.output<typeof optionSchema>;
export type Rule = z.output<typeof ruleSchema>;
export type Material = z.output<typeof materialSchema>;
export type MaterialSource = z.output<typeof materialSourceSchema>;
export type UploadSpec = z.output<typeof uploadSpecSchema>;
export type FormField = z.output<typeof formFieldSchema>;
export type FormSection = z.output<typeof formSectionSchema>;
export type DeliveryOption = (typeof DELIVERY_OPTIONS)[number];
export type MaterialSourceInput = z.input<typeof materialSourceSchema>;
export type UploadSpecInput = z.input<typeof uploadSpecSchema>;
