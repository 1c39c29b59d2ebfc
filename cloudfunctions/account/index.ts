import { accountContracts } from '@shared/contracts/account';
import { createFunction } from '../_runtime/router';
import { grantConsent, listConsents, withdrawConsent } from './handlers/consents';
import { exportMyData, requestDeletion } from './handlers/data-rights';
import { prepareUpload } from './handlers/files';
import { createFeedback, listDepartmentFeedback, listMyFeedback, getMyFeedback, rateFeedbackReply, replyToFeedback } from './handlers/feedback';
import { getProfile, updateProfile } from './handlers/profile';
import { listRoleAudit } from './handlers/audit-list';
import { setRoles } from './handlers/set-roles';
import { findUsers } from './handlers/users-find';
import { whoami } from './handlers/whoami';

export const main = createFunction('account', accountContracts, {
  whoami,
  'users.setRoles': setRoles,
  'users.find': findUsers,
  'audit.list': listRoleAudit,
  'consents.list': listConsents,
  'consents.grant': grantConsent,
  'consents.withdraw': withdrawConsent,
  'profile.get': getProfile,
  'profile.update': updateProfile,
  'data.export': exportMyData,
  'data.requestDeletion': requestDeletion,
  'feedback.create': createFeedback,
  'feedback.listMine': listMyFeedback,
  'feedback.getMine': getMyFeedback,
  'feedback.listForDepartment': listDepartmentFeedback,
  'feedback.reply': replyToFeedback,
  'feedback.rate': rateFeedbackReply,
  'files.prepareUpload': prepareUpload,
});
