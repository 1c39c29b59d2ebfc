import { z } from 'zod';
import { isValidIdNumber } from '../idcard';

/** Field schemas reused across contracts, each with the Chinese message a person sees. */
export const mobileSchema = z.string().trim().regex(/^1[3-9]\d{9}$/, '请填写11位手机号码');
export const idNumberSchema = z
  .string()
  .trim()
  .transform((value) => value.toUpperCase())
  .refine(isValidIdNumber, '身份证号码不正确，请核对后重新填写');
export const realNameSchema = z.string().trim().min(2, '请填写真实姓名').max(30, '姓名太长了');
export const addressSchema = z.string().trim().min(5, '请把地址写到门牌号').max(120, '地址太长了');
/** A file the person uploaded to cloud storage. */
export const fileIdSchema = z.string().regex(/^cloud:\/\/\S+$/, '文件标识不正确，请重新上传');
