import type { helpContracts } from '@shared/contracts/help';
import { fullRegionDirectory } from '@shared/datasets/region-streets';
import { AppError } from '@shared/errors';
import type { Handler } from '../../_runtime/router';

/** One level of the region picker, so the mini-program never bundles the division list. */
export const regionChildren: Handler<(typeof helpContracts)['regions.children']> = async (input) => {
  const directory = fullRegionDirectory();
  const code = input.code ? directory.normalize(input.code) : null;
  if (input.code && !code) {
    throw new AppError('VALIDATION_FAILED', '没有这个行政区划代码，请重新选择', { fields: [{ path: 'code', message: '没有这个行政区划代码' }] });
  }
  const node = code ? directory.get(code)! : null;
  return {
    parent: node ? { code: node.code, name: node.name, fullName: directory.fullName(node.code)! } : null,
    path: code ? directory.path(code).map((n) => ({ code: n.code, name: n.name })) : [],
    items: directory.children(code).map((n) => ({ code: n.code, name: n.name, level: n.level, hasChildren: directory.hasChildren(n.code) })),
  };
};
