export default definePageConfig({ navigationBarTitleText: '综合窗口出件' });
