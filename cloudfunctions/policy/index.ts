import { api } from '@shared/contracts';
import { createFunction } from '../_runtime/router';

// The policy capability fills this group in; until then every action answers NOT_FOUND.
export const main = createFunction('policy', api.policy, {});
