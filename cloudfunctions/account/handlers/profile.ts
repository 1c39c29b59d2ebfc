import type { accountContracts } from '@shared/contracts/account';
import type { Profile } from '@shared/contracts/privacy';
import { maskAddress, maskIdNumber, maskName, maskPhone } from '@shared/mask';
import { COLLECTIONS } from '../../collections';
import { recordAccess } from '../../_runtime/access-log';
import { getById, iso } from '../../_runtime/read-all';
import { requireUser, type Handler } from '../../_runtime/router';

interface StoredProfile {
  realName?: string | null;
  idNumber?: string | null;
  phone?: string | null;
  address?: string | null;
  updatedAt?: Date;
}

const orNull = (value: string | null | undefined, mask: (v: string) => string, masked: boolean) =>
  value ? (masked ? mask(value) : value) : null;

function view(stored: StoredProfile | null, masked: boolean): Profile {
  return {
    realName: orNull(stored?.realName, maskName, masked),
    idNumber: orNull(stored?.idNumber, maskIdNumber, masked),
    phone: orNull(stored?.phone, maskPhone, masked),
    address: orNull(stored?.address, maskAddress, masked),
    masked,
    updatedAt: iso(stored?.updatedAt),
  };
}

export const getProfile: Handler<(typeof accountContracts)['profile.get']> = async (input, ctx) => {
  const { openid, user } = requireUser(ctx);
  const stored = await getById<StoredProfile>(ctx.db, COLLECTIONS.profiles, openid);
  if (input.reveal && stored) {
    const fields = (['realName', 'idNumber', 'phone', 'address'] as const).filter((field) => stored[field]);
    await recordAccess(ctx.db, { subjectOpenid: openid, viewerOpenid: openid, viewerRoles: user.roles, fields, purpose: '本人查看完整个人信息' });
  }
  return view(stored, !input.reveal);
};

export const updateProfile: Handler<(typeof accountContracts)['profile.update']> = async (input, ctx) => {
  const { openid } = requireUser(ctx);
  const profiles = ctx.db.collection(COLLECTIONS.profiles);
  const existing = await getById<StoredProfile>(ctx.db, COLLECTIONS.profiles, openid);
  const next: StoredProfile = { ...(existing ?? {}), ...input, updatedAt: new Date() };
  delete (next as { _id?: string })._id;
  await profiles.doc(openid).set(next);
  if (input.realName) await ctx.db.collection(COLLECTIONS.users).doc(openid).update({ name: input.realName, updatedAt: new Date() });
  ctx.log.info('profile_updated', { openid, fields: Object.keys(input) });
  return view(next, true);
};
