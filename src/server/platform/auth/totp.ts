// The second factor's primitives: TOTP secrets and codes (RFC 6238, 30-second steps, 6 digits, one step of drift), the enrolment QR code, recovery codes.
import { createHash, randomBytes } from 'node:crypto';
import { generateSecret, generateURI, verify } from 'otplib';
import QRCode from 'qrcode';

export const TOTP_ISSUER = 'Chancery';

/** A new random secret (base32, 160 bits). */
export const newTotpSecret = () => generateSecret({ length: 20 });

/** The `otpauth://` address an authenticator app reads from the QR code. */
export const totpUri = (secret: string, account: string) => generateURI({ issuer: TOTP_ISSUER, label: account, secret });

/** The QR code of the address, drawn on the server as SVG: nothing leaves the machine. */
export const totpQrSvg = (uri: string) => QRCode.toString(uri, { type: 'svg', errorCorrectionLevel: 'M', margin: 2 });

/**
 * Checks a six-digit code, allowing one step of clock drift either way. Gives
 * the step it matched, which must be later than `afterStep` (the last one
 * accepted), so a code seen once cannot be replayed.
 */
export async function checkTotp(secret: string, code: string, afterStep: number | null, now = Date.now()): Promise<number | null> {
  const token = code.replace(/\s+/g, '');
  if (!/^\d{6}$/.test(token)) return null;
  const result = await verify({
    secret,
    token,
    epoch: Math.floor(now / 1000),
    epochTolerance: 30,
    ...(afterStep !== null ? { afterTimeStep: afterStep } : {}),
  });
  return result.valid && 'timeStep' in result ? result.timeStep : null;
}

export const RECOVERY_CODE_COUNT = 10;
const ALPHABET = 'abcdefghjkmnpqrstuvwxyz23456789';

/** Ten one-use codes, `xxxx-xxxx-xxxx-xxxx` from 31 unambiguous characters (about 79 bits each). */
export function newRecoveryCodes(): string[] {
  return Array.from({ length: RECOVERY_CODE_COUNT }, () => {
    const bytes = randomBytes(16);
    const chars = [...bytes].map((b) => ALPHABET[b % ALPHABET.length]).join('');
    return chars.match(/.{4}/g)!.join('-');
  });
}

/** What is stored of a recovery code: the hash of its characters, ignoring case, spaces and dashes. */
export const recoveryCodeHash = (code: string) => createHash('sha256').update(code.toLowerCase().replace(/[\s-]+/g, '')).digest('hex');

/** Whether the text looks like a recovery code rather than a six-digit one. */
export const looksLikeRecoveryCode = (code: string) => code.replace(/[\s-]+/g, '').length === 16;
