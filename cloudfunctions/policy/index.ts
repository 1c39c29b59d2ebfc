import { policyContracts } from '@shared/contracts/policy';
import { createFunction } from '../_runtime/router';
import { getEnterprise } from './handlers/enterprises-get';
import { matchForEnterprise } from './handlers/match-for-enterprise';
import { notYet } from './handlers/not-yet';
import { listPolicies } from './handlers/policies-list';

type C = typeof policyContracts;

export const main = createFunction('policy', policyContracts, {
  'enterprises.bind': notYet<C['enterprises.bind']>(),
  'enterprises.upsertProfile': notYet<C['enterprises.upsertProfile']>(),
  'enterprises.get': getEnterprise,
  'enterprises.verify': notYet<C['enterprises.verify']>(),
  'industries.find': notYet<C['industries.find']>(),
  'policies.list': listPolicies,
  'match.forEnterprise': matchForEnterprise,
  'policies.publish': notYet<C['policies.publish']>(),
  'policies.preview': notYet<C['policies.preview']>(),
  'match.forPolicy': notYet<C['match.forPolicy']>(),
  'policies.report': notYet<C['policies.report']>(),
  'push.run': notYet<C['push.run']>(),
  'inbox.list': notYet<C['inbox.list']>(),
  'inbox.markRead': notYet<C['inbox.markRead']>(),
  'subscriptions.record': notYet<C['subscriptions.record']>(),
  'mutes.set': notYet<C['mutes.set']>(),
  'objections.create': notYet<C['objections.create']>(),
});
