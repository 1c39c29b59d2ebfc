import { useCallback, useEffect, useState } from 'react';
import { Text, View } from '@tarojs/components';
import type { OutputOf } from '@shared/contract';
import { ActionButton } from '../../../../components/ActionButton';
import { PageShell } from '../../../../components/PageShell';
import { Section } from '../../../../components/Section';
import { api, ApiError, call } from '../../../../api';
import { formatDateTime } from '../../../../format';
import { headingProps, roleProps } from '../../../../platform/a11y';
import { copyText } from '../../../../platform/clipboard';
import { readableLines, sectionTitle } from './readable';
import './index.scss';

type Export = OutputOf<(typeof api.account)['data.export']>;
type Deletion = OutputOf<(typeof api.account)['data.requestDeletion']>;

function Record_({ record, collection }: { record: Record<string, unknown>; collection: string }) {
  const lines = readableLines(record, collection);
  return (
    <View className="data-record" {...roleProps('listitem')}>
      {lines.length ? (
        lines.map((line, index) => (
          <Text key={index} className="data-record__line">
            {line.label}：{line.value}
          </Text>
        ))
      ) : (
        <Text className="data-record__line">系统记录（不含可显示的个人信息）</Text>
      )}
    </View>
  );
}

/** 我的数据: what the system holds about me, readable and copyable; and asking for deletion. */
export default function MyDataPage() {
  const [data, setData] = useState<Export | null>(null);
  const [error, setError] = useState<ApiError | null>(null);
  const [open, setOpen] = useState<string | null>(null);
  const [copied, setCopied] = useState(false);
  const [confirming, setConfirming] = useState(false);
  const [deletion, setDeletion] = useState<Deletion | null>(null);
  const [deleteError, setDeleteError] = useState<string | null>(null);

  const load = useCallback(() => {
    setError(null);
    call(api.account['data.export'], {}).then(setData, (cause: unknown) => setError(ApiError.of(cause)));
  }, []);
  useEffect(load, [load]);

  const requestDeletion = () => {
    setDeleteError(null);
    call(api.account['data.requestDeletion'], { reason: '本人申请' }).then(
      (result) => {
        setDeletion(result);
        setConfirming(false);
        load();
      },
      (cause: unknown) => setDeleteError(ApiError.of(cause).message),
    );
  };

  return (
    <PageShell title="我的数据" subtitle="系统里保存了您哪些信息" loading={!data && !error} error={error} onRetry={load}>
      {data ? (
        <>
          <Text className="data-meta">生成时间：{formatDateTime(data.generatedAt)}</Text>
          <View className="data-sections" {...roleProps('list')} aria-label="信息分类">
            {data.sections.map((section) => (
              <View key={section.collection} className="data-section" {...roleProps('listitem')}>
                <Text className="data-section__title" {...headingProps(2)}>
                  {sectionTitle(section.collection, section.purpose)}（{section.records.length} 条）
                </Text>
                {section.records.length ? (
                  <ActionButton
                    variant="plain"
                    label={open === section.collection ? '收起' : `查看${section.records.length}条记录`}
                    onPress={() => setOpen(open === section.collection ? null : section.collection)}
                  />
                ) : null}
                {open === section.collection ? (
                  <View className="data-section__records" {...roleProps('list')} aria-label={sectionTitle(section.collection, section.purpose)}>
                    {section.records.map((record, index) => (
                      <Record_ key={index} record={record} collection={section.collection} />
                    ))}
                  </View>
                ) : null}
              </View>
            ))}
          </View>
          {copied ? (
            <Text className="data-meta" {...roleProps('status')}>
              已复制，可以粘贴保存。
            </Text>
          ) : null}
          <ActionButton
            variant="secondary"
            label="复制全部信息"
            onPress={() => void copyText(JSON.stringify(data, null, 2)).then(() => setCopied(true), () => setCopied(false))}
          />
          <Section title="申请删除" hint="能删的马上删除；法律要求保存的办件记录会说明原因。">
            {deletion ? (
              <View className="data-deletion" {...roleProps('status')}>
                <Text className="data-deletion__title">已删除：</Text>
                {deletion.erased.length ? deletion.erased.map((item) => <Text key={item} className="data-deletion__line">· {item}</Text>) : <Text className="data-deletion__line">没有可删除的信息。</Text>}
                <Text className="data-deletion__title">依法保留：</Text>
                {deletion.retained.map((item) => (
                  <Text key={item.what} className="data-deletion__line">
                    · {item.what}：{item.why}
                  </Text>
                ))}
              </View>
            ) : confirming ? (
              <View className="data-deletion" {...roleProps('alert')}>
                <Text className="data-deletion__line">删除后，您的个人信息、授权记录等将无法恢复，办事时需要重新填写。确定要删除吗？</Text>
                {deleteError ? <Text className="data-deletion__error">{deleteError}</Text> : null}
                <ActionButton label="确认删除" onPress={requestDeletion} />
                <ActionButton variant="plain" label="不删除" onPress={() => setConfirming(false)} />
              </View>
            ) : (
              <ActionButton variant="secondary" label="申请删除我的信息" onPress={() => setConfirming(true)} />
            )}
          </Section>
        </>
      ) : null}
    </PageShell>
  );
}
