import type { helpContracts } from '@shared/contracts/help';
import { recordAccess } from '../../_runtime/access-log';
import { requireUser, type Handler } from '../../_runtime/router';
import { requireViewer, type Viewer } from '../access';
import { loadRequest } from '../store/requests';
import type { StoredHelpRequest } from '../store/types';
import { requestDetail } from '../views/request-view';

const PURPOSES: Record<Viewer['relation'], string> = {
  helper: '接单帮办员查看申请人联系方式和地址，用于联系和上门',
  requester: '申请人本人查看完整信息',
  coordinator: '帮办调度员查看联系方式，用于调度和回访',
  candidate: '',
};

/** The owning helper always sees the contact whole (that is the job); the requester and coordinators when they ask. */
function reveals(viewer: Viewer, asked: boolean): boolean {
  if (viewer.relation === 'helper') return true;
  if (viewer.relation === 'candidate') return false;
  return asked;
}

function revealedFields(doc: StoredHelpRequest): string[] {
  return ['contact.name', 'contact.phone', ...(doc.streetAddress ? ['address'] : []), ...(doc.beneficiary ? ['forSomeoneElse.name', 'forSomeoneElse.phone'] : [])];
}

export const getRequest: Handler<(typeof helpContracts)['requests.get']> = async (input, ctx) => {
  const { openid, user } = requireUser(ctx);
  const { doc, viewers } = await requireViewer(ctx, await loadRequest(ctx.db, input.id));
  const viewer = viewers[0]!;
  const reveal = reveals(viewer, input.reveal);
  if (reveal) {
    await recordAccess(ctx.db, {
      subjectOpenid: doc.requesterOpenid,
      viewerOpenid: openid,
      viewerRoles: user.roles,
      fields: revealedFields(doc),
      purpose: `${PURPOSES[viewer.relation]}（帮办 ${doc.number}）`,
    });
  }
  return requestDetail(doc, viewer, { reveal, now: new Date() });
};
