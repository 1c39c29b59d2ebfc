export default definePageConfig({
  navigationBarTitleText: '一网通办',
});
