import { z } from 'zod';
import { defineContract } from '../contract';
import { DEPARTMENTS } from '../departments';
import { ROLES } from '../roles';
import { emptyInput, openidSchema } from './common';
import { feedbackContracts } from './feedback';
import { accountFileContracts } from './files';
import { privacyContracts } from './privacy';

export const enterpriseLinkSchema = z.object({
  enterpriseId: z.string(),
  name: z.string(),
  /** 法定代表人 or 授权经办人 */
  relation: z.enum(['legal_representative', 'agent']),
});

export const whoamiOutput = z.object({
  openid: openidSchema,
  name: z.string().nullable(),
  roles: z.array(z.enum(ROLES)).min(1),
  department: z.object({ id: z.string(), name: z.string() }).nullable(),
  enterprises: z.array(enterpriseLinkSchema),
  /** True on the very first call from this openid: the account was just created as a citizen. */
  created: z.boolean(),
});

const departmentIdSchema = z.enum(Object.keys(DEPARTMENTS) as [keyof typeof DEPARTMENTS, ...(keyof typeof DEPARTMENTS)[]]);

export const setRolesInput = z
  .object({
    openid: openidSchema,
    roles: z.array(z.enum(ROLES)).min(1, '至少保留一个角色').max(ROLES.length),
    department: departmentIdSchema.nullable().default(null),
  })
  .strict()
  .refine((value) => !value.roles.includes('staff') || value.department !== null, {
    message: '部门工作人员必须指定所属部门',
    path: ['department'],
  });

const identityContracts = {
  whoami: defineContract({
    fn: 'account',
    action: 'whoami',
    input: emptyInput,
    output: whoamiOutput,
    roles: ['citizen', 'helper', 'coordinator', 'staff', 'admin'],
    summary: '当前用户是谁：openid、角色、所属部门、可代表的企业；首次调用自动注册为群众',
  }),
  'users.setRoles': defineContract({
    fn: 'account',
    action: 'users.setRoles',
    input: setRolesInput,
    output: z.object({ openid: openidSchema, roles: z.array(z.enum(ROLES)), department: z.string().nullable() }),
    roles: ['admin'],
    summary: '管理员设置某个用户的角色与所属部门（工作人员必须有部门）',
  }),
} as const;

/** The `account` function: who I am, my data and consents, complaints & suggestions, and upload paths. */
export const accountContracts = { ...identityContracts, ...privacyContracts, ...feedbackContracts, ...accountFileContracts } as const;
