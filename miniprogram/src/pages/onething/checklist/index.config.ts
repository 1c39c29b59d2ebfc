export default definePageConfig({ navigationBarTitleText: '要办的事和材料' });
