// Typed errors of signing in and of the cross-site check, with stable codes; the status is set here.
import { AppError, forbidden } from '../errors.ts';

/** Unknown account, wrong password or disabled account alike: the answer never tells which. */
export const invalidCredentials = () => new AppError('auth.invalid_credentials', 401, 'Sign-in failed', 'The e-mail address or password is not correct.');

export const throttled = (minutes: number) =>
  new AppError('auth.throttled', 429, 'Too many attempts', `Too many failed sign-in attempts. Wait ${minutes} minutes and try again.`);

/** A state-changing request from another site (CSRF). */
export const crossSite = () => forbidden('request.cross_site', 'Cross-site requests are refused.');
