export default definePageConfig({ navigationBarTitleText: '评价查询' });
