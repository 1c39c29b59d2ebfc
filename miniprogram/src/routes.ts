import Taro from '@tarojs/taro';

/** Every page of the app, by what it is for. Subpackage pages live under /packages/<role>/. */
export const ROUTES = {
  home: '/pages/index/index',
  me: '/pages/me/index',
  soon: '/pages/soon/index',
  enterprise: '/packages/enterprise/pages/index/index',
  helper: '/packages/helper/pages/index/index',
  staff: '/packages/staff/pages/index/index',
  // 帮办代办 (issue 5)
  helpNew: '/pages/help/new/index',
  helpAuthorize: '/pages/help/authorize/index',
  helpMine: '/pages/help/mine/index',
  helpDetail: '/pages/help/detail/index',
  helperRequests: '/packages/helper/pages/requests/index',
  helperRequest: '/packages/helper/pages/request/index',
  helpDesk: '/packages/staff/pages/help-desk/index',
  helpDeskRequest: '/packages/staff/pages/help-desk/request',
  helpDeskHelpers: '/packages/staff/pages/help-desk/helpers',
  // 隐私与投诉建议 (issue 3)
  privacy: '/pages/privacy/index',
  consents: '/packages/account/pages/consents/index',
  profile: '/packages/account/pages/profile/index',
  myData: '/packages/account/pages/data/index',
  feedbackNew: '/packages/feedback/pages/new/index',
  feedbackResult: '/packages/feedback/pages/result/index',
  feedbackMine: '/packages/feedback/pages/mine/index',
  feedbackDetail: '/packages/feedback/pages/detail/index',
  staffFeedback: '/packages/staff/pages/feedback/index',
  // 高效办成一件事 (issue 4)
  onethingTheme: '/pages/onething/theme/index',
  onethingGuide: '/pages/onething/guide/index',
  onethingChecklist: '/pages/onething/checklist/index',
  // The form and its check page read the catalog (form fields), so they load on demand as a subpackage.
  onethingForm: '/packages/onething/pages/form/index',
  onethingConfirm: '/packages/onething/pages/confirm/index',
  onethingCases: '/pages/onething/cases/index',
  onethingCase: '/pages/onething/case/index',
  onethingTasks: '/packages/staff/pages/onething-tasks/index',
  onethingTask: '/packages/staff/pages/onething-tasks/detail',
  onethingWindow: '/packages/staff/pages/onething-window/index',
  // 惠企政策 (issue 6)
  policyCalculator: '/packages/enterprise/pages/calculator/index',
  policyDetail: '/packages/enterprise/pages/policy/index',
  enterpriseBind: '/packages/enterprise/pages/bind/index',
  enterpriseProfile: '/packages/enterprise/pages/profile/index',
  policyInbox: '/packages/enterprise/pages/inbox/index',
  // 企业绑定要有依据 (issue 11)
  enterpriseRequests: '/packages/enterprise/pages/requests/index',
  enterpriseMembers: '/packages/enterprise/pages/members/index',
  staffBindingRequests: '/packages/staff/pages/binding-requests/index',
  staffPolicies: '/packages/staff/pages/policies/index',
  staffPolicyReport: '/packages/staff/pages/policies/report',
  // 好差评 (issue 7)
  reviewMine: '/packages/review/pages/mine/index',
  reviewRate: '/packages/review/pages/rate/index',
  reviewDashboard: '/packages/review/pages/dashboard/index',
  staffRectifications: '/packages/staff/pages/rectifications/index',
  staffRectification: '/packages/staff/pages/rectifications/detail',
  staffRatings: '/packages/staff/pages/ratings/index',
  staffAppeals: '/packages/staff/pages/appeals/index',
  // 用户与角色 (issue 13)
  staffUsers: '/packages/staff/pages/users/index',
} as const;

export type Route = (typeof ROUTES)[keyof typeof ROUTES];

const TAB_ROUTES: readonly string[] = [ROUTES.home, ROUTES.me];

function withQuery(url: string, query?: Record<string, string>): string {
  const pairs = Object.entries(query ?? {}).map(([k, v]) => `${encodeURIComponent(k)}=${encodeURIComponent(v)}`);
  return pairs.length ? `${url}?${pairs.join('&')}` : url;
}

/** Opens a page: tab pages by switching tab, the rest by pushing onto the page stack. */
export function openPage(route: Route, query?: Record<string, string>): void {
  if (TAB_ROUTES.includes(route)) {
    void Taro.switchTab({ url: route });
    return;
  }
  void Taro.navigateTo({ url: withQuery(route, query) });
}

/** Opens a page in place of this one (e.g. a submitted form gives way to what it created). */
export function replacePage(route: Route, query?: Record<string, string>): void {
  void Taro.redirectTo({ url: withQuery(route, query) });
}

/** The "not open yet" page for a feature that a later release brings. */
export function openComingSoon(title: string, note?: string): void {
  openPage(ROUTES.soon, note ? { title, note } : { title });
}

/** Back one page, or home when this page was opened directly (a shared link, a deep link in a test). */
export function goBack(): void {
  if (Taro.getCurrentPages().length > 1) {
    void Taro.navigateBack();
    return;
  }
  void Taro.switchTab({ url: ROUTES.home });
}
