import { z } from 'zod';
import { idNumber, name, text } from '../values';

/** Field schemas reused across contracts, each with the Chinese message a person sees. */
export const mobileSchema = z.string().trim().regex(/^1[3-9]\d{9}$/, '请填写11位手机号码');
export const idNumberSchema = idNumber('身份证号码');
export const realNameSchema = name('姓名', { min: 2, minMessage: '请填写真实姓名', max: 30, maxMessage: '姓名太长了' });
export const addressSchema = text('地址', { min: 5, minMessage: '请把地址写到门牌号', max: 120, maxMessage: '地址太长了' });
/** A file the person uploaded to cloud storage. */
export const fileIdSchema = z.string().regex(/^cloud:\/\/\S+$/, '文件标识不正确，请重新上传');
