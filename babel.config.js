// babel-preset-taro options: https://docs.taro.zone/docs/next/babel-config
module.exports = {
  presets: [
    [
      'taro',
      {
        framework: 'react',
        ts: true,
        compiler: 'webpack5',
      },
    ],
  ],
  // No component library: the app's own components (components/) carry the accessibility layer, and native
  // pickers come from Taro's <Picker> (decided in issue 15: NutUI was installed but never imported).
};
