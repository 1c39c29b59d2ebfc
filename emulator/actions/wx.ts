/**
 * WeChat open API calls: `wx.api` (node-sdk callWxOpenApi, JSON) and `wx.openApi` (wx-server-sdk
 * cloud.openapi.*, multipart + protobuf). Only subscribeMessage.send is emulated.
 */
import { ApiError, Codes, invalidParam } from '../errors';
import { isPlainObject } from '../database/ejson';
import { decodeOpenApiRequest, encodeOpenApiResponse } from '../protobuf';
import type { Subscriptions } from '../subscriptions';
import { requireString } from './params';
import { RawReply, type ActionHandler } from './types';

const SEND_CGI = '/cgi-bin/message/subscribe/send';
const SEND_OPENAPI = 'subscribeMessage.send';
/** wx-server-sdk: "function has no permission to call this API" (config.json permissions.openapi). */
const NO_PERMISSION = -604101;

function notEmulated(kind: string, name: string): ApiError {
  return new ApiError(Codes.INVALID_ACTION, `${kind} "${name}" is not emulated (supported: ${kind === 'wx.api' ? SEND_CGI : SEND_OPENAPI})`);
}

export function wxActions(subscriptions: Subscriptions): Record<string, ActionHandler> {
  return {
    'wx.api': (ctx) => {
      const apiName = requireString(ctx.params, 'apiName');
      if (apiName !== SEND_CGI) throw notEmulated('wx.api', apiName);
      let request: unknown;
      try {
        request = JSON.parse(requireString(ctx.params, 'requestData'));
      } catch (error) {
        if (error instanceof ApiError) throw error;
        throw invalidParam(`requestData is not valid JSON: ${(error as Error).message}`);
      }
      if (!isPlainObject(request)) throw invalidParam('requestData must be a JSON object');
      const outcome = subscriptions.send(request, 'wx.api', ctx.caller?.functionName ?? null);
      return { data: { responseData: JSON.stringify(outcome) } };
    },

    'wx.openApi': (ctx) => {
      const apiName = requireString(ctx.params, 'apiName');
      const caller = ctx.caller;
      if (caller && !caller.definition.config.permissions.openapi.includes(apiName)) {
        return new RawReply(encodeOpenApiResponse({ errorCode: NO_PERMISSION }), 'application/octet-stream');
      }
      if (apiName !== SEND_OPENAPI) throw notEmulated('wx.openApi', apiName);
      const bytes = ctx.params.requestData;
      if (!Buffer.isBuffer(bytes)) throw invalidParam('requestData must be the protobuf CommApiData bytes');
      let call;
      try {
        call = decodeOpenApiRequest(bytes);
      } catch (error) {
        throw invalidParam(`requestData is not a CommApiData protobuf: ${(error as Error).message}`);
      }
      const outcome = subscriptions.send(call.data, 'wx.openApi', caller?.functionName ?? null);
      return new RawReply(encodeOpenApiResponse({ json: outcome }), 'application/octet-stream');
    },
  };
}
