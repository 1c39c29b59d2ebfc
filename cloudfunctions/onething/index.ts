import { onethingContracts } from '@shared/contracts/onething';
import { createFunction } from '../_runtime/router';
import { evaluateGuide } from './handlers/guide-evaluate';
import { getTheme } from './handlers/themes-get';
import { listThemes } from './handlers/themes-list';

export const main = createFunction('onething', onethingContracts, {
  'themes.list': listThemes,
  'themes.get': getTheme,
  'guide.evaluate': evaluateGuide,
});
