import { addWorkingDays } from '@shared/calendar/working-days';
import { cityConfig } from '@shared/config/city';
import type { reviewContracts } from '@shared/contracts/review';
import { departmentName } from '@shared/departments';
import { AppError } from '@shared/errors';
import { FIX_RATING_LABELS } from '@shared/review/levels';
import { OPEN_STATES, stepRectification, type RectificationEvent } from '@shared/review/rectification';
import { COLLECTIONS } from '../../collections';
import { PAGE_SIZE, readTieredPage } from '../../_runtime/paging';
import { requireUser, type Handler, type HandlerContext } from '../../_runtime/router';
import { loadRectification, saveStep } from '../store/rectifications';
import type { StoredRectification } from '../store/types';
import { rectificationView } from '../store/views';

type C = typeof reviewContracts;

function facts(doc: StoredRectification) {
  return { state: doc.state, realName: doc.realName, callbackCount: doc.callbacks.length, reopenCount: doc.reopenCount };
}

/** The rectification, if it belongs to the caller's department. */
async function forDepartment(ctx: HandlerContext, id: string): Promise<{ doc: StoredRectification; openid: string }> {
  const { openid, user } = requireUser(ctx);
  const doc = await loadRectification(ctx.db, id);
  if (!user.department || doc.department !== user.department) {
    throw new AppError('FORBIDDEN', `这条差评由${departmentName(doc.department)}整改，您所在部门无权处理。`);
  }
  return { doc, openid };
}

function step(doc: StoredRectification, event: RectificationEvent) {
  const result = stepRectification(facts(doc), event);
  if (!result.ok) throw new AppError('CONFLICT', result.message);
  return result;
}

/** Who reads which rectifications: an administrator all, staff their department's, a rater their own. */
function audienceOf(ctx: HandlerContext) {
  const { openid, user } = requireUser(ctx);
  const audience = ctx.roles.includes('admin') ? 'admin' : ctx.roles.includes('staff') && user.department ? 'staff' : 'rater';
  const where: Record<string, unknown> = audience === 'admin' ? {} : audience === 'staff' ? { department: user.department } : { raterOpenid: openid };
  return { audience, where } as const;
}

export const listRectifications: Handler<C['rectifications.list']> = async (input, ctx) => {
  const { audience, where } = audienceOf(ctx);
  if (input.open !== undefined) where.state = input.open ? ctx.db.command.in([...OPEN_STATES]) : ctx.db.command.nin([...OPEN_STATES]);
  // Escalated first, then the nearest deadline.
  const _ = ctx.db.command;
  const tiers = [_.and([where, { escalation: _.neq(null) }]), _.and([where, { escalation: null }])] as unknown as Record<string, unknown>[];
  const page = await readTieredPage<StoredRectification & Record<string, unknown>>(ctx.db, COLLECTIONS.reviewRectifications, tiers, { field: 'dueAt', direction: 'asc' }, input.cursor, input.limit ?? PAGE_SIZE);
  return { items: page.items.map((d) => rectificationView(d, audience)), nextCursor: page.nextCursor };
};

export const getRectification: Handler<C['rectifications.get']> = async (input, ctx) => {
  const { audience, where } = audienceOf(ctx);
  const { data } = await ctx.db.collection(COLLECTIONS.reviewRectifications).where({ ...where, _id: input.id }).limit(1).get();
  const doc = (data as StoredRectification[])[0];
  if (!doc) throw new AppError('NOT_FOUND', '没有找到这条差评整改，或它不归您处理。');
  return rectificationView(doc, audience);
};

export const respondToRectification: Handler<C['rectifications.respond']> = async (input, ctx) => {
  const { doc, openid } = await forDepartment(ctx, input.id);
  const now = new Date();
  let saved: StoredRectification;
  if (input.action === 'verify') {
    const next = step(doc, { type: 'verify' });
    saved = await saveStep(ctx.db, doc, { state: next.state, verification: { note: input.note ?? null, at: now, byOpenid: openid } }, { event: 'verify', at: now, note: input.note ?? null });
  } else if (input.action === 'rectify' || input.action === 'explain') {
    const next = step(doc, { type: input.action, text: input.text });
    saved = await saveStep(ctx.db, doc, { state: next.state, handling: { kind: input.action, text: input.text, at: now, byOpenid: openid } }, { event: input.action, at: now, note: input.text });
  } else {
    const next = step(doc, { type: 'close' });
    saved = await saveStep(ctx.db, doc, { state: next.state, closedAt: now, firstClosedAt: doc.firstClosedAt ?? now }, { event: 'close', at: now, note: null });
  }
  ctx.log.info('rectification_step', { caseNumber: doc.caseNumber, action: input.action });
  return rectificationView(saved, 'staff', now);
};

export const recordRectificationCallback: Handler<C['rectifications.recordCallback']> = async (input, ctx) => {
  const { doc, openid } = await forDepartment(ctx, input.id);
  const now = new Date();
  step(doc, { type: 'callback', reached: input.reached, note: input.note });
  const callbacks = [...doc.callbacks, { reached: input.reached, note: input.note, at: now, byOpenid: openid }];
  const saved = await saveStep(ctx.db, doc, { callbacks }, { event: 'callback', at: now, note: input.note });
  return rectificationView(saved, 'staff', now);
};

export const rateRectification: Handler<C['rectifications.rate']> = async (input, ctx) => {
  const { openid } = requireUser(ctx);
  const doc = await loadRectification(ctx.db, input.id);
  if (doc.raterOpenid !== openid) throw new AppError('NOT_FOUND', '没有找到这条差评整改，请刷新后重试。');
  const next = step(doc, { type: 'rate', rating: input.rating });
  const now = new Date();
  const fields: Partial<StoredRectification> = { state: next.state, fixRating: { value: input.rating, at: now } };
  if (next.escalate) fields.escalation = { reason: next.escalate, at: now };
  if (next.reopened) {
    const deadline = addWorkingDays(now, cityConfig().review.rectifyWithinWorkingDays);
    Object.assign(fields, { reopenCount: doc.reopenCount + 1, dueDate: deadline.date, dueAt: deadline.dueAt, overdue: null, verification: null, handling: null, closedAt: null });
  }
  const saved = await saveStep(ctx.db, doc, fields, { event: next.reopened ? 'reopen' : 'rate', at: now, note: FIX_RATING_LABELS[input.rating] });
  ctx.log.info('rectification_rated', { caseNumber: doc.caseNumber, rating: input.rating, reopened: Boolean(next.reopened) });
  return rectificationView(saved, 'rater', now);
};
