export default definePageConfig({ navigationBarTitleText: '好差评结果公示' });
