import { z } from 'zod';
import { DEPARTMENT_IDS } from '../department-ids';
import { HELP_KINDS } from '../help/kinds';

/**
 * What one city's file (cities/<id>.json) must hold. Every number is written out in the file, so the city's
 * administrator reads the whole promise in one place; nothing silently falls back to a default.
 */
const positiveInt = z.number().int().positive();
const regionCode = z.string().regex(/^\d{6}$|^\d{9}$/, '行政区划代码是 6 位（区县）或 9 位（街道）数字');
const departmentId = z.enum(DEPARTMENT_IDS, { error: (issue) => `没有这个部门编号：${String(issue.input)}（可用：${DEPARTMENT_IDS.join('、')}）` });

export const departmentSchema = z.strictObject({
  id: departmentId,
  name: z.string().min(2),
  address: z.string().min(2),
  phone: z.string().min(3),
  /** 办公时间, as the hall posts it. */
  hours: z.string().min(2),
});

export const cityFileSchema = z
  .strictObject({
    /** The file's name without .json; what CITY=<id> names. */
    id: z.string().regex(/^[a-z][a-z0-9-]*$/, '城市编号只用小写字母、数字和连字符'),
    name: z.string().min(2),
    /** GB/T 2260 code of the city (地级市, 6 digits ending in 00). */
    regionCode: z.string().regex(/^\d{4}00$/, '城市代码是 6 位行政区划代码，以 00 结尾（如 420600）'),
    /** Where the values come from and what is only an example. */
    note: z.string().optional(),
    departments: z.array(departmentSchema).min(1),
    /** The 综合窗口 that hands out 一件事 results (统一窗口出件). */
    frontWindowDepartment: departmentId,
    /** Catalog overlay sets (shared/catalog/cities/index.ts OVERLAY_SETS) this city applies. */
    catalogOverlays: z.array(z.string().min(1)),
    feedback: z.strictObject({
      replyWithinWorkingDays: positiveInt,
      defaultDepartment: departmentId,
    }),
    help: z.strictObject({
      acceptWithinMinutes: positiveInt,
      startGraceMinutes: positiveInt,
      completeWithinWorkingDays: z.strictObject(Object.fromEntries(HELP_KINDS.map((kind) => [kind, positiveInt])) as Record<(typeof HELP_KINDS)[number], typeof positiveInt>),
      minWindowMinutes: positiveInt,
      maxWindowDaysAhead: positiveInt,
      maxAuthorizationDays: positiveInt,
      maxActiveRequestsPerPerson: positiveInt,
      /** Counties or streets where 帮办代办 is offered (inside the city). */
      serviceAreas: z.array(regionCode).min(1),
    }),
    review: z.strictObject({
      rectifyWithinWorkingDays: positiveInt,
      remindAfterDays: positiveInt,
      ratingWindowDays: positiveInt,
      helpDepartment: departmentId,
    }),
    /** Subscribe-message template ids from the WeChat admin console (订阅消息 → 我的模板). */
    subscribeTemplates: z.strictObject({
      /** 惠企政策 push: the policy function's POLICY_PUSH_TEMPLATE_ID. */
      policyMatch: z.string().regex(/^[A-Za-z0-9_-]+$/, '模板 ID 只含字母、数字、下划线和连字符'),
    }),
    dashboard: z.strictObject({ title: z.string().min(2) }),
  })
  .superRefine((city, ctx) => {
    const ids = city.departments.map((d) => d.id);
    ids.forEach((id, i) => {
      if (ids.indexOf(id) !== i) ctx.addIssue({ code: 'custom', path: ['departments', i, 'id'], message: `部门「${id}」重复` });
    });
    const named: [string[], string][] = [
      [['frontWindowDepartment'], city.frontWindowDepartment],
      [['feedback', 'defaultDepartment'], city.feedback.defaultDepartment],
      [['review', 'helpDepartment'], city.review.helpDepartment],
    ].map(([p, id]) => [p as string[], id as string]);
    for (const [p, id] of named) {
      if (!ids.includes(id as never)) ctx.addIssue({ code: 'custom', path: p, message: `部门「${id}」不在本市 departments 里` });
    }
    city.help.serviceAreas.forEach((area, i) => {
      if (!area.startsWith(city.regionCode.slice(0, 4))) ctx.addIssue({ code: 'custom', path: ['help', 'serviceAreas', i], message: `${area} 不在${city.name}（${city.regionCode}）范围内` });
    });
  });

export type CityFile = z.output<typeof cityFileSchema>;
export type Department = z.output<typeof departmentSchema>;
