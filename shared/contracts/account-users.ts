/**
 * 用户与角色 (administrators): find a person, change their roles and department, and read the audit log of every
 * change (who, whom, before, after, when, why).
 */
import { z } from 'zod';
import { defineContract } from '../contract';
import { DEPARTMENTS } from '../departments';
import { ROLES } from '../roles';
import { name } from '../values';
import { isoDateTime, openidSchema, pageInput, pageOf } from './common';

const departmentIdSchema = z.enum(Object.keys(DEPARTMENTS) as [keyof typeof DEPARTMENTS, ...(keyof typeof DEPARTMENTS)[]], { error: '请从列表中选择部门' });
const roleList = z.array(z.enum(ROLES, { error: '请从列表中选择角色' }));
const departmentView = z.object({ id: z.string(), name: z.string() });

export const setRolesInput = z
  .object({
    openid: openidSchema,
    roles: roleList.min(1, '至少保留一个角色').max(ROLES.length),
    department: departmentIdSchema.nullable().default(null),
    /** Why the roles change (入职、调岗、离职…): kept in the audit log. */
    reason: name('调整原因', { max: 100 }).optional(),
  })
  .strict()
  .refine((value) => !value.roles.includes('staff') || value.department !== null, {
    message: '部门工作人员必须指定所属部门',
    path: ['department'],
  });

/**
 * A name (any part of it) or a phone number as an administrator reads it off a masked screen: "139****5678",
 * the last four digits, or the whole number.
 */
export const usersFindInput = z
  .object({
    query: name('姓名或手机号', { min: 1, minMessage: '请输入姓名或手机号', max: 20, maxMessage: '姓名或手机号太长了' }),
    ...pageInput,
  })
  .strict();

export const userSummary = z.object({
  openid: openidSchema,
  name: z.string().nullable(),
  /** From the person's own profile, masked (139****5678); null when they have not given one. */
  phoneMasked: z.string().nullable(),
  roles: roleList,
  department: departmentView.nullable(),
});

const roleState = z.object({ roles: roleList, department: departmentView.nullable() });
const person = z.object({ openid: openidSchema, name: z.string().nullable() });

export const roleAuditEntry = z.object({
  id: z.string(),
  at: isoDateTime,
  /** The administrator who made the change. */
  by: person,
  /** Whose roles changed. */
  target: person,
  before: roleState,
  after: roleState,
  reason: z.string().nullable(),
});

export const userAdminContracts = {
  'users.setRoles': defineContract({
    fn: 'account',
    action: 'users.setRoles',
    input: setRolesInput,
    output: z.object({ openid: openidSchema, roles: roleList, department: z.string().nullable() }),
    roles: ['admin'],
    summary: '管理员设置某个用户的角色与所属部门（工作人员必须有部门；不能取消自己的管理员角色），每次改动记入审计日志',
  }),
  'users.find': defineContract({
    fn: 'account',
    action: 'users.find',
    input: usersFindInput,
    output: pageOf(userSummary),
    roles: ['admin'],
    summary: '管理员查找用户：按姓名（部分即可）或手机号（如 139****5678、后四位、完整号码），分页返回脱敏手机号、姓名、角色和部门',
  }),
  'audit.list': defineContract({
    fn: 'account',
    action: 'audit.list',
    input: z.object({ ...pageInput }).strict(),
    output: pageOf(roleAuditEntry),
    roles: ['admin'],
    summary: '角色调整审计日志，新的在前：谁、何时、把谁的角色和部门从什么改成什么、原因',
  }),
} as const;
