// Runs before the app so the page does not flash in the wrong theme or language.
(function () {
  try {
    var root = document.documentElement;
    var scheme = window.localStorage.getItem('mantine-color-scheme-value');
    root.setAttribute('data-mantine-color-scheme', scheme === 'dark' ? 'dark' : 'light');
    var language = window.localStorage.getItem('chancery.language');
    if (language === 'en' || language === 'ru') root.setAttribute('lang', language);
  } catch (e) {
    // storage may be unavailable (private mode); the app falls back to defaults
  }
})();
