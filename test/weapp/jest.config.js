const base = require('../jest.base');

/**
 * The weapp build (dist/weapp) running in WeChat's component framework on jsdom, talking to a real local
 * CloudBase. Needs `npm run build:weapp` and `npm run build:functions` first (the test script does both).
 */
module.exports = {
  ...base,
  displayName: 'weapp',
  testEnvironment: '<rootDir>/test/weapp/environment.js',
  testMatch: ['<rootDir>/test/weapp/**/*.test.ts'],
  // The local CloudBase runs in jest's Node process, not in the jsdom realm of the tests.
  globalSetup: '<rootDir>/test/weapp/support/global-setup.ts',
  globalTeardown: '<rootDir>/test/weapp/support/global-teardown.ts',
  setupFiles: ['<rootDir>/test/weapp/support/wechat.ts'],
  setupFilesAfterEnv: ['<rootDir>/test/weapp/support/fail-on-errors.ts'],
  // The built mini-program is loaded as it is: never transform it.
  transformIgnorePatterns: ['/node_modules/', '/dist/'],
};
