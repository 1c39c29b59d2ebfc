import tcb from '@cloudbase/node-sdk';

type CloudBaseApp = ReturnType<typeof tcb.init>;
export type Database = ReturnType<CloudBaseApp['database']>;

let app: CloudBaseApp | undefined;

/**
 * The CloudBase app of the environment this function runs in. On Tencent's runtime the environment comes
 * from the instance; locally the emulator's function host points the same code at itself (TCB_CONTEXT_CNFG).
 * Created once per instance and reused across warm invocations.
 */
export function cloudbase(): CloudBaseApp {
  app ??= tcb.init({ env: tcb.SYMBOL_CURRENT_ENV });
  return app;
}

export function database(): Database {
  return cloudbase().database();
}

/** The caller's WeChat identity, as the platform attached it. Never read from the payload. */
export function callerOpenid(context: unknown): string | null {
  const environment = tcb.getCloudbaseContext(context as never) as { WX_OPENID?: string };
  const openid = environment.WX_OPENID;
  return openid && openid.length > 0 ? openid : null;
}

/** True when this run was started by a timer trigger rather than a user. */
export function isTimerRun(): boolean {
  return process.env.TRIGGER_SRC === 'timer';
}
