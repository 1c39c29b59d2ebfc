import { useCallback, useEffect, useState } from 'react';
import { Input, Text, View } from '@tarojs/components';
import type { Profile } from '@shared/contracts/privacy';
import { ActionButton } from '@/components/ActionButton';
import { ConsentGate } from '@/components/ConsentGate';
import { PageShell } from '@/components/PageShell';
import { Section } from '@/components/Section';
import { api, ApiError, call } from '@/api';
import { inputLabelProps, roleProps } from '@/platform/a11y';
import { choosePhotosAndUpload } from '@/platform/upload';
import './index.scss';

type Field = 'realName' | 'idNumber' | 'phone' | 'address';
const FIELDS: { key: Field; label: string; placeholder: string }[] = [
  { key: 'realName', label: '姓名', placeholder: '请填写真实姓名' },
  { key: 'idNumber', label: '身份证号', placeholder: '18位身份证号码' },
  { key: 'phone', label: '手机号', placeholder: '11位手机号码' },
  { key: 'address', label: '住址', placeholder: '写到门牌号' },
];

function IdPhoto() {
  const [files, setFiles] = useState<string[]>([]);
  const [error, setError] = useState<string | null>(null);
  const pick = () => {
    setError(null);
    choosePhotosAndUpload('id-photo', 2).then(
      (ids) => setFiles(ids),
      () => setError('照片没有上传成功，请重试。'),
    );
  };
  return (
    <View className="profile-photo">
      <Text className="profile-photo__text">请上传身份证人像面和国徽面，仅供受理部门核验身份。</Text>
      {files.length ? (
        <Text className="profile-photo__text" {...roleProps('status')}>
          已上传 {files.length} 张证件照片。
        </Text>
      ) : null}
      {error ? (
        <Text className="profile-photo__error" {...roleProps('alert')}>
          {error}
        </Text>
      ) : null}
      <ActionButton variant="secondary" label="上传证件照片" onPress={pick} />
    </View>
  );
}

/** 个人信息: masked by default, 显示完整信息 on request (recorded), editable for form pre-filling. */
export default function ProfilePage() {
  const [profile, setProfile] = useState<Profile | null>(null);
  const [loadError, setLoadError] = useState<ApiError | null>(null);
  const [editing, setEditing] = useState(false);
  const [draft, setDraft] = useState<Record<Field, string>>({ realName: '', idNumber: '', phone: '', address: '' });
  const [formError, setFormError] = useState<string | null>(null);
  const [saved, setSaved] = useState(false);

  const load = useCallback((reveal = false) => {
    setLoadError(null);
    call(api.account['profile.get'], { reveal }).then(setProfile, (cause: unknown) =>
      setLoadError(ApiError.of(cause)),
    );
  }, []);
  useEffect(() => load(false), [load]);

  const save = () => {
    const changes = Object.fromEntries(Object.entries(draft).filter(([, value]) => value.trim() !== '')) as Partial<Record<Field, string>>;
    setFormError(null);
    call(api.account['profile.update'], changes).then(
      (next) => {
        setProfile(next);
        setEditing(false);
        setSaved(true);
        setDraft({ realName: '', idNumber: '', phone: '', address: '' });
      },
      (cause: unknown) => setFormError(ApiError.of(cause).message),
    );
  };

  return (
    <PageShell title="个人信息" subtitle="办事时自动帮您填表" loading={!profile && !loadError} error={loadError} onRetry={() => load(false)}>
      {profile ? (
        <>
          <Section title="我的信息" hint={profile.masked ? '为保护您的信息，号码只显示部分。' : '正在显示完整信息，本次查看已记录。'}>
            <View className="profile-card" {...roleProps('list')} aria-label="我的信息">
              {FIELDS.map((field) => (
                <View key={field.key} className="profile-card__row" {...roleProps('listitem')}>
                  <Text className="profile-card__label">{field.label}</Text>
                  <Text className="profile-card__value">{profile[field.key] ?? '未填写'}</Text>
                </View>
              ))}
            </View>
            {saved ? (
              <Text className="profile-saved" {...roleProps('status')}>
                已保存。
              </Text>
            ) : null}
            {profile.masked ? (
              <ActionButton variant="secondary" label="显示完整信息" onPress={() => load(true)} />
            ) : (
              <ActionButton variant="secondary" label="隐藏完整信息" onPress={() => load(false)} />
            )}
            {!editing ? <ActionButton label="修改信息" onPress={() => setEditing(true)} /> : null}
          </Section>
          {editing ? (
            <Section title="修改信息" hint="只填要改的项，其余留空。">
              {formError ? (
                <Text className="profile-form__error" {...roleProps('alert')}>
                  {formError}
                </Text>
              ) : null}
              {FIELDS.map((field) => (
                <View key={field.key} className="profile-form__field">
                  <Text className="profile-form__label">{field.label}</Text>
                  <Input
                    className="profile-form__input"
                    value={draft[field.key]}
                    placeholder={field.placeholder}
                    onInput={(event) => setDraft({ ...draft, [field.key]: event.detail.value })}
                    {...inputLabelProps(field.label)}
                  />
                </View>
              ))}
              <ActionButton label="保存" onPress={save} />
              <ActionButton variant="plain" label="取消" onPress={() => setEditing(false)} />
            </Section>
          ) : null}
          <Section title="证件照片" hint="证件照片属于敏感个人信息，需要您单独同意。">
            <ConsentGate purpose="id_photo" context="profile.id_photo">
              <IdPhoto />
            </ConsentGate>
          </Section>
        </>
      ) : null}
    </PageShell>
  );
}
