export default definePageConfig({
  navigationBarTitleText: '我的绑定申请',
});
