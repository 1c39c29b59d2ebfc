/**
 * Kinds of sensitive personal information (个人信息保护法 第28–31条). Each kind a case touches needs its own
 * separate consent (单独同意) before it is collected; a minor's data needs the guardian's. An ID number alone
 * is personal but not sensitive, so it is not listed here.
 */
export const SENSITIVE_KINDS = {
  minor: {
    label: '不满十四周岁未成年人的个人信息',
    explanation: '孩子的姓名、出生日期等信息需要由您作为监护人单独同意后才能提交。',
  },
  bank_card: {
    label: '银行账户信息',
    explanation: '银行卡号只用于发放补贴、津贴或退款，不会用于其他用途。',
  },
  disability: {
    label: '残疾状况信息',
    explanation: '残疾类别和等级只用于评定、发证和发放补贴。',
  },
  health: {
    label: '医疗健康信息',
    explanation: '病历、诊断证明等只交给负责审核的部门查看。',
  },
  id_photo: {
    label: '证件照片（人脸图像）',
    explanation: '照片只用于制作证件。',
  },
} as const;

export type SensitiveKind = keyof typeof SENSITIVE_KINDS;
export const SENSITIVE_KIND_IDS = Object.keys(SENSITIVE_KINDS) as [SensitiveKind, ...SensitiveKind[]];
