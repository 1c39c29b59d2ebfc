/** The `policy` function: 惠企政策 — enterprise profiles, matching, publishing and pushes (issue 6, domain.md §4). */
import { z } from 'zod';
import { defineContract } from '../contract';
import { PROFILE_FIELDS } from '../enterprise/fields';
import { creditCodeSchema, profileValuesSchema } from '../enterprise/profile';
import { bindingRequestViewSchema, enterpriseBindingContracts } from './enterprise-binding';
import { policyPushContracts } from './policy-push';
import { policyStaffContracts } from './policy-staff';
import { enterpriseViewSchema, everyone, labelled, policyMatchSchema, policySummarySchema } from './policy-views';
import { name } from '../values';

export * from './policy-views';

const byCode = z.object({ creditCode: creditCodeSchema }).strict();

export const ENTERPRISE_RELATIONS = ['legal_representative', 'agent'] as const;
export const ENTERPRISE_RELATION_LABEL = { legal_representative: '法定代表人', agent: '授权经办人' } as const;

/**
 * What an enterprise may fill in or change. The credit code is the key (bound once); the size class is computed
 * and provenance is set by the function, so neither can be sent (strict: an extra key is VALIDATION_FAILED).
 */
export const profilePatchSchema = profileValuesSchema
  .omit({ creditCode: true })
  .partial()
  .strict()
  .refine((patch) => Object.keys(patch).length > 0, { message: '请至少填写一项企业信息' });

const industryNodeSchema = z.object({
  code: z.string(),
  name: z.string(),
  level: labelled(['section', 'division', 'group', 'class'] as const),
  /** 'C1311 稻谷加工'. */
  label: z.string(),
  /** 门类 cannot be picked for a profile (choose at least a 大类). */
  selectable: z.boolean(),
  hasChildren: z.boolean(),
});

const enterpriseContracts = {
  'enterprises.bind': defineContract({
    fn: 'policy',
    action: 'enterprises.bind',
    input: z
      .object({
        creditCode: creditCodeSchema,
        name: name('企业名称', { min: 2, minMessage: '企业名称至少2个字', max: 100, maxMessage: '企业名称不超过100个字' }),
        role: z.enum(ENTERPRISE_RELATIONS, { error: '请选择您与企业的关系：法定代表人或授权经办人' }),
      })
      .strict(),
    output: z.object({
      /** bound: identity matched the market-registration record; requested: a binding request awaits 市场监管. */
      outcome: labelled(['bound', 'requested'] as const),
      /** The binding request when one was made (or one was already pending). */
      request: bindingRequestViewSchema.nullable(),
      creditCode: z.string(),
      name: z.string(),
      role: labelled(ENTERPRISE_RELATIONS),
      /** True when this bind created the enterprise's profile (first person to bind it). */
      created: z.boolean(),
      /** Every enterprise the caller is now bound to. */
      enterprises: z.array(z.object({ creditCode: z.string(), name: z.string(), role: labelled(ENTERPRISE_RELATIONS) })),
    }),
    roles: everyone,
    summary:
      '以法定代表人身份绑定企业：实名信息与市场主体登记的法定代表人一致即绑定，否则成为待市场监管部门审核的绑定申请；经办人须用法定代表人给的授权码（members.redeem）；统一社会信用代码按 GB 32100-2015 校验位核对',
  }),
  'enterprises.upsertProfile': defineContract({
    fn: 'policy',
    action: 'enterprises.upsertProfile',
    input: z.object({ creditCode: creditCodeSchema, values: profilePatchSchema }).strict(),
    output: enterpriseViewSchema,
    roles: everyone,
    summary: '填写或修改企业档案（部分字段即可）；所填各项记为「自行填报」，企业规模由系统按300号文件计算、不可填写；行业只能从 GB/T 4754-2017 中选择',
  }),
  'enterprises.get': defineContract({
    fn: 'policy',
    action: 'enterprises.get',
    input: byCode,
    output: enterpriseViewSchema,
    roles: everyone,
    summary: '企业档案（规模按工信部联企业〔2011〕300号计算，每项注明自行填报或已核验；仅本企业绑定的用户和工作人员可看）',
  }),
  'enterprises.verify': defineContract({
    fn: 'policy',
    action: 'enterprises.verify',
    input: z
      .object({
        creditCode: creditCodeSchema,
        /** Verify these values; where the enterprise has a pending claim on a field, verifying accepts the claim. */
        fields: z.array(z.enum(PROFILE_FIELDS)).default([]),
        /** Reject the enterprise's pending claims on these fields (the verified value stays). */
        rejectClaims: z.array(z.enum(PROFILE_FIELDS)).default([]),
      })
      .strict()
      .refine((input) => input.fields.length + input.rejectClaims.length > 0, { message: '请选择要核验的项目', path: ['fields'] }),
    output: enterpriseViewSchema,
    roles: ['staff'],
    summary:
      '工作人员核验企业档案中的若干项（记为本部门已核验）；未填写的项不能核验；企业对已核验项的申报待原核验部门确认（fields）或驳回（rejectClaims）',
  }),
  'industries.find': defineContract({
    fn: 'policy',
    action: 'industries.find',
    input: z
      .object({
        /** The category whose children to list; omitted for the 20 门类. */
        parent: z.string().trim().max(5).optional(),
        /** A code prefix or part of a name ('软件', 'I65'); when given, `parent` is ignored. */
        query: name('搜索词', { max: 20 }).optional(),
      })
      .strict(),
    output: z.object({ parent: industryNodeSchema.nullable(), items: z.array(industryNodeSchema) }),
    roles: 'public',
    summary: '行业选择器：GB/T 4754-2017 国民经济行业分类（门类→大类→中类→小类，或按代码/名称查找）',
  }),
} as const;

const matchContracts = {
  'policies.list': defineContract({
    fn: 'policy',
    action: 'policies.list',
    input: z.object({}).strict(),
    output: z.object({ items: z.array(policySummarySchema) }),
    roles: everyone,
    summary: '正在实施的惠企政策（公开摘要）',
  }),
  'match.forEnterprise': defineContract({
    fn: 'policy',
    action: 'match.forEnterprise',
    input: byCode,
    output: z.object({ creditCode: z.string(), asOf: z.string(), items: z.array(policyMatchSchema) }),
    roles: everyone,
    summary: '政策计算器：本企业对每项在实施政策的逐条判断（符合/不符合及实际值/信息不足）和总体结论，按符合、差一项、不符合排序',
  }),
} as const;

export const policyContracts = {
  ...enterpriseContracts,
  ...matchContracts,
  ...enterpriseBindingContracts,
  ...policyStaffContracts,
  ...policyPushContracts,
} as const;
