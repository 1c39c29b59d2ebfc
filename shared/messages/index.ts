/** Every message a person sees about a value they gave: one map keyed by problem, fields named by label. */
export { FIELD_LABELS, labelForPath, PATH_LABELS } from './labels';
export { PROBLEM_MESSAGES, UNLABELLED_FIELD, WHOLE_SUBMISSION, type Problem } from './problems';
export { messageForIssue } from './zod-issues';
