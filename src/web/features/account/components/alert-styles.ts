// The styles of the account page's notices: title and message in the page's text colour, which keeps the contrast on a light background.
export const READABLE_ALERT = { title: { color: 'var(--mantine-color-text)' }, message: { color: 'var(--mantine-color-text)' } };
