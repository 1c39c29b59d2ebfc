import { useState } from 'react';
import { Text, View } from '@tarojs/components';
import { useRouter } from '@tarojs/taro';
import { api, call } from '@/api';
import { ActionButton } from '@/components/ActionButton';
import { Choice } from '@/components/Choice';
import { PageShell } from '@/components/PageShell';
import { messageOf } from '@/help/errors';
import { useHelpRequest } from '@/help/useHelpRequest';
import { roleProps } from '@/platform/a11y';
import { replacePage, ROUTES } from '@/routes';
import './index.scss';

/** 代办: the requester reads the 委托书 and signs it; only then can a helper take the request. */
export default function HelpAuthorizePage() {
  const { params } = useRouter();
  const id = params.id ? decodeURIComponent(params.id) : undefined;
  // The requester reads and signs the 委托书 with their own name in full.
  const request = useHelpRequest(id, true);
  const [agree, setAgree] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const data = request.data;
  const authorization = data?.authorization ?? null;

  const sign = () => {
    if (!data || busy) return;
    if (!agree) {
      setError('请先阅读委托书，并点“我已阅读并同意”');
      return;
    }
    setBusy(true);
    setError(null);
    call(api.help['requests.confirmAuthorization'], { id: data.id, agree: true }).then(
      () => replacePage(ROUTES.helpDetail, { id: data.id }),
      (cause: unknown) => {
        setBusy(false);
        setError(messageOf(cause));
      },
    );
  };

  return (
    <PageShell
      title="签署代办委托书"
      subtitle="签署后，帮办员才能接单替您办理。"
      loading={!data && request.loading}
      error={!data ? request.error : null}
      onRetry={request.reload}
    >
      {data && authorization ? (
        <>
          <View className="help-authorize__paper" aria-label="委托书全文">
            {authorization.text.split('\n').map((line, index) => (
              <Text key={index} className={index === 0 ? 'help-authorize__title' : 'help-authorize__line'}>
                {line}
              </Text>
            ))}
          </View>
          {authorization.confirmedAt ? (
            <Text className="help-authorize__done" {...roleProps('status')}>
              ✓ 您已签署这份委托书
            </Text>
          ) : (
            <>
              <Choice label="我已阅读并同意" description="我仍是申请人，对材料真实性负责；可以随时撤销委托。" selected={agree} onPress={() => setAgree(!agree)} />
              {error ? (
                <Text className="help-authorize__error" {...roleProps('alert')}>
                  ! {error}
                </Text>
              ) : null}
              <ActionButton label={busy ? '正在签署…' : '确认签署'} onPress={sign} />
            </>
          )}
          <ActionButton label="查看帮办进度" variant="secondary" onPress={() => replacePage(ROUTES.helpDetail, { id: data.id })} />
        </>
      ) : data ? (
        <Text className="help-authorize__line">这件申请不是代办，不需要签署委托书。</Text>
      ) : null}
    </PageShell>
  );
}
