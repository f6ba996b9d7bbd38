// Checks the demo directory data: unique keys, resolvable references, provenance and sources.
/**
 * Integrity of the demo directory data: unique keys, resolvable references,
 * the zod input schemas of src/shared/directory.ts, and the provenance and
 * classification rules of demo-data.md §0–§3 and domain.md §2.
 */
import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import {
  delegationInputSchema,
  organizationInputSchema,
  partyInputSchema,
  personInputSchema,
} from '../../../../shared/directory.ts';
import { accounts } from './accounts.data.ts';
import { delegations } from './delegations.data.ts';
import type { DemoDelegation, DemoOrganization, DemoParty, DemoPerson } from './demo.types.ts';
import { organizations } from './organizations.data.ts';
import { parties } from './parties.data.ts';
import { people } from './people.data.ts';

type Classified = DemoParty | DemoOrganization | DemoPerson | DemoDelegation;

const MEMBER_STATES = ['BN', 'KH', 'ID', 'LA', 'MY', 'MM', 'PH', 'SG', 'TH', 'VN', 'TL'];
const DIALOGUE_PARTNERS = ['AU', 'NZ', 'JP', 'US', 'EU', 'CA', 'KR', 'CN', 'IN', 'RU', 'GB'];

const partyCodes = new Set(parties.map((p) => p.code));
const orgByKey = new Map(organizations.map((o) => [o.key, o]));
const personByKey = new Map(people.map((p) => [p.key, p]));
const accountEmails = new Set(accounts.map((a) => a.email.toLowerCase()));

// Placeholder ids standing in for the database ids the seed will assign.
const placeholder = new Map<string, string>();
const idFor = (ref: string) => {
  let id = placeholder.get(ref);
  if (!id) {
    id = randomUUID();
    placeholder.set(ref, id);
  }
  return id;
};
const orgId = (key: string) => idFor(`org:${key}`);
const personId = (key: string) => idFor(`person:${key}`);
const accountId = (email: string) => idFor(`account:${email.toLowerCase()}`);

const accessInput = (r: Classified) => ({
  classification: r.classification,
  sharedWith: { parties: r.sharedParties ?? [], organizations: (r.sharedOrgKeys ?? []).map(orgId) },
  restrictedTo: (r.restrictedToEmails ?? []).map(accountId),
});

const labelled: [string, Classified[]][] = [
  ['party', parties],
  ['organisation', organizations],
  ['person', people],
  ['delegation', delegations],
];
const labelOf = (r: Classified) => ('key' in r ? r.key : r.code);
const all = labelled.flatMap(([type, rows]) => rows.map((r) => ({ type, id: labelOf(r), r })));

const duplicates = (values: string[]) => values.filter((v, i) => values.indexOf(v) !== i);
const isDate = (v: string | null | undefined) => v == null || /^\d{4}-\d{2}-\d{2}$/.test(v);

describe('demo directory data', () => {
  describe('keys', () => {
    it('are unique within each type', () => {
      expect(duplicates(parties.map((p) => p.code))).toEqual([]);
      expect(duplicates(organizations.map((o) => o.key))).toEqual([]);
      expect(duplicates(people.map((p) => p.key))).toEqual([]);
      expect(duplicates(delegations.map((d) => d.key))).toEqual([]);
      expect(duplicates(accounts.map((a) => a.email.toLowerCase()))).toEqual([]);
    });
  });

  describe('references', () => {
    it('organisation parents exist and form no cycle', () => {
      const broken = organizations.filter((o) => o.parentKey && !orgByKey.has(o.parentKey)).map((o) => o.key);
      expect(broken).toEqual([]);
      for (const o of organizations) {
        const seen = new Set<string>([o.key]);
        for (let p = o.parentKey; p; p = orgByKey.get(p)?.parentKey) {
          expect(seen.has(p), `${o.key} has a parent cycle through ${p}`).toBe(false);
          seen.add(p);
        }
      }
    });

    it('organisation country codes are known parties', () => {
      expect(organizations.filter((o) => o.countryCode && !partyCodes.has(o.countryCode)).map((o) => o.key)).toEqual([]);
    });

    it('posts point at existing organisations', () => {
      const broken = people.flatMap((p) => p.posts.filter((x) => !orgByKey.has(x.orgKey)).map((x) => `${p.key} → ${x.orgKey}`));
      expect(broken).toEqual([]);
    });

    it('delegations point at existing parties, organisations and people', () => {
      const broken = delegations.flatMap((d) => [
        ...(partyCodes.has(d.partyCode) ? [] : [`${d.key}: party ${d.partyCode}`]),
        ...(d.orgKey && !orgByKey.has(d.orgKey) ? [`${d.key}: org ${d.orgKey}`] : []),
        ...(d.headKey && !personByKey.has(d.headKey) ? [`${d.key}: head ${d.headKey}`] : []),
        ...d.members.filter((m) => !personByKey.has(m.personKey)).map((m) => `${d.key}: member ${m.personKey}`),
      ]);
      expect(broken).toEqual([]);
    });

    it('the head of each delegation is one of its members', () => {
      const broken = delegations.filter((d) => d.headKey && !d.members.some((m) => m.personKey === d.headKey));
      expect(broken.map((d) => d.key)).toEqual([]);
    });

    it('sharing and restriction lists resolve', () => {
      const broken = all.flatMap(({ type, id, r }) => [
        ...(r.sharedParties ?? []).filter((c) => !partyCodes.has(c)).map((c) => `${type} ${id}: party ${c}`),
        ...(r.sharedOrgKeys ?? []).filter((k) => !orgByKey.has(k)).map((k) => `${type} ${id}: org ${k}`),
        ...(r.restrictedToEmails ?? [])
          .filter((e) => !accountEmails.has(e.toLowerCase()))
          .map((e) => `${type} ${id}: account ${e}`),
      ]);
      expect(broken).toEqual([]);
    });

    it('accounts point at existing parties and organisations', () => {
      const broken = accounts.filter(
        (a) => (a.partyCode && !partyCodes.has(a.partyCode)) || (a.orgKey && !orgByKey.has(a.orgKey)),
      );
      expect(broken.map((a) => a.email)).toEqual([]);
    });
  });

  describe('zod input schemas', () => {
    it('every party passes partyInputSchema', () => {
      const failures = parties.flatMap((p) => {
        const { classification, sharedParties, sharedOrgKeys, restrictedToEmails, ...rest } = p;
        const result = partyInputSchema.safeParse({ ...rest, ...accessInput(p) });
        return result.success ? [] : [{ code: p.code, issues: result.error.issues }];
      });
      expect(failures).toEqual([]);
    });

    it('every organisation passes organizationInputSchema', () => {
      const failures = organizations.flatMap((o) => {
        const { key, parentKey, classification, sharedParties, sharedOrgKeys, restrictedToEmails, ...rest } = o;
        const input = { ...rest, ...accessInput(o), parentId: parentKey ? orgId(parentKey) : null };
        const result = organizationInputSchema.safeParse(input);
        return result.success ? [] : [{ key, issues: result.error.issues }];
      });
      expect(failures).toEqual([]);
    });

    it('every person passes personInputSchema', () => {
      const failures = people.flatMap((p) => {
        const { key, posts, classification, sharedParties, sharedOrgKeys, restrictedToEmails, ...rest } = p;
        const input = {
          ...rest,
          ...accessInput(p),
          posts: posts.map(({ orgKey, ...post }) => ({ ...post, organizationId: orgId(orgKey) })),
        };
        const result = personInputSchema.safeParse(input);
        return result.success ? [] : [{ key, issues: result.error.issues }];
      });
      expect(failures).toEqual([]);
    });

    it('every delegation passes delegationInputSchema', () => {
      const failures = delegations.flatMap((d) => {
        const { key, orgKey, headKey, members, classification, sharedParties, sharedOrgKeys, restrictedToEmails, ...rest } =
          d;
        const input = {
          ...rest,
          ...accessInput(d),
          organizationId: orgKey ? orgId(orgKey) : null,
          headPersonId: headKey ? personId(headKey) : null,
          members: members.map(({ personKey, ...m }) => ({ ...m, personId: personId(personKey) })),
        };
        const result = delegationInputSchema.safeParse(input);
        return result.success ? [] : [{ key, issues: result.error.issues }];
      });
      expect(failures).toEqual([]);
    });

    it('dates are YYYY-MM-DD and periods do not run backwards', () => {
      const broken: string[] = [];
      const check = (label: string, from?: string | null, to?: string | null) => {
        if (!isDate(from) || !isDate(to)) broken.push(`${label}: bad date`);
        if (from && to && from > to) broken.push(`${label}: ${from} after ${to}`);
      };
      for (const p of parties) {
        check(`party ${p.code} membership`, p.memberFrom, p.memberTo);
        check(`party ${p.code} observer→member`, p.observerFrom, p.memberFrom);
        check(`party ${p.code} partner`, p.partnerSince, null);
      }
      for (const p of people) for (const x of p.posts) check(`person ${p.key} at ${x.orgKey}`, x.fromDate, x.toDate);
      for (const d of delegations) for (const m of d.members) check(`delegation ${d.key} ${m.personKey}`, m.fromDate, m.toDate);
      expect(broken).toEqual([]);
    });
  });

  describe('provenance (demo-data.md §0)', () => {
    it('every REAL or MIXED record has a sourceUrl', () => {
      const missing = all.filter(({ r }) => (r.provenance === 'REAL' || r.provenance === 'MIXED') && !r.sourceUrl);
      expect(missing.map(({ type, id }) => `${type} ${id}`)).toEqual([]);
    });

    it('no contact data for real people', () => {
      const exposed = people.filter((p) => (p.provenance === 'REAL' || p.provenance === 'MIXED') && (p.email || p.phone));
      expect(exposed.map((p) => p.key)).toEqual([]);
    });

    it('real people are public figures in public roles only', () => {
      const real = people.filter((p) => p.provenance === 'REAL' || p.provenance === 'MIXED');
      expect(real.length).toBeGreaterThan(0);
      expect(real.filter((p) => p.classification !== 'public').map((p) => p.key)).toEqual([]);
    });

    it('fictional contact addresses stay in the demo domain', () => {
      const outside = people.filter((p) => p.email && !p.email.endsWith('@chancery.test'));
      expect(outside.map((p) => p.key)).toEqual([]);
      expect(accounts.filter((a) => !a.email.endsWith('@chancery.test')).map((a) => a.email)).toEqual([]);
    });
  });

  describe('classification', () => {
    it('shared records name someone to share with, and only shared records do', () => {
      const broken = all.filter(({ r }) => {
        const shares = (r.sharedParties?.length ?? 0) + (r.sharedOrgKeys?.length ?? 0);
        return r.classification === 'shared' ? shares === 0 : shares > 0;
      });
      expect(broken.map(({ type, id }) => `${type} ${id}`)).toEqual([]);
    });

    it('only restricted records carry a restriction list', () => {
      const broken = all.filter(({ r }) => r.classification !== 'restricted' && (r.restrictedToEmails?.length ?? 0) > 0);
      expect(broken.map(({ type, id }) => `${type} ${id}`)).toEqual([]);
    });

    it('organisations and people each include every classification', () => {
      for (const rows of [organizations, people] as Classified[][]) {
        const present = new Set(rows.map((r) => r.classification));
        expect([...present].sort()).toEqual(['mission', 'public', 'restricted', 'shared']);
      }
    });

    it('some record is shared with Indonesia only', () => {
      const idOnly = all.filter(
        ({ r }) =>
          r.classification === 'shared' &&
          JSON.stringify(r.sharedParties ?? []) === '["ID"]' &&
          (r.sharedOrgKeys ?? []).length === 0,
      );
      expect(idOnly.length).toBeGreaterThan(0);
    });

    it('some record is shared with the SCO Secretariat', () => {
      const withSco = all.filter(({ r }) => r.classification === 'shared' && (r.sharedOrgKeys ?? []).includes('sco-sec'));
      expect(withSco.length).toBeGreaterThan(0);
    });

    it('some record is restricted to the staff account', () => {
      const restricted = all.filter(
        ({ r }) => r.classification === 'restricted' && (r.restrictedToEmails ?? []).includes('staff@chancery.test'),
      );
      expect(restricted.length).toBeGreaterThan(0);
    });
  });

  describe('parties (domain.md §2)', () => {
    it('has the 11 member states and the 11 dialogue partners', () => {
      const members = parties.filter((p) => p.kind === 'member_state').map((p) => p.code);
      const partners = parties.filter((p) => p.kind === 'dialogue_partner').map((p) => p.code);
      expect(members).toHaveLength(11);
      expect(partners).toHaveLength(11);
      expect([...members].sort()).toEqual([...MEMBER_STATES].sort());
      expect([...partners].sort()).toEqual([...DIALOGUE_PARTNERS].sort());
    });

    it('Timor-Leste is a member from 2025-10-26, after observer status', () => {
      const tl = parties.find((p) => p.code === 'TL');
      expect(tl?.memberFrom).toBe('2025-10-26');
      expect(tl?.observerFrom && tl.observerFrom < '2025-10-26').toBe(true);
    });

    it('Russia is the one own party', () => {
      expect(parties.filter((p) => p.isOwn).map((p) => p.code)).toEqual(['RU']);
    });

    it('all parties are public', () => {
      expect(parties.filter((p) => p.classification !== 'public').map((p) => p.code)).toEqual([]);
    });
  });

  describe('missions and delegations', () => {
    it('each member state and each other dialogue partner has a mission to ASEAN', () => {
      const missing = [...MEMBER_STATES, ...DIALOGUE_PARTNERS.filter((c) => c !== 'RU')].filter((code) => {
        const org = orgByKey.get(`pm-${code}`);
        return org?.kind !== 'permanent_mission' || org.countryCode !== code;
      });
      expect(missing).toEqual([]);
      expect(orgByKey.get('ru-pm-asean')?.kind).toBe('permanent_mission');
    });

    it('each member state has one delegation, working from its own mission', () => {
      expect([...delegations.map((d) => d.partyCode)].sort()).toEqual([...MEMBER_STATES].sort());
      const mismatched = delegations.filter((d) => !d.orgKey || orgByKey.get(d.orgKey)?.countryCode !== d.partyCode);
      expect(mismatched.map((d) => d.key)).toEqual([]);
    });
  });

  describe('accounts', () => {
    it('cover every role, with a party for delegates and an organisation for liaison officers', () => {
      expect(new Set(accounts.map((a) => a.role))).toEqual(new Set(['admin', 'head', 'staff', 'delegate', 'liaison']));
      expect(accounts.filter((a) => a.role === 'delegate' && !a.partyCode).map((a) => a.email)).toEqual([]);
      expect(accounts.filter((a) => a.role === 'liaison' && !a.orgKey).map((a) => a.email)).toEqual([]);
    });
  });
});
