export default defineAppConfig({
  // Main package: what every citizen uses. Role workbenches load on demand as subpackages.
  pages: [
    'pages/index/index',
    'pages/me/index',
    'pages/soon/index',
    'pages/privacy/index',
    'pages/help/mine/index',
    'pages/help/new/index',
    'pages/help/authorize/index',
    'pages/help/detail/index',
  ],
  subPackages: [
    {
      root: 'packages/enterprise',
      pages: ['pages/index/index', 'pages/calculator/index', 'pages/policy/index', 'pages/bind/index', 'pages/profile/index', 'pages/inbox/index'],
    },
    { root: 'packages/helper', pages: ['pages/index/index', 'pages/requests/index', 'pages/request/index'] },
    {
      root: 'packages/staff',
      pages: [
        'pages/index/index',
        'pages/feedback/index',
        'pages/help-desk/index',
        'pages/help-desk/request',
        'pages/help-desk/helpers',
        'pages/rectifications/index',
        'pages/rectifications/detail',
        'pages/ratings/index',
        'pages/appeals/index',
        'pages/policies/index',
        'pages/policies/report',
      ],
    },
    { root: 'packages/account', pages: ['pages/consents/index', 'pages/profile/index', 'pages/data/index'] },
    { root: 'packages/feedback', pages: ['pages/new/index', 'pages/result/index', 'pages/mine/index', 'pages/detail/index'] },
    { root: 'packages/review', pages: ['pages/mine/index', 'pages/rate/index', 'pages/dashboard/index'] },
  ],
  window: {
    navigationBarTitleText: '一网通办',
    navigationBarBackgroundColor: '#ffffff',
    navigationBarTextStyle: 'black',
    backgroundColor: '#f3f5f9',
    backgroundTextStyle: 'dark',
  },
  tabBar: {
    color: '#4e5969',
    selectedColor: '#1659b8',
    backgroundColor: '#ffffff',
    borderStyle: 'white',
    list: [
      // Icons: 81 × 81 PNG, ~2 KB each (miniprogram/tools/tabbar-icons.js draws them).
      {
        pagePath: 'pages/index/index',
        text: '首页',
        iconPath: 'assets/tabbar/home.png',
        selectedIconPath: 'assets/tabbar/home-active.png',
      },
      {
        pagePath: 'pages/me/index',
        text: '我的',
        iconPath: 'assets/tabbar/me.png',
        selectedIconPath: 'assets/tabbar/me-active.png',
      },
    ],
  },
  lazyCodeLoading: 'requiredComponents',
});
