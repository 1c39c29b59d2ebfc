/** `database.*` actions: the SDK's document, aggregation, collection and transaction calls. */
import { ApiError, Codes, invalidParam } from '../errors';
import { newDocumentId } from '../ids';
import { deepClone, fromEjsonValue, isPlainObject, parseEjson, parseEjsonObject, sameValue, toEjsonString, type Doc } from '../database/ejson';
import { aggregate, applyUpdate, find, isOperatorDocument, matches, normalizeSort, seedFromQuery } from '../database/engine';
import { collectionNotExist, validateCollectionName, type DocumentStore, type OrderHint, type Write } from '../database/store';
import type { TransactionManager, TransactionScope } from '../database/transactions';
import { optionalBoolean, optionalInteger, requireString } from './params';
import type { ActionContext, ActionHandler } from './types';

const DEFAULT_LIMIT = 100;
const MAX_LIMIT = 1000;

/** Where a single operation reads candidates from and writes to: the store, or one open transaction. */
interface View {
  /** The documents `query` matches, natural order; with `order`, enough of them for that page. */
  find(query: Doc, order?: OrderHint): Doc[];
  commit(writes: Write[]): void;
}

export function databaseActions(store: DocumentStore, transactions: TransactionManager): Record<string, ActionHandler> {
  const collectionOf = (ctx: ActionContext): string => {
    const name = requireString(ctx.params, 'collectionName');
    validateCollectionName(name);
    if (!store.hasCollection(name)) throw collectionNotExist(name);
    return name;
  };

  const queryOf = (ctx: ActionContext): Doc => {
    const raw = ctx.params.query;
    if (raw === undefined || raw === null || raw === '') return {};
    if (isPlainObject(raw)) return fromEjsonValue(raw) as Doc;
    return parseEjsonObject(raw, 'query');
  };

  const storeView = (collection: string): View => ({
    find: (query, order) => {
      const id = query._id;
      // a plain `{_id: value}` lookup needs no planning; anything else: candidates from the indexes, then mingo
      if (Object.keys(query).length === 1 && (typeof id === 'string' || typeof id === 'number')) {
        const doc = store.get(collection, id);
        return doc ? [doc] : [];
      }
      return matches(store.candidates(collection, query, order), query);
    },
    commit: (writes) => store.commit(writes),
  });

  const transactionView = (collection: string, scope: TransactionScope, query: Doc): View => {
    const id = query._id;
    if (id === undefined || (isPlainObject(id) && Object.keys(id).some((k) => k.startsWith('$')))) {
      throw invalidParam('only single-document operations (doc(id), add) are allowed inside a transaction');
    }
    return {
      find: (q) => {
        const doc = scope.read(collection, id);
        return doc ? matches([doc], q) : [];
      },
      commit: (writes) => writes.forEach((w) => scope.write(w)),
    };
  };

  /** Runs `body` against the store, or inside the request's transaction when it carries one. */
  const withView = <T>(ctx: ActionContext, collection: string, query: Doc, body: (view: View) => T): T => {
    const transactionId = ctx.params.transactionId;
    if (transactionId === undefined || transactionId === null || transactionId === '') return body(storeView(collection));
    if (ctx.params.queryType !== undefined && ctx.params.queryType !== 'DOC' && ctx.params.action !== 'database.insertDocument') {
      throw invalidParam('only single-document operations (doc(id), add) are allowed inside a transaction');
    }
    return transactions.run(transactionId, (scope) => body(transactionView(collection, scope, query)));
  };

  const insertDocument: ActionHandler = (ctx) => {
    const collection = collectionOf(ctx);
    const raw = typeof ctx.params.data === 'string' ? [ctx.params.data] : ctx.params.data;
    if (!Array.isArray(raw) || raw.length === 0) throw invalidParam('data must be a non-empty array of EJSON documents');
    const now = Date.now();
    const docs = raw.map((item, i) => {
      const doc = isPlainObject(item) ? (fromEjsonValue(item, { now }) as Doc) : parseEjsonObject(item, `data[${i}]`, { now });
      if (doc._id === undefined || doc._id === null) doc._id = newDocumentId();
      return doc;
    });
    const writes: Write[] = docs.map((doc) => ({ collection, id: doc._id, doc, mode: 'insert' }));
    const transactionId = ctx.params.transactionId;
    if (transactionId === undefined || transactionId === null || transactionId === '') {
      store.commit(writes);
    } else {
      transactions.run(transactionId, (scope) => {
        for (const w of writes) {
          if (scope.read(collection, w.id)) {
            throw new ApiError(Codes.DUPLICATE_WRITE, `[ResourceUnavailable.DuplicateWrite] duplicate _id ${toEjsonString(w.id)} in ${collection}`);
          }
          scope.write(w);
        }
      });
    }
    return { data: { insertedIds: docs.map((d) => d._id) } };
  };

  const getDocument: ActionHandler = (ctx) => {
    const collection = collectionOf(ctx);
    const query = queryOf(ctx);
    const offset = optionalInteger(ctx.params, 'offset', 0) ?? 0;
    const limit = Math.min(optionalInteger(ctx.params, 'limit', 0) ?? DEFAULT_LIMIT, MAX_LIMIT);
    const sort = ctx.params.order === undefined ? {} : normalizeSort(parseEjson(ctx.params.order, 'order'));
    const projection = ctx.params.projection === undefined ? undefined : parseEjsonObject(ctx.params.projection, 'projection');
    const pageSize = limit === 0 ? DEFAULT_LIMIT : limit;
    const [firstSort] = Object.entries(sort);
    const order: OrderHint | undefined = firstSort ? { sort: { field: firstSort[0], direction: firstSort[1] }, need: offset + pageSize } : undefined;
    const list = withView(ctx, collection, query, (view) => {
      const candidates = view.find(query, order);
      return find(candidates, {}, { sort, skip: offset, limit: pageSize, projection });
    });
    return { data: { list: list.map(toEjsonString) }, limit: limit === 0 ? DEFAULT_LIMIT : limit, offset };
  };

  const calculateDocument: ActionHandler = (ctx) => {
    const collection = collectionOf(ctx);
    const query = queryOf(ctx);
    return { data: { total: storeView(collection).find(query).length } };
  };

  const modifyDocument: ActionHandler = (ctx) => {
    const collection = collectionOf(ctx);
    const query = queryOf(ctx);
    const merge = optionalBoolean(ctx.params, 'merge', true);
    const upsert = optionalBoolean(ctx.params, 'upsert', false);
    const multi = optionalBoolean(ctx.params, 'multi', ctx.params.queryType !== 'DOC');
    const data = parseEjsonObject(ctx.params.data, 'data', { now: Date.now() });
    if (!merge && Object.keys(data).some((k) => k.startsWith('$'))) {
      throw invalidParam('a replacement document (set / merge:false) cannot contain update operators');
    }
    if (merge && !isOperatorDocument(data) && Object.keys(data).length > 0) {
      throw invalidParam('update data must only contain update operators ($set, $inc, …) when merge is true');
    }
    return withView(ctx, collection, query, (view) => {
      const targets = view.find(query).slice(0, multi ? undefined : 1);
      const writes: Write[] = [];
      let updated = 0;
      for (const doc of targets) {
        const next = merge ? applyUpdate(doc, data) : replacement(doc, data);
        if (!next.modified) continue;
        writes.push({ collection, id: doc._id, doc: next.doc, mode: 'put' });
        updated += 1;
      }
      let upsertId: unknown;
      if (targets.length === 0 && upsert) {
        const base = seedFromQuery(query);
        const id = base._id ?? data._id ?? newDocumentId();
        base._id = id;
        const doc = merge ? applyUpdate(base, data).doc : { ...deepClone(data), _id: id };
        writes.push({ collection, id, doc, mode: 'insert' });
        upsertId = id;
      }
      view.commit(writes);
      return upsertId === undefined ? { data: { updated } } : { data: { updated, upsert_id: upsertId } };
    });
  };

  const modifyAndReturnDoc: ActionHandler = (ctx) => {
    const collection = collectionOf(ctx);
    const query = queryOf(ctx);
    const data = parseEjsonObject(ctx.params.data, 'data', { now: Date.now() });
    return withView(ctx, collection, query, (view) => {
      const target = view.find(query)[0];
      if (!target) return { data: { updated: 0, doc: null } };
      const next = applyUpdate(target, data);
      if (next.modified) view.commit([{ collection, id: target._id, doc: next.doc, mode: 'put' }]);
      return { data: { updated: next.modified ? 1 : 0, doc: toEjsonString(next.doc) } };
    });
  };

  const removeDocument: ActionHandler = (ctx) => {
    const collection = collectionOf(ctx);
    const query = queryOf(ctx);
    const multi = optionalBoolean(ctx.params, 'multi', ctx.params.queryType !== 'DOC');
    return withView(ctx, collection, query, (view) => {
      const targets = view.find(query).slice(0, multi ? undefined : 1);
      view.commit(targets.map((doc) => ({ collection, id: doc._id, doc: null, mode: 'delete' as const })));
      return { data: { deleted: targets.length } };
    });
  };

  const aggregateDocuments: ActionHandler = (ctx) => {
    const collection = collectionOf(ctx);
    const stages = ctx.params.stages;
    if (!Array.isArray(stages)) throw invalidParam('stages must be an array of {stageKey, stageValue}');
    const now = Date.now();
    const pipeline = stages.map((stage, i) => {
      if (!isPlainObject(stage) || typeof stage.stageKey !== 'string' || !stage.stageKey.startsWith('$')) {
        throw invalidParam(`stages[${i}] must be {stageKey: "$stage", stageValue: "<json>"}`);
      }
      const value = typeof stage.stageValue === 'string' ? parseEjson(stage.stageValue, `stages[${i}].stageValue`, { now }) : fromEjsonValue(stage.stageValue, { now });
      return { [stage.stageKey]: value };
    });
    // a leading $match narrows the input through the indexes (it filters first either way)
    const first = pipeline[0];
    const input = first && isPlainObject(first.$match) ? store.candidates(collection, first.$match) : store.documents(collection);
    const list = aggregate(input, pipeline, { collectionResolver: (name) => store.documentsOrEmpty(name) });
    return { data: { list: list.map(toEjsonString) } };
  };

  const addCollection: ActionHandler = (ctx) => {
    const name = requireString(ctx.params, 'collectionName');
    if (!store.createCollection(name)) {
      throw new ApiError(Codes.COLLECTION_ALREADY_EXIST, `[ResourceUnavailable.ResourceExist] Table exist: ${name}`);
    }
    return {};
  };

  return {
    'database.insertDocument': insertDocument,
    'database.getDocument': getDocument,
    'database.calculateDocument': calculateDocument,
    'database.modifyDocument': modifyDocument,
    'database.modifyAndReturnDoc': modifyAndReturnDoc,
    'database.removeDocument': removeDocument,
    'database.aggregateDocuments': aggregateDocuments,
    'database.addCollection': addCollection,
    'database.startTransaction': () => ({ transactionId: transactions.start() }),
    'database.commitTransaction': (ctx) => {
      transactions.commit(ctx.params.transactionId);
      return {};
    },
    'database.abortTransaction': (ctx) => {
      transactions.abort(ctx.params.transactionId);
      return {};
    },
  };
}

/** `set()` semantics: the whole document is replaced, `_id` kept. */
function replacement(doc: Doc, data: Doc): { doc: Doc; modified: boolean } {
  if (data._id !== undefined && !sameValue(data._id, doc._id)) throw invalidParam('the _id of a document cannot be changed');
  const next: Doc = { _id: doc._id, ...deepClone(data) };
  next._id = doc._id;
  return { doc: next, modified: !sameValue(next, doc) };
}
