export default definePageConfig({ navigationBarTitleText: '派单与回访' });
