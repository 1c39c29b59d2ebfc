import type { PropsWithChildren } from 'react';
import { useLaunch } from '@tarojs/taro';
import { initCloud } from './platform/cloud';
import { watchForUpdates } from './platform/update';
import './app.scss';

function App({ children }: PropsWithChildren) {
  useLaunch(() => {
    initCloud();
    watchForUpdates();
  });
  return children;
}

export default App;
