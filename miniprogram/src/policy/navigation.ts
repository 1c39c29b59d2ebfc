import { openPage, ROUTES } from '@/routes';

/** 政策计算器 for one enterprise. */
export function openCalculator(code: string): void {
  openPage(ROUTES.policyCalculator, { code });
}

/** One policy's page, with this enterprise's verdicts. */
export function openPolicy(code: string, policyId: string): void {
  openPage(ROUTES.policyDetail, { code, id: policyId });
}

/** Where the enterprise fills in what its profile lacks. */
export function openProfileEditor(code: string): void {
  openPage(ROUTES.enterpriseProfile, { code });
}

/** The policies pushed to this enterprise. */
export function openInbox(code: string): void {
  openPage(ROUTES.policyInbox, { code });
}

/** Bind (another) enterprise. */
export function openBind(): void {
  openPage(ROUTES.enterpriseBind);
}

/** The caller's own binding requests and their state. */
export function openBindingRequests(): void {
  openPage(ROUTES.enterpriseRequests);
}

/** 经办人授权 for one enterprise. */
export function openMembers(code: string): void {
  openPage(ROUTES.enterpriseMembers, { code });
}
