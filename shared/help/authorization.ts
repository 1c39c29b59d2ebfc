/**
 * The 代办委托书: what the helper may do, for which matter, until when. The requester drafts it with the request
 * and signs (confirms) it in the app; a 代办 request is open to helpers only after that, and every step a helper
 * takes on it needs the 委托书 still valid. The applicant stays the legal applicant (domain.md §3).
 */

export const AUTHORIZATION_SCOPES = ['fill_forms', 'submit_materials', 'communicate', 'collect_result'] as const;
export type AuthorizationScope = (typeof AUTHORIZATION_SCOPES)[number];

export const AUTHORIZATION_SCOPE_LABELS: Record<AuthorizationScope, string> = {
  fill_forms: '代为填写申请表格',
  submit_materials: '代为递交申请材料',
  communicate: '代为与办理部门沟通、补正材料',
  collect_result: '代为领取办理结果',
};

/** Bumped when the wording below changes; the version signed is stored with the signature. */
export const AUTHORIZATION_TEXT_VERSION = '2026.11';

export interface AuthorizationTerms {
  /** The matter the helper acts on (事项名称). */
  matter: string;
  scope: readonly AuthorizationScope[];
  /** Last calendar day (Beijing) the 委托书 is valid, YYYY-MM-DD. */
  validUntil: string;
  /** Originals or copies handed to the helper. */
  materials: readonly string[];
}

export interface AuthorizationParties {
  /** The requester (委托人) as shown: masked in lists, whole to the owner helper and staff. */
  principal: string;
  /** The helper (受托人) once known. */
  agent: string | null;
  requestNumber: string;
}

/** The 委托书 text the requester reads and signs; the pages render it with the same function. */
export function authorizationText(terms: AuthorizationTerms, parties: AuthorizationParties): string {
  const scope = terms.scope.map((s) => AUTHORIZATION_SCOPE_LABELS[s]).join('、');
  const materials = terms.materials.length > 0 ? terms.materials.join('、') : '无';
  return [
    `代办委托书（编号 ${parties.requestNumber}）`,
    `委托人：${parties.principal}`,
    `受托人：${parties.agent ?? '接单的认证帮办员（接单后填入）'}`,
    `委托事项：${terms.matter}`,
    `委托权限：${scope}`,
    `交付材料：${materials}`,
    `有效期至：${terms.validUntil}（含当日）`,
    '委托人仍为申请人，对所提交材料的真实性负责；受托人不得超出上述权限办理，不得收取任何费用；委托人可随时撤销委托。',
  ].join('\n');
}

/** The end of the last valid day, Beijing time. */
export function authorizationExpiresAt(validUntil: string): Date {
  return new Date(`${validUntil}T23:59:59.999+08:00`);
}

/** Beijing calendar date of an instant, YYYY-MM-DD. */
export function beijingDay(instant: Date): string {
  return new Date(instant.getTime() + 8 * 3600_000).toISOString().slice(0, 10);
}

/** Problems with the validity date of a draft: not in the past, not further ahead than the city allows. */
export function validUntilProblem(validUntil: string, now: Date, maxDays: number): string | null {
  const today = beijingDay(now);
  if (validUntil < today) return '委托有效期不能早于今天';
  const latest = beijingDay(new Date(now.getTime() + maxDays * 86_400_000));
  if (validUntil > latest) return `委托有效期最长${maxDays}天，请选择${latest}或更早的日期`;
  return null;
}

export interface StoredAuthorizationState {
  confirmedAt: Date | string | null;
  validUntil: string;
}

/** Why the 委托书 does not allow a helper to act now, or null when it does. */
export function authorizationProblem(authorization: StoredAuthorizationState | null, now: Date): string | null {
  if (!authorization || !authorization.confirmedAt) return '申请人还没有签署委托书，签署后帮办员才能代办。';
  if (now > authorizationExpiresAt(authorization.validUntil)) {
    return `委托书已于${authorization.validUntil}到期，请申请人续签委托书后再继续。`;
  }
  return null;
}
