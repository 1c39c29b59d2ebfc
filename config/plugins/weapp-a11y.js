/**
 * Taro plugin: let `aria-label` / `aria-role` (and the other ARIA attributes WeChat supports) reach the WXML
 * of the common components. Taro's weapp templates only emit attributes listed per component and none lists
 * them, so without this WeChat's screen reader hears none of our labels. H5 needs nothing: the attributes
 * pass straight to the DOM.
 *
 * Two halves that must agree: the build-time template (here) and the runtime's attribute aliases
 * (weapp-a11y-runtime.js, injected into the app bundle). Both read weapp-a11y.json.
 */
const path = require('node:path');
const spec = require('./weapp-a11y.json');

function extraAttributes() {
  const extra = {};
  for (const name of spec.components) {
    extra[name] = {};
    for (const attribute of spec.attributes) extra[name][attribute] = '';
  }
  return extra;
}

module.exports = (ctx) => {
  ctx.registerMethod({
    name: 'onSetupClose',
    fn(platform) {
      if (!platform || platform.platform !== 'weapp' || !platform.template) return;
      platform.template.mergeComponents(ctx, extraAttributes());
      const runtime = path.join(__dirname, 'weapp-a11y-runtime.js');
      if (Array.isArray(platform.runtimePath)) platform.runtimePath.push(runtime);
      else platform.runtimePath = [platform.runtimePath, runtime];
    },
  });
};
