import { z } from 'zod';
import type { Access } from './roles';

/** The five cloud functions. Names are fixed: the deployed functions carry exactly these names. */
export const FUNCTION_NAMES = ['account', 'onething', 'help', 'policy', 'review'] as const;
export type FunctionName = (typeof FUNCTION_NAMES)[number];

/**
 * One action of one cloud function: its name, what it accepts, what it answers, and who may call it.
 * The mini-program client and the function router are both derived from these, so a renamed action or a
 * changed field is a compile error on both sides (tRPC-style, without HTTP or code generation).
 */
export interface Contract<
  F extends FunctionName = FunctionName,
  A extends string = string,
  I extends z.ZodType = z.ZodType,
  O extends z.ZodType = z.ZodType,
> {
  fn: F;
  action: A;
  input: I;
  output: O;
  roles: Access;
  /** One line, Chinese or English, shown in docs/API.md and /__emulator/contracts. */
  summary: string;
}

export type InputOf<C extends Contract> = z.input<C['input']>;
export type ParsedInputOf<C extends Contract> = z.output<C['input']>;
export type OutputOf<C extends Contract> = z.output<C['output']>;

export function defineContract<F extends FunctionName, A extends string, I extends z.ZodType, O extends z.ZodType>(
  contract: Contract<F, A, I, O>,
): Contract<F, A, I, O> {
  return contract;
}

/** The data a mini-program sends in `callFunction({ name, data })`. */
export const callEnvelopeSchema = z.object({
  action: z.string().min(1).max(64),
  payload: z.unknown().optional(),
  /** Lets a retried call be recognised (idempotent submits). */
  requestId: z.string().min(8).max(64).optional(),
  /** The contract version the mini-program was built with; older than the functions' → UPGRADE_REQUIRED. */
  clientVersion: z.number().int().min(0).max(1_000_000).optional(),
});
export type CallEnvelope = z.infer<typeof callEnvelopeSchema>;

/** A group of contracts belonging to one function, keyed by action name. */
export type ContractGroup<F extends FunctionName = FunctionName> = Record<string, Contract<F>>;
