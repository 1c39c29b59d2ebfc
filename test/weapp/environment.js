/**
 * Jest environment for running the weapp build (dist/weapp) inside WeChat's own component framework
 * (miniprogram-exparser via miniprogram-simulate / j-component) on jsdom. taro-notes §"Executing the weapp build".
 *
 * This file runs in Node's realm: it only fixes what must be fixed before any test code loads. The fake
 * WeChat platform itself (App/Page/wx) is installed inside the test realm by support/wechat.ts.
 */
const { TestEnvironment } = require('jest-environment-jsdom');

class WeappEnvironment extends TestEnvironment {
  constructor(config, context) {
    super(config, context);
    const win = this.dom.window;
    // exparser and j-component dispatch events built from the global constructors: they must be jsdom's,
    // or every dispatch fails with "parameter 1 is not of type 'Event'".
    this.global.Event = win.Event;
    this.global.CustomEvent = win.CustomEvent;
    this.global.TouchEvent = win.TouchEvent;
    // jsdom has no fetch. wx.cloud.callFunction reaches the local CloudBase through Node's, and gets back
    // only strings, so nothing from Node's realm leaks into the page code (zod checks prototypes).
    this.global.__hostHttp = async (url, init) => {
      // A body of byte values (from the jsdom realm) becomes a host Buffer.
      const body = Array.isArray(init && init.body) ? Buffer.from(init.body) : init && init.body;
      const response = await fetch(url, { ...init, body });
      return { status: response.status, text: await response.text() };
    };
  }
}

module.exports = WeappEnvironment;
