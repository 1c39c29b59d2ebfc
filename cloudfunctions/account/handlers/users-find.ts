import type { accountContracts } from '@shared/contracts/account';
import type { OutputOf } from '@shared/contract';
import { maskPhone } from '@shared/mask';
import type { Role } from '@shared/roles';
import { COLLECTIONS } from '../../collections';
import { PAGE_SIZE, readPage } from '../../_runtime/paging';
import { requireUser, type Handler } from '../../_runtime/router';
import { departmentView } from './role-audit';

type Found = OutputOf<(typeof accountContracts)['users.find']>['items'][number];

interface StoredUser extends Record<string, unknown> {
  _id: string;
  name?: string | null;
  roles?: Role[];
  department?: string | null;
}

interface StoredProfile extends Record<string, unknown> {
  _id: string;
  phone?: string | null;
}

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * A phone number as an administrator types it off a masked screen, as a pattern over the stored 11 digits:
 * "139****5678" → starts 139 and ends 5678; "5678" → ends 5678; "13912345678" → exactly that. Null for a name.
 */
export function phonePattern(query: string): string | null {
  const typed = query.replace(/[\s-]/g, '').replace(/[＊×xX]/g, '*');
  if (!/^[\d*]+$/.test(typed) || typed.replace(/\*/g, '').length < 4) return null;
  const star = typed.indexOf('*');
  if (star < 0) return typed.length >= 11 ? `^${typed}$` : `${typed}$`;
  const head = typed.slice(0, star);
  const tail = typed.slice(typed.lastIndexOf('*') + 1);
  return `^${head}\\d*${tail}$`;
}

function summary(user: StoredUser, phone: string | null | undefined): Found {
  return {
    openid: user._id,
    name: user.name ?? null,
    phoneMasked: phone ? maskPhone(phone) : null,
    roles: user.roles?.length ? user.roles : ['citizen'],
    department: departmentView(user.department ?? null),
  };
}

export const findUsers: Handler<(typeof accountContracts)['users.find']> = async (input, ctx) => {
  requireUser(ctx);
  const limit = input.limit ?? PAGE_SIZE;
  const pattern = phonePattern(input.query);
  if (pattern) {
    // Phones live on the person's own profile: page the profiles that match, then read their accounts.
    const page = await readPage<StoredProfile>(ctx.db, COLLECTIONS.profiles, { phone: ctx.db.RegExp({ regexp: pattern, options: '' }) }, { field: 'updatedAt', direction: 'desc' }, input.cursor, limit);
    const ids = page.items.map((p) => p._id);
    const { data } = ids.length ? await ctx.db.collection(COLLECTIONS.users).where({ _id: ctx.db.command.in(ids) }).limit(ids.length).get() : { data: [] };
    const users = new Map((data as StoredUser[]).map((u) => [u._id, u]));
    const items = page.items.flatMap((profile) => {
      const user = users.get(profile._id);
      return user ? [summary(user, profile.phone)] : [];
    });
    return { items, nextCursor: page.nextCursor };
  }
  const page = await readPage<StoredUser>(
    ctx.db,
    COLLECTIONS.users,
    { name: ctx.db.RegExp({ regexp: escapeRegExp(input.query), options: 'i' }) },
    { field: 'createdAt', direction: 'desc' },
    input.cursor,
    limit,
  );
  const ids = page.items.map((u) => u._id);
  const { data } = ids.length ? await ctx.db.collection(COLLECTIONS.profiles).where({ _id: ctx.db.command.in(ids) }).limit(ids.length).get() : { data: [] };
  const phones = new Map((data as StoredProfile[]).map((p) => [p._id, p.phone]));
  return { items: page.items.map((user) => summary(user, phones.get(user._id))), nextCursor: page.nextCursor };
};
