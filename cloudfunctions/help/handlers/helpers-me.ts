import type { helpContracts } from '@shared/contracts/help';
import { requireUser, type Handler } from '../../_runtime/router';
import { helperLoads } from '../store/helper-loads';
import { loadHelper } from '../store/helpers';
import { helperProfileView } from '../views/helper-view';

export const myHelperProfile: Handler<(typeof helpContracts)['helpers.me']> = async (_input, ctx) => {
  const { openid } = requireUser(ctx);
  const helper = await loadHelper(ctx.db, openid);
  if (!helper) return { profile: null, message: '您还没有通过帮办员认证：请联系帮办调度员核验身份并设置服务类型和服务区域。' };
  const loads = await helperLoads(ctx.db, [openid]);
  const message = helper.status === 'suspended' ? `您的帮办员资格已暂停${helper.statusReason ? `：${helper.statusReason}` : ''}。如有疑问请联系帮办调度员。` : null;
  return { profile: helperProfileView(helper, loads.get(openid)!), message };
};
