// The shared schemas' and the server's English messages, shown in the user's language.
import type { TFunction } from 'i18next';

/**
 * The shared schemas and the server word their messages in English. These are
 * the ones they use, so the interface can show each in the user's language.
 */
const KNOWN = {
  'Enter the name in English': 'common.validation.nameEnRequired',
  'Enter the name': 'common.validation.nameRequired',
  'Enter the name of the delegation': 'common.validation.delegationNameRequired',
  'Enter the name, or leave this language out': 'common.validation.otherNameRequired',
  'Enter the title of the post': 'common.validation.postTitleRequired',
  'Enter your e-mail address': 'common.validation.emailRequired',
  'Enter your password': 'common.validation.passwordRequired',
  'Enter an e-mail address like name@example.org': 'common.validation.emailInvalid',
  'Enter a full web address starting with https://': 'common.validation.urlInvalid',
  'Enter a date as YYYY-MM-DD': 'common.validation.dateInvalid',
  'Enter a date as YYYY-MM-DD, for example 2025-10-26': 'common.validation.dateInvalid',
  'Use a two-letter code, for example ID or VN': 'common.validation.partyCodeInvalid',
  'Use a three-letter code, for example IDN': 'common.validation.alpha3Invalid',
  'Use a three-digit code, for example 360': 'common.validation.numericCodeInvalid',
  'Use a BCP 47 language tag, for example en or ms': 'common.validation.languageTagInvalid',
  'Choose the kind of organisation': 'common.validation.organizationKindRequired',
  'Choose the party whose delegation this person belongs to': 'common.validation.delegatePartyRequired',
  'Choose the organisation this officer works for': 'common.validation.liaisonOrganizationRequired',
  'Enter the six digits your authenticator app shows': 'common.validation.codeSixDigits',
  'Enter the code from your authenticator app, or a recovery code': 'common.validation.codeRequired',
  'Enter your current password': 'common.validation.currentPasswordRequired',
  'The code is not correct. Enter the current code from your app, or a recovery code.': 'common.validation.wrongCode',
  'This password is on a list of passwords exposed in data breaches. Choose another.': 'common.validation.passwordBreached',
  'The password must not contain your e-mail address or your name.': 'common.validation.passwordPersonal',
  'The current password is not correct.': 'common.validation.passwordWrong',
  'Choose a password other than the demo password.': 'common.validation.passwordDemo',
  'Your role must sign in with a second factor: it cannot be switched off.': 'common.validation.secondFactorRequired',
  'Name the token, e.g. after the script that uses it': 'common.validation.tokenNameRequired',
  'Enter a first password of at least 12 characters': 'common.validation.firstPasswordRequired',
} as const;

const TOO_LONG = /^Use (\d+) characters or fewer$/;
const TOO_SHORT = /^Use at least (\d+) characters$/;

export function localizeMessage(message: string, t: TFunction): string {
  const key = (KNOWN as Record<string, (typeof KNOWN)[keyof typeof KNOWN]>)[message];
  if (key) return t(key);
  const long = TOO_LONG.exec(message);
  if (long) return t('common.validation.tooLong', { max: Number(long[1]) });
  const short = TOO_SHORT.exec(message);
  if (short) return t('common.validation.tooShort', { min: Number(short[1]) });
  return message;
}
