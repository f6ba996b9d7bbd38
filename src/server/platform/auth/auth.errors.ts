// Typed errors of signing in, the second factor, new passwords and the cross-site check, with stable codes; the status is set here.
import { AppError, forbidden, invalid, notFound } from '../errors.ts';

/** Unknown account, wrong password or disabled account alike: the answer never tells which. */
export const invalidCredentials = () => new AppError('auth.invalid_credentials', 401, 'Sign-in failed', 'The e-mail address or password is not correct.');

export const throttled = (minutes: number) =>
  new AppError('auth.throttled', 429, 'Too many attempts', `Too many failed sign-in attempts. Wait ${minutes} minutes and try again.`);

/** A state-changing request from another site (CSRF). */
export const crossSite = () => forbidden('request.cross_site', 'Cross-site requests are refused.');

export const passwordTooShort = (field: string, min: number) => invalid('password.too_short', field, `Use at least ${min} characters.`);
export const passwordBreached = (field: string) =>
  invalid('password.breached', field, 'This password is on a list of passwords exposed in data breaches. Choose another.');
export const passwordHasPersonalPart = (field: string) =>
  invalid('password.personal', field, 'The password must not contain your e-mail address or your name.');
export const wrongCurrentPassword = (field = 'currentPassword') => invalid('password.wrong', field, 'The current password is not correct.');

/** The password was right; the second factor is asked for next. */
export const challengeExpired = () =>
  new AppError('auth.challenge_expired', 401, 'Sign-in expired', 'The sign-in took too long or had too many wrong codes. Start again with your password.');
export const wrongSecondFactor = () => invalid('auth.wrong_code', 'code', 'The code is not correct. Enter the current code from your app, or a recovery code.');
export const secondFactorEnrolmentRequired = () =>
  forbidden('auth.second_factor_enrolment_required', 'Your role must sign in with a second factor. Set it up under Account security first.');
export const secondFactorNotPending = () =>
  new AppError('auth.second_factor_not_started', 409, 'Conflict', 'Start setting up the second factor first.');
export const secondFactorAlreadyOn = () => new AppError('auth.second_factor_on', 409, 'Conflict', 'The second factor is already on. Switch it off first.');
export const secondFactorOff = () => new AppError('auth.second_factor_off', 409, 'Conflict', 'The second factor is not on.');
export const secondFactorRequiredForRole = () =>
  invalid('auth.second_factor_required', 'password', 'Your role must sign in with a second factor: it cannot be switched off.');
export const sessionNotFound = () => notFound('session');

/** A bearer token that is unknown, revoked or expired, or whose account is disabled. */
export const invalidApiToken = () =>
  new AppError('auth.invalid_token', 401, 'Not signed in', 'The API token is not valid: it is unknown, revoked or expired, or its account is disabled.');
export const readOnlyApiToken = () => forbidden('auth.read_only_token', 'This API token may only read. Use a token without the read-only scope to make changes.');
/** Tokens are made in a signed-in browser session, not with another token. */
export const tokenCannotMintTokens = () => forbidden('auth.token_cannot_mint', 'API tokens cannot create or revoke other tokens. Sign in to manage tokens.');
export const apiTokenNotFound = () => notFound('api_token');
export const notAServiceAccount = () => invalid('auth.not_service_account', 'userId', 'Tokens for another account can be made only for a service account.');
