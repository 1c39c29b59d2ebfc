const base = require('../jest.base');

module.exports = {
  ...base,
  displayName: 'integration',
  testEnvironment: 'node',
  // Each test calls functions through the local CloudBase; a first call loads the function bundle, which on a
  // busy 2-core CI machine can take longer than jest's 5 s default.
  setupFilesAfterEnv: ['<rootDir>/test/integration/timeout.ts'],
  testMatch: ['<rootDir>/test/integration/**/*.test.ts'],
};
