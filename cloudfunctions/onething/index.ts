import { onethingContracts } from '@shared/contracts/onething';
import { createFunction } from '../_runtime/router';
import { evaluateGuide } from './handlers/guide-evaluate';
import { notYet } from './handlers/pending';
import { getTheme } from './handlers/themes-get';
import { listThemes } from './handlers/themes-list';

export const main = createFunction('onething', onethingContracts, {
  'themes.list': listThemes,
  'themes.get': getTheme,
  'guide.evaluate': evaluateGuide,
  'applications.submit': notYet,
  'applications.get': notYet,
  'applications.listMine': notYet,
  'applications.withdraw': notYet,
  'applications.supplement': notYet,
  'tasks.list': notYet,
  'tasks.get': notYet,
  'tasks.decide': notYet,
});
