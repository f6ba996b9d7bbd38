// Loads the demo initiatives, the ARDPFF and the CPA 2021–2025 through the use cases, walking each initiative through its gates to its stage.
import { Readable } from 'node:stream';
import { PIPELINE_STAGES, type InitiativeStage } from '../../../../shared/initiatives.ts';
import { createDocument } from '../../../platform/documents/documents.usecases.ts';
import { storageFor } from '../../../platform/documents/storage.ts';
import type { RequestContext } from '../../../platform/context.ts';
import type { Deps } from '../../../platform/deps.ts';
import type { DemoKeys } from '../../../platform/modules/demo-keys.ts';
import { recordExternalDecision } from '../../meetings/meetings.api.ts';
import { addContribution, createFund } from '../funds.usecases.ts';
import { createInitiative } from '../initiatives.usecases.ts';
import { addBudget, addMilestone, addParticipant, addTransaction } from '../parts.usecases.ts';
import { addReport, addRisk } from '../progress.usecases.ts';
import { addActionLine, createPlan, setInitiativeActionLines } from '../plans.usecases.ts';
import { moveStage } from '../stage.usecases.ts';
import { APPROVED_BY, DIRECT_FUNDING, type DemoInitiative, FUND, INITIATIVES, PLAN } from './initiatives.data.ts';

const at = (stage: InitiativeStage) => (PIPELINE_STAGES as readonly InitiativeStage[]).indexOf(stage);
const minor = (whole: number) => whole * 100;
const year = (date: string) => Number(date.slice(0, 4));
const addDays = (date: string, days: number) => new Date(Date.parse(`${date}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);

/** Attaches a completion report (a short text file) to an initiative. */
async function attachCompletionReport(deps: Deps, ctx: RequestContext, initiativeId: string, key: string) {
  const text = `Completion report of ${key}: narrative and financial report, verified by the ASEAN Secretariat (INVENTED for the demo).\n`;
  const stored = await storageFor(deps.config).put(Readable.from(Buffer.from(text)));
  const doc = await createDocument(deps, ctx, { recordType: 'initiative', recordId: initiativeId, title: `${key} completion report` }, { ...stored, mimeType: 'text/plain', filename: `${key}-completion-report.txt` });
  return doc.id;
}

/** Walks an initiative from idea to its demo stage, giving each gate what it needs. */
async function walk(deps: Deps, ctx: RequestContext, keys: DemoKeys, d: DemoInitiative, id: string, currency: string) {
  const target = d.stage === 'suspended' || d.stage === 'cancelled' ? (d.from as InitiativeStage) : d.stage;
  const budget = minor(d.budget);
  const start = d.start ?? '2026-01-01';
  for (const stage of PIPELINE_STAGES.slice(1, at(target) + 1)) {
    const move: Parameters<typeof moveStage>[3] = { stage, reason: null };
    if (stage === 'approved') {
      const decision = APPROVED_BY[d.key]
        ? { recordType: 'decision' as const, recordId: keys.get('decision', APPROVED_BY[d.key]) }
        : await deps.db.transaction(async (tx) => {
            // Older approvals: the planning committee's decision, recorded for the demo (INVENTED).
            const r = await recordExternalDecision(tx, ctx, { bodyId: keys.get('body', 'arjpmc'), text: `The Committee approved project ${d.key} for funding.`, source: { recordType: 'initiative', recordId: id } });
            return { recordType: 'decision' as const, recordId: r.id };
          });
      move.approval = decision;
      await addTransaction(deps, ctx, id, { type: '2', date: addDays(start, -30), value: { amountMinor: budget, currency }, providerName: 'ASEAN Secretariat', receiverName: null, description: 'Commitment at approval' });
    }
    if (stage === 'in_implementation') {
      await addTransaction(deps, ctx, id, { type: '3', date: start, value: { amountMinor: Math.round(budget * 0.6), currency }, providerName: 'ASEAN Secretariat', receiverName: null, description: 'First tranche (60 %)' });
    }
    if (stage === 'completion_reporting') {
      await addTransaction(deps, ctx, id, { type: '3', date: addDays(start, 180), value: { amountMinor: budget - Math.round(budget * 0.6), currency }, providerName: 'ASEAN Secretariat', receiverName: null, description: 'Second tranche (40 %)' });
    }
    if (stage === 'closed') {
      const spent = Math.round(budget * 0.95);
      await addTransaction(deps, ctx, id, { type: '4', date: d.end ?? start, value: { amountMinor: spent, currency }, providerName: null, receiverName: null, description: 'Expenditure reported' });
      move.completionReportDocumentId = await attachCompletionReport(deps, ctx, id, d.key);
      move.unspentBalance = { amountMinor: budget - spent, currency };
    }
    await moveStage(deps, ctx, id, move);
  }
  if (d.stage === 'suspended' || d.stage === 'cancelled') await moveStage(deps, ctx, id, { stage: d.stage, reason: d.reason ?? null });
}

/** The initiatives' part of the demo dataset: runs after the directory and meetings (bodies, decisions). */
export async function seedInitiativesDemo(deps: Deps, ctx: RequestContext, keys: DemoKeys) {
  const { years, ...fundFields } = FUND;
  const fund = await createFund(deps, ctx, { ...fundFields, classification: 'public', currency: 'USD' });
  const direct = await createFund(deps, ctx, { ...DIRECT_FUNDING, classification: 'mission', currency: 'RUB' });
  for (const y of years) await addContribution(deps, ctx, fund.id, { year: y, receivedOn: `${y}-03-31`, amount: { amountMinor: minor(1_500_000), currency: 'USD' } });
  keys.of('fund').set('ardpff', fund.id);

  let plan = await createPlan(deps, ctx, { titleEn: PLAN.titleEn, titleRu: PLAN.titleRu, fromYear: PLAN.fromYear, toYear: PLAN.toYear, provenance: PLAN.provenance, sourceUrl: PLAN.sourceUrl, classification: 'public' });
  for (const l of PLAN.lines) plan = await addActionLine(deps, ctx, plan.id, l);
  const lineIds = new Map(plan.lines.map((l) => [l.code, l.id]));

  for (const d of INITIATIVES) {
    const currency = d.currency ?? 'USD';
    const created = await createInitiative(deps, ctx, {
      titleEn: d.titleEn,
      titleRu: d.titleRu ?? null,
      description: null,
      objectives: null,
      proposalCode: `ASEC-RU-${d.start ? year(d.start) : 2026}-${d.key.slice(3)}`,
      sectors: d.sectors,
      dacSectors: d.dac.map(([code, percentage]) => ({ code, percentage })),
      proponentPartyCode: 'RU',
      proponentOrganizationId: keys.get('organization', 'ru-mfa'),
      implementingOrganizationId: d.implementerKey ? keys.get('organization', d.implementerKey) : null,
      sponsoringBodyId: d.bodyKey ? keys.get('body', d.bodyKey) : null,
      fundId: currency === 'USD' ? fund.id : direct.id,
      currency,
      memberParties: d.members ?? [],
      recipientCountries: d.members ?? [],
      recipientRegion: d.members?.length ? null : '798',
      plannedStart: d.start ?? null,
      plannedEnd: d.end ?? null,
      iatiPublish: true,
      provenance: d.provenance,
      sourceUrl: d.sourceUrl ?? null,
      classification: d.classification ?? 'mission',
      sharedWith: { parties: d.shared ?? [], organizations: [] },
    });
    keys.of('initiative').set(d.key, created.id);
    const id = created.id;
    await addParticipant(deps, ctx, id, { organizationId: keys.get('organization', 'ru-mfa'), name: null, role: '1', iatiRef: 'XI-CHANCERY-RU-MFA', iatiType: '10' });
    await addParticipant(deps, ctx, id, { organizationId: keys.get('organization', 'asec'), name: null, role: '2', iatiRef: 'XI-CHANCERY-ASEC', iatiType: '40' });
    if (d.implementerKey) await addParticipant(deps, ctx, id, { organizationId: keys.get('organization', d.implementerKey), name: null, role: '4', iatiRef: `XI-CHANCERY-${d.implementerKey.toUpperCase()}`, iatiType: '80' });
    if (d.start && d.end) {
      const years = Array.from({ length: year(d.end) - year(d.start) + 1 }, (_, i) => year(d.start as string) + i);
      const share = Math.floor(minor(d.budget) / years.length);
      for (const [i, y] of years.entries()) {
        const amount = i === years.length - 1 ? minor(d.budget) - share * (years.length - 1) : share;
        const periodStart = i === 0 ? (d.start as string) : `${y}-01-01`;
        const periodEnd = i === years.length - 1 ? (d.end as string) : `${y}-12-31`;
        await addBudget(deps, ctx, id, { type: '1', periodStart, periodEnd, value: { amountMinor: amount, currency } });
        if (d.revised && i === 0) await addBudget(deps, ctx, id, { type: '2', periodStart, periodEnd, value: { amountMinor: Math.round(amount * 0.9), currency } });
      }
      await addMilestone(deps, ctx, id, { title: 'Inception workshop', plannedDate: addDays(d.start, 45), actualDate: at(d.stage === 'suspended' || d.stage === 'cancelled' ? (d.from as InitiativeStage) : d.stage) >= at('in_implementation') ? addDays(d.start, 47) : null });
      await addMilestone(deps, ctx, id, { title: 'Completion report due', plannedDate: addDays(d.end, 60), actualDate: d.stage === 'closed' ? addDays(d.end, 55) : null });
    } else if (d.start) {
      await addBudget(deps, ctx, id, { type: '1', periodStart: d.start, periodEnd: `${year(d.start)}-12-31`, value: { amountMinor: minor(d.budget), currency } });
    } else {
      await addBudget(deps, ctx, id, { type: '1', periodStart: '2027-01-01', periodEnd: '2027-12-31', value: { amountMinor: minor(d.budget), currency } });
    }
    await setInitiativeActionLines(deps, ctx, id, d.lines.map((code) => lineIds.get(code) as string));
    await walk(deps, ctx, keys, d, id, currency);
    await seedProgress(deps, ctx, d, id);
  }
}

/**
 * For an initiative that reached implementation: a progress report on its
 * first year with its one result indicator, the next report still expected
 * (due a month after the planned end), and a risk (all INVENTED).
 */
async function seedProgress(deps: Deps, ctx: RequestContext, d: DemoInitiative, id: string) {
  const reached = d.stage === 'suspended' || d.stage === 'cancelled' ? (d.from as InitiativeStage) : d.stage;
  if (!d.indicator || !d.start || !d.end || at(reached) < at('in_implementation')) return;
  const firstEnd = `${year(d.start)}-12-31` < d.end ? `${year(d.start)}-12-31` : d.end;
  const target = Math.max(10, Math.round(d.budget / 2500));
  const done = d.stage === 'closed' || d.stage === 'completion_reporting';
  const unit = /trained/.test(d.indicator) ? 'people' : 'number';
  await addReport(deps, ctx, id, {
    periodStart: d.start,
    periodEnd: firstEnd,
    dueDate: addDays(firstEnd, 30),
    submittedOn: addDays(firstEnd, 28),
    narrative: `First-year progress of ${d.key}: activities launched with the implementing agency; figures as reported to the ASEAN Secretariat (INVENTED for the demo).`,
    percentComplete: done ? 100 : 40,
    indicators: [{ title: d.indicator, unit, baselineYear: year(d.start), baseline: 0, target, actual: done ? Math.round(target * 1.1) : Math.round(target * 0.4) }],
  });
  if (d.stage === 'in_implementation' && firstEnd < d.end) {
    await addReport(deps, ctx, id, { periodStart: addDays(firstEnd, 1), periodEnd: d.end, dueDate: addDays(d.end, 30), submittedOn: null, narrative: null, percentComplete: null, indicators: [] });
    await addRisk(deps, ctx, id, {
      title: 'Delays in transferring tranches through correspondent banks',
      likelihood: 3,
      impact: 4,
      mitigation: 'Agree the payment route with the ASEAN Secretariat before each tranche',
      owner: 'Counsellor, development cooperation',
      status: 'open',
    });
  }
}
