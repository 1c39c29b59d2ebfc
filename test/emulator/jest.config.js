const base = require('../jest.base');

module.exports = {
  ...base,
  displayName: 'emulator',
  testEnvironment: 'node',
  testMatch: ['<rootDir>/test/emulator/**/*.test.ts'],
  setupFilesAfterEnv: ['<rootDir>/test/emulator/setup.ts'],
};
