// Password hashing and checking with argon2id.
import { hash, verify } from '@node-rs/argon2';

/** argon2id (the library's default) with its default cost: 19 MiB, 2 passes. */
export const hashPassword = (password: string) => hash(password);

// Verified against when the e-mail is unknown, so a failed login takes as long either way.
const DUMMY_HASH = '$argon2id$v=19$m=19456,t=2,p=1$c29tZXNhbHRzb21lc2FsdA$Kx8Qn4ldUq4mQeCM5m9C0KCy+Dmu0ahz4+eKRoQeQKI';

export async function verifyPassword(passwordHash: string | null, password: string): Promise<boolean> {
  try {
    const ok = await verify(passwordHash ?? DUMMY_HASH, password);
    return passwordHash !== null && ok;
  } catch {
    return false;
  }
}
