import type { policyContracts } from '@shared/contracts/policy';
import { INDUSTRY_LEVEL_LABEL, industryByCode, industryChildren, industryLabel, normalizeIndustryCode, searchIndustries, type IndustryNode } from '@shared/enterprise/industry';
import { AppError } from '@shared/errors';
import type { Handler } from '../../_runtime/router';

function node(n: IndustryNode) {
  return {
    code: n.code,
    name: n.name,
    level: { value: n.level, label: INDUSTRY_LEVEL_LABEL[n.level] },
    label: industryLabel(n.code),
    selectable: n.level !== 'section',
    hasChildren: industryChildren(n.code).length > 0,
  };
}

/** The industry picker: children of a category, or a search; codes only ever come from GB/T 4754-2017. */
export const findIndustries: Handler<(typeof policyContracts)['industries.find']> = async (input) => {
  if (input.query) return { parent: null, items: searchIndustries(input.query, 30).map(node) };
  if (!input.parent) return { parent: null, items: industryChildren().map(node) };
  const code = /^[A-Ta-t]$/.test(input.parent) ? input.parent.toUpperCase() : normalizeIndustryCode(input.parent);
  const parent = code === null ? undefined : industryByCode(code);
  if (!parent) throw new AppError('NOT_FOUND', '行业代码不在《国民经济行业分类》(GB/T 4754-2017)中。');
  return { parent: node(parent), items: industryChildren(parent.code).map(node) };
};
