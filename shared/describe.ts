import { z } from 'zod';
import type { Contract } from './contract';
import { allContracts } from './contracts';

export interface ActionDescription {
  function: string;
  action: string;
  summary: string;
  roles: readonly string[] | 'public';
  input: unknown;
  output: unknown;
}

function jsonSchemaOf(schema: z.ZodType, io: 'input' | 'output'): unknown {
  return z.toJSONSchema(schema, { io, unrepresentable: 'any', target: 'draft-2020-12' });
}

export function describeContract(contract: Contract): ActionDescription {
  return {
    function: contract.fn,
    action: contract.action,
    summary: contract.summary,
    roles: contract.roles,
    input: jsonSchemaOf(contract.input, 'input'),
    output: jsonSchemaOf(contract.output, 'output'),
  };
}

/** The whole API, self-described: served at GET /__emulator/contracts and rendered into docs/API.md. */
export function describeApi(): { functions: Record<string, ActionDescription[]> } {
  const functions: Record<string, ActionDescription[]> = {};
  for (const contract of allContracts()) {
    (functions[contract.fn] ??= []).push(describeContract(contract));
  }
  return { functions };
}
