const base = require('../jest.base');

/**
 * The H5 build (dist/h5) in Debian's Chromium, served by the real local CloudBase with the built functions.
 * Needs `npm run build:h5` and `npm run build:functions` first (the test script does both).
 */
module.exports = {
  ...base,
  displayName: 'browser',
  testEnvironment: 'node',
  testMatch: ['<rootDir>/test/browser/**/*.test.ts'],
  setupFilesAfterEnv: ['<rootDir>/test/browser/support/setup.ts'],
};
