/**
 * Errors the emulator answers with. `ApiError` is a CloudBase-style `{code, message}` failure: on `/admin`
 * it travels as HTTP 200 (that is how the SDK reads it), on the HTTP helper endpoints as a 4xx/5xx JSON body.
 */
export class ApiError extends Error {
  constructor(
    public readonly code: string,
    message: string,
    /** HTTP status used when the error is answered outside the `/admin` protocol. */
    public readonly status = 400,
    /** The numeric errCode wx.cloud.* reports for it on the client endpoints (e.g. -502003), when it has one. */
    public readonly wxErrCode?: number,
  ) {
    super(message);
    this.name = 'ApiError';
  }
}

/** Error codes the real service uses (strings the SDK compares against or surfaces). */
export const Codes = {
  INVALID_PARAM: 'INVALID_PARAM',
  INVALID_ACTION: 'INVALID_ACTION',
  INVALID_ENV: 'INVALID_ENV',
  SYS_ERR: 'SYS_ERR',
  COLLECTION_NOT_EXIST: 'DATABASE_COLLECTION_NOT_EXIST',
  COLLECTION_ALREADY_EXIST: 'DATABASE_COLLECTION_ALREADY_EXIST',
  DUPLICATE_WRITE: 'DATABASE_DUPLICATE_WRITE',
  DB_REQUEST_FAILED: 'DATABASE_REQUEST_FAILED',
  TRANSACTION_CONFLICT: 'DATABASE_TRANSACTION_CONFLICT',
  TRANSACTION_FAIL: 'DATABASE_TRANSACTION_FAIL',
  STORAGE_FILE_NONEXIST: 'STORAGE_FILE_NONEXIST',
  DATABASE_PERMISSION_DENIED: 'DATABASE_PERMISSION_DENIED',
  STORAGE_EXCEED_AUTHORITY: 'STORAGE_EXCEED_AUTHORITY',
  STORAGE_REQUEST_FAIL: 'STORAGE_REQUEST_FAIL',
  FUNCTION_NOT_FOUND: 'FUNCTION_NOT_FOUND',
  FUNCTIONS_EXECUTE_FAIL: 'FUNCTIONS_EXECUTE_FAIL',
  FUNCTIONS_TIME_LIMIT_EXCEEDED: 'FUNCTIONS_TIME_LIMIT_EXCEEDED',
} as const;

export function invalidParam(message: string): ApiError {
  return new ApiError(Codes.INVALID_PARAM, message, 400);
}

export function errorMessage(error: unknown): string {
  if (error instanceof Error) return error.message;
  return String(error);
}

/** CloudBase's answer to a client database operation its security rule refuses (wx.cloud errCode -502003). */
export function databasePermissionDenied(api: string, why: string): ApiError {
  return new ApiError(Codes.DATABASE_PERMISSION_DENIED, `${api}:fail -502003 database permission denied | errMsg: Permission denied (${why})`, 403, -502003);
}

/** CloudBase's answer to a client storage operation the bucket's rule refuses (wx.cloud errCode -503002). */
export function storagePermissionDenied(api: string, why: string): ApiError {
  return new ApiError(Codes.STORAGE_EXCEED_AUTHORITY, `${api}:fail -503002 storage permission denied (${why})`, 403, -503002);
}
