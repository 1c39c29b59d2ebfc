export default definePageConfig({ navigationBarTitleText: '接单与服务' });
