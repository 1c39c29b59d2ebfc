// One jest run, five projects: the pure domain, the local CloudBase, functions end to end through it,
// the weapp build inside WeChat's component framework, and the H5 build in Chromium.
module.exports = {
  projects: [
    '<rootDir>/test/shared',
    '<rootDir>/test/emulator',
    '<rootDir>/test/integration',
    '<rootDir>/test/weapp',
    '<rootDir>/test/browser',
  ].filter((dir) => require('fs').existsSync(require('path').join(__dirname, dir.replace('<rootDir>/', ''), 'jest.config.js'))),
};
