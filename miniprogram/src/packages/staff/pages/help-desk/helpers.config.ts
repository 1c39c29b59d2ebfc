export default definePageConfig({ navigationBarTitleText: '帮办员名单' });
