/** Platforms without WeChat cloud (H5 local mode talks to the local CloudBase over HTTP): nothing to set up. */
export function initCloud(): void {}
