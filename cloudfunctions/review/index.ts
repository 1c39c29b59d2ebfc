import { reviewContracts } from '@shared/contracts/review';
import { createFunction } from '../_runtime/router';
import { createAppeal, decideAppeal, listAppeals } from './handlers/appeals';
import { exportRatings } from './handlers/export';
import { listMyRatings, pendingRatings, ratingsForDepartment, submitRating } from './handlers/ratings';
import { getRectification, listRectifications, rateRectification, recordRectificationCallback, respondToRectification } from './handlers/rectifications';
import { statsRebuild, statsSummary } from './handlers/stats';
import { runReviewTimer } from './timers/reminders';

export const main = createFunction(
  'review',
  reviewContracts,
  {
    'ratings.pending': pendingRatings,
    'ratings.submit': submitRating,
    'ratings.listMine': listMyRatings,
    'ratings.forDepartment': ratingsForDepartment,
    'rectifications.list': listRectifications,
    'rectifications.get': getRectification,
    'rectifications.respond': respondToRectification,
    'rectifications.recordCallback': recordRectificationCallback,
    'rectifications.rate': rateRectification,
    'appeals.create': createAppeal,
    'appeals.list': listAppeals,
    'appeals.decide': decideAppeal,
    'stats.summary': statsSummary,
    'stats.rebuild': statsRebuild,
    'export.ratings': exportRatings,
  },
  { reminders: runReviewTimer },
);
