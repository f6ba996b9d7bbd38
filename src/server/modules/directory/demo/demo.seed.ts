// The demo directory and the demo accounts, loaded through the use cases.
import { createUser } from '../../../platform/accounts/accounts.usecases.ts';
import type { RequestContext } from '../../../platform/context.ts';
import type { Deps } from '../../../platform/deps.ts';
import type { DemoKeys } from '../../../platform/modules/demo-keys.ts';
import { accounts } from './accounts.data.ts';
import { createDelegation } from '../delegations.usecases.ts';
import { createOrganization } from '../organizations.usecases.ts';
import { createParty } from '../parties.usecases.ts';
import { createPerson } from '../people.usecases.ts';
import { delegations } from './delegations.data.ts';
import type { DemoOrganization } from './demo.types.ts';
import { organizations } from './organizations.data.ts';
import { parties } from './parties.data.ts';
import { people } from './people.data.ts';

type Access = { classification: 'public' | 'mission' | 'shared' | 'restricted'; sharedParties?: string[]; sharedOrgKeys?: string[]; restrictedToEmails?: string[] };

/**
 * Loads the demo directory through the same use cases the API calls, so every
 * record is validated and audited like any other. `userIds` maps demo account
 * e-mails to ids (for restricted records); organisations are created parents first.
 */
export async function seedDirectory(deps: Deps, ctx: RequestContext, userIds: () => Map<string, string>, beforeRestricted: (orgIds: Map<string, string>) => Promise<void>) {
  const orgIds = new Map<string, string>();
  const access = (a: Access) => ({
    classification: a.classification,
    sharedWith: { parties: a.sharedParties ?? [], organizations: (a.sharedOrgKeys ?? []).map((k) => must(orgIds, k)) },
    restrictedTo: (a.restrictedToEmails ?? []).map((e) => must(userIds(), e)),
  });

  for (const p of parties) {
    const { classification, sharedParties, sharedOrgKeys, restrictedToEmails, ...fields } = p;
    await createParty(deps, ctx, { ...fields, isOwn: fields.isOwn ?? false, officialLanguages: fields.officialLanguages ?? [], ...access(p) } as never);
  }

  const pending = [...organizations];
  const createOrg = async (o: DemoOrganization) => {
    const { key, parentKey, classification, sharedParties, sharedOrgKeys, restrictedToEmails, ...fields } = o;
    const created = await createOrganization(deps, ctx, {
      ...fields,
      nameLocal: fields.nameLocal ?? null,
      acronym: fields.acronym ?? null,
      address: fields.address ?? null,
      parentId: parentKey ? must(orgIds, parentKey) : null,
      ...access(o),
    });
    orgIds.set(key, created.id);
  };
  // Parents before children; restricted records once the accounts exist.
  const ready = (o: DemoOrganization, restrictedAllowed: boolean) =>
    (!o.parentKey || orgIds.has(o.parentKey)) && (o.sharedOrgKeys ?? []).every((k) => orgIds.has(k)) && (restrictedAllowed || o.classification !== 'restricted');
  for (const restrictedAllowed of [false, true]) {
    if (restrictedAllowed) await beforeRestricted(orgIds);
    for (let progress = true; progress; ) {
      progress = false;
      for (const o of [...pending]) {
        if (!ready(o, restrictedAllowed)) continue;
        await createOrg(o);
        pending.splice(pending.indexOf(o), 1);
        progress = true;
      }
    }
  }
  if (pending.length) throw new Error(`Demo organisations with unresolvable parents: ${pending.map((o) => o.key).join(', ')}`);

  const personIds = new Map<string, string>();
  for (const p of people) {
    const { key, posts, classification, sharedParties, sharedOrgKeys, restrictedToEmails, ...fields } = p;
    const created = await createPerson(deps, ctx, {
      ...fields,
      nameLatin: fields.nameLatin ?? null,
      nameRu: fields.nameRu ?? null,
      honorific: fields.honorific ?? null,
      phone: fields.phone ?? null,
      notes: fields.notes ?? null,
      posts: posts.map((post) => ({ organizationId: must(orgIds, post.orgKey), title: post.title, fromDate: post.fromDate ?? null, toDate: post.toDate ?? null })),
      ...access(p),
    });
    personIds.set(key, created.id);
  }

  for (const d of delegations) {
    const { key, orgKey, headKey, members, classification, sharedParties, sharedOrgKeys, restrictedToEmails, ...fields } = d;
    await createDelegation(deps, ctx, {
      ...fields,
      organizationId: orgKey ? must(orgIds, orgKey) : null,
      headPersonId: headKey ? must(personIds, headKey) : null,
      members: members.map((m) => ({ personId: must(personIds, m.personKey), title: m.title ?? null, fromDate: m.fromDate ?? null, toDate: m.toDate ?? null })),
      ...access(d),
    });
  }
  return { orgIds, personIds };
}

function must(map: Map<string, string>, key: string): string {
  const v = map.get(key);
  if (!v) throw new Error(`Demo data refers to unknown key "${key}"`);
  return v;
}

/**
 * The directory's part of the demo dataset, with the demo accounts (one per
 * role): accounts are made once the organisations they belong to exist, and
 * before the restricted records that name them.
 */
export async function seedDirectoryDemo(deps: Deps, ctx: RequestContext, keys: DemoKeys) {
  const userIds = keys.of('user');
  const { orgIds, personIds } = await seedDirectory(
    deps,
    ctx,
    () => userIds,
    async (orgIds) => {
      for (const a of accounts) {
        const organizationId = a.orgKey ? must(orgIds, a.orgKey) : null;
        const u = await createUser(
          deps,
          ctx,
          {
            email: a.email,
            displayName: a.displayName,
            language: a.language,
            role: a.role,
            partyCode: a.partyCode ?? null,
            organizationId,
            password: deps.config.demoPassword,
          },
          { demoPassword: true },
        );
        userIds.set(a.email, u.id);
      }
    },
  );
  for (const [k, id] of orgIds) keys.of('organization').set(k, id);
  for (const [k, id] of personIds) keys.of('person').set(k, id);
}
