import { useState } from 'react';
import { View } from '@tarojs/components';
import { ActionButton } from '@/components/ActionButton';
import { Field } from '@/components/Field';
import { RoleGate } from '@/components/RoleGate';
import { Section } from '@/components/Section';
import { AuditLog, useAuditLog } from './AuditLog';
import { personName, type FoundUser } from './describe';
import { RoleEditor } from './RoleEditor';
import { UserResults, useUserSearch } from './UserResults';
import './users.scss';

function Results({ query, chosen, onChoose }: { query: string; chosen: string | null; onChoose: (user: FoundUser) => void }) {
  const search = useUserSearch(query);
  return <UserResults search={search} chosen={chosen} onChoose={onChoose} />;
}

function UsersAndRoles() {
  const [typed, setTyped] = useState('');
  const [query, setQuery] = useState<string | null>(null);
  const [typedError, setTypedError] = useState<string | undefined>();
  const [chosen, setChosen] = useState<FoundUser | null>(null);
  // Saving changes the card in the results too: a search is read again with a new key.
  const [searchRound, setSearchRound] = useState(0);
  const log = useAuditLog();

  const search = () => {
    const text = typed.trim();
    if (!text) {
      setTypedError('请输入姓名或手机号');
      return;
    }
    setTypedError(undefined);
    setChosen(null);
    setQuery(text);
    setSearchRound((n) => n + 1);
  };

  return (
    <>
      <Section title="查找用户" hint="输入姓名（其中一两个字即可），或手机号：如 139****5678、后四位或完整号码。">
        <View className="users-editor">
          <Field label="姓名或手机号" value={typed} onChange={setTyped} maxlength={20} error={typedError} placeholder="例如：王小明 或 5678" />
          <ActionButton label="搜索" onPress={search} />
          {query ? <Results key={`${query}#${searchRound}`} query={query} chosen={chosen?.openid ?? null} onChoose={setChosen} /> : null}
        </View>
      </Section>
      {chosen ? (
        <Section title={`调整${personName(chosen)}的角色`} hint="可以同时有几个角色。部门工作人员要选所属部门。">
          <RoleEditor
            key={chosen.openid}
            user={chosen}
            onSaved={(updated) => {
              setChosen(updated);
              setSearchRound((n) => n + 1);
              log.reload();
            }}
          />
        </Section>
      ) : null}
      <Section title="调整记录" hint="每次调整角色都会记下：谁、什么时候、从什么改成什么、原因。新的在前。">
        <AuditLog log={log} />
      </Section>
    </>
  );
}

/** 用户与角色 (administrators): find a person, set their roles and department with a reason, and read the audit log. */
export default function UsersPage() {
  return (
    <RoleGate title="用户与角色" allows={(me) => me.roles.includes('admin')} deniedMessage="用户与角色只给系统管理员使用。如需调整您的角色，请联系本单位管理员。">
      {() => <UsersAndRoles />}
    </RoleGate>
  );
}
