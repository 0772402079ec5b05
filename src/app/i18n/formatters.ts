import type { Language } from './messages.ts';

/** The Intl locale each language formats with. */
export const LOCALES: Record<Language, string> = { en: 'en-GB', es: 'es-MX' };

/** Formatting of dates and numbers for a language; all dates are UTC days. */
export interface Formatters {
  longDay: (time: number) => string;
  shortDay: (time: number) => string;
  number: (value: number) => string;
  /** The UTC hour, "15:00 UTC". */
  hour: (time: number) => string;
}

export function formatters(language: Language): Formatters {
  const locale = LOCALES[language];
  const long = new Intl.DateTimeFormat(locale, {
    weekday: 'long',
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  });
  const short = new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'long', timeZone: 'UTC' });
  const number = new Intl.NumberFormat(locale, { maximumFractionDigits: 0 });
  const hour = new Intl.DateTimeFormat(locale, {
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
    timeZone: 'UTC',
  });
  return {
    longDay: (time) => long.format(time),
    shortDay: (time) => short.format(time),
    number: (value) => number.format(value),
    hour: (time) => `${hour.format(time)} UTC`,
  };
}
