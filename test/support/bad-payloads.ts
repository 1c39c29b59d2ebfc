/**
 * Generated bad payloads for any contract input: walks the zod schema, builds one payload that parses (where a
 * plausible value for each field can be found) and then spoils one field at a time — left out, wrong type, empty,
 * far too long, a choice that does not exist — plus an unknown extra key and a payload that is not an object.
 */
import type { z } from 'zod';

type Def = { type: string; [key: string]: unknown };
const defOf = (schema: z.ZodType): Def => (schema as unknown as { _zod: { def: Def } })._zod.def;

/** Values that satisfy common field formats; the first the field's own schema accepts becomes its sample. */
const STRING_CANDIDATES = [
  '测试内容足够长的一段文字',
  '张三',
  '13800138000',
  '110101199003074514',
  '91350100M000100Y43',
  '2026-01-05',
  '2026-01-05T08:00:00.000Z',
  'cloud://demo-env.6465-demo/onething/demo-citizen/abc.pdf',
  'demo-citizen',
  'abcdefgh12345678',
  '420100',
  '12:00',
  '测试',
  'x',
];
const NUMBER_CANDIDATES = [1, 0, 5, 100, 2026, 420100, 0.5];

export const FAR_TOO_LONG = '字'.repeat(5000);

export interface BadPayload {
  /** What was spoiled, for the failure report. */
  what: string;
  payload: unknown;
}

function succeeds(schema: z.ZodType, value: unknown): boolean {
  try {
    return schema.safeParse(value).success;
  } catch {
    return false;
  }
}

/** A value the schema accepts, or undefined when none of the guesses fit (the field is then spoiled anyway). */
export function sampleFor(schema: z.ZodType, depth = 0): unknown {
  if (depth > 8) return undefined;
  const def = defOf(schema);
  const pick = (candidates: unknown[]) => candidates.find((c) => succeeds(schema, c));
  switch (def.type) {
    case 'string':
      return pick(STRING_CANDIDATES);
    case 'number':
    case 'int':
      return pick(NUMBER_CANDIDATES);
    case 'boolean':
      return pick([true, false]);
    case 'literal':
      return (def.values as unknown[])[0];
    case 'enum':
      return Object.values(def.entries as Record<string, unknown>)[0];
    case 'null':
      return null;
    case 'optional':
    case 'nullable':
    case 'default':
    case 'prefault':
    case 'readonly':
    case 'catch':
    case 'nonoptional':
      return sampleFor(def.innerType as z.ZodType, depth + 1);
    case 'pipe': {
      const viaIn = sampleFor(def.in as z.ZodType, depth + 1);
      if (succeeds(schema, viaIn)) return viaIn;
      return pick([...STRING_CANDIDATES, ...NUMBER_CANDIDATES]) ?? viaIn;
    }
    case 'lazy':
      return sampleFor((def.getter as () => z.ZodType)(), depth + 1);
    case 'array': {
      const item = sampleFor(def.element as z.ZodType, depth + 1);
      const one = [item];
      return succeeds(schema, one) ? one : [];
    }
    case 'object': {
      const shape = def.shape as Record<string, z.ZodType>;
      const value: Record<string, unknown> = {};
      for (const [key, field] of Object.entries(shape)) {
        if (defOf(field).type === 'optional') continue;
        value[key] = sampleFor(field, depth + 1);
      }
      return value;
    }
    case 'union': {
      for (const option of def.options as z.ZodType[]) {
        const value = sampleFor(option, depth + 1);
        if (succeeds(schema, value)) return value;
      }
      return sampleFor((def.options as z.ZodType[])[0]!, depth + 1);
    }
    case 'record':
      return {};
    case 'tuple':
      return (def.items as z.ZodType[]).map((item) => sampleFor(item, depth + 1));
    case 'intersection':
      return { ...(sampleFor(def.left as z.ZodType, depth + 1) as object), ...(sampleFor(def.right as z.ZodType, depth + 1) as object) };
    default:
      return pick([...STRING_CANDIDATES, ...NUMBER_CANDIDATES, true, {}, []]);
  }
}

/** The object schema inside wrappers (optional, pipe, …), or null when the value is not an object. */
function objectShape(schema: z.ZodType, depth = 0): Record<string, z.ZodType> | null {
  if (depth > 8) return null;
  const def = defOf(schema);
  if (def.type === 'object') return def.shape as Record<string, z.ZodType>;
  if (['optional', 'nullable', 'default', 'prefault', 'readonly', 'catch', 'nonoptional'].includes(def.type)) return objectShape(def.innerType as z.ZodType, depth + 1);
  if (def.type === 'pipe') return objectShape(def.in as z.ZodType, depth + 1);
  if (def.type === 'lazy') return objectShape((def.getter as () => z.ZodType)(), depth + 1);
  return null;
}

function arrayElement(schema: z.ZodType, depth = 0): z.ZodType | null {
  if (depth > 8) return null;
  const def = defOf(schema);
  if (def.type === 'array') return def.element as z.ZodType;
  if (['optional', 'nullable', 'default', 'prefault', 'readonly'].includes(def.type)) return arrayElement(def.innerType as z.ZodType, depth + 1);
  if (def.type === 'pipe') return arrayElement(def.in as z.ZodType, depth + 1);
  return null;
}

function setAt(base: unknown, path: (string | number)[], value: unknown, remove = false): unknown {
  if (path.length === 0) return value;
  const [head, ...rest] = path;
  const container = (Array.isArray(base) ? [...base] : { ...((base as object) ?? {}) }) as Record<string | number, unknown>;
  if (rest.length === 0 && remove) delete container[head!];
  else container[head!] = setAt(container[head!], rest, value, remove);
  return container;
}

/** Each way of spoiling one field. */
const SPOILERS: { what: string; value: (sample: unknown) => unknown; remove?: boolean }[] = [
  { what: 'left out', value: () => undefined, remove: true },
  { what: 'null', value: () => null },
  { what: 'empty string', value: () => '' },
  { what: 'blank string', value: () => '   ' },
  { what: 'far too long', value: () => FAR_TOO_LONG },
  { what: 'not one of the choices', value: () => 'no_such_choice' },
  { what: 'wrong type (number)', value: () => 12345 },
  { what: 'negative number', value: () => -1 },
  { what: 'huge number', value: () => 1e12 },
  { what: 'fraction', value: () => 1.5 },
  { what: 'wrong type (boolean)', value: () => true },
  { what: 'wrong type (object)', value: () => ({ unexpected: 1 }) },
  { what: 'wrong type (array)', value: () => ['x'] },
  { what: 'empty array', value: () => [] },
  { what: 'too many items', value: (sample) => Array.from({ length: 300 }, () => (Array.isArray(sample) ? sample[0] : sample) ?? 'x') },
  { what: 'bad date', value: () => '2026-02-30' },
  { what: 'bad timestamp', value: () => '昨天下午' },
  { what: 'control character', value: () => '张\u0007三' },
];

/** Every bad payload for one contract input. */
export function badPayloads(input: z.ZodType): BadPayload[] {
  const base = sampleFor(input) ?? {};
  const out: BadPayload[] = [
    { what: 'not an object (text)', payload: 'hello' },
    { what: 'not an object (array)', payload: [1, 2] },
    { what: 'empty object', payload: {} },
    { what: 'extra key', payload: { ...(base as object), someUnknownKey: 'x' } },
  ];
  const visit = (schema: z.ZodType, path: (string | number)[], depth: number) => {
    if (depth > 4) return;
    const shape = objectShape(schema);
    if (shape) {
      for (const [key, field] of Object.entries(shape)) {
        const fieldPath = [...path, key];
        const sample = sampleFor(field);
        for (const spoiler of SPOILERS) {
          out.push({ what: `${fieldPath.join('.')}: ${spoiler.what}`, payload: setAt(base, fieldPath, spoiler.value(sample), spoiler.remove) });
        }
        if (path.length === 0 || depth < 3) out.push({ what: `${fieldPath.join('.')}: extra key inside`, payload: setAt(base, [...fieldPath, 'someUnknownKey'], 'x') });
        visit(field, fieldPath, depth + 1);
      }
      return;
    }
    const element = arrayElement(schema);
    if (element && objectShape(element)) {
      // Spoil the fields of the first item.
      const sample = sampleFor(element);
      const withItem = setAt(base, path, [sample]);
      const itemShape = objectShape(element)!;
      for (const key of Object.keys(itemShape)) {
        for (const spoiler of SPOILERS.slice(0, 7)) {
          out.push({ what: `${[...path, 0, key].join('.')}: ${spoiler.what}`, payload: setAt(withItem, [...path, 0, key], spoiler.value(undefined), spoiler.remove) });
        }
      }
    }
  };
  visit(input, [], 0);
  return out;
}
