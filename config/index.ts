import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { defineConfig, type UserConfigExport } from '@tarojs/cli';
import devConfig from './dev';
import prodConfig from './prod';

const root = path.resolve(__dirname, '..');
const platform = process.env.TARO_ENV || 'weapp';

/**
 * One design width for every file: 375 (the width NutUI's own styles are written for), so `16px` in any
 * .scss means 16 CSS px on a 375-wide phone (32rpx in WXSS, rem in H5).
 */
const DESIGN_WIDTH = 375;

/**
 * Build-time constants. Only these reach the bundle (never a raw `process.env.TARO_APP_*`, which stays as
 * an undefined reference in the output when it is not set and crashes the page). The one way a deployment
 * reaches the mini-program (DEPLOY.md):
 *   CITY=<id> CLOUD_ENV=<CloudBase env id> npm run build:weapp
 * CITY picks cities/<id>.json (default demo); CLOUD_ENV is what `wx.cloud.init({ env })` targets
 * (TARO_APP_CLOUD_ENV is still read for older scripts; `local-env` when neither is set).
 */
const CLOUD_ENV = process.env.CLOUD_ENV || process.env.TARO_APP_CLOUD_ENV || 'local-env';
const CITY = process.env.CITY || 'demo';
if (!existsSync(path.join(root, 'cities', `${CITY}.json`))) {
  const known = readdirSync(path.join(root, 'cities')).filter((f) => f.endsWith('.json')).map((f) => f.slice(0, -'.json'.length));
  throw new Error(`没有城市「${CITY}」：CITY 只能是 ${known.join('、')} 之一（每个城市一个文件 cities/<id>.json）`);
}

export default defineConfig<'webpack5'>(async (merge) => {
  const baseConfig: UserConfigExport<'webpack5'> = {
    projectName: 'yiwangtongban',
    date: '2025-1-1',
    designWidth: DESIGN_WIDTH,
    deviceRatio: {
      375: 2,
      640: 2.34 / 2,
      750: 1,
      828: 1.81 / 2,
    },
    sourceRoot: 'miniprogram/src',
    outputRoot: `dist/${platform}`,
    plugins: [
      '@tarojs/plugin-html',
      path.resolve(__dirname, 'plugins/weapp-a11y.js'),
    ],
    defineConstants: {
      __CLOUD_ENV__: JSON.stringify(CLOUD_ENV),
      __CITY__: JSON.stringify(CITY),
    },
    alias: {
      '@shared': path.resolve(root, 'shared'),
    },
    copy: { patterns: [], options: {} },
    framework: 'react',
    compiler: 'webpack5',
    cache: { enable: false },
    mini: {
      // shared/ sits outside sourceRoot: compile it like our own sources.
      compile: { include: [path.resolve(root, 'shared')] },
      postcss: {
        pxtransform: { enable: true, config: {} },
        cssModules: { enable: false, config: { namingPattern: 'module', generateScopedName: '[name]__[local]___[hash:base64:5]' } },
      },
    },
    h5: {
      publicPath: './',
      staticDirectory: 'static',
      router: { mode: 'hash' },
      compile: { include: [path.resolve(root, 'shared')] },
      output: {
        filename: 'js/[name].[contenthash:8].js',
        chunkFilename: 'js/[name].[contenthash:8].js',
      },
      miniCssExtractPluginOption: {
        ignoreOrder: true,
        filename: 'css/[name].[contenthash:8].css',
        chunkFilename: 'css/[name].[contenthash:8].css',
      },
      postcss: {
        pxtransform: { enable: true, config: {} },
        autoprefixer: { enable: true, config: {} },
        cssModules: { enable: false, config: { namingPattern: 'module', generateScopedName: '[name]__[local]___[hash:base64:5]' } },
      },
    },
  };

  if (process.env.NODE_ENV === 'development') return merge({}, baseConfig, devConfig);
  return merge({}, baseConfig, prodConfig);
});
