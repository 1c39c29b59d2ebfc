import { randomBytes } from 'node:crypto';

/** 32 lowercase hex characters: the usual look of a CloudBase document `_id`. */
export function newDocumentId(): string {
  return randomBytes(16).toString('hex');
}

/** 16 hex characters, like the service's `requestId`. */
export function newRequestId(): string {
  return randomBytes(8).toString('hex');
}

export function randomHex(bytes: number): string {
  return randomBytes(bytes).toString('hex');
}
