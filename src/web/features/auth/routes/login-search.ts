// The sign-in page's URL search parameters: where to go back to (only a path within the app).
export interface LoginSearch {
  redirect?: string;
}

/** Only a path within the app is a place to come back to. */
export function safeRedirect(value: unknown): string | undefined {
  return typeof value === 'string' && value.startsWith('/') && !value.startsWith('//') && !value.startsWith('/login') ? value : undefined;
}

export const parseLoginSearch = (raw: Record<string, unknown>): LoginSearch => {
  const redirect = safeRedirect(raw.redirect);
  return redirect ? { redirect } : {};
};
