// Runs inside the mini-program (injected by weapp-a11y.js): the runtime must know the same extra attributes
// as the templates, or its attribute aliases (p0, p1…) shift and values land in the wrong attribute.
import { mergeInternalComponents } from '@tarojs/shared';
import spec from './weapp-a11y.json';

const extra = {};
for (const name of spec.components) {
  extra[name] = {};
  for (const attribute of spec.attributes) extra[name][attribute] = '';
}
mergeInternalComponents(extra);
