import type { Locale } from '../model/schema';

export const isLocale = (value: unknown): value is Locale => value === 'zh-CN' || value === 'en';
