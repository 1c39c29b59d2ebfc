/**
 * Every database collection the functions use, with its indexes. `npm run deploy` creates them (and their
 * indexes) in the real environment; the local CloudBase creates them at start. Add a collection here first.
 */
export interface IndexDeclaration {
  name: string;
  keys: { field: string; direction: 1 | -1 }[];
  unique?: boolean;
}

export interface CollectionDeclaration {
  name: string;
  purpose: string;
  indexes: IndexDeclaration[];
  /** Set where documents hold a person's data: `data.export` returns every document whose `ownerField` is theirs. */
  personalData?: { ownerField: string };
}

export const COLLECTIONS = {
  users: 'users',
  departments: 'departments',
  enterprises: 'enterprises',
  enterpriseBindingRequests: 'enterprise_binding_requests',
  enterpriseAuthorizations: 'enterprise_authorizations',
  accessLog: 'access_log',
  profiles: 'profiles',
  consents: 'consents',
  feedback: 'feedback',
  deletionRequests: 'deletion_requests',
  helpRequests: 'help_requests',
  helpers: 'helpers',
  reviewRatings: 'review_ratings',
  reviewRectifications: 'review_rectifications',
  reviewAppeals: 'review_appeals',
  reviewReminders: 'review_reminders',
  reviewSummaries: 'review_summaries',
  policies: 'policies',
  policyDeliveries: 'policy_deliveries',
  policySubscriptions: 'policy_subscriptions',
  policyObjections: 'policy_objections',
  policyPushCheckpoints: 'policy_push_checkpoints',
  policyPushRuns: 'policy_push_runs',
  policyPushPacer: 'policy_push_pacer',
  onethingCases: 'onething_cases',
  onethingCounters: 'onething_counters',
  onethingTasks: 'onething_tasks',
  sharedRecords: 'shared_records',
  messages: 'messages',
  rateCounters: 'rate_counters',
  roleAudit: 'role_audit_log',
} as const;

export const COLLECTION_DECLARATIONS: CollectionDeclaration[] = [
  {
    name: COLLECTIONS.users,
    purpose: '每个微信用户一条（_id = openid）：姓名、角色、所属部门、可代表的企业',
    indexes: [
      { name: 'roles_department', keys: [{ field: 'roles', direction: 1 }, { field: 'department', direction: 1 }] },
      // 用户与角色 pages people found by name newest first (cursor paging over createdAt, _id).
      { name: 'created', keys: [{ field: 'createdAt', direction: -1 }, { field: '_id', direction: -1 }] },
    ],
    personalData: { ownerField: '_id' },
  },
  {
    name: COLLECTIONS.profiles,
    purpose: '个人信息（_id = openid）：姓名、身份证号、手机号、地址，用于表单预填',
    indexes: [],
    personalData: { ownerField: '_id' },
  },
  {
    name: COLLECTIONS.consents,
    purpose: '授权记录：每次同意或撤回一条，含版本和时间',
    indexes: [{ name: 'openid_purpose', keys: [{ field: 'openid', direction: 1 }, { field: 'purpose', direction: 1 }] }],
    personalData: { ownerField: 'openid' },
  },
  {
    name: COLLECTIONS.feedback,
    purpose: '投诉建议工单',
    indexes: [
      { name: 'openid_created', keys: [{ field: 'openid', direction: 1 }, { field: 'createdAt', direction: -1 }] },
      { name: 'department_status', keys: [{ field: 'department', direction: 1 }, { field: 'status', direction: 1 }] },
      // The desk pages by (dueAt, _id) within a department (and status): cursor paging, never skip.
      { name: 'department_status_due', keys: [{ field: 'department', direction: 1 }, { field: 'status', direction: 1 }, { field: 'dueAt', direction: 1 }, { field: '_id', direction: 1 }] },
      { name: 'department_due', keys: [{ field: 'department', direction: 1 }, { field: 'dueAt', direction: 1 }, { field: '_id', direction: 1 }] },
      { name: 'number', keys: [{ field: 'number', direction: 1 }], unique: true },
    ],
    personalData: { ownerField: 'openid' },
  },
  {
    name: COLLECTIONS.deletionRequests,
    purpose: '删除个人信息的申请及处理结果',
    indexes: [{ name: 'openid', keys: [{ field: 'openid', direction: 1 }] }],
    personalData: { ownerField: 'openid' },
  },
  {
    name: COLLECTIONS.departments,
    purpose: '本市部门（_id = 部门编号）',
    indexes: [],
  },
  {
    name: COLLECTIONS.enterprises,
    purpose: '企业档案（_id = 统一社会信用代码）：档案各项及来源、计算出的规模、绑定的法定代表人/经办人、屏蔽的政策类别',
    // The push job's pre-filter (shared/policy/prefilter.ts) most often narrows by region and industry prefix.
    indexes: [
      { name: 'region', keys: [{ field: 'region', direction: 1 }] },
      { name: 'profile_region', keys: [{ field: 'profile.region', direction: 1 }] },
      { name: 'profile_industry', keys: [{ field: 'profile.industryCode', direction: 1 }] },
    ],
  },
  {
    name: COLLECTIONS.enterpriseBindingRequests,
    purpose: '企业绑定申请：实名信息与登记的法定代表人不一致时，待市场监管部门或本企业法定代表人审核（通过/不通过及理由/撤回）',
    indexes: [
      { name: 'requester_created', keys: [{ field: 'requesterOpenid', direction: 1 }, { field: 'createdAt', direction: -1 }] },
      { name: 'status_created', keys: [{ field: 'status', direction: 1 }, { field: 'createdAt', direction: 1 }] },
      { name: 'credit_status', keys: [{ field: 'creditCode', direction: 1 }, { field: 'status', direction: 1 }] },
    ],
    personalData: { ownerField: 'requesterOpenid' },
  },
  {
    name: COLLECTIONS.enterpriseAuthorizations,
    purpose: '经办人授权码：法定代表人指定的经办人姓名、授权范围、到期日，一次性授权码的摘要（不存原码）及使用/作废状态',
    indexes: [
      { name: 'code_hash', keys: [{ field: 'codeHash', direction: 1 }], unique: true },
      { name: 'credit_status', keys: [{ field: 'creditCode', direction: 1 }, { field: 'status', direction: 1 }] },
    ],
  },
  {
    name: COLLECTIONS.accessLog,
    purpose: '个人信息完整查看记录：谁、何时、看了谁的什么',
    indexes: [{ name: 'subject_time', keys: [{ field: 'subjectOpenid', direction: 1 }, { field: 'at', direction: -1 }] }],
    personalData: { ownerField: 'subjectOpenid' },
  },
  {
    name: COLLECTIONS.helpRequests,
    purpose: '帮办代办/上门服务申请：事项、预约时间、地址、联系方式、特殊需求、代办委托书、状态和时间线、回访',
    indexes: [
      { name: 'number', keys: [{ field: 'number', direction: 1 }], unique: true },
      { name: 'requester_created', keys: [{ field: 'requesterOpenid', direction: 1 }, { field: 'createdAt', direction: -1 }, { field: '_id', direction: -1 }] },
      { name: 'state_region', keys: [{ field: 'state', direction: 1 }, { field: 'regionPath', direction: 1 }] },
      { name: 'state_opened', keys: [{ field: 'state', direction: 1 }, { field: 'openedAt', direction: 1 }] },
      { name: 'helper_state', keys: [{ field: 'helper.openid', direction: 1 }, { field: 'state', direction: 1 }] },
      { name: 'helper_window', keys: [{ field: 'helper.openid', direction: 1 }, { field: 'window.from', direction: 1 }, { field: '_id', direction: 1 }] },
      { name: 'helper_updated', keys: [{ field: 'helper.openid', direction: 1 }, { field: 'updatedAt', direction: -1 }, { field: '_id', direction: -1 }] },
      { name: 'state_window', keys: [{ field: 'state', direction: 1 }, { field: 'window.from', direction: 1 }, { field: '_id', direction: 1 }] },
      { name: 'state_updated', keys: [{ field: 'state', direction: 1 }, { field: 'updatedAt', direction: -1 }, { field: '_id', direction: -1 }] },
    ],
    personalData: { ownerField: 'requesterOpenid' },
  },
  {
    name: COLLECTIONS.helpers,
    purpose: '帮办员档案（_id = openid）：身份、服务类型、特殊需求能力、服务区域、服务时间、认证和暂停记录',
    indexes: [{ name: 'status_areas', keys: [{ field: 'status', direction: 1 }, { field: 'serviceAreas', direction: 1 }] }],
    personalData: { ownerField: '_id' },
  },
  {
    name: COLLECTIONS.reviewRatings,
    purpose: '好差评评价（_id = 来源_办件_环节，每件每环节一条）：办件编号、事项编码和版本、部门、区域、渠道、被评人员、等级、指标、评价人',
    indexes: [
      { name: 'rater_created', keys: [{ field: 'raterOpenid', direction: 1 }, { field: 'createdAt', direction: -1 }, { field: '_id', direction: -1 }] },
      { name: 'department_created', keys: [{ field: 'department', direction: 1 }, { field: 'createdAt', direction: -1 }, { field: '_id', direction: -1 }] },
      // Export by date range and the summaries' recount read by (createdAt, _id) cursor.
      { name: 'created', keys: [{ field: 'createdAt', direction: 1 }, { field: '_id', direction: 1 }] },
    ],
    personalData: { ownerField: 'raterOpenid' },
  },
  {
    name: COLLECTIONS.reviewRectifications,
    purpose: '差评整改：核实、整改或说明、回访、办结、评价人对整改的评价、升级',
    indexes: [
      { name: 'department_state', keys: [{ field: 'department', direction: 1 }, { field: 'state', direction: 1 }] },
      { name: 'state_due', keys: [{ field: 'state', direction: 1 }, { field: 'dueAt', direction: 1 }] },
      { name: 'rater', keys: [{ field: 'raterOpenid', direction: 1 }] },
      { name: 'department_due', keys: [{ field: 'department', direction: 1 }, { field: 'escalation', direction: 1 }, { field: 'dueAt', direction: 1 }, { field: '_id', direction: 1 }] },
      { name: 'rater_due', keys: [{ field: 'raterOpenid', direction: 1 }, { field: 'escalation', direction: 1 }, { field: 'dueAt', direction: 1 }, { field: '_id', direction: 1 }] },
    ],
    personalData: { ownerField: 'raterOpenid' },
  },
  {
    name: COLLECTIONS.reviewAppeals,
    purpose: '差评申诉复核：部门、理由、证据、管理员决定',
    indexes: [
      { name: 'rating_state', keys: [{ field: 'ratingId', direction: 1 }, { field: 'state', direction: 1 }] },
      { name: 'department_created', keys: [{ field: 'department', direction: 1 }, { field: 'createdAt', direction: -1 }, { field: '_id', direction: -1 }] },
    ],
  },
  {
    name: COLLECTIONS.reviewReminders,
    purpose: '办结后未评价的提醒（_id = 来源_办件，每件一次）',
    indexes: [],
    personalData: { ownerField: 'openid' },
  },
  {
    name: COLLECTIONS.reviewSummaries,
    // Client access: admin-only, the default (security-rules.ts); the public dashboard reads it through stats.summary.
    purpose: '好差评看板的累计数（_id = 部门~北京月份，每部门每月一条）：计入统计的评价按等级和主题计数、差评整改的在办/按期/实名/已回访数，随评价、申诉和整改原子递增',
    indexes: [{ name: 'kind_id', keys: [{ field: 'kind', direction: 1 }, { field: '_id', direction: 1 }] }],
  },
  {
    name: COLLECTIONS.policies,
    purpose: '惠企政策（_id = 政策编号）：标题、发文部门、摘要、原文链接、兑现内容、实施期限、兑现方式、类别、结构化申报条件',
    indexes: [{ name: 'status_category', keys: [{ field: 'status', direction: 1 }, { field: 'category', direction: 1 }] }],
  },
  {
    name: COLLECTIONS.policyDeliveries,
    purpose: '政策推送（_id = 政策编号~统一社会信用代码，每家企业每项政策一条，先建后发保证只送达一次）：渠道、状态、已读',
    indexes: [
      { name: 'enterprise_created', keys: [{ field: 'creditCode', direction: 1 }, { field: 'createdAt', direction: -1 }] },
      { name: 'policy_status', keys: [{ field: 'policyId', direction: 1 }, { field: 'status', direction: 1 }] },
      { name: 'status_retry', keys: [{ field: 'status', direction: 1 }, { field: 'retryAfter', direction: 1 }] },
    ],
  },
  {
    name: COLLECTIONS.policySubscriptions,
    purpose: '用户同意接收的政策订阅消息次数（_id = openid~模板编号）',
    indexes: [],
    personalData: { ownerField: 'openid' },
  },
  {
    name: COLLECTIONS.policyObjections,
    purpose: '免申即享异议（_id = 推送编号，每条推送一次）：理由、送达的发文部门',
    indexes: [{ name: 'policy_created', keys: [{ field: 'policyId', direction: 1 }, { field: 'createdAt', direction: -1 }] }],
    personalData: { ownerField: 'openid' },
  },
  {
    name: COLLECTIONS.policyPushCheckpoints,
    purpose: '推送任务断点（_id = 政策编号）：本轮已处理到的企业、最近一次完整推送的日期',
    indexes: [],
  },
  {
    name: COLLECTIONS.policyPushRuns,
    purpose: '推送任务的每次运行（_id = 运行编号）：租约到期时间、结束时间；租约过期的运行所认领的推送由下一次运行接手',
    indexes: [{ name: 'lease', keys: [{ field: 'leaseUntil', direction: 1 }] }],
  },
  {
    name: COLLECTIONS.policyPushPacer,
    purpose: '订阅消息发送节奏（_id = subscribe）：已预订到的发送时刻、最近一秒内各次发送的开始时间，跨运行保持不超过每秒上限',
    indexes: [],
  },
  {
    name: COLLECTIONS.onethingCases,
    purpose: '一件事办件（_id 由申请人和 requestId 算出，重试不重复）：事项版本、情形回答、一表申请、材料（共享证照引用/承诺/上传）、各部门事项、时限、补正、结果和时间线',
    indexes: [
      { name: 'number', keys: [{ field: 'number', direction: 1 }], unique: true },
      { name: 'applicant_created', keys: [{ field: 'applicantOpenid', direction: 1 }, { field: 'createdAt', direction: -1 }, { field: '_id', direction: -1 }] },
      { name: 'departments_status', keys: [{ field: 'departments', direction: 1 }, { field: 'status', direction: 1 }] },
      { name: 'status_completed', keys: [{ field: 'status', direction: 1 }, { field: 'completedAt', direction: 1 }] },
    ],
    personalData: { ownerField: 'applicantOpenid' },
  },
  {
    name: COLLECTIONS.onethingTasks,
    purpose: '部门待办索引：每件办件的每个部门事项一条（状态阶段、到期日），部门按到期日分页读取；以办件为准，读到不一致的会按办件改正',
    indexes: [
      {
        name: 'department_phase_due',
        keys: [{ field: 'department', direction: 1 }, { field: 'phase', direction: 1 }, { field: 'dueAt', direction: 1 }, { field: '_id', direction: 1 }],
      },
    ],
  },
  {
    name: COLLECTIONS.onethingCounters,
    purpose: '办件编号的每日序号（_id = 北京日期）',
    indexes: [],
  },
  {
    name: COLLECTIONS.sharedRecords,
    purpose: '本地数据共享提供方的电子证照（身份证、户口簿、结婚证、出生医学证明、营业执照……），按持有人 openid 查询',
    indexes: [{ name: 'owner_type', keys: [{ field: 'ownerOpenid', direction: 1 }, { field: 'type', direction: 1 }] }],
    personalData: { ownerField: 'ownerOpenid' },
  },
  {
    name: COLLECTIONS.messages,
    purpose: '站内消息：办件每次状态变化通知申请人',
    indexes: [{ name: 'openid_created', keys: [{ field: 'openid', direction: 1 }, { field: 'createdAt', direction: -1 }] }],
    personalData: { ownerField: 'openid' },
  },
  {
    name: COLLECTIONS.rateCounters,
    purpose: '每人每类新建操作的次数计数（_id = openid~操作~时间窗起点，固定时间窗），用于限制频率（shared/config/rate-limits.ts）',
    indexes: [{ name: 'window_end', keys: [{ field: 'windowEnd', direction: 1 }] }],
  },
  {
    name: COLLECTIONS.roleAudit,
    purpose: '角色调整审计日志：哪位管理员、何时、把谁的角色和所属部门从什么改成什么、原因；只增不改',
    indexes: [
      { name: 'at', keys: [{ field: 'at', direction: -1 }, { field: '_id', direction: -1 }] },
      { name: 'target_at', keys: [{ field: 'targetOpenid', direction: 1 }, { field: 'at', direction: -1 }] },
    ],
  },
];
