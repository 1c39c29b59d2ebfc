import { appPages } from './route-table';

export default defineAppConfig({
  // Main package: what every citizen uses; role workbenches and long forms load on demand as subpackages.
  // Both come from the one route table (route-table.ts).
  ...appPages(),
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
