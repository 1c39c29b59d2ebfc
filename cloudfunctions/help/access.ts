/**
 * How the caller relates to one request: as its requester, its owning helper, a coordinator, or a verified
 * helper it is open to (a candidate). Anyone else does not see it at all (NOT_FOUND).
 */
import type { Actor } from '@shared/help/machine';
import { helperMatches } from '@shared/help/matching';
import { isOpen } from '@shared/help/states';
import type { HandlerContext } from '../_runtime/router';
import { loadHelper, matchProfile } from './store/helpers';
import { notFound } from './store/requests';
import type { StoredHelper, StoredHelpRequest } from './store/types';

export type ViewerRelation = 'requester' | 'helper' | 'candidate' | 'coordinator';

export interface Viewer {
  relation: ViewerRelation;
  actor: Actor;
}

export function matchRequest(doc: StoredHelpRequest) {
  return { kind: doc.kind, regionCode: doc.regionCode, specialNeeds: doc.specialNeeds, language: doc.language };
}

export function isCandidate(helper: StoredHelper | null, doc: StoredHelpRequest): boolean {
  return !!helper && helper._id !== doc.requesterOpenid && isOpen(doc) && helperMatches(matchProfile(helper), matchRequest(doc));
}

/** Every relation the caller has to `doc`, the most specific first. */
export async function relationsOf(ctx: HandlerContext, doc: StoredHelpRequest): Promise<Viewer[]> {
  const openid = ctx.openid ?? '';
  const name = ctx.user?.name ?? null;
  const out: Viewer[] = [];
  let helper: StoredHelper | null = null;
  if (ctx.roles.includes('helper')) helper = await loadHelper(ctx.db, openid);
  const helperName = helper?.identity.realName ?? name;
  if (doc.helper?.openid === openid) out.push({ relation: 'helper', actor: { role: 'helper', openid, name: helperName } });
  if (doc.requesterOpenid === openid) out.push({ relation: 'requester', actor: { role: 'requester', openid, name: name ?? doc.contact.name } });
  if (ctx.roles.includes('coordinator')) out.push({ relation: 'coordinator', actor: { role: 'coordinator', openid, name } });
  if (helper?.status === 'verified' && doc.helper?.openid !== openid && isCandidate(helper, doc)) {
    out.push({ relation: 'candidate', actor: { role: 'helper', openid, name: helperName } });
  }
  return out;
}

/** The caller's closest relation, or NOT_FOUND. */
export async function requireViewer(ctx: HandlerContext, doc: StoredHelpRequest | null): Promise<{ doc: StoredHelpRequest; viewers: Viewer[] }> {
  if (!doc) throw notFound();
  const viewers = await relationsOf(ctx, doc);
  if (viewers.length === 0) throw notFound();
  return { doc, viewers };
}
