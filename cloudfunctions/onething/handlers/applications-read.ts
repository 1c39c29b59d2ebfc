import type { onethingContracts } from '@shared/contracts/onething';
import { COLLECTIONS } from '../../collections';
import { requireUser, type Handler } from '../../_runtime/router';
import { PAGE_SIZE, readPage } from '../../_runtime/paging';
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
  const _ = ctx.db.command;
  const where: Record<string, unknown> = { applicantOpenid: openid };
  // The filter is part of the query, so every page is full and the cursor never jumps over a case.
  if (input.filter !== 'all') where.status = input.filter === 'finished' ? _.in(FINISHED) : _.nin(FINISHED);
  const page = await readPage<StoredCase & Record<string, unknown>>(ctx.db, COLLECTIONS.onethingCases, where, { field: 'createdAt', direction: 'desc' }, input.cursor, input.limit ?? PAGE_SIZE);
  const now = new Date();
  return { items: page.items.map((d) => caseSummary(d, now)), nextCursor: page.nextCursor };
};
