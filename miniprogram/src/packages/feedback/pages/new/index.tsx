import { useMemo, useState } from 'react';
import { Input, Text, Textarea, View } from '@tarojs/components';
import { useRouter } from '@tarojs/taro';
import type { FeedbackKind } from '@shared/feedback/feedback';
import { ActionButton } from '@/components/ActionButton';
import { ChoiceGroup } from '@/components/ChoiceGroup';
import { ConsentGate } from '@/components/ConsentGate';
import { ErrorSummary, type FieldError } from '@/components/ErrorSummary';
import { PageShell } from '@/components/PageShell';
import { api, ApiError, call, newRequestId } from '@/api';
import { headingProps, inputLabelProps, roleProps } from '@/platform/a11y';
import { choosePhotosAndUpload } from '@/platform/upload';
import { openPage, ROUTES } from '@/routes';
import { KIND_LABELS, pageName } from '@/packages/feedback/labels';
import './index.scss';

type Contact = 'in_app' | 'phone' | 'none';
const MIN = 5;
const MAX = 500;
const MAX_PHOTOS = 3;

function validate(kind: FeedbackKind | null, content: string, contact: Contact | null, phone: string): FieldError[] {
  const errors: FieldError[] = [];
  if (!kind) errors.push({ field: 'fb-kind', message: '请选择是投诉还是建议' });
  const length = content.trim().length;
  if (length < MIN) errors.push({ field: 'fb-content', message: `请至少写${MIN}个字，说清楚发生了什么` });
  if (length > MAX) errors.push({ field: 'fb-content', message: `请控制在${MAX}字以内` });
  if (!contact) errors.push({ field: 'fb-contact', message: '请选择怎么把处理结果告诉您' });
  if (contact === 'phone' && !/^1[3-9]\d{9}$/.test(phone.trim())) errors.push({ field: 'fb-contact', message: '请填写11位手机号码' });
  return errors;
}

function FieldMessage({ errors, field }: { errors: readonly FieldError[]; field: string }) {
  const mine = errors.filter((error) => error.field === field);
  if (!mine.length) return null;
  return <Text className="fb-field__error">{mine.map((error) => `错误：${error.message}`).join('；')}</Text>;
}

function FeedbackForm({ page }: { page: string }) {
  const [kind, setKind] = useState<FeedbackKind | null>(null);
  const [content, setContent] = useState('');
  const [photos, setPhotos] = useState<string[]>([]);
  const [contact, setContact] = useState<Contact | null>(null);
  const [phone, setPhone] = useState('');
  const [errors, setErrors] = useState<FieldError[]>([]);
  const [submitError, setSubmitError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [photoError, setPhotoError] = useState<string | null>(null);
  const requestId = useMemo(newRequestId, []);
  const length = content.trim().length;

  const addPhotos = () => {
    setPhotoError(null);
    choosePhotosAndUpload('feedback', MAX_PHOTOS - photos.length).then(
      (ids) => setPhotos([...photos, ...ids].slice(0, MAX_PHOTOS)),
      () => setPhotoError('照片没有添加成功，可以重试，也可以不加照片直接提交。'),
    );
  };

  const submit = () => {
    if (busy) return;
    const found = validate(kind, content, contact, phone);
    setErrors(found);
    setSubmitError(null);
    if (found.length || !kind || !contact) return;
    setBusy(true);
    call(
      api.account['feedback.create'],
      {
        kind,
        content: content.trim(),
        ...(page ? { page } : {}),
        photos,
        contact: contact === 'phone' ? { preference: 'phone', phone: phone.trim() } : { preference: contact },
      },
      { requestId },
    ).then(
      (ticket) => {
        setBusy(false);
        openPage(ROUTES.feedbackResult, { id: ticket.id, number: ticket.number, due: ticket.dueDate, department: ticket.department.name });
      },
      (cause: unknown) => {
        setBusy(false);
        setSubmitError(ApiError.of(cause).message);
      },
    );
  };

  return (
    <View className="fb-form">
      <ErrorSummary errors={errors} />
      {submitError ? (
        <Text className="fb-field__error" {...roleProps('alert')}>
          {submitError}
        </Text>
      ) : null}
      <Text className="fb-where">反映的页面：{pageName(page)}</Text>

      <View id="fb-kind" className={`fb-field${errors.some((e) => e.field === 'fb-kind') ? ' fb-field--error' : ''}`}>
        <Text className="fb-field__label" {...headingProps(2)}>
          1. 您要提的是
        </Text>
        <FieldMessage errors={errors} field="fb-kind" />
        <ChoiceGroup
          label="投诉还是建议"
          value={kind}
          onChange={setKind}
          choices={[
            { value: 'complaint', label: KIND_LABELS.complaint, hint: '办事不顺、服务不好、页面出错' },
            { value: 'suggestion', label: KIND_LABELS.suggestion, hint: '怎样能更方便、更好用' },
          ]}
        />
      </View>

      <View id="fb-content" className={`fb-field${errors.some((e) => e.field === 'fb-content') ? ' fb-field--error' : ''}`}>
        <Text className="fb-field__label" {...headingProps(2)}>
          2. 发生了什么
        </Text>
        <Text className="fb-field__hint">写清楚时间、地点、事情经过，{MIN}到{MAX}个字。</Text>
        <FieldMessage errors={errors} field="fb-content" />
        <Textarea
          className="fb-textarea"
          value={content}
          maxlength={MAX}
          placeholder="例如：11月20日上午在政务服务中心3号窗口，等了两个小时……"
          onInput={(event) => setContent(event.detail.value)}
          {...inputLabelProps('发生了什么')}
        />
        <Text className="fb-field__hint" {...roleProps('status')}>
          已写 {length} 字，还能写 {Math.max(0, MAX - length)} 字
        </Text>
      </View>

      <View id="fb-photos" className="fb-field">
        <Text className="fb-field__label" {...headingProps(2)}>
          3. 照片（可不加）
        </Text>
        <Text className="fb-field__hint">最多 {MAX_PHOTOS} 张，比如现场照片、页面截图。</Text>
        {photos.length ? <Text className="fb-field__hint">已添加 {photos.length} 张照片</Text> : null}
        {photoError ? <Text className="fb-field__error">{photoError}</Text> : null}
        {photos.length < MAX_PHOTOS ? <ActionButton variant="secondary" label="添加照片" onPress={addPhotos} /> : null}
        {photos.length ? <ActionButton variant="plain" label="清除照片" onPress={() => setPhotos([])} /> : null}
      </View>

      <View id="fb-contact" className={`fb-field${errors.some((e) => e.field === 'fb-contact') ? ' fb-field--error' : ''}`}>
        <Text className="fb-field__label" {...headingProps(2)}>
          4. 处理结果怎么告诉您
        </Text>
        <FieldMessage errors={errors} field="fb-contact" />
        <ChoiceGroup
          label="怎么告诉您处理结果"
          value={contact}
          onChange={setContact}
          choices={[
            { value: 'in_app', label: '在小程序里看', hint: '到“我的 → 我的投诉建议”查看答复' },
            { value: 'phone', label: '打电话告诉我', hint: '工作人员会给您回电话' },
            { value: 'none', label: '不用联系我', hint: '只是反映情况' },
          ]}
        />
        {contact === 'phone' ? (
          <View className="fb-phone">
            <Text className="fb-field__hint">手机号码</Text>
            <Input
              className="fb-input"
              type="number"
              maxlength={11}
              value={phone}
              placeholder="11位手机号码"
              onInput={(event) => setPhone(event.detail.value)}
              {...inputLabelProps('手机号码')}
            />
          </View>
        ) : null}
      </View>

      <ActionButton label={busy ? '正在提交…' : '提交'} onPress={submit} />
    </View>
  );
}

/** 投诉建议: what happened, where (the page it came from), optional photos, how to reply. */
export default function FeedbackNewPage() {
  const { params } = useRouter();
  const page = params.page ? decodeURIComponent(params.page) : '';
  return (
    <PageShell title="投诉建议" subtitle="我们会转给负责的部门，按时答复您" feedback={false}>
      <ConsentGate purpose="privacy_notice" context="feedback.create">
        <FeedbackForm page={page} />
      </ConsentGate>
    </PageShell>
  );
}
