/**
 * The protobuf messages wx-server-sdk's `cloud.openapi.*` exchanges with the service (multipart `wx.openApi`
 * action): field numbers as found in the wx-server-sdk 4.0.2 bundle.
 */
import protobuf from 'protobufjs';

const root = protobuf.Root.fromJSON({
  nested: {
    KeyValuePair: {
      fields: { key: { type: 'string', id: 1 }, value: { type: 'bytes', id: 2 }, contenttype: { type: 'string', id: 3 }, filename: { type: 'string', id: 4 } },
    },
    OpenApiData: { fields: { pairs: { rule: 'repeated', type: 'KeyValuePair', id: 1 } } },
    CommApiData: { fields: { apiType: { type: 'int32', id: 1 }, openapiData: { type: 'OpenApiData', id: 2 }, appid: { type: 'string', id: 6 } } },
    HttpHeader: { fields: { key: { type: 'string', id: 1 }, value: { type: 'string', id: 2 } } },
    CommOpenApiResp: {
      fields: {
        respData: { type: 'bytes', id: 1 },
        contentType: { type: 'string', id: 2 },
        errorCode: { type: 'int32', id: 3 },
        httpCode: { type: 'uint32', id: 4 },
        headers: { rule: 'repeated', type: 'HttpHeader', id: 5 },
        svrkitErrorCode: { type: 'int32', id: 6 },
      },
    },
  },
});

const CommApiData = root.lookupType('CommApiData');
const CommOpenApiResp = root.lookupType('CommOpenApiResp');

export interface OpenApiCall {
  apiType: number;
  appid: string;
  /** Request fields, each JSON-decoded from its pair. */
  data: Record<string, unknown>;
}

export function decodeOpenApiRequest(bytes: Uint8Array): OpenApiCall {
  const message = CommApiData.toObject(CommApiData.decode(bytes), { defaults: true }) as {
    apiType: number;
    appid: string;
    openapiData?: { pairs?: { key: string; value: Uint8Array }[] };
  };
  const data: Record<string, unknown> = {};
  for (const pair of message.openapiData?.pairs ?? []) {
    const text = Buffer.from(pair.value).toString('utf8');
    try {
      data[pair.key] = JSON.parse(text);
    } catch {
      data[pair.key] = text;
    }
  }
  return { apiType: message.apiType, appid: message.appid, data };
}

export function encodeOpenApiResponse(reply: { json?: unknown; errorCode?: number; httpCode?: number }): Buffer {
  const message = CommOpenApiResp.create({
    respData: reply.json === undefined ? Buffer.alloc(0) : Buffer.from(JSON.stringify(reply.json)),
    contentType: 'application/json; charset=utf-8',
    errorCode: reply.errorCode ?? 0,
    httpCode: reply.httpCode ?? 200,
    headers: [],
    svrkitErrorCode: 0,
  });
  return Buffer.from(CommOpenApiResp.encode(message).finish());
}
