import { maskDeep, maskText } from '@shared/mask';

export interface Logger {
  info(event: string, fields?: Record<string, unknown>): void;
  warn(event: string, fields?: Record<string, unknown>): void;
  error(event: string, fields?: Record<string, unknown>): void;
}

/**
 * One JSON line per event, personal data masked before it is written (a log is a list too).
 * CloudBase collects stdout/stderr into the function's log; the emulator prints it.
 */
export function createLogger(base: Record<string, unknown>): Logger {
  const write = (level: 'info' | 'warn' | 'error', event: string, fields?: Record<string, unknown>) => {
    const line = maskText(JSON.stringify(maskDeep({ level, event, ...base, ...fields, at: new Date().toISOString() })));
    if (level === 'error') console.error(line);
    else console.log(line);
  };
  return {
    info: (event, fields) => write('info', event, fields),
    warn: (event, fields) => write('warn', event, fields),
    error: (event, fields) => write('error', event, fields),
  };
}
