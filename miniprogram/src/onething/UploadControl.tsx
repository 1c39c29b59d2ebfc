import { useState } from 'react';
import { Image, Text, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import { ActionButton } from '@/components/ActionButton';
import { messageOf } from '@/help/errors';
import { pressableProps, roleProps } from '@/platform/a11y';
import type { UploadedFile } from './file-checks';
import { chooseAndUpload } from './files';
import { fileSize, uploadLimits, type UploadSpecView } from './format';
import { previewOf } from './previews';

export interface UploadControlProps {
  /** What is being uploaded (names the buttons for screen readers). */
  name: string;
  spec: UploadSpecView;
  files: readonly UploadedFile[];
  onChange: (files: UploadedFile[]) => void;
}

/** The files of one material: what is uploaded (remove or replace), and buttons to add more within the limits. */
export function UploadControl({ name, spec, files, onChange }: UploadControlProps) {
  const [problem, setProblem] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const room = spec.count.max - files.length;

  const add = (from: 'photo' | 'file', replace: boolean) => {
    if (busy) return;
    setBusy(true);
    setProblem(null);
    chooseAndUpload(spec, from, replace ? spec.count.max : room).then(
      (added) => {
        setBusy(false);
        if (added.length) onChange(replace ? added : [...files, ...added]);
      },
      (cause: unknown) => {
        setBusy(false);
        // Cancelling the picker is not a problem.
        const message = cause instanceof Error ? cause.message : messageOf(cause);
        if (!/cancel/i.test(message)) setProblem(message);
      },
    );
  };

  return (
    <View className="onething-upload">
      <Text className="onething-list__note">可以上传：{uploadLimits(spec)}</Text>
      {files.length ? (
        <View className="onething-upload__files" {...roleProps('list')} aria-label={`${name}已上传的文件`}>
          {files.map((file) => (
            <View key={file.fileId} className="onething-upload__file" {...roleProps('listitem')}>
              {previewOf(file.fileId) ? (
                <View
                  className="onething-upload__thumb"
                  aria-label={`查看大图：${file.name}`}
                  {...pressableProps('button', () => void Taro.previewImage({ urls: [previewOf(file.fileId)!], current: previewOf(file.fileId)! }))}
                >
                  <Image className="onething-upload__image" src={previewOf(file.fileId)!} mode="aspectFill" aria-hidden="true" />
                </View>
              ) : null}
              <Text className="onething-list__meta">
                ✓ {file.name}（{fileSize(file.size)}）
              </Text>
              <ActionButton label={`删除 ${file.name}`} variant="plain" onPress={() => onChange(files.filter((f) => f.fileId !== file.fileId))} />
            </View>
          ))}
        </View>
      ) : null}
      {busy ? <Text className="onething-list__note">正在上传…</Text> : null}
      {problem ? (
        <Text className="onething-problem" {...roleProps('alert')}>
          ! {problem}
        </Text>
      ) : null}
      {room > 0 ? <ActionButton label={`上传${name}`} variant="secondary" onPress={() => add('photo', false)} /> : null}
      {room > 0 && spec.mimeTypes.includes('application/pdf') && process.env.TARO_ENV === 'weapp' ? (
        <ActionButton label={`从聊天记录选${name}`} variant="plain" onPress={() => add('file', false)} />
      ) : null}
      {files.length && room <= 0 ? <ActionButton label={`重新上传${name}`} variant="plain" onPress={() => add('photo', true)} /> : null}
    </View>
  );
}
