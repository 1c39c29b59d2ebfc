/**
 * Tells the applicant about every step of their case: a WeChat subscribe message while they have a grant for
 * the case-progress template, else (no grant left: 43101, or any failure) a message in the in-app inbox. Either
 * way the notice is kept in `messages`, with the channel it went out on.
 */
import dayjs from 'dayjs';
import utc from 'dayjs/plugin/utc';
import type { CaseEventRecord } from '@shared/onething/machine';
import { CASE_PAGE, CASE_PROGRESS_TEMPLATE, eventsToTell, headlineEvent, noticeFor } from '@shared/onething/notice';
import { COLLECTIONS } from '../../collections';
import { cloudbase, type Database } from '../../_runtime/cloudbase';
import type { Logger } from '../../_runtime/logger';
import type { StoredCase } from './types';

dayjs.extend(utc);

async function sendSubscribe(openid: string, caseId: string, data: Record<string, { value: string }>): Promise<{ sent: boolean; errcode: number | null }> {
  try {
    const answer = (await cloudbase().callWxOpenApi({
      apiName: '/cgi-bin/message/subscribe/send',
      requestData: { touser: openid, template_id: CASE_PROGRESS_TEMPLATE, page: `${CASE_PAGE}?id=${caseId}`, data },
    })) as { result?: { errcode?: number } };
    const errcode = answer.result?.errcode ?? null;
    return { sent: errcode === 0, errcode };
  } catch {
    return { sent: false, errcode: null };
  }
}

export async function notifyApplicant(db: Database, doc: StoredCase, events: readonly CaseEventRecord[], now: Date, log?: Logger): Promise<void> {
  const told = eventsToTell(events);
  if (told.length === 0) return;
  const notice = noticeFor(doc, told, dayjs.utc(now).add(8, 'hour').format('YYYY-MM-DD HH:mm'));
  const subscribe = await sendSubscribe(doc.applicantOpenid, doc._id, notice.subscribeData);
  if (!subscribe.sent) log?.info('subscribe_message_fallback', { number: doc.number, errcode: subscribe.errcode });
  await db.collection(COLLECTIONS.messages).add({
    openid: doc.applicantOpenid,
    channel: subscribe.sent ? 'subscribe' : 'in_app',
    kind: 'onething_case',
    caseId: doc._id,
    caseNumber: doc.number,
    event: headlineEvent(told).event,
    events: told.map((e) => e.event),
    title: notice.title,
    body: notice.body,
    read: false,
    createdAt: now,
  });
}
