import Taro from '@tarojs/taro';

let asked = false;

function offerRestart(updateManager: Taro.UpdateManager): void {
  if (asked) return;
  asked = true;
  Taro.showModal({
    title: '有新版本',
    content: '新版本已经准备好，重启小程序后就能继续办理。',
    confirmText: '重启',
    showCancel: false,
  }).then(() => updateManager.applyUpdate());
}

/**
 * WeChat: the functions refused this mini-program as too old (UPGRADE_REQUIRED). The update manager downloads the
 * new version; once it is ready the person is asked to restart into it. If WeChat has not found the new version
 * yet, say how to get it.
 */
export function restartIntoNewVersion(): void {
  if (typeof Taro.getUpdateManager !== 'function') return;
  const updateManager = Taro.getUpdateManager();
  updateManager.onUpdateReady(() => offerRestart(updateManager));
  updateManager.onUpdateFailed(() => {
    Taro.showModal({ title: '请更新小程序', content: '新版本下载失败。请删除小程序后重新搜索打开，或稍后再试。', showCancel: false });
  });
}

/** At launch: WeChat checks for a newer version by itself; when one is downloaded, offer to restart into it. */
export function watchForUpdates(): void {
  if (typeof Taro.getUpdateManager !== 'function') return;
  const updateManager = Taro.getUpdateManager();
  updateManager.onUpdateReady(() => offerRestart(updateManager));
}
