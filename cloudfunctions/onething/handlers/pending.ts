import { AppError } from '@shared/errors';

/** Placeholder for an action whose contract is published before its handler lands. */
export const notYet = async (): Promise<never> => {
  throw new AppError('NOT_FOUND', '这项功能即将上线，请稍后再试。');
};
