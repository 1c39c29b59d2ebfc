import { DEFAULT_ERROR_MESSAGES, isErrorCode, type ApiErrorBody, type ErrorCode } from '@shared/errors';

/** What `call` throws when the backend (or the network) says no. Pages show `message`; `code` drives logic. */
export class ApiError extends Error {
  readonly code: ErrorCode;
  readonly details: unknown;

  constructor(body: ApiErrorBody) {
    super(body.message);
    this.name = 'ApiError';
    this.code = body.code;
    this.details = body.details;
  }

  static fromUnknown(reply: unknown): ApiError {
    const error = (reply as { error?: Partial<ApiErrorBody> } | null)?.error;
    if (error && isErrorCode(error.code)) {
      return new ApiError({
        code: error.code,
        message: error.message || DEFAULT_ERROR_MESSAGES[error.code],
        details: error.details ?? null,
      });
    }
    return new ApiError({ code: 'INTERNAL', message: DEFAULT_ERROR_MESSAGES.INTERNAL, details: { reply } });
  }

  /** What a failed call threw, as an ApiError: itself when it is one, else the network failure it stands for. */
  static of(cause: unknown): ApiError {
    return cause instanceof ApiError ? cause : ApiError.network(cause);
  }

  /** An answer this build cannot read: the functions are newer; the person needs the new mini-program. */
  static versionMismatch(): ApiError {
    return new ApiError({ code: 'UPGRADE_REQUIRED', message: '版本不一致，请更新小程序后再试。', details: null });
  }

  static network(cause: unknown): ApiError {
    return new ApiError({
      code: 'INTERNAL',
      message: '网络连接不稳定，请检查网络后重试。',
      details: { cause: cause instanceof Error ? cause.message : String(cause) },
    });
  }
}
