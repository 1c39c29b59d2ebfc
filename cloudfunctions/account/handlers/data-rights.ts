import type { accountContracts } from '@shared/contracts/account';
import { COLLECTION_DECLARATIONS, COLLECTIONS } from '../../collections';
import { recordAccess } from '../../_runtime/access-log';
import { readAll } from '../../_runtime/read-all';
import { requireUser, type Handler } from '../../_runtime/router';

/** Everything the system holds about the caller, collection by collection (PIPL Art. 45: access and copy). */
export const exportMyData: Handler<(typeof accountContracts)['data.export']> = async (_input, ctx) => {
  const { openid } = requireUser(ctx);
  const sections = [];
  for (const declaration of COLLECTION_DECLARATIONS) {
    if (!declaration.personalData) continue;
    const records = await readAll(ctx.db, declaration.name, { [declaration.personalData.ownerField]: openid });
    sections.push({ collection: declaration.name, purpose: declaration.purpose, records });
  }
  // A copy of everything, unmasked: recorded like every other whole read of personal data.
  await recordAccess(ctx.db, {
    subjectOpenid: openid,
    viewerOpenid: openid,
    viewerRoles: ctx.roles,
    fields: sections.map((s) => s.collection),
    purpose: '本人导出个人信息副本',
  });
  ctx.log.info('data_exported', { openid, sections: sections.length });
  return { generatedAt: new Date().toISOString(), subject: openid, sections };
};

/**
 * Deletion where the law allows (PIPL Art. 47): the profile used only for prefilling is erased now; records
 * that other laws require to be kept (submitted cases, ratings, complaint tickets, consent history as proof)
 * stay, and the answer says why.
 */
export const requestDeletion: Handler<(typeof accountContracts)['data.requestDeletion']> = async (input, ctx) => {
  const { openid } = requireUser(ctx);
  const at = new Date();
  await ctx.db.collection(COLLECTIONS.profiles).doc(openid).remove();
  await ctx.db.collection(COLLECTIONS.users).doc(openid).update({ name: null, updatedAt: at });
  const erased = ['个人信息（姓名、身份证号、手机号、地址）'];
  const retained = [
    { what: '已提交的办件、评价和投诉建议记录', why: '政务服务档案须依法保存，到期后按档案管理规定销毁' },
    { what: '授权与撤回记录', why: '用于证明处理您的信息时已获得您的同意' },
    { what: '个人信息查看记录', why: '用于监督对您个人信息的访问' },
  ];
  await ctx.db.collection(COLLECTIONS.deletionRequests).add({ openid, reason: input.reason ?? null, erased, retained, at });
  ctx.log.info('personal_data_erased', { openid });
  return { erased, retained, at: at.toISOString() };
};
