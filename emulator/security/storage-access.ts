/** The storage bucket's rule applied to one client operation on one file (`resource.openid` = the uploader). */
import type { FileInfo } from '../storage';
import { mayAttempt, type AccessRule } from './rules';

/** Download, temp URL: the file exists; may `caller` read it? */
export function mayReadFile(rule: AccessRule, caller: string | undefined, file: Pick<FileInfo, 'owner'>): boolean {
  if (!mayAttempt(rule.read, caller)) return false;
  return rule.read !== 'owner' || (caller !== undefined && file.owner === caller);
}

/** Upload (`existing` = the file it would overwrite, if any) and delete: may `caller` write it? */
export function mayWriteFile(rule: AccessRule, caller: string | undefined, existing: Pick<FileInfo, 'owner'> | undefined): boolean {
  if (!mayAttempt(rule.write, caller)) return false;
  return rule.write !== 'owner' || existing === undefined || (caller !== undefined && existing.owner === caller);
}
