import path from 'node:path';
import { defineConfig, type UserConfigExport } from '@tarojs/cli';
import { deploymentConstants } from './deployment';
import devConfig from './dev';
import prodConfig from './prod';

const root = path.resolve(__dirname, '..');
const platform = process.env.TARO_ENV || 'weapp';

/**
 * One design width for every file: 375 (the iPhone width WeChat's own design guidelines use), so `16px` in any
 * .scss means 16 CSS px on a 375-wide phone (32rpx in WXSS, rem in H5).
 */
const DESIGN_WIDTH = 375;

/**
 * Build-time constants. Only these reach the bundle (never a raw `process.env.TARO_APP_*`, which stays as
 * an undefined reference in the output when it is not set and crashes the page). CITY and CLOUD_ENV reach
 * the build one way only: ./deployment.ts (`CITY=<id> CLOUD_ENV=<env id> npm run build:weapp`).
 */
const { city: CITY, cloudEnv: CLOUD_ENV } = deploymentConstants();

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
      // The mini-program's own source root: `@/components/…` instead of `../../../../components/…`.
      '@': path.resolve(root, 'miniprogram/src'),
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
