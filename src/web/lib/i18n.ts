import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import { z } from 'zod';
import type { Language } from '../../shared/common.ts';
import en from '../i18n/en.json';
import ru from '../i18n/ru.json';
import meetingsEn from '../i18n/meetings.en.json';
import meetingsRu from '../i18n/meetings.ru.json';
import consultationsEn from '../i18n/consultations.en.json';
import consultationsRu from '../i18n/consultations.ru.json';
import linksEn from '../i18n/links.en.json';
import linksRu from '../i18n/links.ru.json';
import { setApiLanguage } from './api-client.ts';

declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'translation';
    resources: { translation: typeof en & typeof meetingsEn & typeof consultationsEn & typeof linksEn };
  }
}

/** Where an anonymous visitor's choice of language is kept. */
export const LANGUAGE_STORAGE_KEY = 'chancery.language';

export const isLanguage = (value: unknown): value is Language => value === 'en' || value === 'ru';

function storedLanguage(): Language {
  try {
    const stored = window.localStorage.getItem(LANGUAGE_STORAGE_KEY);
    if (isLanguage(stored)) return stored;
  } catch {
    // storage unavailable: fall through to the default
  }
  return 'en';
}

function applyLanguage(language: string): void {
  const lang: Language = isLanguage(language) ? language : 'en';
  document.documentElement.lang = lang;
  // Client-side validation messages that the shared schemas do not spell out themselves.
  z.config(lang === 'ru' ? z.locales.ru() : z.locales.en());
  setApiLanguage(lang);
  try {
    window.localStorage.setItem(LANGUAGE_STORAGE_KEY, lang);
  } catch {
    // not remembered across reloads, but the session still works
  }
}

i18next.use(initReactI18next).init({
  resources: {
    en: { translation: { ...en, ...meetingsEn, ...consultationsEn, ...linksEn } },
    ru: { translation: { ...ru, ...meetingsRu, ...consultationsRu, ...linksRu } },
  },
  lng: storedLanguage(),
  fallbackLng: 'en',
  supportedLngs: ['en', 'ru'],
  interpolation: { escapeValue: false },
  initAsync: false,
});
i18next.on('languageChanged', applyLanguage);
applyLanguage(i18next.language);

export const currentLanguage = (): Language => (isLanguage(i18next.language) ? i18next.language : 'en');

export { i18next };
