import type { Contract } from '@shared/contract';
import { AppError } from '@shared/errors';
import type { Handler } from '../../_runtime/router';

/** Stands in for an action whose contract is published but whose handler is still being built. */
export function notYet<C extends Contract>(): Handler<C> {
  return async () => {
    throw new AppError('NOT_FOUND', '该功能即将上线，请稍后再试。');
  };
}
