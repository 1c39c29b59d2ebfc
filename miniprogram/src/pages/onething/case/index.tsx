import { useState } from 'react';
import { Text, View } from '@tarojs/components';
import { useDidShow, useRouter } from '@tarojs/taro';
import { api, call } from '@/api';
import { ActionButton } from '@/components/ActionButton';
import { PageShell } from '@/components/PageShell';
import { Section } from '@/components/Section';
import { formatDateTime } from '@/help/format';
import { messageOf } from '@/help/errors';
import { CaseTasks, CaseTimeline } from '@/onething/CaseTasks';
import type { CaseView } from '@/onething/case-format';
import type { UploadedFile } from '@/onething/file-checks';
import { UploadControl } from '@/onething/UploadControl';
import { useRemote } from '@/hooks/useRemote';
import { roleProps } from '@/platform/a11y';
import { openPage, ROUTES } from '@/routes';
import '@/pages/onething/onething.scss';

/** What 补正 files may be; the backend checks each against the material's own limits (and says which is wrong). */
const SUPPLEMENT_SPEC = { mimeTypes: ['image/jpeg', 'image/png', 'application/pdf'], maxBytes: 20 * 1024 * 1024, count: { min: 1, max: 10 }, tip: '' };

/** One of my 一件事 cases: each department's progress and deadline, what to supply again (补正), withdraw, results. */
export default function OnethingCasePage() {
  const { params } = useRouter();
  const caseId = params.id ? decodeURIComponent(params.id) : null;
  const justSubmitted = params.submitted === '1';
  const [replaced, setReplaced] = useState<CaseView | null>(null);
  const loaded = useRemote(caseId, () => call(api.onething['applications.get'], { caseId: caseId! }));
  const view = replaced ?? loaded.data;
  const [files, setFiles] = useState<Record<string, UploadedFile[]>>({});
  const [confirmWithdraw, setConfirmWithdraw] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [shownOnce, setShownOnce] = useState(false);
  useDidShow(() => {
    if (shownOnce) {
      setReplaced(null);
      loaded.reload();
    }
    setShownOnce(true);
  });

  const act = (work: Promise<CaseView>) => {
    setBusy(true);
    setProblem(null);
    work.then(
      (next) => {
        setBusy(false);
        setReplaced(next);
        setFiles({});
        setConfirmWithdraw(false);
      },
      (cause: unknown) => {
        setBusy(false);
        setProblem(messageOf(cause));
        if ((cause as { code?: string }).code === 'CONFLICT') loaded.reload();
      },
    );
  };

  const supplement = () => {
    if (!view) return;
    const asked = [...new Set(view.corrections.map((c) => c.materialId))];
    const missing = asked.filter((id) => !files[id]?.length);
    if (missing.length) {
      setProblem(`还有 ${missing.length} 份材料没有上传`);
      return;
    }
    act(call(api.onething['applications.supplement'], { caseId: view.id, materials: Object.fromEntries(asked.map((id) => [id, { kind: 'upload' as const, files: files[id]! }])) }));
  };

  return (
    <PageShell
      title={view ? view.theme.name : '办件进度'}
      subtitle={view ? `办件编号 ${view.number} · ${view.statusLabel}` : undefined}
      loading={!view && loaded.loading}
      error={!caseId ? { message: '没有指定办件。' } : !view ? loaded.error : null}
      onRetry={caseId ? loaded.reload : undefined}
    >
      {view ? (
        <>
          {justSubmitted && !replaced ? (
            <View className="onething-card" {...roleProps('status')}>
              <Text className="onething-card__strong">提交成功，办件编号 {view.number}</Text>
              <Text className="onething-card__text">{view.taskCount} 件事已交给各部门同时办理，有进展会通知您。</Text>
            </View>
          ) : null}
          <View className="onething-card">
            <Text className="onething-card__text">
              已办结 {view.approvedCount}/{view.taskCount} 件{view.nextDueOn ? ` · 最近到期 ${view.nextDueOn}` : ''}
              {view.overdue ? ' · 有事项已超期' : ''}
            </Text>
            <Text className="onething-card__note">提交于 {formatDateTime(view.submittedAt)} · 取件方式：{view.delivery.method.label}</Text>
            <Text className="onething-card__note">
              出件：{view.handover.label}
              {view.handover.trackingNo ? ` · EMS 邮件号 ${view.handover.trackingNo}` : ''}
            </Text>
          </View>

          {view.canSupplement && view.corrections.length ? (
            <Section title="需要补正的材料" hint="只补交下面这些，不用重新申请；补齐后部门继续办理，补正期间不计时。">
              <View className="onething-list" {...roleProps('list')} aria-label="需要补正的材料">
                {view.corrections.map((item) => (
                  <View key={`${item.taskId}-${item.materialId}`} className="onething-list__item" {...roleProps('listitem')}>
                    <Text className="onething-list__title">{item.materialName}</Text>
                    <Text className="onething-list__meta">
                      {item.taskName}：{item.problem}
                    </Text>
                    <UploadControl
                      name={item.materialName}
                      spec={SUPPLEMENT_SPEC}
                      files={files[item.materialId] ?? []}
                      onChange={(next) => setFiles({ ...files, [item.materialId]: next })}
                    />
                  </View>
                ))}
              </View>
              <ActionButton label={busy ? '正在提交…' : '提交补正材料'} onPress={supplement} />
            </Section>
          ) : null}

          <CaseTasks view={view} />

          {view.result ? (
            <Section title="办理结果" hint={`${formatDateTime(view.result.issuedAt)} 统一出件`}>
              <View className="onething-list" {...roleProps('list')} aria-label="办理结果">
                {view.result.documents.map((doc) => (
                  <View key={doc.taskId} className="onething-list__item" {...roleProps('listitem')}>
                    <Text className="onething-list__title">{doc.name}</Text>
                    <Text className="onething-list__meta">
                      编号 {doc.documentNo}
                      {doc.electronic ? ' · 有电子版' : ''}
                    </Text>
                  </View>
                ))}
              </View>
            </Section>
          ) : null}

          {problem ? (
            <Text className="onething-problem" {...roleProps('alert')}>
              ! {problem}
            </Text>
          ) : null}
          {view.canWithdraw ? (
            <View className="onething-actions">
              {confirmWithdraw ? (
                <>
                  <Text className="onething-card__text">撤回后各部门不再办理，要办需重新申请。确定撤回吗？</Text>
                  <ActionButton label="确定撤回" onPress={() => act(call(api.onething['applications.withdraw'], { caseId: view.id }))} />
                  <ActionButton label="不撤回" variant="secondary" onPress={() => setConfirmWithdraw(false)} />
                </>
              ) : (
                <ActionButton label="撤回申请" variant="secondary" onPress={() => setConfirmWithdraw(true)} />
              )}
            </View>
          ) : null}

          <CaseTimeline view={view} />
          <View className="onething-actions">
            <ActionButton label="查看我的全部办件" variant="secondary" onPress={() => openPage(ROUTES.onethingCases)} />
          </View>
        </>
      ) : null}
    </PageShell>
  );
}
