import { z } from 'zod';
import { defineContract } from '../contract';
import { ROLES } from '../roles';
import { userAdminContracts } from './account-users';
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

export { setRolesInput } from './account-users';

const identityContracts = {
  whoami: defineContract({
    fn: 'account',
    action: 'whoami',
    input: emptyInput,
    output: whoamiOutput,
    roles: ['citizen', 'helper', 'coordinator', 'staff', 'admin'],
    summary: '当前用户是谁：openid、角色、所属部门、可代表的企业；首次调用自动注册为群众',
  }),
} as const;

/** The `account` function: who I am, users and roles, my data and consents, complaints & suggestions, and upload paths. */
export const accountContracts = { ...identityContracts, ...userAdminContracts, ...privacyContracts, ...feedbackContracts, ...accountFileContracts } as const;
