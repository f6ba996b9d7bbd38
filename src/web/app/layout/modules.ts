/** Which module a path belongs to, for the navigation. */
export type ModuleId = 'directory' | 'meetings' | 'consultations' | 'calendar' | 'audit' | 'admin';

export function moduleOf(pathname: string): ModuleId | null {
  if (/^\/(organizations|people|parties|delegations)(\/|$)/.test(pathname)) return 'directory';
  if (/^\/(bodies|meetings|decisions|action-items)(\/|$)/.test(pathname)) return 'meetings';
  if (/^\/consultations(\/|$)/.test(pathname)) return 'consultations';
  if (pathname.startsWith('/calendar')) return 'calendar';
  if (pathname.startsWith('/audit')) return 'audit';
  if (pathname.startsWith('/admin')) return 'admin';
  return null;
}
