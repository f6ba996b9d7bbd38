// The rules a new password must meet: long enough, not on the list of breached passwords, not made of the user's e-mail or name.
import { dictionary } from '@zxcvbn-ts/language-common';
import { passwordBreached, passwordHasPersonalPart, passwordTooShort } from './auth.errors.ts';

export const MIN_PASSWORD_LENGTH = 12;

/**
 * The most common passwords found in public breaches, shipped inside the
 * package (about 49,000 of them): nothing is fetched at run time.
 */
let breached: Set<string> | undefined;
const breachedPasswords = () => (breached ??= new Set(dictionary['passwords-common'].map((p) => p.toLowerCase())));

/** A breached password, or one with only digits and punctuation added at the end ("football2024!"). */
export function isBreachedPassword(password: string): boolean {
  const lower = password.toLowerCase();
  const stem = lower.replace(/[\d\p{P}\p{S}\s]+$/u, '');
  return breachedPasswords().has(lower) || (stem.length >= 4 && breachedPasswords().has(stem));
}

/** The parts of an e-mail address and a name that a password must not contain. */
function personalParts(person: { email: string; displayName?: string | null }): string[] {
  const local = person.email.split('@')[0].toLowerCase();
  const name = (person.displayName ?? '').toLowerCase();
  const words = [...local.split(/[^\p{L}\p{N}]+/u), ...name.split(/[^\p{L}\p{N}]+/u)].filter((w) => w.length >= 4);
  const whole = [local, name.replace(/\s+/g, '')].filter((w) => w.length >= 3);
  // The name of the service is as guessable as the user's own.
  return [...new Set([...whole, ...words, 'chancery'])];
}

/**
 * Checks a new password; throws a 400 problem naming `field` when it breaks
 * a rule. The demo password and passwords already set are not checked here.
 */
export function checkNewPassword(password: string, person: { email: string; displayName?: string | null }, field = 'password') {
  if ([...password].length < MIN_PASSWORD_LENGTH) throw passwordTooShort(field, MIN_PASSWORD_LENGTH);
  const lower = password.toLowerCase();
  const squeezed = lower.replace(/\s+/g, '');
  if (personalParts(person).some((part) => lower.includes(part) || squeezed.includes(part))) throw passwordHasPersonalPart(field);
  if (isBreachedPassword(password)) throw passwordBreached(field);
}
