import { randomBytes } from 'node:crypto';
import type { reviewContracts } from '@shared/contracts/review';
import { AppError } from '@shared/errors';
import { provincialRecord } from '@shared/review/export';
import { CSV_HEADER, csvRow } from '@shared/review/export-csv';
import { beijingDayRange } from '@shared/review/export-range';
import { COLLECTIONS } from '../../collections';
import { cloudbase } from '../../_runtime/cloudbase';
import { temporaryUrls } from '../../_runtime/files';
import type { Handler } from '../../_runtime/router';
import { pagesOf } from '../store/scan';
import type { StoredRating } from '../store/types';

type C = typeof reviewContracts;

/** How long the download address works. */
const URL_SECONDS = 10 * 60;

/**
 * The ratings of a date range (upheld appeals included, flagged) in the provincial platform's record shape, read
 * by (createdAt, _id) cursor and written as one CSV file into storage; the answer is a short-lived address.
 */
export const exportRatings: Handler<C['export.ratings']> = async (input, ctx) => {
  const _ = ctx.db.command;
  const { start, end } = beijingDayRange(input.from, input.to);
  const chunks: string[] = [CSV_HEADER];
  let rowCount = 0;
  const inRange = { createdAt: _.and(_.gte(start), _.lt(end)) };
  for await (const page of pagesOf<StoredRating & Record<string, unknown>>(ctx.db, COLLECTIONS.reviewRatings, inRange, { field: 'createdAt', direction: 'asc' })) {
    for (const rating of page) chunks.push(csvRow(provincialRecord(rating)));
    rowCount += page.length;
  }
  const fileName = `好差评评价记录_${input.from}_${input.to}.csv`;
  // Only functions write here; the random part keeps two exports of the same range apart.
  const cloudPath = `exports/review/${input.from}_${input.to}_${randomBytes(8).toString('hex')}.csv`;
  const { fileID } = await cloudbase().uploadFile({ cloudPath, fileContent: Buffer.from(chunks.join(''), 'utf8') });
  const url = (await temporaryUrls([fileID], URL_SECONDS)).get(fileID);
  if (!url) throw new AppError('INTERNAL', '导出文件已生成，但暂时无法取得下载地址，请稍后重试。');
  ctx.log.info('ratings_exported', { count: rowCount, from: input.from, to: input.to });
  return { url, expiresAt: new Date(Date.now() + URL_SECONDS * 1000).toISOString(), fileName, rowCount };
};
