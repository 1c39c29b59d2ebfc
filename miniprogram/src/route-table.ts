/**
 * Every page of the app, by what it is for: the one list. app.config.ts derives the main package and the
 * subpackages from it (a page under /packages/<name>/ loads on demand as subpackage <name>), and routes.ts opens
 * pages by these names. Pure data with no imports: the build reads it in Node.
 */
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

/** The tab bar's pages (opened with switchTab). */
export const TAB_ROUTES = [ROUTES.home, ROUTES.me] as const;

export interface AppPages {
  pages: string[];
  subPackages: { root: string; pages: string[] }[];
}

/** The main package's pages (the home page first: it opens at launch) and each subpackage's, for app.config. */
export function appPages(): AppPages {
  const pages: string[] = [];
  const subPackages: AppPages['subPackages'] = [];
  for (const route of Object.values(ROUTES) as string[]) {
    const path = route.slice(1);
    const sub = /^(packages\/[^/]+)\/(.+)$/.exec(path);
    if (!sub) {
      if (!pages.includes(path)) pages.push(path);
      continue;
    }
    const [, root, page] = sub as unknown as [string, string, string];
    let pkg = subPackages.find((p) => p.root === root);
    if (!pkg) subPackages.push((pkg = { root, pages: [] }));
    if (!pkg.pages.includes(page)) pkg.pages.push(page);
  }
  return { pages, subPackages };
}
