import type { Contract, InputOf, OutputOf } from '@shared/contract';
import { AppError } from '@shared/errors';
import { parseOrThrow } from '@shared/validation';
import { ApiError } from './errors';
import { CONTRACT_VERSION } from '@shared/contracts/version';
import { restartIntoNewVersion } from '@/platform/update';
import { invokeFunction } from './transport';

export interface CallOptions {
  /** Same id on a retry = the backend recognises the retry (idempotent submits). */
  requestId?: string;
}

/**
 * The one way pages reach the backend: `call(api.account.whoami, {})` → typed output.
 * Input is checked here first (the person sees field errors without a round trip) and again on the server.
 */
export async function call<C extends Contract>(contract: C, input: InputOf<C>, options: CallOptions = {}): Promise<OutputOf<C>> {
  let payload: unknown;
  try {
    payload = parseOrThrow(contract.input, input);
  } catch (error) {
    if (error instanceof AppError) throw new ApiError(error.toBody());
    throw error;
  }
  let reply: unknown;
  try {
    reply = await invokeFunction(contract.fn, {
      action: contract.action,
      payload,
      clientVersion: CONTRACT_VERSION,
      ...(options.requestId ? { requestId: options.requestId } : {}),
    });
  } catch (cause) {
    throw ApiError.network(cause);
  }
  const answer = reply as { ok?: boolean; data?: unknown } | null;
  if (answer && answer.ok === true) {
    const output = contract.output.safeParse(answer.data);
    if (output.success) return output.data as OutputOf<C>;
    // The functions answer in a shape this build does not know: they are newer than this mini-program.
    restartIntoNewVersion();
    throw ApiError.versionMismatch();
  }
  const error = ApiError.fromUnknown(reply);
  if (error.code === 'UPGRADE_REQUIRED') restartIntoNewVersion();
  throw error;
}

/** A fresh id for a user action that may be retried (e.g. a submit button). */
export function newRequestId(): string {
  const random = Math.random().toString(36).slice(2, 10);
  return `${Date.now().toString(36)}-${random}`;
}
