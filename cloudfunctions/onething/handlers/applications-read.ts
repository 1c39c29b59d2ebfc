import type { onethingContracts } from '@shared/contracts/onething';
import { COLLECTIONS } from '../../collections';
import { requireUser, type Handler } from '../../_runtime/router';
import { readAll } from '../../_runtime/read-all';
import { ownCase } from '../access';
import type { StoredCase } from '../store/types';
import { caseSummary, caseView } from '../views/case-view';

type Contracts = typeof onethingContracts;

export const getApplication: Handler<Contracts['applications.get']> = async (input, ctx) => {
  const { doc } = await ownCase(ctx, input.caseId);
  return caseView(doc, 'applicant', new Date());
};

const FINISHED = ['completed', 'rejected', 'withdrawn'];

export const listMyApplications: Handler<Contracts['applications.listMine']> = async (input, ctx) => {
  const { openid } = requireUser(ctx);
  const now = new Date();
  const docs = await readAll<StoredCase>(ctx.db, COLLECTIONS.onethingCases, { applicantOpenid: openid }, { orderBy: ['createdAt', 'desc'], max: 500 });
  const wanted = docs.filter((d) => input.filter === 'all' || (input.filter === 'finished') === FINISHED.includes(d.status));
  return { items: wanted.map((d) => caseSummary(d, now)) };
};
