import { policyContracts } from '@shared/contracts/policy';
import { createFunction } from '../_runtime/router';
import { getEnterprise } from './handlers/enterprises-get';
import { matchForEnterprise } from './handlers/match-for-enterprise';
import { listPolicies } from './handlers/policies-list';

export const main = createFunction('policy', policyContracts, {
  'enterprises.get': getEnterprise,
  'policies.list': listPolicies,
  'match.forEnterprise': matchForEnterprise,
});
