const base = require('../jest.base');

module.exports = {
  ...base,
  displayName: 'shared',
  testEnvironment: 'node',
  testMatch: ['<rootDir>/test/shared/**/*.test.ts'],
};
