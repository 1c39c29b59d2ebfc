import type { PolicySummary } from '@shared/contracts/policy';
import type { PolicyMode } from '@shared/policy/policy';
import { formatDay } from '@/format';

/** What each mode means for the enterprise, in one sentence. */
export const MODE_EXPLAINED: Record<PolicyMode, string> = {
  no_application: '免申即享：不用申请，符合条件的企业由部门核实后直接兑现。',
  instant: '即申即享：在线提交申请，符合条件的当场或很快兑现。',
  application: '申报：按通知要求准备材料申报，经部门审核后兑现。',
};

/** The application window in words: 2026年1月1日 起，长期有效 / 2026年1月1日 至 2026年12月31日. */
export function windowWords(window: PolicySummary['window']): string {
  const opens = formatDay(window.opensOn);
  return window.closesOn ? `${opens} 至 ${formatDay(window.closesOn)}` : `${opens} 起，长期有效`;
}

/** The benefit in words: the computed amount when there is one, else the policy's own text. */
export function benefitWords(benefit: PolicySummary['benefit']): string {
  return benefit.amount ?? benefit.text;
}
