export default definePageConfig({
  navigationBarTitleText: '已收到',
});
