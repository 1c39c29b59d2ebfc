import { openComingSoon, openPage, ROUTES } from '../routes';

/** 政策计算器 for one enterprise. */
export function openCalculator(code: string): void {
  openPage(ROUTES.policyCalculator, { code });
}

/** One policy's page, with this enterprise's verdicts. */
export function openPolicy(code: string, policyId: string): void {
  openPage(ROUTES.policyDetail, { code, id: policyId });
}

/** Where the enterprise fills in what its profile lacks. */
export function openProfileEditor(_code: string): void {
  openComingSoon('完善企业信息', '填写企业的参保、缴费等信息后，政策计算器就能判断更多政策。');
}
