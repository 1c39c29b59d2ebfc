export default definePageConfig({
  navigationBarTitleText: '完善企业信息',
});
