import { DEFAULT_ERROR_MESSAGES, ERROR_CODES } from '../../shared/errors';
import { describeApi } from '../../shared/describe';
import { ROLE_LABELS, type Role } from '../../shared/roles';

function rolesText(roles: readonly string[] | 'public'): string {
  if (roles === 'public') return '公开（无需登录）';
  return roles.map((role) => `${role}（${ROLE_LABELS[role as Role] ?? role}）`).join('、');
}

/** docs/API.md, generated from the zod contracts. */
export function renderApiMarkdown(): string {
  const { functions } = describeApi();
  const lines: string[] = [
    '# API',
    '',
    '> Generated from `shared/contracts` by `npm run docs:api`. Do not edit by hand.',
    '',
    'Every call is `wx.cloud.callFunction({ name, data: { action, payload, requestId? } })`. The caller is the',
    "WeChat user the platform attaches (OPENID); nothing in the payload can change who you are. Every answer is",
    '`{ ok: true, data }` or `{ ok: false, error: { code, message, details } }`.',
    '',
    '## Error codes',
    '',
    '| code | default message |',
    '|---|---|',
    ...ERROR_CODES.map((code) => `| \`${code}\` | ${DEFAULT_ERROR_MESSAGES[code]} |`),
    '',
    '`VALIDATION_FAILED` carries `details.fields: [{ path, message }]` with dotted field paths.',
    '',
  ];
  for (const [fn, actions] of Object.entries(functions)) {
    lines.push(`## \`${fn}\``, '');
    for (const action of actions) {
      lines.push(
        `### \`${fn}\` · \`${action.action}\``,
        '',
        action.summary,
        '',
        `Roles: ${rolesText(action.roles)}`,
        '',
        '<details><summary>input (JSON Schema)</summary>',
        '',
        '```json',
        JSON.stringify(action.input, null, 2),
        '```',
        '',
        '</details>',
        '',
        '<details><summary>output (JSON Schema)</summary>',
        '',
        '```json',
        JSON.stringify(action.output, null, 2),
        '```',
        '',
        '</details>',
        '',
      );
    }
  }
  for (const fn of ['account', 'onething', 'help', 'policy', 'review']) {
    if (!functions[fn]) lines.push(`## \`${fn}\``, '', 'No actions yet.', '');
  }
  return `${lines.join('\n').trimEnd()}\n`;
}
