// Loads the demo engagements (with participants and follow-ups) and the five gifts through the use cases, the custody moves included.
import type { RequestContext } from '../../../platform/context.ts';
import type { Deps } from '../../../platform/deps.ts';
import type { DemoKeys } from '../../../platform/modules/demo-keys.ts';
import { createEngagement } from '../engagements.usecases.ts';
import { createGift } from '../gifts.usecases.ts';
import { ENGAGEMENTS, GIFTS } from './dialogue.data.ts';

export async function seedDialogueDemo(deps: Deps, ctx: RequestContext, keys: DemoKeys) {
  const person = (k: string) => keys.get('person', k);
  const org = (k: string) => keys.get('organization', k);
  const ids = keys.of('engagement');
  for (const e of ENGAGEMENTS) {
    const created = await createEngagement(deps, ctx, {
      kind: e.kind,
      title: e.title,
      startsAt: e.startsAt,
      endsAt: e.endsAt ?? null,
      timeZone: 'Asia/Jakarta',
      place: e.place,
      participants: [...e.ours.map((k) => ({ personId: person(k), side: 'ours' as const })), ...e.theirs.map((k) => ({ personId: person(k), side: 'theirs' as const }))],
      organizationIds: e.orgKeys.map(org),
      partyCodes: e.parties,
      topics: e.topics,
      summary: e.summary ?? null,
      outcomes: e.outcomes ?? null,
      classification: e.classification ?? 'mission',
      sharedWith: e.sharedWith ? { parties: e.sharedWith, organizations: [] } : undefined,
      restrictedTo: e.classification === 'restricted' ? [keys.get('user', 'staff@chancery.test')] : undefined,
      followUps: (e.followUps ?? []).map((f) => ({ title: f.title, ownerUserId: keys.get('user', f.ownerEmail), dueDate: f.dueDate })),
      provenance: e.provenance,
      sourceUrl: e.sourceUrl ?? null,
    });
    ids.set(e.key, created.id);
  }
  const giftIds = keys.of('gift');
  for (const g of GIFTS) {
    const created = await createGift(deps, ctx, {
      direction: g.direction,
      date: g.date,
      engagementId: g.engagementKey ? ids.get(g.engagementKey) : null,
      occasion: g.occasion,
      place: g.place,
      donorPersonId: g.donorPerson ? person(g.donorPerson) : null,
      donorOrganizationId: g.donorOrg ? org(g.donorOrg) : null,
      donorPartyCode: g.donorParty ?? null,
      donorName: g.donorName ?? null,
      recipientPersonId: g.recipientPerson ? person(g.recipientPerson) : null,
      recipientOrganizationId: g.recipientOrg ? org(g.recipientOrg) : null,
      recipientPartyCode: g.recipientParty ?? null,
      recipientName: g.recipientName ?? null,
      description: g.description,
      category: g.category,
      quantity: 1,
      value: g.value,
      valuationMethod: g.valuationMethod ?? null,
      circumstances: g.circumstances ?? null,
      approvalSought: g.direction === 'received',
      approvedBy: g.direction === 'received' ? 'Head of Mission' : null,
      disposition: g.disposition,
      location: g.location ?? null,
      classification: 'mission',
      provenance: g.provenance,
      sourceUrl: g.sourceUrl ?? null,
    });
    giftIds.set(g.key, created.id);
  }
}
