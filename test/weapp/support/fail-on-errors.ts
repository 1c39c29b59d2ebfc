/**
 * Any runtime error log fails the test: WeChat's template engine reporting "Template `tmpl_0_72` not found"
 * (a DOM-only element the weapp build cannot draw: it silently vanishes on a phone), React or Taro errors,
 * exparser warnings. Installed with jest `setupFilesAfterEnv`.
 */
const SUSPICIOUS_WARNING = /not found|error|fail|exception|invalid|illegal|undefined/i;

const problems: string[] = [];

// Building a page runs WeChat's WXML compiler once per run; a page then waits on the local CloudBase.
jest.setTimeout(30000);

function render(args: unknown[]): string {
  return args
    .map((arg) => (arg instanceof Error ? `${arg.name}: ${arg.message}` : typeof arg === 'string' ? arg : safeJson(arg)))
    .join(' ');
}

function safeJson(value: unknown): string {
  try {
    return JSON.stringify(value);
  } catch {
    return String(value);
  }
}

const originalError = console.error.bind(console);
const originalWarn = console.warn.bind(console);

console.error = (...args: unknown[]) => {
  problems.push(`console.error: ${render(args)}`);
  originalError(...args);
};

console.warn = (...args: unknown[]) => {
  const text = render(args);
  if (SUSPICIOUS_WARNING.test(text)) problems.push(`console.warn: ${text}`);
  originalWarn(...args);
};

beforeEach(() => {
  problems.length = 0;
});

afterEach(() => {
  if (problems.length) {
    const list = problems.splice(0).join('\n  ');
    throw new Error(`runtime errors were logged during the test:\n  ${list}`);
  }
});

/** For a test that provokes an error on purpose: take the logged problems so far (and clear them). */
export function takeLoggedProblems(): string[] {
  return problems.splice(0);
}
