/** Which module a path belongs to, for the navigation. */
export type ModuleId = 'directory' | 'audit' | 'admin';

export function moduleOf(pathname: string): ModuleId | null {
  if (/^\/(organizations|people|parties|delegations)(\/|$)/.test(pathname)) return 'directory';
  if (pathname.startsWith('/audit')) return 'audit';
  if (pathname.startsWith('/admin')) return 'admin';
  return null;
}
