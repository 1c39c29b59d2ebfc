/**
 * 我的数据 in the person's words: each stored collection gets a plain title, each field a Chinese label and each
 * coded value its name. Keys, internal ids (openid, requestId, record ids) and codes with no name are never shown;
 * the copy the person can take away (复制全部信息) keeps everything.
 */
import { SHARED_RECORDS } from '@shared/catalog/shared-records';
import { ENTERPRISE_RELATION_LABEL } from '@shared/contracts/policy';
import { FEEDBACK_STATUS_LABELS, REPLY_RATING_LABELS } from '@shared/feedback/feedback';
import { AUTHORIZATION_SCOPE_LABELS } from '@shared/help/authorization';
import { HELP_KIND_LABELS, HELPER_TEAM_LABELS, RELATION_LABELS, SPECIAL_NEED_LABELS } from '@shared/help/kinds';
import { HELPER_STATUS_LABELS } from '@shared/help/matching';
import { HELP_STATE_LABELS } from '@shared/help/states';
import { FIELD_LABELS } from '@shared/messages';
import { CASE_STATUS_LABELS } from '@shared/onething/states';
import { APPEAL_STATE_LABELS } from '@shared/review/appeals';
import { LEVEL_LABELS } from '@shared/review/levels';
import { RECTIFICATION_STATE_LABELS } from '@shared/review/rectification';
import { STAGE_LABELS } from '@shared/review/window';
import { ROLE_LABELS } from '@shared/roles';
import { formatDateTime, formatDay } from '../../../../format';

/** What each stored collection is, said to the person it is about. */
export const SECTION_TITLES: Readonly<Record<string, string>> = {
  users: '账户信息：姓名、角色、所属部门、可代表的企业',
  profiles: '个人信息：姓名、身份证号、手机号、地址，用于办事时自动填写',
  consents: '授权记录：每次同意或撤回一条',
  feedback: '投诉建议',
  deletion_requests: '删除个人信息的申请及处理结果',
  enterprise_binding_requests: '企业绑定申请',
  enterprise_authorizations: '经办人授权',
  access_log: '个人信息查看记录：谁、何时、看了什么',
  help_requests: '帮办代办和上门服务申请',
  helpers: '帮办员档案',
  review_ratings: '好差评评价',
  review_rectifications: '差评整改',
  review_appeals: '差评申诉复核',
  review_reminders: '办结后的评价提醒',
  policy_subscriptions: '同意接收的政策订阅消息',
  policy_objections: '免申即享异议',
  onething_cases: '一件事办件：情形回答、申请表、材料、办理进度和结果',
  shared_records: '电子证照（身份证、户口簿、结婚证、出生医学证明等）',
  messages: '站内消息',
};

/** The plain title of a section: ours, or the stored description without any bracketed technical note. */
export function sectionTitle(collection: string, purpose: string): string {
  return SECTION_TITLES[collection] ?? purpose.replace(/（[^）]*[A-Za-z_][^）]*）/g, '');
}

/** Labels of stored fields that differ from (or are missing in) the form labels of shared/messages. */
const STORED_FIELD_LABELS: Readonly<Record<string, string>> = {
  name: '姓名',
  number: '编号',
  createdAt: '创建时间',
  updatedAt: '更新时间',
  submittedAt: '提交时间',
  finishedAt: '办结时间',
  verifiedAt: '核验时间',
  suspendedAt: '暂停时间',
  issuedOn: '发证日期',
  at: '时间',
  enterprises: '可代表的企业',
  enterpriseId: '统一社会信用代码',
  applicantName: '申请人',
  themeName: '办理事项',
  holder: '持证人',
  issuer: '发证机关',
  type: '证照类型',
  relation: '关系',
  status: '状态',
  statusReason: '状态说明',
  history: '历史记录',
  identity: '身份信息',
  answers: '情形回答',
  form: '申请表',
  materials: '材料',
  tasks: '各部门办理事项',
  timeline: '办理进度',
  results: '办理结果',
  erased: '已删除',
  retained: '依法保留',
  granted: '同意',
  purpose: '用途',
  fields: '查看的内容',
  viewerRoles: '查看人身份',
};

/** Stored keys a person has no use for: internal ids and references. */
const HIDDEN = /^(_id|_openid|requestId|codeHash|themeVersion|recordId|templateId)$|Openid$|^openid$|By$/;

const VALUE_LABELS: Readonly<Record<string, string>> = {
  ...ROLE_LABELS,
  ...CASE_STATUS_LABELS,
  ...HELP_STATE_LABELS,
  ...HELPER_STATUS_LABELS,
  ...HELP_KIND_LABELS,
  ...HELPER_TEAM_LABELS,
  ...RELATION_LABELS,
  ...SPECIAL_NEED_LABELS,
  ...AUTHORIZATION_SCOPE_LABELS,
  ...FEEDBACK_STATUS_LABELS,
  ...REPLY_RATING_LABELS,
  ...LEVEL_LABELS,
  ...STAGE_LABELS,
  ...RECTIFICATION_STATE_LABELS,
  ...APPEAL_STATE_LABELS,
  ...ENTERPRISE_RELATION_LABEL,
  ...Object.fromEntries(Object.entries(SHARED_RECORDS).map(([id, record]) => [id, record.label])),
  self: '本人',
  male: '男',
  female: '女',
};

/** Where the same code means different things, the collection's own meaning wins. */
const COLLECTION_VALUE_LABELS: Readonly<Record<string, Readonly<Record<string, string>>>> = {
  helpers: HELPER_STATUS_LABELS,
  help_requests: HELP_STATE_LABELS,
  onething_cases: CASE_STATUS_LABELS,
  feedback: FEEDBACK_STATUS_LABELS,
  review_rectifications: RECTIFICATION_STATE_LABELS,
  review_appeals: APPEAL_STATE_LABELS,
};

/** Keys that are bookkeeping in one collection only (a case's edit counter, not a consent's notice version). */
const HIDDEN_IN: Readonly<Record<string, readonly string[]>> = { onething_cases: ['version'] };

const WEEKDAYS = ['', '周一', '周二', '周三', '周四', '周五', '周六', '周日'];

export interface ReadableLine {
  label: string;
  value: string;
}

const isRecord = (value: unknown): value is Record<string, unknown> => value !== null && typeof value === 'object' && !Array.isArray(value);

const labelOf = (key: string) => STORED_FIELD_LABELS[key] ?? FIELD_LABELS[key];

/** A stored value as words, or null when there is nothing a person could read in it. */
function describe(value: unknown, codes: Readonly<Record<string, string>>): string | null {
  if (value === null || value === undefined || value === '') return null;
  if (typeof value === 'boolean') return value ? '是' : '否';
  if (typeof value === 'number') return String(value);
  if (typeof value === 'string') {
    if (/^\d{4}-\d{2}-\d{2}T/.test(value)) return formatDateTime(value);
    if (/^\d{4}-\d{2}-\d{2}$/.test(value)) return formatDay(value);
    // A code: its name, or nothing (a bare code means nothing to the person).
    if (/^[A-Za-z][A-Za-z0-9_-]*$/.test(value) && !/\d/.test(value)) return codes[value] ?? VALUE_LABELS[value] ?? null;
    return value;
  }
  if (Array.isArray(value)) {
    if (value.length === 0) return null;
    if (value.every((item) => typeof item !== 'object' || item === null)) {
      const words = value.map((item) => describe(item, codes)).filter((word): word is string => word !== null);
      return words.length ? words.join('、') : `共 ${value.length} 项`;
    }
    return `共 ${value.length} 项`;
  }
  return null;
}

/**
 * The lines of one stored record of `collection`: labelled fields only, nested records one level deep
 * (「身份信息·姓名」).
 */
export function readableLines(record: Record<string, unknown>, collection: string, prefix = '', depth = 0): ReadableLine[] {
  const lines: ReadableLine[] = [];
  const codes = COLLECTION_VALUE_LABELS[collection] ?? {};
  for (const [key, value] of Object.entries(record)) {
    if (HIDDEN.test(key) || HIDDEN_IN[collection]?.includes(key)) continue;
    // Inside a record a name is an organisation's or a thing's, not the person's.
    const label = depth > 0 && key === 'name' ? '名称' : labelOf(key);
    if (!label) continue;
    const fullLabel = prefix ? `${prefix}·${label}` : label;
    if (isRecord(value)) {
      // Answers and form values are keyed by question and field ids: counted, not spelled out key by key.
      if (depth >= 1 || key === 'answers' || key === 'form') {
        const count = Object.keys(value).length;
        if (count) lines.push({ label: fullLabel, value: `共 ${count} 项` });
      } else {
        lines.push(...readableLines(value, collection, fullLabel, depth + 1));
      }
      continue;
    }
    // A short list of records (the enterprises one may represent): each spelled out, numbered.
    if (Array.isArray(value) && depth === 0 && value.length > 0 && value.length <= 5 && value.every(isRecord)) {
      const items = value.flatMap((item, index) => readableLines(item, collection, value.length > 1 ? `${fullLabel}${index + 1}` : fullLabel, depth + 1));
      if (items.length) {
        lines.push(...items);
        continue;
      }
    }
    if (key === 'weekdays' && Array.isArray(value)) {
      lines.push({ label: fullLabel, value: value.map((day) => WEEKDAYS[Number(day)] ?? String(day)).join('、') });
      continue;
    }
    const words = describe(value, codes);
    if (words !== null) lines.push({ label: fullLabel, value: words });
  }
  return lines;
}
