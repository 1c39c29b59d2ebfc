/** Help-on-demand requests (帮办代办) as rateable cases: the helper served, the city's help department answers. */
import { cityConfig } from '@shared/config/city';
import { HELP_KIND_LABELS } from '@shared/help/kinds';
import { COLLECTIONS } from '../../collections';
import type { Database } from '../../_runtime/cloudbase';
import { getById } from '../../_runtime/read-all';
import { readByCursor } from '../store/scan';
import type { StoredHelpRequest } from '../../help/store/types';
import type { CaseFacts, CaseSource } from './types';

function facts(doc: StoredHelpRequest): CaseFacts {
  const stages: CaseFacts['stages'] = [];
  if (doc.startedAt) stages.push({ stage: 'processing', at: doc.startedAt });
  if (doc.state === 'completed' && doc.completedAt) stages.push({ stage: 'completed', at: doc.completedAt });
  return {
    source: 'help',
    id: doc._id,
    applicantOpenid: doc.requesterOpenid,
    applicantName: doc.contact?.name ?? null,
    number: doc.number,
    itemCode: `HELP-${doc.kind.toUpperCase()}`,
    itemVersion: '1',
    itemName: `${HELP_KIND_LABELS[doc.kind]}服务：${doc.about.title}`,
    department: cityConfig().review.helpDepartment,
    regionCode: doc.regionCode,
    regionName: doc.regionName,
    theme: doc.about.type === 'theme' ? doc.about.themeId : `help_${doc.kind}`,
    themeName: doc.about.type === 'theme' ? doc.about.title : `${HELP_KIND_LABELS[doc.kind]}服务`,
    channel: 'helper',
    served: doc.helper ? { kind: 'helper', id: doc.helper.openid, name: doc.helper.name } : null,
    stages,
    completedAt: doc.state === 'completed' ? doc.completedAt : null,
  };
}

/** Cursor order of the completed-case reads (bounded by the rating window, never skipped through). */
const BY_COMPLETION = { field: 'completedAt', direction: 'asc' } as const;

export const helpSource: CaseSource = {
  async load(db, id) {
    const doc = await getById<StoredHelpRequest>(db, COLLECTIONS.helpRequests, id);
    return doc ? facts(doc) : null;
  },
  async completedFor(db: Database, openid: string, since: Date) {
    const _ = db.command;
    const docs = await readByCursor<StoredHelpRequest & Record<string, unknown>>(db, COLLECTIONS.helpRequests, { requesterOpenid: openid, state: 'completed', completedAt: _.gte(since) }, BY_COMPLETION);
    return docs.map(facts);
  },
  async completedBetween(db: Database, from: Date, to: Date) {
    const _ = db.command;
    const docs = await readByCursor<StoredHelpRequest & Record<string, unknown>>(db, COLLECTIONS.helpRequests, { state: 'completed', completedAt: _.and(_.gte(from), _.lte(to)) }, BY_COMPLETION);
    return docs.map(facts);
  },
};
