/**
 * The one definition of typed text. Every name and free-text field of every contract is built here, so none of them
 * lets through control characters (which break logs, CSV exports and SMS templates) or the bidirectional overrides
 * that make 「张三」 display as something else (U+202A–U+202E, U+2066–U+2069).
 */
import { z } from 'zod';

/** U+0000–U+001F, U+007F and the bidirectional embedding/override/isolate characters. */
const FORBIDDEN_IN_NAMES = /[\u0000-\u001f\u007f\u202a-\u202e\u2066-\u2069]/;
/** The same, except that multi-line free text may keep line breaks and tabs. */
const FORBIDDEN_IN_FREE_TEXT = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f\u202a-\u202e\u2066-\u2069]/;

export function hasForbiddenCharacters(value: string, multiline = false): boolean {
  return (multiline ? FORBIDDEN_IN_FREE_TEXT : FORBIDDEN_IN_NAMES).test(value);
}

export interface TextOptions {
  /** Fewest characters; with a message, the field is required. */
  min?: number;
  minMessage?: string;
  max?: number;
  maxMessage?: string;
  /** Comments and descriptions may span lines; names and one-line fields never. */
  multiline?: boolean;
}

/**
 * Trimmed text whose messages name the field by its Chinese label. `label` is what the person sees beside the box:
 * 「备注」不能包含看不见的控制字符.
 */
export function text(label: string, options: TextOptions = {}) {
  const { min, max, multiline = false } = options;
  let schema = z.string({ error: `请填写${label}` }).trim();
  if (min !== undefined) {
    // An empty box is asked for once ("请填写…"), not told it is too short.
    const tooShort = min <= 1 ? `请填写${label}` : `${label}至少要写${min}个字`;
    schema = schema.min(min, options.minMessage ?? { error: (issue) => (issue.input === '' ? `请填写${label}` : tooShort) });
  }
  if (max !== undefined) schema = schema.max(max, options.maxMessage ?? `${label}请控制在${max}个字以内`);
  return schema.refine((value) => !hasForbiddenCharacters(value, multiline), {
    message: multiline
      ? `「${label}」里有看不见的控制字符或文字方向符号，请删掉后重新填写`
      : `「${label}」里有看不见的控制字符、换行或文字方向符号，请删掉后重新填写`,
  });
}

/** A one-line name (a person's, an organisation's, a file's): never a line break, tab or direction override. */
export function name(label: string, options: Omit<TextOptions, 'multiline'> = {}) {
  return text(label, { ...options, multiline: false });
}

/** Multi-line free text (comments, descriptions, replies): line breaks allowed, other control characters not. */
export function freeText(label: string, options: Omit<TextOptions, 'multiline'> = {}) {
  return text(label, { ...options, multiline: true });
}
