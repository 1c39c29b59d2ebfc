export default definePageConfig({
  navigationBarTitleText: '即将开通',
});
