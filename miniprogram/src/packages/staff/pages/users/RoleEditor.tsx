import { useState } from 'react';
import { Text, View } from '@tarojs/components';
import { DEPARTMENTS } from '@shared/departments';
import { ROLES, type Role } from '@shared/roles';
import { api, call } from '@/api';
import { ActionButton } from '@/components/ActionButton';
import { Choice, ChoiceGroup } from '@/components/Choice';
import { Field } from '@/components/Field';
import { PickerField } from '@/components/PickerField';
import { fieldProblems, messageOf } from '@/help/errors';
import { roleProps } from '@/platform/a11y';
import { roleLabel } from '@/roles';
import { describeRoles, personName, type FoundUser } from './describe';

const ROLE_HINTS: Record<Role, string> = {
  citizen: '办事、评价、投诉建议',
  helper: '接单帮办代办、上门服务',
  coordinator: '帮办派单、改派和回访',
  staff: '本部门的一件事审批、投诉建议、差评整改',
  admin: '用户与角色、申诉复核、好差评数据',
};

/** The city's departments, by the names its configuration gives them. */
const DEPARTMENT_OPTIONS = Object.entries(DEPARTMENTS).map(([value, label]) => ({ value, label: label! }));

interface Props {
  user: FoundUser;
  onSaved: (user: FoundUser) => void;
}

/** A person's roles as choices, their department when they are staff, and why the change is made. */
export function RoleEditor({ user, onSaved }: Props) {
  const [roles, setRoles] = useState<Role[]>(user.roles);
  const [department, setDepartment] = useState(user.department?.id ?? '');
  const [reason, setReason] = useState('');
  const [problems, setProblems] = useState<Record<string, string>>({});
  const [error, setError] = useState<string | null>(null);
  const [saved, setSaved] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const isStaff = roles.includes('staff');

  const toggle = (role: Role) => {
    setSaved(null);
    setRoles((held) => (held.includes(role) ? held.filter((r) => r !== role) : ROLES.filter((r) => r === role || held.includes(r))));
  };

  const save = () => {
    if (busy) return;
    const next: Record<string, string> = {};
    if (roles.length === 0) next.roles = '请至少选择一个角色';
    if (isStaff && !department) next.department = '部门工作人员必须指定所属部门';
    if (!reason.trim()) next.reason = '请写明调整原因，例如入职、调岗、离职';
    setProblems(next);
    setError(null);
    setSaved(null);
    if (Object.keys(next).length) return;
    const unchanged = roles.length === user.roles.length && roles.every((r) => user.roles.includes(r)) && (isStaff ? department : '') === (user.department?.id ?? '');
    if (unchanged) {
      setError('角色和部门都没有变化，不需要保存。');
      return;
    }
    setBusy(true);
    const chosenDepartment = isStaff ? (department as keyof typeof DEPARTMENTS) : null;
    call(api.account['users.setRoles'], { openid: user.openid, roles, department: chosenDepartment, reason: reason.trim() }).then(
      () => {
        setBusy(false);
        const updated: FoundUser = { ...user, roles, department: chosenDepartment ? { id: chosenDepartment, name: DEPARTMENTS[chosenDepartment] ?? chosenDepartment } : null };
        setReason('');
        setSaved(`已保存：${personName(user)}现在是${describeRoles(updated)}。`);
        onSaved(updated);
      },
      (cause: unknown) => {
        setBusy(false);
        const fields = Object.fromEntries(fieldProblems(cause).map((p) => [p.path, p.message]));
        setProblems(fields);
        setError(Object.keys(fields).length ? '请按提示修改后再保存。' : messageOf(cause));
      },
    );
  };

  return (
    <View className="users-editor">
      <Text className="users-card__line">
        {personName(user)} · 手机号 {user.phoneMasked ?? '未填写'}
      </Text>
      <ChoiceGroup label="角色（可多选）">
        {ROLES.map((role) => (
          <Choice key={role} label={roleLabel(role)} description={ROLE_HINTS[role]} selected={roles.includes(role)} onPress={() => toggle(role)} />
        ))}
      </ChoiceGroup>
      {problems.roles ? (
        <Text className="users-error" {...roleProps('alert')}>
          ! {problems.roles}
        </Text>
      ) : null}
      {isStaff ? (
        <PickerField
          mode="selector"
          label="所属部门"
          hint="部门工作人员只处理本部门的事项"
          options={DEPARTMENT_OPTIONS}
          value={department}
          onChange={(value) => {
            setSaved(null);
            setDepartment(value);
          }}
          error={problems.department}
        />
      ) : null}
      <Field label="调整原因" hint="会记入调整记录，例如：新入职税务局窗口" value={reason} onChange={setReason} maxlength={100} error={problems.reason} />
      {error ? (
        <Text className="users-error" {...roleProps('alert')}>
          {error}
        </Text>
      ) : null}
      {saved ? (
        <Text className="users-ok" {...roleProps('status')}>
          {saved}
        </Text>
      ) : null}
      <ActionButton label={busy ? '正在保存…' : '保存'} onPress={save} />
    </View>
  );
}
