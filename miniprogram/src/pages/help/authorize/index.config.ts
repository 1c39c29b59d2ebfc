export default definePageConfig({ navigationBarTitleText: '签署委托书' });
