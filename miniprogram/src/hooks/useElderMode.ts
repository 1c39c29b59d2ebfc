import { useEffect, useState } from 'react';
import { isElderMode, setElderMode, subscribeElderMode } from '@/settings/elderMode';

/** 关怀模式 on or off, kept in step across every open page. */
export function useElderMode(): [boolean, (on: boolean) => void] {
  const [on, setOn] = useState(isElderMode);
  useEffect(() => {
    setOn(isElderMode());
    return subscribeElderMode(setOn);
  }, []);
  return [on, setElderMode];
}
