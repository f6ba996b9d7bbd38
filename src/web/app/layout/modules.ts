/** Which module a path belongs to, for the navigation. */
export type ModuleId = 'directory' | 'calendar' | 'audit' | 'admin';

export function moduleOf(pathname: string): ModuleId | null {
  if (/^\/(organizations|people|parties|delegations)(\/|$)/.test(pathname)) return 'directory';
  if (pathname.startsWith('/calendar')) return 'calendar';
  if (pathname.startsWith('/audit')) return 'audit';
  if (pathname.startsWith('/admin')) return 'admin';
  return null;
}
