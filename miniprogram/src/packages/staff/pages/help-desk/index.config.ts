export default definePageConfig({ navigationBarTitleText: '帮办调度台' });
