import { addWorkingDays, beijingDate } from '@shared/calendar/working-days';
import { cityConfig } from '@shared/config/city';
import type { accountContracts } from '@shared/contracts/account';
import type { FeedbackTicket } from '@shared/contracts/feedback';
import { departmentName } from '@shared/departments';
import { AppError } from '@shared/errors';
import {
  FEEDBACK_STATUS_LABELS,
  REPLY_RATING_LABELS,
  feedbackTicketNumber,
  routeFeedback,
  type FeedbackKind,
  type FeedbackStatus,
  type ReplyRating,
} from '@shared/feedback/feedback';
import { maskName, maskPhone, maskText } from '@shared/mask';
import { COLLECTIONS } from '../../collections';
import { getById, iso } from '../../_runtime/read-all';
import { listClaims, requireOwnedFiles } from '../../_runtime/files';
import { readPage } from '../../_runtime/paging';
import { enforceRateLimit } from '../../_runtime/rate-limit';
import { requireUser, type Handler, type HandlerContext } from '../../_runtime/router';

interface StoredTicket {
  _id: string;
  number: string;
  openid: string;
  submitterName: string | null;
  kind: FeedbackKind;
  content: string;
  page: string | null;
  caseNumber: string | null;
  department: string;
  status: FeedbackStatus;
  photos: string[];
  contactPreference: 'in_app' | 'phone' | 'none';
  contactPhone: string | null;
  createdAt: Date;
  dueDate: string;
  dueAt: Date;
  reply: { text: string; by: string; byOpenid: string; at: Date } | null;
  rating: { value: ReplyRating; at: Date } | null;
}

function view(ticket: StoredTicket, audience: 'owner' | 'staff', now = new Date()): FeedbackTicket {
  return {
    id: ticket._id,
    number: ticket.number,
    kind: ticket.kind,
    // Numbers people type into free text are personal data too: lists show them masked.
    content: maskText(ticket.content),
    page: ticket.page,
    caseNumber: ticket.caseNumber,
    department: { id: ticket.department, name: departmentName(ticket.department) },
    status: ticket.status,
    statusLabel: FEEDBACK_STATUS_LABELS[ticket.status],
    photos: ticket.photos,
    contactPreference: ticket.contactPreference,
    contactPhone: ticket.contactPhone ? maskPhone(ticket.contactPhone) : null,
    submitter: audience === 'staff' && ticket.submitterName ? maskName(ticket.submitterName) : null,
    createdAt: ticket.createdAt.toISOString(),
    dueDate: ticket.dueDate,
    overdue: ticket.status === 'submitted' && now > ticket.dueAt,
    reply: ticket.reply ? { text: maskText(ticket.reply.text), by: ticket.reply.by, at: ticket.reply.at.toISOString() } : null,
    rating: ticket.rating ? { value: ticket.rating.value, label: REPLY_RATING_LABELS[ticket.rating.value], at: ticket.rating.at.toISOString() } : null,
  };
}

async function loadTicket(ctx: HandlerContext, ticketId: string): Promise<StoredTicket> {
  const ticket = await getById<StoredTicket>(ctx.db, COLLECTIONS.feedback, ticketId);
  if (!ticket) throw new AppError('NOT_FOUND', '没有找到这条投诉建议，请刷新后重试。');
  return ticket;
}

export const createFeedback: Handler<(typeof accountContracts)['feedback.create']> = async (input, ctx) => {
  const { openid, user } = requireUser(ctx);
  await requireOwnedFiles(listClaims(input.photos, 'photos', '照片'), { area: 'feedback', openid });
  const city = cityConfig();
  const now = new Date();
  const department = routeFeedback({ chosenDepartment: input.department, page: input.page }, city.feedback.defaultDepartment);
  const deadline = addWorkingDays(now, city.feedback.replyWithinWorkingDays);
  const ticket: Omit<StoredTicket, '_id'> = {
    number: feedbackTicketNumber(beijingDate(now)),
    openid,
    submitterName: user.name,
    kind: input.kind,
    content: input.content,
    page: input.page ?? null,
    caseNumber: input.caseNumber ?? null,
    department,
    status: 'submitted',
    photos: input.photos,
    contactPreference: input.contact.preference,
    contactPhone: input.contact.preference === 'phone' ? input.contact.phone : null,
    createdAt: now,
    dueDate: deadline.date,
    dueAt: deadline.dueAt,
    reply: null,
    rating: null,
  };
  await enforceRateLimit(ctx, 'feedback', { now });
  const { id } = (await ctx.db.collection(COLLECTIONS.feedback).add(ticket)) as { id: string };
  ctx.log.info('feedback_created', { number: ticket.number, department, kind: ticket.kind });
  return view({ ...ticket, _id: id }, 'owner', now);
};

const PAGE_SIZE = 50;

export const listMyFeedback: Handler<(typeof accountContracts)['feedback.listMine']> = async (input, ctx) => {
  const { openid } = requireUser(ctx);
  const page = await readPage<StoredTicket & Record<string, unknown>>(ctx.db, COLLECTIONS.feedback, { openid }, { field: 'createdAt', direction: 'desc' }, input.cursor, input.limit ?? PAGE_SIZE);
  return { items: page.items.map((ticket) => view(ticket, 'owner')), nextCursor: page.nextCursor };
};

export const getMyFeedback: Handler<(typeof accountContracts)['feedback.getMine']> = async (input, ctx) => {
  const { openid } = requireUser(ctx);
  const ticket = await loadTicket(ctx, input.ticketId);
  if (ticket.openid !== openid) throw new AppError('NOT_FOUND', '没有找到这条投诉建议，请刷新后重试。');
  return view(ticket, 'owner');
};

export const listDepartmentFeedback: Handler<(typeof accountContracts)['feedback.listForDepartment']> = async (input, ctx) => {
  const { user } = requireUser(ctx);
  if (!user.department) throw new AppError('FORBIDDEN', '您的账号还没有所属部门，请联系管理员设置。');
  const where: Record<string, unknown> = { department: user.department };
  if (input.status) where.status = input.status;
  const page = await readPage<StoredTicket & Record<string, unknown>>(ctx.db, COLLECTIONS.feedback, where, { field: 'dueAt', direction: 'asc' }, input.cursor, input.limit ?? PAGE_SIZE);
  return { items: page.items.map((ticket) => view(ticket, 'staff')), nextCursor: page.nextCursor };
};

export const replyToFeedback: Handler<(typeof accountContracts)['feedback.reply']> = async (input, ctx) => {
  const { openid, user } = requireUser(ctx);
  const ticket = await loadTicket(ctx, input.ticketId);
  if (ticket.department !== user.department) {
    throw new AppError('FORBIDDEN', `这条投诉建议由${departmentName(ticket.department)}答复，您所在部门无权答复。`);
  }
  const reply = { text: input.reply, by: `${departmentName(ticket.department)} ${user.name ?? ''}`.trim(), byOpenid: openid, at: new Date() };
  // Only a ticket still waiting for its reply is updated, so two staff answering at once cannot both win.
  const { updated } = (await ctx.db
    .collection(COLLECTIONS.feedback)
    .where({ _id: ticket._id, status: 'submitted' })
    .update({ status: 'replied', reply })) as { updated?: number };
  if (!updated) throw new AppError('CONFLICT', '这条投诉建议已经答复过了，请刷新查看。');
  ctx.log.info('feedback_replied', { number: ticket.number, department: ticket.department });
  return view({ ...ticket, status: 'replied', reply }, 'staff');
};

export const rateFeedbackReply: Handler<(typeof accountContracts)['feedback.rate']> = async (input, ctx) => {
  const { openid } = requireUser(ctx);
  const ticket = await loadTicket(ctx, input.ticketId);
  if (ticket.openid !== openid) throw new AppError('NOT_FOUND', '没有找到这条投诉建议，请刷新后重试。');
  if (ticket.status === 'submitted') throw new AppError('CONFLICT', '部门还没有答复，答复后才能评价。');
  const rating = { value: input.rating, at: new Date() };
  const { updated } = (await ctx.db
    .collection(COLLECTIONS.feedback)
    .where({ _id: ticket._id, status: 'replied' })
    .update({ status: 'closed', rating })) as { updated?: number };
  if (!updated) throw new AppError('CONFLICT', '您已经评价过这条答复了。');
  ctx.log.info('feedback_rated', { number: ticket.number, rating: input.rating });
  return view({ ...ticket, status: 'closed', rating }, 'owner');
};
