export default definePageConfig({
  navigationBarTitleText: '政策消息',
});
