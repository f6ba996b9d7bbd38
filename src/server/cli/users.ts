// The `user` commands: create, list, disable, enable, set-password and reset-second-factor of accounts, audited under the command's system context.
import { randomBytes } from 'node:crypto';
import { userCreateSchema, userUpdateSchema } from '../../shared/admin.ts';
import { createUser, listUsers, updateUser } from '../platform/accounts/accounts.usecases.ts';
import { systemContext } from '../platform/context.ts';
import { fail, withDatabase } from './runtime.ts';

const generatePassword = () => randomBytes(18).toString('base64url');

function parseOrFail<T>(result: { success: true; data: T } | { success: false; error: { issues: { path: PropertyKey[]; message: string }[] } }): T {
  if (!result.success) {
    const issue = result.error.issues[0];
    fail(`${issue.path.join('.') || 'input'}: ${issue.message}`);
  }
  return result.data;
}

export async function userCreate(opts: { email: string; name: string; role: string; party?: string; organization?: string; language: string; password?: string }) {
  const password = opts.password ?? generatePassword();
  const input = parseOrFail(
    userCreateSchema.safeParse({
      email: opts.email,
      displayName: opts.name,
      role: opts.role,
      partyCode: opts.party,
      organizationId: opts.organization,
      language: opts.language,
      password,
    }),
  );
  await withDatabase(async (deps) => {
    const u = await createUser(deps, systemContext('cli user create'), input);
    console.log(`Created ${u.role} account ${u.email}.`);
    if (!opts.password) console.log(`Password (shown once): ${password}`);
  });
}

export async function userList() {
  await withDatabase(async (deps) => {
    let cursor: string | undefined;
    do {
      const page = await listUsers(deps, { limit: 200, cursor });
      for (const u of page.items) console.log(`${u.email}\t${u.role}\t${u.displayName}${u.disabledAt ? '\t(disabled)' : ''}`);
      cursor = page.nextCursor ?? undefined;
    } while (cursor);
  });
}

export async function userDisable(email: string) {
  await withDatabase(async (deps) => {
    await updateUser(deps, systemContext('cli user disable'), email, { disabled: true });
    console.log(`Disabled ${email}; its sessions are ended.`);
  });
}

export async function userEnable(email: string) {
  await withDatabase(async (deps) => {
    await updateUser(deps, systemContext('cli user enable'), email, { disabled: false });
    console.log(`Enabled ${email}.`);
  });
}

export async function userSetPassword(email: string, opts: { password?: string }) {
  const password = opts.password ?? generatePassword();
  const input = parseOrFail(userUpdateSchema.safeParse({ password }));
  await withDatabase(async (deps) => {
    await updateUser(deps, systemContext('cli user set-password'), email, input);
    console.log(`Password changed for ${email}; its sessions are ended.`);
    if (!opts.password) console.log(`New password (shown once): ${password}`);
  });
}

export async function userResetSecondFactor(email: string) {
  await withDatabase(async (deps) => {
    await updateUser(deps, systemContext('cli user reset-second-factor'), email, { secondFactor: 'off' });
    console.log(`Second factor switched off for ${email}; its sessions are ended. The user sets it up again at the next sign-in.`);
  });
}
