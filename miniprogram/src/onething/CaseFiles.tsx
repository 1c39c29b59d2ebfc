import { useState } from 'react';
import { Image, Text, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import { api, call } from '@/api';
import { ActionButton } from '@/components/ActionButton';
import { messageOf } from '@/help/errors';
import { pressableProps, roleProps } from '@/platform/a11y';
import { openDocument } from '@/platform/open-document';

interface CaseFile {
  fileId: string;
  name: string;
  mimeType: string;
}

/**
 * The uploaded files of one material of a case, opened on request through onething files.open: the function checks
 * that the viewer may see them (the applicant, the case's departments), records the access and hands back an
 * address that works for a few minutes. Photos show here; a PDF opens in the document viewer.
 */
export function CaseFiles({ caseId, files }: { caseId: string; files: readonly CaseFile[] }) {
  const [shown, setShown] = useState<Record<string, string>>({});
  const [problem, setProblem] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const open = (file: CaseFile) => {
    if (busy) return;
    setBusy(true);
    setProblem(null);
    call(api.onething['files.open'], { caseId, fileIds: [file.fileId] })
      .then(async ({ files: [answer] }) => {
        if (!answer?.url) setProblem(`「${file.name}」已不在存储中，请联系申请人重新提交。`);
        else if (file.mimeType.startsWith('image/')) setShown((s) => ({ ...s, [file.fileId]: answer.url! }));
        else await openDocument(answer.url);
      })
      .catch((cause: unknown) => setProblem(messageOf(cause)))
      .finally(() => setBusy(false));
  };

  return (
    <View className="onething-upload__files" {...roleProps('list')} aria-label="上传的文件">
      {files.map((file) => (
        <View key={file.fileId} className="onething-upload__file" {...roleProps('listitem')}>
          {shown[file.fileId] ? (
            <View
              className="onething-upload__thumb"
              aria-label={`查看大图：${file.name}`}
              {...pressableProps('button', () => void Taro.previewImage({ urls: [shown[file.fileId]!], current: shown[file.fileId]! }))}
            >
              <Image className="onething-upload__image" src={shown[file.fileId]!} mode="aspectFill" aria-hidden="true" />
            </View>
          ) : null}
          <Text className="onething-list__meta">{file.name}</Text>
          {shown[file.fileId] ? null : <ActionButton label={`查看文件：${file.name}`} variant="plain" onPress={() => open(file)} />}
        </View>
      ))}
      {problem ? (
        <Text className="onething-problem" {...roleProps('alert')}>
          ! {problem}
        </Text>
      ) : null}
    </View>
  );
}
