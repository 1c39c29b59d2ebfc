import { AppError } from '@shared/errors';
import type { Database } from '../../_runtime/cloudbase';
import { helpSource } from './help';
import { onethingSource } from './onething';
import type { CaseFacts, CaseRef, CaseSource, CaseSourceName } from './types';

export const CASE_SOURCES: Record<CaseSourceName, CaseSource> = { help: helpSource, onething: onethingSource };

export async function loadCase(db: Database, ref: CaseRef): Promise<CaseFacts> {
  const found = await CASE_SOURCES[ref.source].load(db, ref.id);
  if (!found) throw new AppError('NOT_FOUND', '没有找到这件办件，请从“待评价”列表重新进入。');
  return found;
}
