import { useEffect, useState } from 'react';
import { api, call } from '@/api';

/**
 * A GB/T 2260 code as people say it ('440304' → '广东省深圳市福田区'), from regions.children's description of the
 * code itself; the code while it loads or when it is unknown.
 */
export function useRegionName(code: string | null): string | null {
  const [name, setName] = useState<{ code: string; fullName: string } | null>(null);
  useEffect(() => {
    if (!code || !/^\d{6}$/.test(code)) return undefined;
    let live = true;
    call(api.help['regions.children'], { code }).then(
      (answer) => live && answer.parent && setName({ code, fullName: answer.parent.fullName }),
      () => undefined,
    );
    return () => {
      live = false;
    };
  }, [code]);
  if (!code) return null;
  return name?.code === code ? `${name.fullName}（${code}）` : code;
}
