/**
 * 一件事 applications (citizen side) and department tasks (back office): inputs, the case view and the actions.
 * A case keeps the theme version it was submitted under; its status is derived from its tasks.
 */
import { z } from 'zod';
import { answersSchema } from '../catalog/answers';
import { DELIVERY_OPTIONS, MIME_TYPES, OUTPUT_KINDS, versionSchema } from '../catalog/schema';
import { SHARED_RECORD_TYPES } from '../catalog/shared-records';
import { defineContract } from '../contract';
import { HANDOVER_STATES } from '../onething/handover';
import { ACTOR_KINDS, CASE_EVENTS, CASE_STATUSES, TASK_DECISIONS, TASK_STATES } from '../onething/states';
import { isoDateTime, pageInput, pageOf } from './common';
import { addressSchema, fileIdSchema, mobileSchema, realNameSchema } from './fields';
import { freeText, name } from '../values';

const SIGNED_IN = ['citizen', 'helper', 'coordinator', 'staff', 'admin'] as const;
const STAFF = ['staff'] as const;

const calendarDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);
export const caseIdSchema = z.string().trim().min(1, '请指定办件').max(64, '办件编号太长');
const taskIdSchema = z.string().trim().min(1, '请指定事项').max(48);
const materialIdSchema = z.string().regex(/^[a-z][a-z0-9_]{1,47}$/, '材料编号不正确');

// ── inputs ───────────────────────────────────────────────────────────────────────────────────────────
/** One uploaded file (cloud storage); type and size are checked against the material's upload spec. */
export const uploadedFileSchema = z
  .object({
    fileId: fileIdSchema,
    name: name('文件名', { min: 1, minMessage: '文件名不能为空', max: 100, maxMessage: '文件名太长' }),
    mimeType: z.enum(MIME_TYPES, { error: '只能上传 JPG、PNG 图片或 PDF 文件' }),
    size: z.number().int().positive('文件是空的，请重新上传'),
  })
  .strict();

/** How the applicant supplies one material: a shared record (电子证照), a ticked promise (告知承诺) or files. */
export const materialSupplySchema = z.discriminatedUnion(
  'kind',
  [
    z.object({ kind: z.literal('shared'), recordId: z.string().trim().min(1, '请选择证照').max(64) }).strict(),
    z.object({ kind: z.literal('promise'), accepted: z.literal(true, '请阅读告知承诺书并勾选同意') }).strict(),
    z.object({ kind: z.literal('upload'), files: z.array(uploadedFileSchema).min(1, '请上传材料').max(20, '文件太多了') }).strict(),
  ],
  { error: '请选择材料的提供方式' },
);
export type MaterialSupply = z.infer<typeof materialSupplySchema>;

export const deliveryInputSchema = z.discriminatedUnion(
  'method',
  [
    z.object({ method: z.literal('window') }).strict(),
    z.object({ method: z.literal('electronic') }).strict(),
    z
      .object({
        method: z.literal('ems'),
        address: z.object({ recipient: realNameSchema, phone: mobileSchema, address: addressSchema }).strict(),
      })
      .strict(),
  ],
  { error: '请选择取件方式' },
);

/** A client-made idempotency key (uuid or similar): retrying a submit with it never creates a second case. */
export const submitRequestIdSchema = z.string().trim().regex(/^[A-Za-z0-9_-]{8,64}$/, '提交编号不正确，请刷新后重试');

export const submitApplicationInput = z
  .object({
    requestId: submitRequestIdSchema,
    themeId: z.string().trim().min(1, '请选择要办的事').max(48),
    regionCode: z.string().regex(/^\d{6}$/, '地区代码应为 6 位数字').optional(),
    answers: answersSchema,
    /** Values of the unified form (一表申请), field id → value. */
    form: z.record(z.string(), z.unknown()),
    /** Material id → how it is supplied. Shared-between-departments (internal) materials are left out. */
    materials: z.record(materialIdSchema, materialSupplySchema),
    delivery: deliveryInputSchema,
  })
  .strict();

export const supplementInput = z
  .object({
    caseId: caseIdSchema,
    /** Only the materials a department asked for (补正); the task resumes once all it asked for is here. */
    materials: z.record(materialIdSchema, materialSupplySchema),
  })
  .strict()
  .refine((i) => Object.keys(i.materials).length > 0, { message: '请补交被要求补正的材料', path: ['materials'] });

const taskRef = { caseId: caseIdSchema, taskId: taskIdSchema };

export const decideTaskInput = z.discriminatedUnion(
  'decision',
  [
    z.object({ ...taskRef, decision: z.literal('accept'), note: freeText('备注', { max: 200 }).optional() }).strict(),
    z
      .object({
        ...taskRef,
        decision: z.literal('approve'),
        result: z
          .object({
            /** 证照/文书编号 of the result. */
            documentNo: name('文书编号', { min: 2, minMessage: '请填写证照或结果文书编号', max: 64 }),
            fileId: fileIdSchema.optional(),
            note: freeText('备注', { max: 200 }).optional(),
          })
          .strict(),
      })
      .strict(),
    z.object({ ...taskRef, decision: z.literal('reject'), reason: freeText('不予办理的理由', { min: 5, minMessage: '请写明不予办理的理由（至少 5 个字）', max: 500 }) }).strict(),
    z
      .object({
        ...taskRef,
        decision: z.literal('correct'),
        /** 一次性告知: every missing or wrong material at once. */
        items: z
          .array(z.object({ materialId: materialIdSchema, problem: freeText('材料的问题', { min: 2, minMessage: '请写明材料的问题', max: 200 }) }).strict())
          .min(1, '请列出需要补正的材料')
          .refine((items) => new Set(items.map((i) => i.materialId)).size === items.length, '同一份材料只列一次'),
        note: freeText('备注', { max: 500 }).optional(),
      })
      .strict(),
  ],
  { error: '请选择办理决定' },
);

// ── views ────────────────────────────────────────────────────────────────────────────────────────────
const labelled = <T extends readonly [string, ...string[]]>(values: T) => z.object({ value: z.enum(values), label: z.string() });

export const correctionItemSchema = z.object({ materialId: z.string(), materialName: z.string(), problem: z.string() });

export const taskViewSchema = z.object({
  /** The sub-item id (unique within the case). */
  id: z.string(),
  name: z.string(),
  department: z.object({ id: z.string(), name: z.string() }),
  state: z.enum(TASK_STATES),
  stateLabel: z.string(),
  /** 串联: sub-items that must be approved first; empty = runs in parallel. */
  after: z.array(z.string()),
  legalDays: z.number().int(),
  promisedDays: z.number().int(),
  /** Last working day of the promised limit; null while waiting, paused (补正) or finished. */
  dueOn: calendarDate.nullable(),
  /** Working days left until dueOn (0 = due today, negative = overdue by that many); null when no clock runs. */
  countdown: z.number().int().nullable(),
  overdue: z.boolean(),
  /** The clock is stopped while the applicant supplies materials. */
  clockPaused: z.boolean(),
  /** Working days of the limit still unused. */
  daysRemaining: z.number().int(),
  correction: z.object({ requestedAt: isoDateTime, items: z.array(correctionItemSchema), note: z.string().nullable() }).nullable(),
  rejectionReason: z.string().nullable(),
  output: z.object({ name: z.string(), kind: z.enum(OUTPUT_KINDS), electronic: z.boolean() }),
  result: z.object({ documentNo: z.string(), fileId: z.string().nullable(), note: z.string().nullable(), issuedAt: isoDateTime }).nullable(),
  activatedAt: isoDateTime.nullable(),
  acceptedAt: isoDateTime.nullable(),
  finishedAt: isoDateTime.nullable(),
});
export type TaskView = z.infer<typeof taskViewSchema>;

export const caseMaterialViewSchema = z.object({
  id: z.string(),
  name: z.string(),
  neededBy: z.array(z.object({ id: z.string(), name: z.string() })),
  /** How it was supplied: shared (电子证照 reference), promise, upload, or internal (passed between departments). */
  via: z.enum(['shared', 'promise', 'upload', 'internal']),
  /** The shared record the case refers to; number masked. */
  sharedRecord: z
    .object({ recordId: z.string(), type: z.enum(SHARED_RECORD_TYPES), label: z.string(), holder: z.string(), numberMasked: z.string(), issuer: z.string() })
    .nullable(),
  /** 告知承诺: `supplyBy` is the last working day to hand the material in, counted from the first acceptance (null before it, or when no deadline applies). */
  promise: z.object({ text: z.string(), supplyWithinDays: z.number().int().nullable(), acceptedAt: isoDateTime, supplyBy: calendarDate.nullable() }).nullable(),
  files: z.array(z.object({ fileId: z.string(), name: z.string(), mimeType: z.string(), size: z.number().int() })),
  fromSubItem: z.string().nullable(),
  /** Supplied again after a correction request (补正). */
  supplementedAt: isoDateTime.nullable(),
});

export const caseTimelineEntrySchema = z.object({
  at: isoDateTime,
  event: z.enum(CASE_EVENTS),
  label: z.string(),
  actor: z.object({ kind: z.enum(ACTOR_KINDS), name: z.string().nullable(), department: z.string().nullable() }),
  /** The task it concerns, or null for the whole case. */
  taskId: z.string().nullable(),
  taskName: z.string().nullable(),
  note: z.string().nullable(),
});

export const caseSummarySchema = z.object({
  id: z.string(),
  /** YJS + Beijing date + 5-digit sequence, e.g. YJS2026112300012. */
  number: z.string(),
  theme: z.object({ id: z.string(), name: z.string(), version: versionSchema, city: z.object({ code: z.string(), name: z.string() }).nullable() }),
  status: z.enum(CASE_STATUSES),
  statusLabel: z.string(),
  taskCount: z.number().int(),
  approvedCount: z.number().int(),
  /** Earliest due date among running tasks. */
  nextDueOn: calendarDate.nullable(),
  overdue: z.boolean(),
  /** Materials departments asked for that the applicant still has to supply. */
  correctionCount: z.number().int(),
  /** 统一窗口出件: waiting for the departments, to be issued by the 综合窗口, or issued (with the EMS number). */
  handover: z.object({ state: z.enum(HANDOVER_STATES), label: z.string(), issuedAt: isoDateTime.nullable(), trackingNo: z.string().nullable() }),
  submittedAt: isoDateTime,
  updatedAt: isoDateTime,
});
export type CaseSummary = z.infer<typeof caseSummarySchema>;

export const caseViewSchema = caseSummarySchema.extend({
  /** The applicant, masked for staff lists; the applicant sees their own name. */
  applicant: z.object({ name: z.string().nullable() }),
  answers: answersSchema,
  form: z.array(z.object({ id: z.string(), label: z.string(), section: z.string(), value: z.string() })),
  tasks: z.array(taskViewSchema),
  materials: z.array(caseMaterialViewSchema),
  /** Everything asked for across departments (一次性告知), while the case is in correction. */
  corrections: z.array(correctionItemSchema.extend({ taskId: z.string(), taskName: z.string(), requestedAt: isoDateTime })),
  delivery: z.object({
    method: labelled(DELIVERY_OPTIONS),
    /** EMS only; masked unless the viewer is the applicant. */
    address: z.object({ recipient: z.string(), phone: z.string(), address: z.string() }).nullable(),
  }),
  /** The results, once every task is done (统一窗口出件). */
  result: z
    .object({
      issuedAt: isoDateTime,
      documents: z.array(z.object({ taskId: z.string(), name: z.string(), documentNo: z.string(), fileId: z.string().nullable(), electronic: z.boolean() })),
    })
    .nullable(),
  timeline: z.array(caseTimelineEntrySchema),
  viewer: z.enum(['applicant', 'staff']),
  /** What the applicant may do now. */
  canWithdraw: z.boolean(),
  canSupplement: z.boolean(),
  withdrawnAt: isoDateTime.nullable(),
  completedAt: isoDateTime.nullable(),
});
export type CaseView = z.infer<typeof caseViewSchema>;

export const taskListItemSchema = z.object({
  caseId: z.string(),
  caseNumber: z.string(),
  themeName: z.string(),
  task: taskViewSchema,
  /** Masked. */
  applicantName: z.string().nullable(),
  submittedAt: isoDateTime,
});

/** One case at the 综合窗口: completed by every department, its result to hand out. */
export const windowItemSchema = z.object({
  caseId: z.string(),
  caseNumber: z.string(),
  themeName: z.string(),
  /** Masked. */
  applicantName: z.string().nullable(),
  delivery: z.object({
    method: labelled(DELIVERY_OPTIONS),
    /** EMS only, masked. */
    address: z.object({ recipient: z.string(), phone: z.string(), address: z.string() }).nullable(),
  }),
  documents: z.array(z.object({ name: z.string(), documentNo: z.string() })),
  completedAt: isoDateTime,
  handover: caseSummarySchema.shape.handover,
});

export const issueResultInput = z
  .object({
    caseId: caseIdSchema,
    /** EMS 邮件号, exactly when the applicant chose EMS (checked against the case). */
    trackingNo: z.string().trim().toUpperCase().max(20, 'EMS 邮件号应为 13 位').optional(),
    note: freeText('备注', { max: 200, maxMessage: '备注不能超过 200 字' }).optional(),
  })
  .strict();

// ── actions ──────────────────────────────────────────────────────────────────────────────────────────
export const onethingCaseContracts = {
  'applications.submit': defineContract({
    fn: 'onething',
    action: 'applications.submit',
    input: submitApplicationInput,
    output: caseViewSchema,
    roles: SIGNED_IN,
    summary:
      '提交一件事申请：情形回答、一表申请、材料（共享证照引用/告知承诺/上传）、取件方式；按定制清单逐项校验；同一 requestId 重试只生成一个办件；返回办件编号和各部门事项',
  }),
  'applications.get': defineContract({
    fn: 'onething',
    action: 'applications.get',
    input: z.object({ caseId: caseIdSchema }).strict(),
    output: caseViewSchema,
    roles: SIGNED_IN,
    summary: '我的办件详情：各部门事项的状态、到期日（工作日）、倒计时、超期、补正清单、结果，以及时间线；只能看自己的办件',
  }),
  'applications.listMine': defineContract({
    fn: 'onething',
    action: 'applications.listMine',
    input: z.object({ filter: z.enum(['active', 'finished', 'all']).default('all'), ...pageInput }).strict(),
    output: pageOf(caseSummarySchema),
    roles: SIGNED_IN,
    summary: '我的办件列表（新的在前，按游标分页）：状态、下一个到期日、是否超期、待补正材料数',
  }),
  'applications.withdraw': defineContract({
    fn: 'onething',
    action: 'applications.withdraw',
    input: z.object({ caseId: caseIdSchema, reason: freeText('原因', { max: 200 }).optional() }).strict(),
    output: caseViewSchema,
    roles: SIGNED_IN,
    summary: '撤回申请：任一部门受理之前可以撤回，之后返回 CONFLICT',
  }),
  'applications.supplement': defineContract({
    fn: 'onething',
    action: 'applications.supplement',
    input: supplementInput,
    output: caseViewSchema,
    roles: SIGNED_IN,
    summary: '补正：只补交部门要求的材料，不用重新申请；要求的材料补齐后该事项恢复审核，时限继续计算',
  }),
  'tasks.list': defineContract({
    fn: 'onething',
    action: 'tasks.list',
    input: z.object({ filter: z.enum(['open', 'finished', 'all']).default('open'), ...pageInput }).strict(),
    output: pageOf(taskListItemSchema).extend({ department: z.object({ id: z.string(), name: z.string() }) }),
    roles: STAFF,
    summary: '部门待办（按游标分页）：只列本部门的事项，到期日最早的在前（同一天先提交的在前），超期标出；申请人姓名脱敏',
  }),
  'tasks.get': defineContract({
    fn: 'onething',
    action: 'tasks.get',
    input: z.object(taskRef).strict(),
    output: z.object({ task: taskViewSchema, case: caseViewSchema, decisions: z.array(labelled(TASK_DECISIONS)) }),
    roles: STAFF,
    summary: '部门查看一个事项：办件详情（表单、材料、时间线）和现在可以做的决定；其他部门的事项返回 NOT_FOUND',
  }),
  'tasks.decide': defineContract({
    fn: 'onething',
    action: 'tasks.decide',
    input: decideTaskInput,
    output: z.object({ task: taskViewSchema, case: caseViewSchema, decisions: z.array(labelled(TASK_DECISIONS)) }),
    roles: STAFF,
    summary: '部门办理：受理、审批通过（填写证照编号）、不予办理（须写理由）、一次性告知补正（列出所有需补正的材料）；全部通过后办件办结',
  }),
  'results.list': defineContract({
    fn: 'onething',
    action: 'results.list',
    input: z.object({ filter: z.enum(['to_issue', 'issued']).default('to_issue') }).strict(),
    output: z.object({ items: z.array(windowItemSchema) }),
    roles: STAFF,
    summary: '综合窗口待出件：各部门全部办结的办件（最早办结的在前），取件方式与寄递地址（脱敏）；只有综合窗口的工作人员可用',
  }),
  'results.issue': defineContract({
    fn: 'onething',
    action: 'results.issue',
    input: issueResultInput,
    output: caseViewSchema,
    roles: STAFF,
    summary: '综合窗口统一出件：窗口领取、电子证照或 EMS 寄递（须填 13 位邮件号）；每件只出一次，重复出件返回 CONFLICT；通知申请人',
  }),
} as const;
