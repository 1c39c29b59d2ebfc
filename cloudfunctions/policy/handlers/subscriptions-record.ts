import type { policyContracts } from '@shared/contracts/policy';
import { AppError } from '@shared/errors';
import { pushConfig } from '@shared/policy/push-config';
import { requireUser, type Handler } from '../../_runtime/router';
import { addGrants } from '../store/subscriptions';

/** The mini-program reports that the user accepted the policy template (wx.requestSubscribeMessage): one message each. */
export const recordSubscription: Handler<(typeof policyContracts)['subscriptions.record']> = async (input, ctx) => {
  const { openid } = requireUser(ctx);
  const { templateId } = pushConfig(process.env);
  if (input.templateId !== templateId) throw new AppError('NOT_FOUND', '没有这个订阅消息模板，请升级小程序后重试。');
  const remaining = await addGrants(ctx.db, openid, templateId, input.granted, new Date());
  return { templateId, remaining };
};
