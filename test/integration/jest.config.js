const base = require('../jest.base');

module.exports = {
  ...base,
  displayName: 'integration',
  testEnvironment: 'node',
  testMatch: ['<rootDir>/test/integration/**/*.test.ts'],
};
