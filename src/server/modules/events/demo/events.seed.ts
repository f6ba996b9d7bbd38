// Loads the demo events through the use cases; EV-12 is moved twice before its date (its calendar SEQUENCE is then 2).
import type { RequestContext } from '../../../platform/context.ts';
import type { Deps } from '../../../platform/deps.ts';
import type { DemoKeys } from '../../../platform/modules/demo-keys.ts';
import { createEvent, updateEvent } from '../events.usecases.ts';
import { EVENTS } from './events.data.ts';

export async function seedEventsDemo(deps: Deps, ctx: RequestContext, keys: DemoKeys) {
  const ids = keys.of('event');
  for (const e of EVENTS) {
    const [first, ...moves] = [...(e.movedFrom ?? []), e.starts];
    const created = await createEvent(deps, ctx, {
      names: e.names,
      kind: e.kind,
      starts: first,
      ends: e.movedFrom ? null : (e.ends ?? null),
      timeZone: 'Asia/Jakarta',
      venue: e.venue,
      description: null,
      partnerOrganizationIds: (e.partners ?? []).map((k) => keys.get('organization', k)),
      parties: [],
      expectedParticipants: e.expected ?? null,
      actualParticipants: e.actual ?? null,
      budget: e.budget ?? null,
      status: e.status,
      isPublic: e.isPublic,
      classification: e.isPublic ? undefined : 'mission',
      provenance: e.provenance,
      sourceUrl: e.sourceUrl ?? null,
    });
    for (const starts of moves) await updateEvent(deps, ctx, created.id, { starts, ends: starts === e.starts ? (e.ends ?? null) : null });
    ids.set(e.key, created.id);
  }
}
