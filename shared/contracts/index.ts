import type { Contract, FunctionName } from '../contract';
import { accountContracts } from './account';
import { helpContracts } from './help';
import { onethingContracts } from './onething';
import { policyContracts } from './policy';
import { reviewContracts } from './review';

/**
 * Every contract of every function. Later capabilities add their groups here; the client, the routers,
 * docs/API.md and /__emulator/contracts all read this one object.
 */
export const api = {
  account: accountContracts,
  onething: onethingContracts,
  help: helpContracts,
  policy: policyContracts,
  review: reviewContracts,
} as const satisfies Record<FunctionName, Record<string, Contract>>;

export type Api = typeof api;

export function allContracts(): Contract[] {
  return Object.values(api).flatMap((group) => Object.values(group as Record<string, Contract>));
}

export function findContract(fn: string, action: string): Contract | undefined {
  const group = (api as Record<string, Record<string, Contract>>)[fn];
  if (!group || !Object.prototype.hasOwnProperty.call(group, action)) return undefined;
  return group[action];
}
