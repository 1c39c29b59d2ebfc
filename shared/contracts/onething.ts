import { z } from 'zod';
import { answersSchema } from '../catalog/answers';
import { AUDIENCES, LIFE_EVENT_IDS } from '../catalog/life-events';
import { DELIVERY_OPTIONS, MIME_TYPES, OUTPUT_KINDS, versionSchema } from '../catalog/schema';
import { SHARED_RECORD_TYPES } from '../catalog/shared-records';
import { defineContract } from '../contract';
import { onethingFileContracts } from './files';
import { onethingCaseContracts } from './onething-cases';
import { name } from '../values';

/** Anyone signed in: a citizen and every role above (same list as account.whoami). */
const SIGNED_IN = ['citizen', 'helper', 'coordinator', 'staff', 'admin'] as const;

const themeIdSchema = z.string().trim().min(1, '请选择要办的事').max(48, '事项编号太长');
/** 6-digit city code; the city's overlay (local time limits, extra steps) applies when it has one. */
const regionCodeSchema = z.string().regex(/^\d{6}$/, '地区代码应为 6 位数字');

const citySchema = z.object({ code: z.string(), name: z.string() });

export const themeSummarySchema = z.object({
  id: z.string(),
  name: z.string(),
  version: versionSchema,
  audience: z.enum(AUDIENCES),
  lifeEvent: z.enum(LIFE_EVENT_IDS),
  lifeEventLabel: z.string(),
  summary: z.string(),
  /** Sub-items in the usual bundle (before any answer). */
  subItemCount: z.number().int(),
  /** 法定时限 of the usual bundle, working days, along its longest serial chain. */
  totalLegalDays: z.number().int(),
  /** 承诺总时限 of the theme, working days. */
  promisedDays: z.number().int(),
  /** What matched when searching ("关键词：上户口"); empty when listing. */
  matched: z.array(z.string()),
});

export const themesListInput = z
  .object({
    audience: z.enum(AUDIENCES, { error: '请选择“个人”或“企业”' }).optional(),
    search: name('搜索词', { max: 50, maxMessage: '搜索词不能超过 50 个字' }).optional(),
  })
  .strict();

export const themeOverviewSchema = themeSummarySchema.omit({ matched: true }).extend({
  city: citySchema.nullable(),
  promiseNote: z.string().nullable(),
  preconditions: z.array(z.string()),
  delivery: z.array(z.object({ id: z.enum(DELIVERY_OPTIONS), label: z.string() })),
  subItems: z.array(
    z.object({
      id: z.string(),
      name: z.string(),
      department: z.string(),
      legalDays: z.number().int(),
      promisedDays: z.number().int(),
      output: z.string(),
      /** false: only if your situation needs it. */
      usual: z.boolean(),
    }),
  ),
  departments: z.array(z.string()),
  probableMaterials: z.array(z.object({ id: z.string(), name: z.string(), sourceSummary: z.string() })),
  questionCount: z.number().int(),
});

const themeRef = z.object({ themeId: themeIdSchema, regionCode: regionCodeSchema.optional() }).strict();

const uploadSpecOutput = z.object({
  mimeTypes: z.array(z.enum(MIME_TYPES)),
  maxBytes: z.number().int(),
  count: z.object({ min: z.number().int(), max: z.number().int() }),
  tip: z.string(),
});

export const materialSourceOutput = z.discriminatedUnion('kind', [
  /**
   * From 电子证照 / 数据共享: nothing to do; the fallback is what to upload if the record is missing. `records` are
   * the caller's records of this type (masked) to refer to in applications.submit (`{ kind: 'shared', recordId }`).
   */
  z.object({
    kind: z.literal('shared'),
    record: z.enum(SHARED_RECORD_TYPES),
    recordLabel: z.string(),
    fallback: uploadSpecOutput,
    summary: z.string(),
    records: z.array(z.object({ recordId: z.string(), holder: z.string(), numberMasked: z.string(), issuer: z.string() })),
  }),
  /** 告知承诺: tick the promise (its legal text); supply later when a deadline is given. */
  z.object({
    kind: z.literal('promise'),
    text: z.string(),
    supplyWithinDays: z.number().int().nullable(),
    supplyAs: uploadSpecOutput,
    summary: z.string(),
  }),
  /** `fallbackFrom`: the material would be shared, but the provider has no record for this person (the summary says so). */
  z.object({
    kind: z.literal('upload'),
    upload: uploadSpecOutput,
    summary: z.string(),
    fallbackFrom: z.object({ record: z.enum(SHARED_RECORD_TYPES), recordLabel: z.string(), reason: z.string() }).nullable(),
  }),
  /** Passed on between departments from an earlier sub-item in the bundle. */
  z.object({ kind: z.literal('internal'), fromSubItem: z.string(), summary: z.string() }),
]);

const questionOutput = z.object({
  id: z.string(),
  type: z.enum(['single', 'multiple', 'yesNo', 'number', 'date']),
  text: z.string(),
  help: z.string().nullable(),
  options: z.array(z.object({ value: z.string(), label: z.string(), help: z.string().nullable() })),
  minSelected: z.number().int().nullable(),
  maxSelected: z.number().int().nullable(),
  unit: z.string().nullable(),
  min: z.union([z.number(), z.string()]).nullable(),
  max: z.union([z.number(), z.string()]).nullable(),
});

/** One answered question on the way here, in order: the page to go back to. */
const pathStep = z.object({
  questionId: z.string(),
  text: z.string(),
  answer: z.union([z.string(), z.array(z.string()), z.boolean(), z.number()]),
  answerLabel: z.string(),
});

export const guideEvaluateInput = themeRef.extend({ answers: answersSchema.default({}) }).strict();

const guideCommon = {
  themeId: z.string(),
  version: versionSchema,
  city: citySchema.nullable(),
  /** The answers that still count; answers to questions no longer asked are dropped (listed). */
  answers: answersSchema,
  dropped: z.array(z.string()),
  path: z.array(pathStep),
  /** The question before this page (or before the result), for the back link; null on the first question. */
  previousQuestionId: z.string().nullable(),
};

export const guideEvaluateOutput = z.discriminatedUnion('status', [
  z.object({
    status: z.literal('question'),
    ...guideCommon,
    question: questionOutput,
    progress: z.object({ answered: z.number().int(), asked: z.number().int() }),
  }),
  z.object({
    status: z.literal('result'),
    ...guideCommon,
    canSubmit: z.boolean(),
    subItems: z.array(
      z.object({
        id: z.string(),
        name: z.string(),
        department: z.string(),
        departmentName: z.string(),
        legalDays: z.number().int(),
        promisedDays: z.number().int(),
        output: z.object({ name: z.string(), kind: z.enum(OUTPUT_KINDS), electronic: z.boolean() }),
        after: z.array(z.string()),
        why: z.array(z.string()),
      }),
    ),
    materials: z.array(
      z.object({
        id: z.string(),
        name: z.string(),
        description: z.string().nullable(),
        neededBy: z.array(z.object({ id: z.string(), name: z.string() })),
        source: materialSourceOutput,
        why: z.array(z.string()),
      }),
    ),
    totalLegalDays: z.number().int(),
    totalPromisedDays: z.number().int(),
    notices: z.array(z.string()),
  }),
]);

/** The `onething` function (高效办成一件事): the catalog, the guide, applications and department tasks. */
export const onethingContracts = {
  'themes.list': defineContract({
    fn: 'onething',
    action: 'themes.list',
    input: themesListInput,
    output: z.object({ themes: z.array(themeSummarySchema) }),
    roles: SIGNED_IN,
    summary: '一件事列表：可按个人/企业筛选、按关键词搜索（如“生孩子”“开奶茶店”），返回名称、子事项数、法定总时限和版本',
  }),
  'themes.get': defineContract({
    fn: 'onething',
    action: 'themes.get',
    input: themeRef,
    output: themeOverviewSchema,
    roles: SIGNED_IN,
    summary: '一件事详情（开始前告知）：包含哪些事项（部门、时限、出件）、总时长、可能需要的材料、问题数；可按城市代码叠加本地配置',
  }),
  'guide.evaluate': defineContract({
    fn: 'onething',
    action: 'guide.evaluate',
    input: guideEvaluateInput,
    output: guideEvaluateOutput,
    roles: SIGNED_IN,
    summary: '情形引导：根据已答问题返回下一题（含选项和已答路径），或答完后的定制清单：事项与材料及其来源（共享/告知承诺/上传）',
  }),
  ...onethingCaseContracts,
  ...onethingFileContracts,
} as const;
