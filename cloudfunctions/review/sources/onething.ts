/** 一件事 applications do not exist yet: every lookup finds nothing until that capability stores its cases. */
import type { CaseSource } from './types';

export const onethingSource: CaseSource = {
  async load() {
    return null;
  },
  async completedFor() {
    return [];
  },
  async completedBetween() {
    return [];
  },
};
