// API tokens: made (shown once, stored hashed), listed, revoked, and resolved from an `Authorization: Bearer` header into the account they act as.
import { randomBytes } from 'node:crypto';
import { and, desc, eq, isNull } from 'drizzle-orm';
import type { z } from 'zod';
import type { apiTokenCreateSchema, ApiToken } from '../../../shared/api-tokens.ts';
import type { Executor } from '../../db/client.ts';
import { users } from '../../db/schema/accounts.table.ts';
import { apiTokens } from '../../db/schema/api-tokens.table.ts';
import { recordAudit } from '../audit/audit.ts';
import type { RequestContext, Viewer } from '../context.ts';
import type { Deps } from '../deps.ts';
import { unauthenticated } from '../errors.ts';
import { checkOwnPassword } from './account-security.usecases.ts';
import { apiTokenNotFound, notAServiceAccount, tokenCannotMintTokens } from './auth.errors.ts';
import { tokenId } from './sessions.ts';

/** Secrets start with this, so a leaked one is recognisable (e.g. by secret scanners). */
export const TOKEN_PREFIX = 'chy_';
const LAST_USED_EVERY_MS = 60_000;

type Input = z.output<typeof apiTokenCreateSchema>;
type Row = typeof apiTokens.$inferSelect;
type Owner = Pick<typeof users.$inferSelect, 'id' | 'email' | 'displayName' | 'role' | 'service'>;

const ownerColumns = { id: users.id, email: users.email, displayName: users.displayName, role: users.role, service: users.service };

export function toApiTokenDto(row: Row, owner: Owner): ApiToken {
  return {
    id: row.id,
    name: row.name,
    prefix: row.prefix,
    readOnly: row.readOnly,
    expiresAt: row.expiresAt?.toISOString() ?? null,
    lastUsedAt: row.lastUsedAt?.toISOString() ?? null,
    revokedAt: row.revokedAt?.toISOString() ?? null,
    createdAt: row.createdAt.toISOString(),
    user: owner,
  };
}

function signedInBySession(ctx: RequestContext): Viewer {
  if (!ctx.viewer) throw unauthenticated();
  if (ctx.viewer.token) throw tokenCannotMintTokens();
  return ctx.viewer;
}

async function insertToken(deps: Deps, ctx: RequestContext, owner: Owner, input: Input) {
  const secret = TOKEN_PREFIX + randomBytes(32).toString('base64url');
  const expiresAt = input.expiresInDays ? new Date(Date.now() + input.expiresInDays * 86_400_000) : null;
  return deps.db.transaction(async (tx) => {
    const [row] = await tx
      .insert(apiTokens)
      .values({
        tokenHash: tokenId(secret),
        prefix: secret.slice(0, TOKEN_PREFIX.length + 4),
        name: input.name,
        userId: owner.id,
        readOnly: input.readOnly,
        expiresAt,
        createdBy: ctx.viewer?.id ?? null,
      })
      .returning();
    await recordAudit(tx, ctx, {
      action: 'api_token.create',
      recordType: 'user',
      recordId: owner.id,
      changes: { token: { after: { name: row.name, readOnly: row.readOnly, expiresAt: row.expiresAt?.toISOString() ?? null } } },
    });
    return { token: toApiTokenDto(row, owner), secret };
  });
}

/** A token for the signed-in user, after their password. */
export async function createOwnToken(deps: Deps, ctx: RequestContext, input: Input & { password: string }) {
  const viewer = signedInBySession(ctx);
  await checkOwnPassword(deps, ctx, input.password, 'password');
  const [owner] = await deps.db.select(ownerColumns).from(users).where(eq(users.id, viewer.id));
  return insertToken(deps, ctx, owner, input);
}

/** The administrator makes a token for a service account. */
export async function createServiceToken(deps: Deps, ctx: RequestContext, userId: string, input: Input) {
  signedInBySession(ctx);
  const [owner] = await deps.db.select(ownerColumns).from(users).where(eq(users.id, userId));
  if (!owner?.service) throw notAServiceAccount();
  return insertToken(deps, ctx, owner, input);
}

/** The signed-in user's tokens, or (for the administrator, `all`) every token; newest first. */
export async function listTokens(db: Executor, ctx: RequestContext, scope: 'own' | 'all') {
  const viewer = signedInBySession(ctx);
  const rows = await db
    .select({ token: apiTokens, owner: ownerColumns })
    .from(apiTokens)
    .innerJoin(users, eq(users.id, apiTokens.userId))
    .where(scope === 'own' ? eq(apiTokens.userId, viewer.id) : undefined)
    .orderBy(desc(apiTokens.createdAt), desc(apiTokens.id))
    .limit(500);
  return { items: rows.map((r) => toApiTokenDto(r.token, r.owner)) };
}

/** Revokes a token: the user their own, the administrator any. A revoked token stays listed as revoked. */
export async function revokeToken(deps: Deps, ctx: RequestContext, id: string, scope: 'own' | 'all') {
  const viewer = signedInBySession(ctx);
  return deps.db.transaction(async (tx) => {
    const [row] = await tx
      .select()
      .from(apiTokens)
      .where(and(eq(apiTokens.id, id), scope === 'own' ? eq(apiTokens.userId, viewer.id) : undefined))
      .for('update');
    if (!row) throw apiTokenNotFound();
    if (row.revokedAt) return;
    await tx.update(apiTokens).set({ revokedAt: new Date() }).where(eq(apiTokens.id, id));
    await recordAudit(tx, ctx, { action: 'api_token.revoke', recordType: 'user', recordId: row.userId, changes: { token: { before: { name: row.name }, after: 'revoked' } } });
  });
}

/** The account behind a bearer secret, or null when it is unknown, revoked, expired or its account is disabled. */
export async function resolveApiToken(db: Executor, secret: string, now = new Date()): Promise<Viewer | null> {
  if (!secret.startsWith(TOKEN_PREFIX) || secret.length > 200) return null;
  const [row] = await db
    .select({
      id: apiTokens.id,
      name: apiTokens.name,
      readOnly: apiTokens.readOnly,
      expiresAt: apiTokens.expiresAt,
      lastUsedAt: apiTokens.lastUsedAt,
      totpEnabledAt: users.totpEnabledAt,
      service: users.service,
      user: {
        id: users.id,
        email: users.email,
        displayName: users.displayName,
        role: users.role,
        language: users.language,
        partyCode: users.partyCode,
        organizationId: users.organizationId,
      },
    })
    .from(apiTokens)
    .innerJoin(users, eq(users.id, apiTokens.userId))
    .where(and(eq(apiTokens.tokenHash, tokenId(secret)), isNull(apiTokens.revokedAt), isNull(users.disabledAt)))
    .limit(1);
  if (!row || (row.expiresAt && row.expiresAt.getTime() <= now.getTime())) return null;
  // Last use is kept to the minute, not written on every request.
  if (!row.lastUsedAt || now.getTime() - row.lastUsedAt.getTime() > LAST_USED_EVERY_MS) {
    await db.update(apiTokens).set({ lastUsedAt: now }).where(eq(apiTokens.id, row.id));
  }
  return {
    ...row.user,
    // A service account has no second factor to set up; a person's token stands for their account as it is.
    secondFactor: row.service ? undefined : row.totpEnabledAt !== null,
    token: { id: row.id, name: row.name, readOnly: row.readOnly },
  };
}
