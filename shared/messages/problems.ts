/**
 * The one Chinese message map for what can be wrong with a value a person gives us, keyed by problem. Every
 * validation message of every contract that does not carry its own hand-written sentence comes from here, with the
 * field's Chinese label (see labels.ts) — never a field key, a type name or a list of internal codes.
 */
export const PROBLEM_MESSAGES = {
  /** Left out or empty: a box to type into. */
  required: (label: string) => `请填写${label}`,
  /** Left out or empty: something to pick (a choice, a date, a switch, a list). */
  choose: (label: string) => `请选择${label}`,
  tooShort: (label: string, min: number) => `${label}至少要写${min}个字`,
  tooLong: (label: string, max: number) => `${label}请控制在${max}个字以内`,
  tooFew: (label: string, min: number) => `${label}至少需要${min}项`,
  tooMany: (label: string, max: number) => `${label}最多${max}项`,
  tooSmall: (label: string, min: number) => `${label}不能小于${min}`,
  tooLarge: (label: string, max: number) => `${label}不能大于${max}`,
  notWhole: (label: string) => `${label}应为整数`,
  notNumber: (label: string) => `${label}请填写数字`,
  notOneOf: (label: string) => `${label}不在可选范围内，请重新选择`,
  wrongFormat: (label: string) => `${label}的格式不对，请检查后重新填写`,
  notDateTime: (label: string) => `${label}不是有效的时间，请重新选择`,
  notLink: (label: string) => `${label}不是有效的网址`,
  notEmail: (label: string) => `${label}不是有效的邮箱地址`,
  /** The value is of a kind the field never takes (text where a number belongs, a list where text belongs). */
  wrongKind: (label: string) => `${label}的填写方式不对，请重新填写`,
  /** Keys nobody typed: an old or altered page sent them. The key itself is never shown. */
  unknownItems: (label: string) => `${label}里有无法识别的项目，请刷新页面后重试`,
  invalid: (label: string) => `${label}填写有误，请检查`,
} as const;

export type Problem = keyof typeof PROBLEM_MESSAGES;

/** The label of a field nobody labelled: neutral words, never its key. */
export const UNLABELLED_FIELD = '这一项';
/** The label of the whole payload (an issue with no path). */
export const WHOLE_SUBMISSION = '提交的内容';
