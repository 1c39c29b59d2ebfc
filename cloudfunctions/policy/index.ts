import { policyContracts } from '@shared/contracts/policy';
import { createFunction } from '../_runtime/router';
import { decideBindingRequest, listRequestsToDecide, myBindingRequests, withdrawBindingRequest } from './handlers/binding-requests';
import { bindEnterprise } from './handlers/enterprises-bind';
import { getEnterprise } from './handlers/enterprises-get';
import { upsertProfile } from './handlers/enterprises-upsert-profile';
import { verifyEnterprise } from './handlers/enterprises-verify';
import { listInbox } from './handlers/inbox-list';
import { markRead } from './handlers/inbox-mark-read';
import { findIndustries } from './handlers/industries-find';
import { matchForEnterprise } from './handlers/match-for-enterprise';
import { matchForPolicy } from './handlers/match-for-policy';
import { authorizeAgent, leaveEnterprise, listMembers, redeemAuthorization, removeMember, revokeAuthorization } from './handlers/members';
import { setMutes } from './handlers/mutes-set';
import { createPolicyObjection } from './handlers/objections-create';
import { listPolicies } from './handlers/policies-list';
import { previewPolicy } from './handlers/policies-preview';
import { publishPolicy } from './handlers/policies-publish';
import { policyReport } from './handlers/policies-report';
import { pushRun, pushTimer } from './handlers/push-run';
import { recordSubscription } from './handlers/subscriptions-record';

export const main = createFunction(
  'policy',
  policyContracts,
  {
    'enterprises.bind': bindEnterprise,
    'enterprises.upsertProfile': upsertProfile,
    'enterprises.get': getEnterprise,
    'enterprises.verify': verifyEnterprise,
    'industries.find': findIndustries,
    'bindingRequests.mine': myBindingRequests,
    'bindingRequests.withdraw': withdrawBindingRequest,
    'bindingRequests.list': listRequestsToDecide,
    'bindingRequests.decide': decideBindingRequest,
    'members.list': listMembers,
    'members.authorize': authorizeAgent,
    'members.redeem': redeemAuthorization,
    'authorizations.revoke': revokeAuthorization,
    'members.remove': removeMember,
    'members.leave': leaveEnterprise,
    'policies.list': listPolicies,
    'match.forEnterprise': matchForEnterprise,
    'policies.publish': publishPolicy,
    'policies.preview': previewPolicy,
    'match.forPolicy': matchForPolicy,
    'policies.report': policyReport,
    'push.run': pushRun,
    'inbox.list': listInbox,
    'inbox.markRead': markRead,
    'subscriptions.record': recordSubscription,
    'mutes.set': setMutes,
    'objections.create': createPolicyObjection,
  },
  { push: pushTimer },
);
