// Dates, instants, numbers, periods and language names in the user's locale.
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { Language } from '../../shared/common.ts';
import { type Money, type MoneyDisplay, formatMoney } from '../../shared/money.ts';

/** The browser's own regional variant when it speaks the interface language, else a sensible default. */
export function intlLocale(language: Language): string {
  const preferred = typeof navigator === 'undefined' ? [] : (navigator.languages ?? [navigator.language]);
  const match = preferred.find((tag) => tag.toLowerCase().split('-')[0] === language && tag.includes('-'));
  return match ?? (language === 'ru' ? 'ru-RU' : 'en-GB');
}

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

export function createFormatters(language: Language) {
  const locale = intlLocale(language);
  const calendarDate = new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' });
  const instant = new Intl.DateTimeFormat(locale, {
    day: 'numeric',
    month: 'short',
    year: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    timeZoneName: 'short',
  });
  const shortInstant = new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'short', year: 'numeric' });
  const number = new Intl.NumberFormat(locale);
  const relative = new Intl.RelativeTimeFormat(locale, { numeric: 'auto' });
  let languageNames: Intl.DisplayNames | null = null;
  try {
    languageNames = new Intl.DisplayNames([locale], { type: 'language' });
  } catch {
    languageNames = null;
  }

  return {
    locale,
    /** A calendar date (YYYY-MM-DD), shown without any time-zone shift. */
    date(value: string | null | undefined): string {
      if (!value) return '';
      const iso = value.slice(0, 10);
      if (!ISO_DATE.test(iso)) return value;
      return calendarDate.format(new Date(`${iso}T00:00:00Z`));
    },
    /** An instant, in the user's own time zone, with the zone named. */
    dateTime(value: string | null | undefined): string {
      if (!value) return '';
      const d = new Date(value);
      return Number.isNaN(d.getTime()) ? value : instant.format(d);
    },
    /** An instant as a day only (for dense tables). */
    day(value: string | null | undefined): string {
      if (!value) return '';
      const d = new Date(value);
      return Number.isNaN(d.getTime()) ? value : shortInstant.format(d);
    },
    /** "1 Aug 2023 – present", "… – 3 Mar 2020", or nothing when no dates are known. */
    period(from: string | null | undefined, to: string | null | undefined, present: string): string {
      if (!from && !to) return '';
      const start = from ? this.date(from) : '…';
      return `${start} – ${to ? this.date(to) : present}`;
    },
    number(value: number): string {
      return number.format(value);
    },
    /** An amount with its currency's own decimals: "USD 1,500.00", "1 500,00 USD". */
    money(value: Money | null | undefined, display?: MoneyDisplay): string {
      return value ? formatMoney(value, locale, display) : '';
    },
    /** "3 days ago", "in 2 hours". */
    relative(value: string | null | undefined, now: number = Date.now()): string {
      if (!value) return '';
      const diff = new Date(value).getTime() - now;
      if (Number.isNaN(diff)) return '';
      const abs = Math.abs(diff);
      const units: [Intl.RelativeTimeFormatUnit, number][] = [
        ['year', 365 * 86_400_000],
        ['month', 30 * 86_400_000],
        ['day', 86_400_000],
        ['hour', 3_600_000],
        ['minute', 60_000],
      ];
      for (const [unit, ms] of units) if (abs >= ms) return relative.format(Math.round(diff / ms), unit);
      return relative.format(0, 'minute');
    },
    /** A BCP 47 tag as a language name in the interface language ("ms" → "Malay"). */
    languageName(tag: string): string {
      try {
        return languageNames?.of(tag) ?? tag;
      } catch {
        return tag;
      }
    },
  };
}

export type Formatters = ReturnType<typeof createFormatters>;

export function useFormatters(): Formatters {
  const { i18n } = useTranslation();
  const language: Language = i18n.language === 'ru' ? 'ru' : 'en';
  return useMemo(() => createFormatters(language), [language]);
}
