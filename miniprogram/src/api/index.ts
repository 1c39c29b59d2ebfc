export { api } from '@shared/contracts';
export { call, newRequestId, type CallOptions } from './client';
export { ApiError } from './errors';
