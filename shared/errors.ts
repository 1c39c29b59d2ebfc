/**
 * The stable error vocabulary every cloud function answers with. Codes never change once shipped;
 * messages are Chinese and tell the person what to do next.
 */
export const ERROR_CODES = [
  'VALIDATION_FAILED',
  'UNAUTHENTICATED',
  'FORBIDDEN',
  'NOT_FOUND',
  'CONFLICT',
  'RATE_LIMITED',
  'CONSENT_REQUIRED',
  'UPGRADE_REQUIRED',
  'INTERNAL',
] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];

export const DEFAULT_ERROR_MESSAGES: Record<ErrorCode, string> = {
  VALIDATION_FAILED: '填写的内容有误，请按提示修改后再提交。',
  UNAUTHENTICATED: '请先在微信中登录后再操作。',
  FORBIDDEN: '您没有办理此项业务的权限，如有疑问请联系管理员。',
  NOT_FOUND: '没有找到相关记录，请刷新后重试。',
  CONFLICT: '该事项已被他人处理或状态已变化，请刷新后查看最新情况。',
  RATE_LIMITED: '操作太频繁，请稍等一分钟后再试。',
  CONSENT_REQUIRED: '办理这项业务需要您先单独同意处理相关个人信息。',
  UPGRADE_REQUIRED: '小程序有新版本，请更新后再使用。',
  INTERNAL: '系统繁忙，请稍后再试；如多次失败，请拨打12345政务服务热线。',
};

export interface ApiErrorBody {
  code: ErrorCode;
  message: string;
  details: unknown;
}

/** Every answer names the contract version of the functions that gave it (see contracts/version.ts). */
export type ApiResult<T> = { ok: true; data: T; contractVersion?: number } | { ok: false; error: ApiErrorBody; contractVersion?: number };

/** Thrown by domain and handler code; the function router turns it into `{ ok: false, error }`. */
export class AppError extends Error {
  readonly code: ErrorCode;
  readonly details: unknown;

  constructor(code: ErrorCode, message?: string, details: unknown = null) {
    super(message ?? DEFAULT_ERROR_MESSAGES[code]);
    this.name = 'AppError';
    this.code = code;
    this.details = details;
  }

  toBody(): ApiErrorBody {
    return { code: this.code, message: this.message, details: this.details };
  }
}

export function isErrorCode(value: unknown): value is ErrorCode {
  return typeof value === 'string' && (ERROR_CODES as readonly string[]).includes(value);
}

/** One field problem in a VALIDATION_FAILED answer: `path` is dotted (`items.0.phone`), `message` is Chinese. */
export interface FieldIssue {
  path: string;
  message: string;
}
