/**
 * The one way a deployment reaches the mini-program build (DEPLOY.md):
 *   CITY=<id> CLOUD_ENV=<CloudBase env id> npm run build:weapp
 * CITY picks cities/<id>.json (default demo; an unknown id stops the build); CLOUD_ENV is the environment
 * `wx.cloud.init({ env })` targets (TARO_APP_CLOUD_ENV is still read; `local-env` when neither is set).
 * `npx tsx config/deployment.ts` prints what a build with the current environment would bake in (a dry run).
 */
import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';

const citiesDir = path.resolve(__dirname, '..', 'cities');

export interface DeploymentConstants {
  city: string;
  cloudEnv: string;
}

export function deploymentConstants(env: Record<string, string | undefined> = process.env): DeploymentConstants {
  const city = env.CITY || 'demo';
  if (!existsSync(path.join(citiesDir, `${city}.json`))) {
    const known = readdirSync(citiesDir).filter((f) => f.endsWith('.json')).map((f) => f.slice(0, -'.json'.length));
    throw new Error(`没有城市「${city}」：CITY 只能是 ${known.join('、')} 之一（每个城市一个文件 cities/<id>.json）`);
  }
  return { city, cloudEnv: env.CLOUD_ENV || env.TARO_APP_CLOUD_ENV || 'local-env' };
}

if (require.main === module) {
  try {
    console.log(JSON.stringify(deploymentConstants()));
  } catch (error) {
    console.error((error as Error).message);
    process.exit(1);
  }
}
