// Checks an IATI export: valid against the 2.03 schema (xmllint) and every code in the platform's copies of the IATI codelists.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { XMLParser } from 'fast-xml-parser';
import { CODELISTS } from '../../src/shared/codelists.ts';
import type { Executor } from '../../src/server/db/client.ts';
import { getCodelist } from '../../src/server/platform/records/codelists.ts';

const SCHEMA = path.resolve(import.meta.dirname, '../fixtures/iati/iati-activities-schema.xsd');

/** Runs xmllint on the document; returns its output (empty when valid) and exit status. */
export function xmllint(xml: string): { ok: boolean; output: string } {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'chancery-iati-'));
  const file = path.join(dir, 'export.xml');
  fs.writeFileSync(file, xml);
  try {
    const output = execFileSync('xmllint', ['--noout', '--schema', SCHEMA, file], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
    return { ok: true, output };
  } catch (e) {
    const err = e as { stderr?: string; stdout?: string };
    return { ok: false, output: `${err.stdout ?? ''}${err.stderr ?? ''}` };
  }
}

type Node = Record<string, unknown>;
const list = (x: unknown): Node[] => (x === undefined ? [] : Array.isArray(x) ? (x as Node[]) : [x as Node]);

/** The codes the export uses, by codelist, read from the XML. */
export function codesUsed(xml: string) {
  const doc = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '@' }).parse(xml) as Node;
  const activities = list((doc['iati-activities'] as Node)['iati-activity']);
  const used: Record<string, Set<string>> = {};
  const add = (key: string, code: unknown) => {
    if (code === undefined) return;
    used[key] ??= new Set();
    used[key].add(String(code));
  };
  for (const a of activities) {
    add(CODELISTS.iatiActivityStatus, (a['activity-status'] as Node)['@code']);
    for (const d of list(a['activity-date'])) add(CODELISTS.iatiActivityDateType, d['@type']);
    for (const o of list(a['participating-org'])) {
      add(CODELISTS.iatiOrganisationRole, o['@role']);
      add(CODELISTS.iatiOrganisationType, o['@type']);
    }
    add(CODELISTS.iatiOrganisationType, (a['reporting-org'] as Node)['@type']);
    for (const s of list(a.sector)) {
      add(CODELISTS.dacSector, s['@code']);
      add(CODELISTS.iatiSectorVocabulary, s['@vocabulary']);
    }
    for (const b of list(a.budget)) add(CODELISTS.iatiBudgetType, b['@type']);
    for (const t of list(a.transaction)) add(CODELISTS.iatiTransactionType, (t['transaction-type'] as Node)['@code']);
    for (const c of [...list(a.budget).map((b) => b.value), ...list(a.transaction).map((t) => t.value)]) add(CODELISTS.currency, (c as Node)['@currency']);
  }
  return { activities, used };
}

/** Codes the export uses that are not in their codelist, as `list: code`. */
export async function unknownCodes(db: Executor, xml: string): Promise<string[]> {
  const { used } = codesUsed(xml);
  const unknown: string[] = [];
  for (const [key, codes] of Object.entries(used)) {
    const known = new Set((await getCodelist(db, key)).items.map((i) => i.code));
    for (const c of codes) if (!known.has(c)) unknown.push(`${key}: ${c}`);
  }
  return unknown;
}
