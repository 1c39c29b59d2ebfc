import { catalog, evaluate, type Evaluation, type Theme } from '@shared/catalog';
import type { ChecklistMaterial } from '@shared/onething/supply';
import { AppError } from '@shared/errors';
import type { StoredCase } from './store/types';

/** The definition a case was submitted under (its version and city), never the latest one. */
export function themeOfCase(doc: Pick<StoredCase, 'themeId' | 'themeVersion' | 'regionCode'>): Theme {
  const theme = catalog.get(doc.themeId, { version: doc.themeVersion, ...(doc.regionCode ? { city: doc.regionCode } : {}) });
  if (!theme) throw new AppError('INTERNAL', `办件使用的事项定义「${doc.themeId}@${doc.themeVersion}」已不存在`);
  return theme;
}

export function checklistOf(evaluation: Evaluation): ChecklistMaterial[] {
  return evaluation.materials.map((m) => ({ id: m.id, name: m.name, neededBy: m.neededBy, source: m.source }));
}

export function evaluationOfCase(doc: StoredCase): Evaluation {
  return evaluate(themeOfCase(doc), doc.answers);
}
