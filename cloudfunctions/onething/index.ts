import { onethingContracts } from '@shared/contracts/onething';
import { createFunction } from '../_runtime/router';
import { supplementApplication, withdrawApplication } from './handlers/applications-change';
import { getApplication, listMyApplications } from './handlers/applications-read';
import { submitApplication } from './handlers/applications-submit';
import { openCaseFiles } from './handlers/files-open';
import { evaluateGuide } from './handlers/guide-evaluate';
import { issueResult, listResults } from './handlers/results';
import { decideOnTask, getTask, listTasks } from './handlers/tasks';
import { getTheme } from './handlers/themes-get';
import { listThemes } from './handlers/themes-list';

export const main = createFunction('onething', onethingContracts, {
  'themes.list': listThemes,
  'themes.get': getTheme,
  'guide.evaluate': evaluateGuide,
  'applications.submit': submitApplication,
  'applications.get': getApplication,
  'applications.listMine': listMyApplications,
  'applications.withdraw': withdrawApplication,
  'applications.supplement': supplementApplication,
  'tasks.list': listTasks,
  'tasks.get': getTask,
  'tasks.decide': decideOnTask,
  'results.list': listResults,
  'results.issue': issueResult,
  'files.open': openCaseFiles,
});
