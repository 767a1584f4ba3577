import type { Lang } from '../../chains/types.ts';

// One formatter per language: building an Intl.DateTimeFormat costs more than a whole table row.
const formatters: Record<Lang, Intl.DateTimeFormat> = {
  zh: new Intl.DateTimeFormat('zh-CN', { dateStyle: 'short', timeStyle: 'short', timeZone: 'UTC' }),
  en: new Intl.DateTimeFormat('en-GB', { dateStyle: 'short', timeStyle: 'short', timeZone: 'UTC' }),
};

/** A time in the console's tables and timelines: short, in UTC, said so. */
export const consoleTime = (iso: string, lang: Lang) => `${formatters[lang].format(new Date(iso))} UTC`;
