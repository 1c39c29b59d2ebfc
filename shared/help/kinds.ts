/**
 * The vocabulary of help on demand (domain.md §3): what kind of help, what special needs, who the helpers are,
 * for whom it is asked. Every list is data so the contracts, the pages and the matching read the same words.
 */

/** 帮办 — guidance; 代办 — act on my behalf (needs a signed 委托书); 上门 — come to me. */
export const HELP_KINDS = ['guidance', 'proxy', 'home_visit'] as const;
export type HelpKind = (typeof HELP_KINDS)[number];

export const HELP_KIND_LABELS: Record<HelpKind, string> = {
  guidance: '帮办',
  proxy: '代办',
  home_visit: '上门',
};

export const HELP_KIND_DESCRIPTIONS: Record<HelpKind, string> = {
  guidance: '帮办员解答问题、帮您准备材料、陪您一步步办，申请仍由您本人提交。',
  proxy: '帮办员凭您签署的委托书替您跑腿办理，您仍是申请人，对材料真实性负责。',
  home_visit: '行动不便时，帮办员上门为您办理或指导。',
};

/** Needs a helper must be able to meet (Xiangyang's 老年人"五办": 全程陪同、绿色优先、特殊情形上门). */
export const SPECIAL_NEEDS = ['elderly', 'disability', 'language', 'mobility'] as const;
export type SpecialNeed = (typeof SPECIAL_NEEDS)[number];

export const SPECIAL_NEED_LABELS: Record<SpecialNeed, string> = {
  elderly: '老年人',
  disability: '残疾人',
  language: '语言沟通（方言、外语、手语）',
  mobility: '行动不便',
};

/**
 * Disability status is sensitive personal information (PIPL Art. 28–29): asking for a helper who can support it
 * needs a separate consent, given with the request and stored on it.
 */
export const DISABILITY_NEED_CONSENT = {
  version: '2026.11',
  text: '我同意将“需要残疾人服务”这一情况提供给接单的帮办员，仅用于本次帮办服务。',
} as const;

/** "1+3+N" staffing (Taiyuan): service-centre staff, grid workers, party volunteers, retired cadres, professionals. */
export const HELPER_TEAMS = ['service_center', 'grid_worker', 'party_volunteer', 'retired_cadre', 'professional'] as const;
export type HelperTeam = (typeof HELPER_TEAMS)[number];

export const HELPER_TEAM_LABELS: Record<HelperTeam, string> = {
  service_center: '政务服务中心帮办员',
  grid_worker: '网格员',
  party_volunteer: '党员志愿者',
  retired_cadre: '退休干部',
  professional: '专业帮办员',
};

/** Asking for someone else (a child for a parent): who they are to the requester. */
export const RELATIONS = ['parent', 'child', 'spouse', 'relative', 'neighbour', 'other'] as const;
export type Relation = (typeof RELATIONS)[number];

export const RELATION_LABELS: Record<Relation, string> = {
  parent: '父母',
  child: '子女',
  spouse: '配偶',
  relative: '其他亲属',
  neighbour: '邻居',
  other: '其他',
};

/** How the person being helped agreed to be helped (the consent recorded with the request). */
export const CONSENT_METHODS = ['in_person', 'phone', 'written', 'video', 'guardian'] as const;
export type ConsentMethod = (typeof CONSENT_METHODS)[number];

export const CONSENT_METHOD_LABELS: Record<ConsentMethod, string> = {
  in_person: '当面口头同意',
  phone: '电话确认同意',
  written: '书面签字同意',
  video: '视频确认同意',
  guardian: '本人无民事行为能力，由监护人同意',
};
