// Runs before the app so the page does not flash in the wrong theme or language.
(() => {
  const root = document.documentElement;
  try {
    const scheme = window.localStorage.getItem('mantine-color-scheme-value');
    root.setAttribute('data-mantine-color-scheme', scheme === 'dark' ? 'dark' : 'light');
    const language = window.localStorage.getItem('chancery.language');
    if (language === 'en' || language === 'ru') root.setAttribute('lang', language);
  } catch {
    root.setAttribute('data-mantine-color-scheme', 'light');
  }
})();
