export default definePageConfig({ navigationBarTitleText: '回答几个问题' });
