import { useEffect, useState } from 'react';
import { Text, View } from '@tarojs/components';
import { ROLE_LABELS, type Role } from '@shared/roles';
import { currentPersonaOpenid, listPersonas, setPersonaOpenid, type Persona } from '@/local/persona';
import { headingProps, pressableProps, roleProps } from '@/platform/a11y';
import { openPage, ROUTES } from '@/routes';
import { ActionButton } from '@/components/ActionButton';
import type { PersonaSwitcherProps } from './index';
import './index.scss';

export type { PersonaSwitcherProps } from './index';

function roleNames(roles: readonly string[]): string {
  return roles.map((role) => ROLE_LABELS[role as Role] ?? role).join('、');
}

/** H5 local mode: pick which demo persona the local CloudBase sees as the caller. */
export function PersonaSwitcher({ onChange, variant = 'card', name }: PersonaSwitcherProps) {
  if (variant === 'chip') return <PersonaChip name={name} />;
  return <PersonaCard onChange={onChange} />;
}

function PersonaChip({ name }: { name?: string | null }) {
  const text = `演示身份：${name || currentPersonaOpenid() || '未选择'}`;
  return (
    <View
      className="persona-chip"
      hoverClass="persona-chip--pressed"
      aria-label={`${text}，点按到“我的”切换`}
      {...pressableProps('link', () => openPage(ROUTES.me))}
    >
      <Text className="persona-chip__dot" aria-hidden="true" />
      <Text>{text}</Text>
    </View>
  );
}

function PersonaCard({ onChange }: { onChange?: (openid: string) => void }) {
  const [open, setOpen] = useState(false);
  const [current, setCurrent] = useState<string | null>(() => currentPersonaOpenid());
  const [personas, setPersonas] = useState<Persona[] | null>(null);
  const [failed, setFailed] = useState(false);

  useEffect(() => {
    if (!open || personas) return;
    let alive = true;
    listPersonas().then(
      (list) => alive && setPersonas(list),
      () => alive && setFailed(true),
    );
    return () => {
      alive = false;
    };
  }, [open, personas]);

  const choose = (openid: string) => {
    setPersonaOpenid(openid);
    setCurrent(openid);
    setOpen(false);
    onChange?.(openid);
  };

  return (
    <View className="persona-card" {...roleProps('region')} aria-label="演示身份">
      <View className="persona-card__head">
        <View className="persona-card__text">
          <Text className="persona-card__title" {...headingProps(2)}>
            演示身份
          </Text>
          <Text className="persona-card__hint">本地演示专用：选一个身份，看看不同的人看到什么。</Text>
        </View>
        <ActionButton
          variant="secondary"
          className="persona-card__toggle"
          label={open ? '收起' : '切换身份'}
          onPress={() => setOpen(!open)}
        />
      </View>
      {open ? (
        failed ? (
          <Text className="persona-card__hint" {...roleProps('alert')}>
            没有取到演示身份列表，请确认本地 CloudBase 正在运行。
          </Text>
        ) : !personas ? (
          <Text className="persona-card__hint" {...roleProps('status')}>
            正在加载身份列表…
          </Text>
        ) : (
          <View className="persona-card__list" {...roleProps('list')} aria-label="可选的演示身份">
            {personas.map((persona) => {
              const selected = persona.openid === current;
              return (
                <View key={persona.openid} {...roleProps('listitem')}>
                  <View
                    className={`persona-card__option${selected ? ' persona-card__option--selected' : ''}`}
                    hoverClass="persona-card__option--pressed"
                    aria-pressed={String(selected)}
                    {...pressableProps('button', () => choose(persona.openid))}
                  >
                    <View className="persona-card__option-main">
                      <Text className="persona-card__name">{persona.name}</Text>
                      <Text className="persona-card__roles">{roleNames(persona.roles)}</Text>
                    </View>
                    <Text className="persona-card__description">{persona.description}</Text>
                    {selected ? <Text className="persona-card__current">当前</Text> : null}
                  </View>
                </View>
              );
            })}
          </View>
        )
      ) : null}
    </View>
  );
}
