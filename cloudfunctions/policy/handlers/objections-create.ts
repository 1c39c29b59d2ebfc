import type { policyContracts } from '@shared/contracts/policy';
import { AppError } from '@shared/errors';
import { parseDeliveryId } from '@shared/policy/push-message';
import { getById } from '../../_runtime/read-all';
import { requireUser, type Handler } from '../../_runtime/router';
import { COLLECTIONS } from '../../collections';
import { requireEnterpriseMember } from '../access';
import type { DeliveryDoc } from '../store/deliveries';
import { createObjection, objectionView, type ObjectionDoc } from '../store/objections';
import { loadPolicy } from '../store/policies';

/** A 免申即享 objection on a pushed benefit; it goes to the policy's issuing department (seen in policies.report). */
export const createPolicyObjection: Handler<(typeof policyContracts)['objections.create']> = async (input, ctx) => {
  const { openid, user } = requireUser(ctx);
  await requireEnterpriseMember(ctx.db, user, parseDeliveryId(input.deliveryId).creditCode, 'apply');
  const delivery = await getById<DeliveryDoc>(ctx.db, COLLECTIONS.policyDeliveries, input.deliveryId);
  if (!delivery || (delivery.status !== 'sent' && delivery.status !== 'inbox')) throw new AppError('NOT_FOUND', '没有找到这条政策消息。');
  const policy = await loadPolicy(ctx.db, delivery.policyId);
  if (policy.mode !== 'no_application') throw new AppError('CONFLICT', '只有免申即享的政策可以提出异议；其他政策请按申报流程办理。');
  const doc: ObjectionDoc = {
    _id: delivery._id,
    policyId: policy.id,
    creditCode: delivery.creditCode,
    enterpriseName: delivery.enterpriseName,
    department: policy.issuingDepartment,
    reason: input.reason,
    status: 'submitted',
    openid,
    createdAt: new Date(),
  };
  if (!(await createObjection(ctx.db, doc))) throw new AppError('CONFLICT', '这条消息已经提出过异议，请等待部门答复。');
  ctx.log.info('policy_objection', { policyId: policy.id, department: policy.issuingDepartment });
  return objectionView(doc);
};
