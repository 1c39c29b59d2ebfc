/**
 * Small helpers for writing definitions. They only build plain data (the same objects could be written by
 * hand or stored as JSON); nothing in a definition is a function.
 */
import type { Condition } from './conditions';
import type { SharedRecordType } from './shared-records';
import type { MaterialSourceInput, ThemeDefinition, UploadSpecInput } from './schema';

type SourceInput = MaterialSourceInput;
type UploadInput = UploadSpecInput;

export const when = {
  is: (question: string, value: string): Condition => ({ op: 'equals', question, value }),
  isOneOf: (question: string, values: string[]): Condition => ({ op: 'in', question, values }),
  yes: (question: string): Condition => ({ op: 'isTrue', question }),
  no: (question: string): Condition => ({ op: 'isFalse', question }),
  has: (question: string, option: string): Condition => ({ op: 'includes', question, value: option }),
  hasAny: (question: string, options: string[]): Condition => ({
    op: 'any',
    of: options.map((value) => ({ op: 'includes', question, value }) as Condition),
  }),
  atLeast: (question: string, value: number | string): Condition => ({ op: 'gte', question, value }),
  below: (question: string, value: number | string): Condition => ({ op: 'lt', question, value }),
  all: (...of: Condition[]): Condition => ({ op: 'all', of }),
  any: (...of: Condition[]): Condition => ({ op: 'any', of }),
  not: (of: Condition): Condition => ({ op: 'not', of }),
};

/** Upload presets; spread and override `tip` (and count) per material. */
export const UPLOAD = {
  photoOrPdf: (tip: string, max = 3): UploadInput => ({
    mimeTypes: ['image/jpeg', 'image/png', 'application/pdf'],
    maxBytes: 10 * 1024 * 1024,
    count: { min: 1, max },
    tip,
  }),
  pdf: (tip: string, max = 1): UploadInput => ({ mimeTypes: ['application/pdf'], maxBytes: 20 * 1024 * 1024, count: { min: 1, max }, tip }),
  /** A portrait for a card: small and JPEG only, as card makers ask. */
  idPhoto: (tip = '近期白底免冠正面彩色照片，露出双耳，不戴帽子和有色眼镜。'): UploadInput => ({
    mimeTypes: ['image/jpeg'],
    maxBytes: 2 * 1024 * 1024,
    count: { min: 1, max: 1 },
    tip,
  }),
};

export const source = {
  shared: (record: SharedRecordType, fallbackTip?: string): SourceInput =>
    fallbackTip ? { kind: 'shared', record, fallback: UPLOAD.photoOrPdf(fallbackTip) } : { kind: 'shared', record },
  promise: (text: string, supplyWithinDays?: number): SourceInput =>
    supplyWithinDays === undefined ? { kind: 'promise', text } : { kind: 'promise', text, supplyWithinDays },
  upload: (upload: UploadInput): SourceInput => ({ kind: 'upload', upload }),
  internal: (fromSubItem: string): SourceInput => ({ kind: 'internal', fromSubItem }),
};

/** Identity with a type: lets a theme file be checked against the schema's input type where it is written. */
export function defineTheme(definition: ThemeDefinition): ThemeDefinition {
  return definition;
}
