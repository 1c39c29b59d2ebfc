import { helpContracts } from '@shared/contracts/help';
import { createFunction } from '../_runtime/router';
import { acceptRequest } from './handlers/accept';
import { advanceRequest } from './handlers/advance';
import { assignRequest } from './handlers/assign';
import { cancelRequest } from './handlers/cancel';
import { checkAuthorization } from './handlers/check-authorization';
import { confirmAuthorization } from './handlers/confirm-authorization';
import { createRequest } from './handlers/create';
import { getRequest } from './handlers/get';
import { listHelpers } from './handlers/helpers-list';
import { myHelperProfile } from './handlers/helpers-me';
import { verifyHelper } from './handlers/helpers-verify';
import { listAssignedRequests } from './handlers/list-assigned';
import { listForCoordinator } from './handlers/list-for-coordinator';
import { listMyRequests } from './handlers/list-mine';
import { listOpenRequests } from './handlers/list-open';
import { recordCallback } from './handlers/record-callback';
import { regionChildren } from './handlers/regions-children';
import { runSla } from './timers/sla';

export const main = createFunction(
  'help',
  helpContracts,
  {
    'requests.create': createRequest,
    'requests.get': getRequest,
    'requests.listMine': listMyRequests,
    'requests.cancel': cancelRequest,
    'requests.confirmAuthorization': confirmAuthorization,
    'requests.listOpen': listOpenRequests,
    'requests.listAssigned': listAssignedRequests,
    'requests.accept': acceptRequest,
    'requests.advance': advanceRequest,
    'requests.listForCoordinator': listForCoordinator,
    'requests.assign': assignRequest,
    'requests.recordCallback': recordCallback,
    'authorizations.check': checkAuthorization,
    'helpers.verify': verifyHelper,
    'helpers.list': listHelpers,
    'helpers.me': myHelperProfile,
    'regions.children': regionChildren,
  },
  { sla: runSla },
);
