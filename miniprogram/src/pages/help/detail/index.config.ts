export default definePageConfig({ navigationBarTitleText: '帮办进度' });
