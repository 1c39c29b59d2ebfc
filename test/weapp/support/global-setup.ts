/**
 * Starts the local CloudBase once for the weapp project, in jest's own Node process: the tests themselves run
 * in a jsdom realm (WeChat's component framework needs a DOM), where a Node server does not belong. The URL
 * reaches the test workers through the environment.
 */
import { startLocalCloud, type LocalCloud } from './backend';

declare global {
  // eslint-disable-next-line no-var
  var __weappLocalCloud: LocalCloud | undefined;
}

export default async function globalSetup(): Promise<void> {
  const cloud = await startLocalCloud();
  globalThis.__weappLocalCloud = cloud;
  process.env.WEAPP_CLOUD_URL = cloud.url;
}
