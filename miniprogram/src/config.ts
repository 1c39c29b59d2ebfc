/**
 * App-wide constants. Values that differ per deployment come from the build (config/index.ts
 * `defineConstants`), never from a raw `process.env.*` read here.
 */

/** The CloudBase environment `wx.cloud.init` uses; `local-env` when the build sets none. */
export const CLOUD_ENV: string = typeof __CLOUD_ENV__ === 'string' && __CLOUD_ENV__ ? __CLOUD_ENV__ : 'local-env';

/** The city's service hotline, shown wherever a person may need a human. */
export const HOTLINE = '12345';
