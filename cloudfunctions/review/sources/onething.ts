/**
 * 一件事 cases as rateable cases. The case is rated as one thing: 前台综合受理、统一窗口出件, so the
 * comprehensive window (政务服务数据管理局) answers for it; the staff member who issued the last result is the one served by.
 */
import { cityConfig } from '@shared/config/city';
import { COLLECTIONS } from '../../collections';
import type { Database } from '../../_runtime/cloudbase';
import { getById } from '../../_runtime/read-all';
import { readByCursor } from '../store/scan';
import type { StoredCase } from '../../onething/store/types';
import type { CaseFacts, CaseSource } from './types';

/** The department of the comprehensive window (综合窗口) that takes in every 一件事 and hands out its results. */
const FRONT_WINDOW = 'govservice';

function firstOf(dates: (Date | null)[]): Date | null {
  const real = dates.filter((d): d is Date => d !== null).map((d) => new Date(d));
  return real.length ? new Date(Math.min(...real.map((d) => d.getTime()))) : null;
}

function facts(doc: StoredCase): CaseFacts {
  const city = cityConfig();
  const accepted = firstOf(doc.tasks.map((t) => t.acceptedAt));
  const stages: CaseFacts['stages'] = [];
  if (accepted) stages.push({ stage: 'accepted', at: accepted }, { stage: 'processing', at: accepted });
  if (doc.status === 'completed' && doc.completedAt) stages.push({ stage: 'completed', at: doc.completedAt });
  const lastApproval = [...doc.timeline].reverse().find((e) => e.event === 'approve' && e.actor.openid);
  return {
    source: 'onething',
    id: doc._id,
    applicantOpenid: doc.applicantOpenid,
    applicantName: doc.applicantName,
    number: doc.number,
    itemCode: `YJS-${doc.themeId}`,
    itemVersion: String(doc.themeVersion),
    itemName: `高效办成一件事：${doc.themeName}`,
    department: FRONT_WINDOW,
    regionCode: doc.city?.code ?? city.regionCode,
    regionName: doc.city?.name ?? city.name,
    theme: doc.themeId,
    themeName: doc.themeName,
    channel: 'online',
    served: lastApproval ? { kind: 'staff', id: lastApproval.actor.openid!, name: lastApproval.actor.name } : null,
    stages,
    completedAt: doc.status === 'completed' ? doc.completedAt : null,
  };
}

/** Cursor order of the completed-case reads (bounded by the rating window, never skipped through). */
const BY_COMPLETION = { field: 'completedAt', direction: 'asc' } as const;

export const onethingSource: CaseSource = {
  async load(db, id) {
    const doc = await getById<StoredCase>(db, COLLECTIONS.onethingCases, id);
    return doc ? facts(doc) : null;
  },
  async completedFor(db: Database, openid: string, since: Date) {
    const _ = db.command;
    const docs = await readByCursor<StoredCase & Record<string, unknown>>(db, COLLECTIONS.onethingCases, { applicantOpenid: openid, status: 'completed', completedAt: _.gte(since) }, BY_COMPLETION);
    return docs.map(facts);
  },
  async completedBetween(db: Database, from: Date, to: Date) {
    const _ = db.command;
    const docs = await readByCursor<StoredCase & Record<string, unknown>>(db, COLLECTIONS.onethingCases, { status: 'completed', completedAt: _.and(_.gte(from), _.lte(to)) }, BY_COMPLETION);
    return docs.map(facts);
  },
};
