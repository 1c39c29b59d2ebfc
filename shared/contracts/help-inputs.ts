/** Input pieces of the help contracts, each with the Chinese message a person sees. */
import { z } from 'zod';
import { AUTHORIZATION_SCOPES } from '../help/authorization';
import { CONSENT_METHODS, HELP_KINDS, HELPER_TEAMS, RELATIONS, SPECIAL_NEEDS } from '../help/kinds';
import { isoDateTime } from './common';
import { idNumberSchema, mobileSchema, realNameSchema } from './fields';
import { dateSchema, freeText, name } from '../values';

export const requestIdSchema = z.string().trim().min(1, '请指定帮办申请').max(64);

/** Where the help is needed: a county (6 digits) or street (9 digits) of this city; existence is checked by the function. */
export const requestRegionSchema = z.string().trim().regex(/^(\d{6}|\d{9})$/, '请选择到区县或街道（6位或9位行政区划代码）');

/** A service area or filter: province 2, city 4 (or 6 ending in 00), county 6, street 9 digits. */
export const areaCodeSchema = z.string().trim().regex(/^(\d{2}|\d{4}|\d{6}|\d{9})$/, '行政区划代码应为2、4、6或9位数字');

/** A real calendar day (whether it is from today on and how far ahead the function checks against the city's configuration). */
export const calendarDateSchema = dateSchema('委托书有效期');

/** What the help is about: a 一件事 theme, a case already submitted, or the person's own words. */
export const aboutInputSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('theme'), themeId: z.string().trim().regex(/^[a-z][a-z0-9_]{1,40}$/, '请选择要办的一件事') }).strict(),
  z.object({ type: z.literal('case'), caseNumber: z.string().trim().regex(/^[A-Za-z0-9-]{6,40}$/, '请填写正确的办件编号') }).strict(),
  z.object({ type: z.literal('text'), text: freeText('要办的事', { min: 5, minMessage: '请至少写5个字，说清楚要办什么事', max: 300, maxMessage: '请控制在300字以内' }) }).strict(),
]);

export const windowInputSchema = z
  .object({ from: isoDateTime, to: isoDateTime })
  .strict()
  .refine((w) => Date.parse(w.to) > Date.parse(w.from), { message: '预约的结束时间要晚于开始时间', path: ['to'] });

/** Asking for someone else: who they are and how they agreed (PIPL: their consent is recorded). */
export const forSomeoneElseInputSchema = z
  .object({
    relation: z.enum(RELATIONS),
    name: realNameSchema,
    phone: mobileSchema,
    consent: z
      .object({
        method: z.enum(CONSENT_METHODS),
        confirmed: z.literal(true, '请确认已征得被帮办人本人（或其监护人）同意'),
        note: freeText('说明', { max: 200, maxMessage: '请控制在200字以内' }).optional(),
      })
      .strict(),
  })
  .strict();

export const authorizationDraftSchema = z
  .object({
    matter: name('委托事项', { min: 2, minMessage: '请写明委托办理的事项', max: 60, maxMessage: '事项名称请控制在60字以内' }),
    scope: z
      .array(z.enum(AUTHORIZATION_SCOPES))
      .min(1, '请至少选择一项委托权限')
      .refine((s) => new Set(s).size === s.length, '委托权限有重复'),
    validUntil: calendarDateSchema,
    materials: z.array(name('材料名称', { min: 1, minMessage: '材料名称不能为空', max: 40 })).max(20, '材料最多列20项').default([]),
  })
  .strict();

export const createRequestInput = z
  .object({
    kind: z.enum(HELP_KINDS).meta({ label: '求助类型' }),
    about: aboutInputSchema,
    description: freeText('情况说明', { max: 500, maxMessage: '请控制在500字以内' }).optional(),
    window: windowInputSchema,
    regionCode: requestRegionSchema,
    /** The rest of the address below the region (road, number, building, room). Required for 上门. */
    streetAddress: name('详细地址', { min: 2, minMessage: '请把地址写到门牌号', max: 120, maxMessage: '地址太长了' }).optional(),
    contact: z.object({ name: realNameSchema, phone: mobileSchema }).strict(),
    specialNeeds: z
      .array(z.enum(SPECIAL_NEEDS))
      .max(SPECIAL_NEEDS.length)
      .refine((s) => new Set(s).size === s.length, '特殊需求有重复')
      .default([]),
    /** Required with the language need: the dialect, foreign language or 手语. */
    language: name('语言', { min: 1, max: 20, maxMessage: '语言名称太长了' }).optional(),
    /** Separate consent to pass the disability need to the helper (sensitive information). */
    disabilityConsent: z.boolean().default(false),
    forSomeoneElse: forSomeoneElseInputSchema.optional(),
    /** Asking as an enterprise the caller represents (统一社会信用代码). */
    enterpriseId: z.string().trim().length(18, '请选择您代表的企业').optional(),
    /** 代办 only: the draft 委托书 the requester then signs with requests.confirmAuthorization. */
    authorization: authorizationDraftSchema.optional(),
  })
  .strict()
  .superRefine((input, ctx) => {
    if (input.kind === 'proxy' && !input.authorization) {
      ctx.addIssue({ code: 'custom', path: ['authorization'], message: '代办需要填写委托书：委托事项、权限和有效期' });
    }
    if (input.kind !== 'proxy' && input.authorization) {
      ctx.addIssue({ code: 'custom', path: ['authorization'], message: '只有代办需要委托书' });
    }
    if (input.kind === 'home_visit' && !input.streetAddress) {
      ctx.addIssue({ code: 'custom', path: ['streetAddress'], message: '上门服务请填写详细地址（路、门牌号、楼栋房号）' });
    }
    if (input.specialNeeds.includes('language') && !input.language) {
      ctx.addIssue({ code: 'custom', path: ['language'], message: '请写明需要的语言，例如：粤语、英语、手语' });
    }
    if (!input.specialNeeds.includes('language') && input.language) {
      ctx.addIssue({ code: 'custom', path: ['language'], message: '选择了“语言沟通”需求才需要填写语言' });
    }
    if (input.specialNeeds.includes('disability') && !input.disabilityConsent) {
      ctx.addIssue({ code: 'custom', path: ['disabilityConsent'], message: '残疾状况属于敏感个人信息，请勾选同意提供给接单帮办员' });
    }
  });

export const availabilityInputSchema = z
  .object({
    weekdays: z
      .array(z.number().int().min(1).max(7))
      .min(1, '请至少选择一天')
      .refine((d) => new Set(d).size === d.length, '日期有重复'),
    from: z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, '时间格式应为 HH:mm'),
    to: z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, '时间格式应为 HH:mm'),
    note: freeText('备注', { max: 100 }).optional(),
  })
  .strict()
  .refine((a) => a.to > a.from, { message: '结束时间要晚于开始时间', path: ['to'] });

export const verifyHelperInput = z.discriminatedUnion('decision', [
  z
    .object({
      decision: z.literal('verify'),
      openid: z.string().min(1).max(128),
      /** Required the first time; kept from before when left out. */
      identity: z.object({ realName: realNameSchema, idNumber: idNumberSchema, phone: mobileSchema }).strict().optional(),
      team: z.enum(HELPER_TEAMS),
      organisation: name('所在单位或社区', { min: 2, minMessage: '请填写所在单位或社区', max: 60 }),
      skills: z
        .array(z.enum(HELP_KINDS))
        .min(1, '请至少选择一项服务')
        .refine((s) => new Set(s).size === s.length, '服务有重复'),
      supports: z
        .array(z.enum(SPECIAL_NEEDS))
        .refine((s) => new Set(s).size === s.length, '特殊需求有重复')
        .default([]),
      languages: z.array(name('语言', { min: 1, max: 20 })).max(10).default([]),
      serviceAreas: z.array(areaCodeSchema).min(1, '请至少选择一个服务区域').max(20, '服务区域最多20个'),
      availability: availabilityInputSchema,
      note: freeText('备注', { max: 200 }).optional(),
    })
    .strict(),
  z
    .object({
      decision: z.literal('suspend'),
      openid: z.string().min(1).max(128),
      reason: freeText('暂停原因', { min: 2, minMessage: '请写明暂停的原因', max: 200 }),
    })
    .strict(),
]);

/** Steps taken through requests.advance (the owning helper; a coordinator may terminate; anyone involved may add a note). */
export const ADVANCE_EVENTS = ['depart', 'start', 'suspend', 'resume', 'complete', 'terminate', 'note'] as const;

export const advanceInput = z
  .object({
    id: requestIdSchema,
    event: z.enum(ADVANCE_EVENTS),
    note: freeText('备注', { max: 500, maxMessage: '请控制在500字以内' }).optional(),
    reason: freeText('原因', { max: 200, maxMessage: '原因请控制在200字以内' }).optional(),
  })
  .strict();
