/**
 * What a person is asked to consent to (PIPL; domain.md §6). The privacy notice is consented to once (per
 * version) before any privacy-related API; sensitive data gets its own consent at the moment it is asked for,
 * saying why, and can be withdrawn with the consequence stated.
 */
export const CONSENT_PURPOSES = ['privacy_notice', 'id_photo', 'disability', 'bank_card', 'minor_data', 'location'] as const;
export type ConsentPurpose = (typeof CONSENT_PURPOSES)[number];

export interface ConsentDefinition {
  purpose: ConsentPurpose;
  title: string;
  /** Why it is needed, shown at the moment of asking. */
  why: string;
  /** What withdrawing means for the person. */
  consequenceOfWithdrawal: string;
  /** Bumped when the text changes: a consent to an older version no longer counts. */
  version: string;
  /** Sensitive personal information (PIPL Art. 28) needs a separate consent. */
  sensitive: boolean;
}

export const PRIVACY_NOTICE_VERSION = '2026.11';

export const CONSENTS: Record<ConsentPurpose, ConsentDefinition> = {
  privacy_notice: {
    purpose: 'privacy_notice',
    title: '用户隐私保护指引',
    why: '为给您办理政务服务，我们需要处理您的微信标识、姓名、证件号码、手机号等信息，仅用于您申请的事项。',
    consequenceOfWithdrawal: '撤回后将无法在线办理需要身份信息的事项，已提交的办件不受影响。',
    version: PRIVACY_NOTICE_VERSION,
    sensitive: false,
  },
  id_photo: {
    purpose: 'id_photo',
    title: '证件照片',
    why: '部分事项需要上传身份证等证件照片，用于核验申请人身份。照片属于敏感个人信息，仅供受理部门查看。',
    consequenceOfWithdrawal: '撤回后需要上传证件照片的事项将无法在线提交，可到窗口办理。',
    version: '2026.11',
    sensitive: true,
  },
  disability: {
    purpose: 'disability',
    title: '残疾状况信息',
    why: '办理残疾人证和残疾人补贴需要处理残疾类别、等级等信息，仅提供给残联和民政部门用于审核。',
    consequenceOfWithdrawal: '撤回后残疾人服务相关事项将无法在线办理，已发放的补贴不受影响。',
    version: '2026.11',
    sensitive: true,
  },
  bank_card: {
    purpose: 'bank_card',
    title: '银行卡信息',
    why: '生育津贴、补贴等款项需要发放到您本人的银行卡，卡号仅提供给发放部门。',
    consequenceOfWithdrawal: '撤回后需要发放款项的事项无法在线申请，请到窗口提供收款账户。',
    version: '2026.11',
    sensitive: true,
  },
  minor_data: {
    purpose: 'minor_data',
    title: '未满十四周岁未成年人信息（监护人同意）',
    why: '为孩子办理出生登记、入学等事项需要处理孩子的个人信息，须由监护人同意。',
    consequenceOfWithdrawal: '撤回后为孩子办理的事项将无法在线提交。',
    version: '2026.11',
    sensitive: true,
  },
  location: {
    purpose: 'location',
    title: '位置信息',
    why: '上门服务需要您的位置，方便帮办员找到您；仅在本次服务期间使用。',
    consequenceOfWithdrawal: '撤回后上门服务需要您手动填写地址。',
    version: '2026.11',
    sensitive: true,
  },
};

export type ConsentStatus = 'granted' | 'withdrawn' | 'never' | 'outdated';

export interface ConsentRecord {
  purpose: ConsentPurpose;
  version: string;
  grantedAt: Date;
  withdrawnAt: Date | null;
}

/** The standing of one purpose given the person's records (latest first or any order). */
export function consentStatus(purpose: ConsentPurpose, records: ConsentRecord[]): { status: ConsentStatus; latest: ConsentRecord | null } {
  const latest = records
    .filter((record) => record.purpose === purpose)
    .sort((a, b) => b.grantedAt.getTime() - a.grantedAt.getTime())[0];
  if (!latest) return { status: 'never', latest: null };
  if (latest.withdrawnAt) return { status: 'withdrawn', latest };
  if (latest.version !== CONSENTS[purpose].version) return { status: 'outdated', latest };
  return { status: 'granted', latest };
}
