import { z } from 'zod';
import { defineContract } from '../contract';
import { CONSENT_PURPOSES } from '../privacy/consents';
import { isoDateTime } from './common';
import { addressSchema, idNumberSchema, mobileSchema, realNameSchema } from './fields';
import { freeText, name } from '../values';

const consentPurposeSchema = z.enum(CONSENT_PURPOSES);

export const consentItemSchema = z.object({
  purpose: consentPurposeSchema,
  title: z.string(),
  why: z.string(),
  consequenceOfWithdrawal: z.string(),
  version: z.string(),
  sensitive: z.boolean(),
  status: z.enum(['granted', 'withdrawn', 'never', 'outdated']),
  grantedAt: isoDateTime.nullable(),
  withdrawnAt: isoDateTime.nullable(),
});
export type ConsentItem = z.infer<typeof consentItemSchema>;

export const profileSchema = z.object({
  realName: z.string().nullable(),
  idNumber: z.string().nullable(),
  phone: z.string().nullable(),
  address: z.string().nullable(),
  /** True when the personal numbers above are masked (the default); `reveal` shows them whole and is recorded. */
  masked: z.boolean(),
  updatedAt: isoDateTime.nullable(),
});
export type Profile = z.infer<typeof profileSchema>;

const citizenAndUp = ['citizen', 'helper', 'coordinator', 'staff', 'admin'] as const;

export const privacyContracts = {
  'consents.list': defineContract({
    fn: 'account',
    action: 'consents.list',
    input: z.object({}).strict(),
    output: z.object({ items: z.array(consentItemSchema) }),
    roles: citizenAndUp,
    summary: '我的授权：隐私指引和每项敏感信息的授权状态、时间、版本',
  }),
  'consents.grant': defineContract({
    fn: 'account',
    action: 'consents.grant',
    input: z.object({ purpose: consentPurposeSchema, version: z.string().min(1).max(20), context: name('场景', { max: 100 }).optional() }).strict(),
    output: consentItemSchema,
    roles: citizenAndUp,
    summary: '同意隐私指引或一项敏感信息处理（须是当前版本，否则 CONFLICT）',
  }),
  'consents.withdraw': defineContract({
    fn: 'account',
    action: 'consents.withdraw',
    input: z.object({ purpose: consentPurposeSchema }).strict(),
    output: z.object({ item: consentItemSchema, consequence: z.string() }),
    roles: citizenAndUp,
    summary: '撤回一项授权，并告知撤回的后果',
  }),
  'profile.get': defineContract({
    fn: 'account',
    action: 'profile.get',
    input: z.object({ reveal: z.boolean().default(false) }).strict(),
    output: profileSchema,
    roles: citizenAndUp,
    summary: '我的个人信息；默认脱敏，reveal=true 显示完整信息并记录查看',
  }),
  'profile.update': defineContract({
    fn: 'account',
    action: 'profile.update',
    input: z
      .object({ realName: realNameSchema, idNumber: idNumberSchema, phone: mobileSchema, address: addressSchema })
      .partial()
      .strict()
      .refine((value) => Object.keys(value).length > 0, '请至少修改一项'),
    output: profileSchema,
    roles: citizenAndUp,
    summary: '修改我的个人信息（姓名、身份证号、手机号、地址），用于办事表单预填',
  }),
  'data.export': defineContract({
    fn: 'account',
    action: 'data.export',
    input: z.object({}).strict(),
    output: z.object({
      generatedAt: isoDateTime,
      subject: z.string(),
      sections: z.array(z.object({ collection: z.string(), purpose: z.string(), records: z.array(z.record(z.string(), z.unknown())) })),
    }),
    roles: citizenAndUp,
    summary: '导出系统中保存的关于我的全部信息（个人信息查阅复制权）',
  }),
  'data.requestDeletion': defineContract({
    fn: 'account',
    action: 'data.requestDeletion',
    input: z.object({ reason: freeText('原因', { max: 200 }).optional() }).strict(),
    output: z.object({
      erased: z.array(z.string()),
      retained: z.array(z.object({ what: z.string(), why: z.string() })),
      at: isoDateTime,
    }),
    roles: citizenAndUp,
    summary: '申请删除个人信息：可删除的立即删除，依法须保存的说明原因',
  }),
} as const;
