import type { accountContracts } from '@shared/contracts/account';
import type { ConsentItem } from '@shared/contracts/privacy';
import { AppError } from '@shared/errors';
import { CONSENT_PURPOSES, CONSENTS, consentStatus, type ConsentPurpose, type ConsentRecord } from '@shared/privacy/consents';
import { COLLECTIONS } from '../../collections';
import type { Database } from '../../_runtime/cloudbase';
import { consentRecordsOf } from '../../_runtime/consents';
import { iso } from '../../_runtime/read-all';
import { requireUser, type Handler } from '../../_runtime/router';

type StoredConsent = ConsentRecord & { _id: string; openid: string; context: string | null };

const recordsOf = (db: Database, openid: string) => consentRecordsOf<StoredConsent>(db, openid);

function itemFor(purpose: ConsentPurpose, records: ConsentRecord[]): ConsentItem {
  const definition = CONSENTS[purpose];
  const { status, latest } = consentStatus(purpose, records);
  return {
    purpose,
    title: definition.title,
    why: definition.why,
    consequenceOfWithdrawal: definition.consequenceOfWithdrawal,
    version: definition.version,
    sensitive: definition.sensitive,
    status,
    grantedAt: iso(latest?.grantedAt),
    withdrawnAt: iso(latest?.withdrawnAt),
  };
}

export const listConsents: Handler<(typeof accountContracts)['consents.list']> = async (_input, ctx) => {
  const { openid } = requireUser(ctx);
  const records = await recordsOf(ctx.db, openid);
  return { items: CONSENT_PURPOSES.map((purpose) => itemFor(purpose, records)) };
};

export const grantConsent: Handler<(typeof accountContracts)['consents.grant']> = async (input, ctx) => {
  const { openid } = requireUser(ctx);
  const definition = CONSENTS[input.purpose];
  if (input.version !== definition.version) {
    throw new AppError('CONFLICT', `「${definition.title}」已更新，请重新阅读最新版本后再同意。`, { currentVersion: definition.version });
  }
  const records = await recordsOf(ctx.db, openid);
  if (consentStatus(input.purpose, records).status !== 'granted') {
    const record = { openid, purpose: input.purpose, version: definition.version, grantedAt: new Date(), withdrawnAt: null, context: input.context ?? null };
    await ctx.db.collection(COLLECTIONS.consents).add(record);
    records.push({ ...record, _id: '' });
    ctx.log.info('consent_granted', { openid, purpose: input.purpose, version: definition.version });
  }
  return itemFor(input.purpose, records);
};

export const withdrawConsent: Handler<(typeof accountContracts)['consents.withdraw']> = async (input, ctx) => {
  const { openid } = requireUser(ctx);
  const records = await recordsOf(ctx.db, openid);
  const { status, latest } = consentStatus(input.purpose, records);
  if (!latest || status === 'never' || status === 'withdrawn') {
    throw new AppError('NOT_FOUND', `您没有授权过「${CONSENTS[input.purpose].title}」，无需撤回。`);
  }
  const withdrawnAt = new Date();
  await ctx.db.collection(COLLECTIONS.consents).doc((latest as StoredConsent)._id).update({ withdrawnAt });
  latest.withdrawnAt = withdrawnAt;
  ctx.log.info('consent_withdrawn', { openid, purpose: input.purpose });
  return { item: itemFor(input.purpose, records), consequence: CONSENTS[input.purpose].consequenceOfWithdrawal };
};
