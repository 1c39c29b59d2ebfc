import { useState } from 'react';
import { Text, View } from '@tarojs/components';
import type { HelpRequestDetail } from '@shared/contracts/help-views';
import { ADVANCE_EVENTS } from '@shared/contracts/help-inputs';
import { api, ApiError, call } from '@/api';
import { messageOf } from '@/help/errors';
import { roleProps } from '@/platform/a11y';
import { ActionButton } from '@/components/ActionButton';
import { Field } from '@/components/Field';
import './index.scss';

type Action = HelpRequestDetail['actions'][number];
type AdvanceEvent = (typeof ADVANCE_EVENTS)[number];

export interface RequestActionsProps {
  request: HelpRequestDetail;
  /** The new state of the request after a step succeeded. */
  onDone: (detail: HelpRequestDetail) => void;
  /** A step another person took first (CONFLICT): show the message, then reload. */
  onConflict?: () => void;
  /** Steps this component does not perform itself (e.g. 签署委托书, 派单, 回访): the page handles them. */
  onOther?: (action: Action) => void;
}

const ADVANCE = new Set<string>(ADVANCE_EVENTS);

function isAdvance(event: string): event is AdvanceEvent {
  return ADVANCE.has(event);
}

function placeholderFor(action: Action): string {
  if (action.event === 'complete') return '例如：已帮您提交材料，结果会短信通知';
  if (action.needs === 'reason') return '请写明原因';
  return '请写下要说明的情况';
}

async function perform(request: HelpRequestDetail, action: Action, text: string): Promise<HelpRequestDetail> {
  const words = text.trim() || undefined;
  if (action.event === 'accept') return call(api.help['requests.accept'], { id: request.id });
  if (action.event === 'cancel') return call(api.help['requests.cancel'], { id: request.id, reason: words });
  if (isAdvance(action.event)) {
    return call(api.help['requests.advance'], {
      id: request.id,
      event: action.event,
      ...(action.needs === 'reason' ? { reason: words } : { note: words }),
    });
  }
  throw new Error(`unsupported action ${action.event}`);
}

/** The buttons of the steps this viewer may take now (from `actions`), with a reason or note box when needed. */
export function RequestActions({ request, onDone, onConflict, onOther }: RequestActionsProps) {
  const [open, setOpen] = useState<Action | null>(null);
  const [text, setText] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [notice, setNotice] = useState<string | null>(null);

  const run = (action: Action) => {
    if (busy) return;
    if (action.needs && !text.trim()) {
      setError(action.needs === 'reason' ? '请先写明原因' : '请先写下说明');
      return;
    }
    setBusy(true);
    setError(null);
    perform(request, action, text).then(
      (detail) => {
        setBusy(false);
        setOpen(null);
        setText('');
        setNotice(`已${action.label}`);
        onDone(detail);
      },
      (cause: unknown) => {
        setBusy(false);
        setError(messageOf(cause));
        if (cause instanceof ApiError && cause.code === 'CONFLICT') onConflict?.();
      },
    );
  };

  const press = (action: Action) => {
    setNotice(null);
    setError(null);
    if (action.event !== 'accept' && action.event !== 'cancel' && !isAdvance(action.event)) {
      onOther?.(action);
      return;
    }
    if (action.needs || action.event === 'cancel') {
      setOpen(action);
      setText('');
      return;
    }
    run(action);
  };

  if (request.actions.length === 0 && !notice && !error) return null;

  return (
    <View className="request-actions">
      {notice ? (
        <Text className="request-actions__notice" {...roleProps('status')}>
          ✓ {notice}
        </Text>
      ) : null}
      {error ? (
        <Text className="request-actions__error" {...roleProps('alert')}>
          ! {error}
        </Text>
      ) : null}
      {open ? (
        <View className="request-actions__form">
          <Field
            label={open.needs === 'reason' ? `${open.label}的原因` : open.event === 'cancel' ? '撤销原因（可不填）' : `${open.label}的说明`}
            value={text}
            onChange={setText}
            placeholder={placeholderFor(open)}
            maxlength={open.needs === 'reason' ? 200 : 500}
          />
          <ActionButton label={busy ? '正在提交…' : `确认${open.label}`} onPress={() => run(open)} />
          <ActionButton label="先不了" variant="secondary" onPress={() => setOpen(null)} />
        </View>
      ) : (
        request.actions.map((action) => (
          <ActionButton
            key={action.event}
            label={action.label}
            variant={action.event === 'cancel' || action.event === 'terminate' || action.event === 'note' ? 'secondary' : 'primary'}
            onPress={() => press(action)}
          />
        ))
      )}
    </View>
  );
}
