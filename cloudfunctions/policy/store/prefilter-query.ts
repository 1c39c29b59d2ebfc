/**
 * The pre-filter of shared/policy/prefilter.ts (a MongoDB-style query) written with CloudBase's db.command, one
 * operator to one command, so the real database and the local one run the same query.
 */
import type { MongoQuery } from '@shared/policy/prefilter';
import type { Database } from '../../_runtime/cloudbase';

type Command = Database['command'];
type Condition = unknown;

function fieldCondition(db: Database, spec: unknown): Condition {
  const _ = db.command as Command;
  if (typeof spec !== 'object' || spec === null || Array.isArray(spec)) return spec;
  const parts: Condition[] = [];
  for (const [op, value] of Object.entries(spec as Record<string, unknown>)) {
    switch (op) {
      case '$gt':
        parts.push(_.gt(value));
        break;
      case '$gte':
        parts.push(_.gte(value));
        break;
      case '$lt':
        parts.push(_.lt(value));
        break;
      case '$lte':
        parts.push(_.lte(value));
        break;
      case '$in':
        parts.push(_.in(value as unknown[]));
        break;
      case '$nin':
        parts.push(_.nin(value as unknown[]));
        break;
      case '$exists':
        parts.push(_.exists(Boolean(value)));
        break;
      case '$regex':
        parts.push(db.RegExp({ regexp: String(value), options: '' }));
        break;
      default:
        throw new Error(`prefilter operator ${op} has no CloudBase command`);
    }
  }
  if (parts.length === 1) return parts[0];
  // Several operators on one field: all must hold (a regex cannot be chained, but never comes with another).
  return (_.and as (...args: unknown[]) => unknown)(...parts);
}

/** The where-condition for a pre-filter query ({} stays {}: every document). */
export function toCloudbaseWhere(db: Database, query: MongoQuery): Record<string, unknown> {
  const _ = db.command as Command;
  const parts: unknown[] = [];
  for (const [key, value] of Object.entries(query)) {
    if (key === '$and') parts.push(_.and((value as MongoQuery[]).map((q) => toCloudbaseWhere(db, q)) as never));
    else if (key === '$or') parts.push(_.or((value as MongoQuery[]).map((q) => toCloudbaseWhere(db, q)) as never));
    else parts.push({ [key]: fieldCondition(db, value) });
  }
  if (parts.length === 0) return {};
  return (parts.length === 1 ? parts[0] : _.and(parts as never)) as Record<string, unknown>;
}
