// Loads the demo agreements, focal points and liaison requests through the use cases, walking each request through its steps to its status.
import type { RequestContext } from '../../../platform/context.ts';
import type { Deps } from '../../../platform/deps.ts';
import type { DemoKeys } from '../../../platform/modules/demo-keys.ts';
import { createAgreement } from '../agreements.usecases.ts';
import { createFocalPoint } from '../focal-points.usecases.ts';
import { createLiaisonRequest } from '../requests.usecases.ts';
import { addStep } from '../steps.usecases.ts';
import { AGREEMENTS, FOCAL_POINTS, REQUESTS } from './liaison.data.ts';

const LIAISON_OFFICER = 'liaison.sco@chancery.test';
const RESPONSIBLE = 'staff@chancery.test';

export async function seedLiaisonDemo(deps: Deps, ctx: RequestContext, keys: DemoKeys) {
  const org = (k: string) => keys.get('organization', k);
  const person = (k: string) => keys.get('person', k);
  const responsibleUserId = keys.get('user', RESPONSIBLE);
  const agreementIds = keys.of('agreement');
  for (const a of AGREEMENTS) {
    const created = await createAgreement(deps, ctx, {
      names: a.names,
      kind: a.kind,
      partyOrganizationIds: a.parties.map(org),
      signatories: a.signatories.map((s) => ({ personId: s.personKey ? person(s.personKey) : null, name: s.name, post: s.post })),
      signedOn: a.signedOn,
      signedAt: a.signedAt,
      areas: a.areas,
      summary: a.summary,
      validity: a.validity,
      entryIntoForce: a.entryIntoForce,
      expiresOn: a.expiresOn,
      renewalYears: a.renewalYears ?? null,
      noticeDays: a.noticeDays ?? null,
      status: a.status,
      predecessorId: a.predecessorKey ? agreementIds.get(a.predecessorKey) : null,
      responsibleUserId,
      classification: a.classification,
      provenance: a.provenance,
      sourceUrl: a.sourceUrl,
    });
    agreementIds.set(a.key, created.id);
  }
  for (const f of FOCAL_POINTS) {
    await createFocalPoint(deps, ctx, {
      organizationId: org(f.org),
      area: f.area,
      personId: person(f.person),
      fromDate: f.fromDate,
      toDate: f.toDate ?? null,
      notes: f.notes ?? null,
      classification: f.classification,
      sharedWith: f.classification === 'shared' ? { parties: [], organizations: [org(f.org)] } : undefined,
    });
  }
  // Steps the SCO Secretariat's officer took are recorded as theirs.
  const sco: RequestContext = {
    ...ctx,
    system: undefined,
    viewer: { id: keys.get('user', LIAISON_OFFICER), email: LIAISON_OFFICER, displayName: 'Wang Shili', role: 'liaison', language: 'en', partyCode: null, organizationId: org('sco-sec') },
  };
  const requestIds = keys.of('liaison_request');
  for (const r of REQUESTS) {
    const created = await createLiaisonRequest(deps, ctx, {
      requestingOrganizationId: org('asec'),
      targetOrganizationId: org(r.target),
      agreementId: agreementIds.get(r.agreement) ?? null,
      area: r.area,
      subject: r.subject,
      requestedByPersonId: r.requestedBy ? person(r.requestedBy) : null,
      channel: r.channel,
      targetDate: r.targetDate ?? null,
      outcome: r.outcome ?? null,
      internalNotes: r.internalNotes ?? null,
      responsibleUserId,
      classification: 'shared',
      provenance: r.provenance,
      sourceUrl: r.sourceUrl ?? null,
    });
    requestIds.set(r.key, created.id);
    for (const s of r.steps) await addStep(deps, s.by === 'liaison' && r.target === 'sco-sec' ? sco : ctx, created.id, { on: s.on, action: s.action, status: s.status ?? null });
  }
}
