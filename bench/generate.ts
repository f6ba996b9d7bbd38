// Writes a large, realistic generated directory straight into the tables, filled as the use cases would fill them.
/**
 * Generates a large, realistic directory straight into the tables, in
 * multi-row batches. The use cases would validate and audit every record and
 * take many minutes for this volume; here every column the application relies
 * on is filled the way the use cases fill it (search_text through
 * normaliseForSearch, the access arrays, timestamps), so what the benchmark
 * reads is indistinguishable from data entered through the API.
 *
 * Seeded: the same options give the same rows (ids included), so runs compare.
 */
import type { InferInsertModel } from 'drizzle-orm';
import type { PgTable } from 'drizzle-orm/pg-core';
import type { Db, Executor } from '../src/server/db/client.ts';
import { delegationMembers, delegations, organizations, parties, people, posts, searchIndex, users } from '../src/server/db/schema/index.ts';
import { indexDelegation, indexOrganization, indexParty, indexPerson } from '../src/server/modules/directory/directory.search.ts';
import { parties as partyData } from '../src/server/modules/directory/demo/parties.data.ts';
import { canSee } from '../src/server/platform/access/policy.ts';
import { hashPassword } from '../src/server/platform/auth/passwords.ts';
import { SESSION_COOKIE, createSession } from '../src/server/platform/auth/sessions.ts';
import type { RequestContext, Viewer } from '../src/server/platform/context.ts';
import { normaliseForSearch } from '../src/server/platform/text.ts';
import { allNames } from '../src/shared/names.ts';
import { type OrgInsert, type OrgKind, buildOrganizations } from './organizations.generate.ts';
import { NOTES, personName, titlesFor } from './people.generate.ts';
import { type Access, HORIZON, accessFor, isoDate, times } from './records.ts';
import { Rng } from './rng.ts';
import { COUNTRIES, NAME_POOLS, POST_TITLES } from './vocabulary.ts';

export type GenerateOptions = {
  seed?: string | number;
  /** At least this many organisations (default 2,400). */
  organizations?: number;
  /** This many people (default 12,000). */
  people?: number;
  /** Rows per INSERT statement (default 500). */
  batchSize?: number;
};

export type BenchAccount = {
  viewer: Viewer;
  /** `chancery_session=<token>`, a real session made by createSession. */
  cookie: string;
  ctx: RequestContext;
};

type PersonInsert = InferInsertModel<typeof people> & { id: string };

/** What later benchmarks (and module generators) need to know about the generated directory. */
export type DirectoryDataset = {
  seed: string;
  accounts: { staff: BenchAccount; delegate: BenchAccount; otherStaff: BenchAccount };
  partyCodes: string[];
  organizations: { id: string; kind: OrgKind; countryCode: string | null; parentId: string | null }[];
  people: { id: string; countryCode: string }[];
  delegationIds: string[];
  /** Ids the staff account may open (for detail scenarios), in a shuffled, stable order. */
  visibleToStaff: { organizations: string[]; people: string[] };
  counts: Record<string, number>;
  /** How many rows each table got, and how long it took. */
  timings: { generateMs: number; insertMs: number };
};

/** Inserts rows in multi-row statements of `size` rows. */
export async function insertInBatches<T extends PgTable>(db: Executor, table: T, rows: InferInsertModel<T>[], size = 500) {
  for (let i = 0; i < rows.length; i += size) {
    await db.insert(table).values(rows.slice(i, i + size));
  }
}

/**
 * The search-index rows the directory's own indexing functions would write,
 * collected instead of written one by one, so they can go in in batches and
 * stay exactly what the application writes. Fails loudly if indexing starts
 * doing anything but one insert per record.
 */
async function searchIndexRows(index: (db: Executor) => Promise<void>[]): Promise<InferInsertModel<typeof searchIndex>[]> {
  const rows: InferInsertModel<typeof searchIndex>[] = [];
  const collector = new Proxy({} as Executor, {
    get(_, prop) {
      if (prop !== 'insert') throw new Error(`Indexing a directory record now calls db.${String(prop)}; update searchIndexRows() in bench/generate.ts.`);
      return (table: unknown) => {
        if (table !== searchIndex) throw new Error('Indexing a directory record now writes another table; update searchIndexRows() in bench/generate.ts.');
        return {
          values: (v: InferInsertModel<typeof searchIndex>) => {
            rows.push(v);
            return { onConflictDoUpdate: async () => {} };
          },
        };
      };
    },
  });
  await Promise.all(index(collector));
  return rows;
}

async function createAccounts(db: Executor, rng: Rng) {
  const passwordHash = await hashPassword(`bench-${rng.uuid()}`);
  const defs = [
    { key: 'staff', email: 'staff@bench.example', displayName: 'Bench Staff', role: 'staff' as const, partyCode: null },
    { key: 'otherStaff', email: 'staff2@bench.example', displayName: 'Bench Staff Two', role: 'staff' as const, partyCode: null },
    { key: 'delegate', email: 'delegate.id@bench.example', displayName: 'Bench Delegate (Indonesia)', role: 'delegate' as const, partyCode: 'ID' },
  ];
  const out = {} as Record<'staff' | 'delegate' | 'otherStaff', BenchAccount>;
  for (const d of defs) {
    const [u] = await db
      .insert(users)
      .values({ id: rng.uuid(), email: d.email, displayName: d.displayName, role: d.role, partyCode: d.partyCode, passwordHash })
      .returning();
    const token = await createSession(db, u.id, { ip: null, userAgent: 'chancery-bench' });
    const viewer: Viewer = {
      id: u.id,
      email: u.email,
      displayName: u.displayName,
      role: u.role,
      language: u.language,
      partyCode: u.partyCode,
      organizationId: u.organizationId,
    };
    out[d.key as keyof typeof out] = { viewer, cookie: `${SESSION_COOKIE}=${token}`, ctx: { viewer, requestId: 'bench', ip: '127.0.0.1' } };
  }
  return out;
}

/**
 * Generates the directory into `db` (a migrated, empty database) and creates
 * the benchmark accounts with real sessions.
 */
export async function generateDirectory(db: Db, opts: GenerateOptions = {}): Promise<DirectoryDataset> {
  const seed = String(opts.seed ?? 'chancery-bench-1');
  const rng = new Rng(seed);
  const batch = opts.batchSize ?? 500;
  const t0 = performance.now();

  const partyRows = partyData.map((p) => {
    const t = times(rng);
    return {
      id: rng.uuid(),
      code: p.code,
      alpha3: p.alpha3 ?? null,
      numericCode: p.numericCode ?? null,
      names: p.names,
      kind: p.kind,
      isOwn: p.isOwn ?? false,
      officialLanguages: p.officialLanguages ?? [],
      memberFrom: p.memberFrom ?? null,
      memberTo: p.memberTo ?? null,
      observerFrom: p.observerFrom ?? null,
      partnerSince: p.partnerSince ?? null,
      notes: p.notes ?? null,
      provenance: p.provenance,
      sourceUrl: p.sourceUrl ?? null,
      classification: 'public' as const,
      searchText: normaliseForSearch(p.code, p.alpha3, ...allNames(p.names)),
      createdAt: t.createdAt,
      updatedAt: t.createdAt,
    };
  });
  const partyCodes = partyRows.map((p) => p.code);
  const partyNames = new Map(partyRows.map((p) => [p.code, p.names.en]));

  const tInsert0 = performance.now();
  // Parties first: a delegate's account names its party.
  await insertInBatches(db, parties, partyRows, batch);
  const accounts = await createAccounts(db, rng);
  let insertMs = performance.now() - tInsert0;

  const staffIds = [accounts.staff.viewer.id, accounts.otherStaff.viewer.id];
  const orgs = buildOrganizations(rng, opts.organizations ?? 2400, partyCodes, partyNames);
  const shareableOrgs = orgs.regional.filter((o) => o.parentId === null).map((o) => o.id);
  const orgAccess = { partyCodes, shareableOrgs, staffIds };
  const orgRows: OrgInsert[] = orgs.rows.map(({ sector: _sector, ...o }) => ({
    ...o,
    // Missions and regional bodies are public knowledge; the rest follows the usual mix.
    ...(o.kind === 'permanent_mission' || (o.kind !== 'agency' && o.parentId === null && o.countryCode === null)
      ? { classification: 'public' as const, sharedParties: [], sharedOrganizations: [], restrictedTo: [] }
      : accessFor(rng, { public: 50, mission: 38, shared: 9, restricted: 3 }, orgAccess)),
  }));
  const orgKind = new Map(orgRows.map((o) => [o.id, o.kind]));

  const countryWeights = Object.fromEntries(partyCodes.map((c) => [c, COUNTRIES[c]?.weight ?? 1])) as Record<string, number>;
  const orgsOfCountry = new Map<string, string[]>();
  const missionOf = new Map<string, string>();
  for (const o of orgRows) {
    if (!o.countryCode) continue;
    const list = orgsOfCountry.get(o.countryCode) ?? [];
    list.push(o.id);
    orgsOfCountry.set(o.countryCode, list);
    if (o.kind === 'permanent_mission') missionOf.set(o.countryCode, o.id);
  }
  const regionalIds = orgs.regional.map((o) => o.id);

  const personRows: PersonInsert[] = [];
  const postRows: InferInsertModel<typeof posts>[] = [];
  const peopleOfCountry = new Map<string, string[]>();
  const personCountry: { id: string; countryCode: string }[] = [];
  const nPeople = opts.people ?? 12_000;
  for (let i = 0; i < nPeople; i++) {
    const code = rng.weighted(countryWeights);
    const pool = NAME_POOLS[code] ?? NAME_POOLS.GB;
    const name = personName(rng, pool);
    const id = rng.uuid();
    const nPosts = Number(rng.weighted({ 1: 45, 2: 35, 3: 20 }));
    let from = rng.date(new Date('2020-01-01T00:00:00Z'), HORIZON);
    let honorific: string | null = rng.chance(0.08) ? 'Dr.' : null;
    for (let k = 0; k < nPosts; k++) {
      const orgId =
        k === 0 && rng.chance(0.06) && missionOf.has(code)
          ? missionOf.get(code)!
          : rng.chance(0.08)
            ? rng.pick(regionalIds)
            : rng.pick(orgsOfCountry.get(code) ?? regionalIds);
      const title = rng.pick(titlesFor(orgKind.get(orgId)!));
      if (k === 0 && /Minister|Ambassador|Secretary-General/.test(title)) honorific = 'H.E.';
      if (k === 0 && /Professor|Rector/.test(title)) honorific = 'Prof.';
      const to = k === 0 ? null : from;
      from = new Date(from.getTime() - rng.int(300, 1500) * 86_400_000);
      postRows.push({ id: rng.uuid(), personId: id, organizationId: orgId, title, fromDate: isoDate(from), toDate: to ? isoDate(to) : null, createdAt: from });
    }
    const slug = normaliseForSearch(name.latin).replace(/[^a-z]+/g, '.').replace(/^\.|\.$/g, '');
    personRows.push({
      id,
      fullName: name.fullName,
      nameLatin: name.nameLatin,
      nameRu: name.nameRu,
      honorific,
      email: rng.chance(0.6) ? `${slug}@${COUNTRIES[code]?.domain ?? 'example.org'}` : null,
      phone: rng.chance(0.4) ? `+${rng.int(10, 99)} ${rng.int(10, 99)} ${rng.int(100, 999)} ${rng.int(1000, 9999)}` : null,
      languages: rng.chance(0.12) && !pool.languages.includes('ru') ? [...pool.languages, 'ru'] : pool.languages,
      notes: rng.chance(0.1) ? rng.pick(NOTES) : null,
      provenance: 'INVENTED',
      searchText: normaliseForSearch(name.fullName, name.nameLatin, name.nameRu),
      ...times(rng),
      ...accessFor(rng, { public: 25, mission: 60, shared: 11, restricted: 4 }, orgAccess),
    });
    const compatriots = peopleOfCountry.get(code) ?? [];
    compatriots.push(id);
    peopleOfCountry.set(code, compatriots);
    personCountry.push({ id, countryCode: code });
  }

  const delegationRows: (InferInsertModel<typeof delegations> & { id: string })[] = [];
  const memberRows: InferInsertModel<typeof delegationMembers>[] = [];
  for (const code of partyCodes) {
    const id = rng.uuid();
    const members = rng.sample(peopleOfCountry.get(code) ?? [], rng.int(3, 8));
    const name = `Delegation of ${partyNames.get(code)} to ASEAN`;
    const nameRu = `Делегация ${COUNTRIES[code]?.ruGenitive ?? code} при АСЕАН`;
    const classification = rng.weighted({ public: 60, shared: 30, mission: 10 });
    delegationRows.push({
      id,
      partyCode: code,
      names: { en: name, ru: nameRu },
      organizationId: missionOf.get(code) ?? null,
      headPersonId: members[0] ?? null,
      provenance: 'INVENTED',
      searchText: normaliseForSearch(name, nameRu, code),
      classification,
      sharedParties: classification === 'shared' ? [code] : [],
      ...times(rng),
      archivedAt: null,
    });
    for (const [k, personId] of members.entries()) {
      // The head holds the top title; the others any title below it.
      memberRows.push({ id: rng.uuid(), delegationId: id, personId, title: k === 0 ? POST_TITLES.mission[0] : rng.pick(POST_TITLES.mission.slice(1)), fromDate: '2024-01-01', toDate: null });
    }
  }
  // Cross-module search sees the directory through its index; the rows as they would be stored.
  type Stored<T extends PgTable> = T['$inferSelect'];
  const asStored = <T extends PgTable>(row: InferInsertModel<T>) =>
    ({ sharedParties: [], sharedOrganizations: [], restrictedTo: [], archivedAt: null, createdBy: null, sourceUrl: null, ...row }) as Stored<T>;
  const indexRows = await searchIndexRows((c) => [
    ...partyRows.map((r) => indexParty(c, asStored<typeof parties>(r))),
    ...orgRows.map((r) => indexOrganization(c, asStored<typeof organizations>(r))),
    ...personRows.map((r) => indexPerson(c, asStored<typeof people>(r))),
    ...delegationRows.map((r) => indexDelegation(c, asStored<typeof delegations>(r))),
  ]);
  const generateMs = performance.now() - t0 - insertMs;

  const t1 = performance.now();
  await db.transaction(async (tx) => {
    await insertInBatches(tx, organizations, orgRows, batch);
    await insertInBatches(tx, people, personRows, batch);
    await insertInBatches(tx, posts, postRows, batch);
    await insertInBatches(tx, delegations, delegationRows, batch);
    await insertInBatches(tx, delegationMembers, memberRows, batch);
    await insertInBatches(tx, searchIndex, indexRows, batch);
  });
  insertMs += performance.now() - t1;

  // Detail scenarios open records the staff account can see, in a stable shuffled order.
  const staffCtx = accounts.staff.ctx;
  const visible = <R extends Access & { id: string }>(rows: R[]) =>
    rng.sample(
      rows.filter((r) => canSee(staffCtx, r)).map((r) => r.id),
      1000,
    );

  const kinds: Record<string, number> = {};
  for (const o of orgRows) kinds[`organizations.${o.kind}`] = (kinds[`organizations.${o.kind}`] ?? 0) + 1;
  const byClass = (rows: Access[], prefix: string) => {
    const out: Record<string, number> = {};
    for (const r of rows) out[`${prefix}.${r.classification}`] = (out[`${prefix}.${r.classification}`] ?? 0) + 1;
    return out;
  };

  return {
    seed,
    accounts,
    partyCodes,
    organizations: orgRows.map((o) => ({ id: o.id, kind: o.kind, countryCode: o.countryCode ?? null, parentId: o.parentId ?? null })),
    people: personCountry,
    delegationIds: delegationRows.map((d) => d.id),
    visibleToStaff: { organizations: visible(orgRows as (OrgInsert & Access)[]), people: visible(personRows as (PersonInsert & Access)[]) },
    counts: {
      parties: partyRows.length,
      organizations: orgRows.length,
      people: personRows.length,
      posts: postRows.length,
      delegations: delegationRows.length,
      delegationMembers: memberRows.length,
      searchIndex: indexRows.length,
      ...kinds,
      ...byClass(orgRows as Access[], 'organizations'),
      ...byClass(personRows as Access[], 'people'),
    },
    timings: { generateMs: Math.round(generateMs), insertMs: Math.round(insertMs) },
  };
}
