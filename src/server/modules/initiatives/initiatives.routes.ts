// Registers the initiatives module's routes: initiatives with their stage, money, participants, milestones, progress reports and risks; funds; plans of action.
import type { FastifyReply } from 'fastify';
import * as s from '../../../shared/initiatives.ts';
import type { Api } from '../../platform/http/types.ts';
import { childParams, errors, idParams, readPolicy, recordRoutes, writePolicy } from '../../platform/records/routes.ts';
import { createInitiative, getInitiative, initiativeHistory, searchInitiatives, setInitiativeArchived, updateInitiative } from './initiatives.usecases.ts';
import {
  addBudget,
  addMilestone,
  addParticipant,
  addTransaction,
  initiativeMoney,
  listMilestones,
  listParticipants,
  removeBudget,
  removeParticipant,
  removeTransaction,
  updateMilestone,
} from './parts.usecases.ts';
import { moveStage } from './stage.usecases.ts';
import { addReport, addRisk, listReports, listRisks, updateReport, updateRisk } from './progress.usecases.ts';
import { iatiExport, iatiExportOne } from './iati.export.ts';
import { exportInitiativesCsv, exportInitiativesXlsx } from './table.export.ts';
import { attachmentDisposition } from '../../platform/documents/documents.download.ts';
import { addContribution, createFund, getFund, searchFunds, setFundArchived, updateFund } from './funds.usecases.ts';
import { addActionLine, createPlan, getPlan, initiativeActionLines, searchPlans, setInitiativeActionLines, setPlanArchived, updatePlan } from './plans.usecases.ts';

const tags = ['initiatives'];

/** A generated file, downloaded rather than shown, never kept by a shared cache. */
const sendFile = (reply: FastifyReply, fileName: string, type: string, body: string | Buffer) =>
  reply.type(type).header('content-disposition', attachmentDisposition(fileName)).header('cache-control', 'private, no-store').header('x-content-type-options', 'nosniff').send(body);

/** An XML export, never cached by a shared cache (it depends on who asks). */
const sendXml = (reply: FastifyReply, xml: string) => reply.type('application/xml; charset=utf-8').header('cache-control', 'private, no-store').send(xml);

/** Initiatives, their parts, funds and plans of action. */
export async function initiativesRoutes(app: Api) {
  const { deps } = app;
  app.get('/api/initiatives/iati.xml', {
    config: readPolicy,
    schema: { tags, summary: 'IATI 2.03 activity XML of the initiatives you may see that are marked for publication', response: errors },
    handler: async (request, reply) => sendXml(reply, await iatiExport(deps, request.ctx)),
  });
  app.get('/api/initiatives/export.csv', {
    config: readPolicy,
    schema: { tags, summary: 'The initiatives table as CSV: every row of the view (filters and sort as the list) you may see, in English or Russian', querystring: s.initiativeExportQuerySchema, response: errors },
    handler: async (request, reply) => sendFile(reply, 'initiatives.csv', 'text/csv; charset=utf-8', await exportInitiativesCsv(deps, request.ctx, request.query)),
  });
  app.get('/api/initiatives/export.xlsx', {
    config: readPolicy,
    schema: { tags, summary: 'The initiatives table as an Excel workbook: every row of the view you may see', querystring: s.initiativeExportQuerySchema, response: errors },
    handler: async (request, reply) =>
      sendFile(reply, 'initiatives.xlsx', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', await exportInitiativesXlsx(deps, request.ctx, request.query)),
  });
  app.get('/api/initiatives/:id/iati.xml', {
    config: readPolicy,
    schema: { tags, summary: 'IATI 2.03 activity XML of one initiative', params: idParams, response: errors },
    handler: async (request, reply) => sendXml(reply, await iatiExportOne(deps, request.ctx, request.params.id)),
  });
  recordRoutes(app, {
    path: '/api/initiatives',
    tag: 'initiatives',
    noun: 'initiative',
    schemas: { listQuery: s.initiativeListQuerySchema, list: s.initiativeListSchema, item: s.initiativeSchema, input: s.initiativeInputSchema, update: s.initiativeUpdateSchema },
    ops: { list: searchInitiatives, get: getInitiative, create: createInitiative, update: updateInitiative, setArchived: setInitiativeArchived },
  });
  app.post('/api/initiatives/:id/stage', {
    config: writePolicy,
    schema: {
      tags,
      summary: 'Move an initiative along idea → … → closed, or suspend, resume or cancel it; a gate that does not hold answers 409 naming what is missing',
      params: idParams,
      body: s.stageMoveSchema,
      response: { 200: s.initiativeSchema, ...errors },
    },
    handler: async (request) => {
      await moveStage(deps, request.ctx, request.params.id, request.body);
      return getInitiative(deps, request.ctx, request.params.id);
    },
  });

  app.get('/api/initiatives/:id/history', {
    config: readPolicy,
    schema: { tags, summary: 'The stage history: each move with who, when and why', params: idParams, response: { 200: s.stageHistorySchema, ...errors } },
    handler: async (request) => initiativeHistory(deps, request.ctx, request.params.id),
  });
  app.get('/api/initiatives/:id/money', {
    config: readPolicy,
    schema: { tags, summary: 'Budget lines, transactions and the derived totals (budget, committed, disbursed, spent, remaining)', params: idParams, response: { 200: s.moneyViewSchema, ...errors } },
    handler: async (request) => initiativeMoney(deps, request.ctx, request.params.id),
  });
  app.post('/api/initiatives/:id/budgets', {
    config: writePolicy,
    schema: { tags, summary: 'Add a budget line for a period (IATI type 1 original, 2 revised), in the initiative’s currency', params: idParams, body: s.budgetInputSchema, response: { 201: s.moneyViewSchema, ...errors } },
    handler: async (request, reply) => {
      await addBudget(deps, request.ctx, request.params.id, request.body);
      return reply.code(201).send(await initiativeMoney(deps, request.ctx, request.params.id));
    },
  });
  app.delete('/api/initiatives/:id/budgets/:budgetId', {
    config: writePolicy,
    schema: { tags, summary: 'Remove a budget line entered by mistake', params: childParams('budgetId'), response: { 200: s.moneyViewSchema, ...errors } },
    handler: async (request) => removeBudget(deps, request.ctx, request.params.id, request.params.budgetId as string),
  });
  app.post('/api/initiatives/:id/transactions', {
    config: writePolicy,
    schema: { tags, summary: 'Record a transaction (incoming funds, commitment, disbursement, expenditure), in the initiative’s currency', params: idParams, body: s.transactionInputSchema, response: { 201: s.moneyViewSchema, ...errors } },
    handler: async (request, reply) => {
      await addTransaction(deps, request.ctx, request.params.id, request.body);
      return reply.code(201).send(await initiativeMoney(deps, request.ctx, request.params.id));
    },
  });
  app.delete('/api/initiatives/:id/transactions/:transactionId', {
    config: writePolicy,
    schema: { tags, summary: 'Remove a transaction entered by mistake', params: childParams('transactionId'), response: { 200: s.moneyViewSchema, ...errors } },
    handler: async (request) => removeTransaction(deps, request.ctx, request.params.id, request.params.transactionId as string),
  });

  app.get('/api/initiatives/:id/participants', {
    config: readPolicy,
    schema: { tags, summary: 'Participating organisations with their IATI roles', params: idParams, response: { 200: s.participantListSchema, ...errors } },
    handler: async (request) => listParticipants(deps, request.ctx, request.params.id),
  });
  app.post('/api/initiatives/:id/participants', {
    config: writePolicy,
    schema: { tags, summary: 'Add a participating organisation with its IATI role', params: idParams, body: s.participantInputSchema, response: { 201: s.participantListSchema, ...errors } },
    handler: async (request, reply) => {
      await addParticipant(deps, request.ctx, request.params.id, request.body);
      return reply.code(201).send(await listParticipants(deps, request.ctx, request.params.id));
    },
  });
  app.delete('/api/initiatives/:id/participants/:participantId', {
    config: writePolicy,
    schema: { tags, summary: 'Remove a participating organisation', params: childParams('participantId'), response: { 200: s.participantListSchema, ...errors } },
    handler: async (request) => removeParticipant(deps, request.ctx, request.params.id, request.params.participantId as string),
  });

  app.get('/api/initiatives/:id/milestones', {
    config: readPolicy,
    schema: { tags, summary: 'Milestones with planned and actual dates', params: idParams, response: { 200: s.milestoneListSchema, ...errors } },
    handler: async (request) => listMilestones(deps, request.ctx, request.params.id),
  });
  app.post('/api/initiatives/:id/milestones', {
    config: writePolicy,
    schema: { tags, summary: 'Add a milestone (its planned date goes in the calendar)', params: idParams, body: s.milestoneInputSchema, response: { 201: s.milestoneListSchema, ...errors } },
    handler: async (request, reply) => {
      await addMilestone(deps, request.ctx, request.params.id, request.body);
      return reply.code(201).send(await listMilestones(deps, request.ctx, request.params.id));
    },
  });
  app.patch('/api/initiatives/:id/milestones/:milestoneId', {
    config: writePolicy,
    schema: { tags, summary: 'Change a milestone, e.g. record its actual date', params: childParams('milestoneId'), body: s.milestoneInputSchema.partial(), response: { 200: s.milestoneListSchema, ...errors } },
    handler: async (request) => updateMilestone(deps, request.ctx, request.params.id, request.params.milestoneId as string, request.body),
  });

  app.get('/api/initiatives/:id/reports', {
    config: readPolicy,
    schema: { tags, summary: 'Progress reports by period, with their indicators (baseline, target, actual, unit); expected reports show whether they are overdue', params: idParams, response: { 200: s.reportListSchema, ...errors } },
    handler: async (request) => listReports(deps, request.ctx, request.params.id),
  });
  app.post('/api/initiatives/:id/reports', {
    config: writePolicy,
    schema: {
      tags,
      summary: 'File a progress report (period, narrative, percent complete, indicators), or plan one still expected with its due date',
      params: idParams,
      body: s.reportInputSchema,
      response: { 201: s.reportListSchema, ...errors },
    },
    handler: async (request, reply) => {
      await addReport(deps, request.ctx, request.params.id, request.body);
      return reply.code(201).send(await listReports(deps, request.ctx, request.params.id));
    },
  });
  app.patch('/api/initiatives/:id/reports/:reportId', {
    config: writePolicy,
    schema: { tags, summary: 'Change a progress report, e.g. file one that was expected; indicators, when sent, replace the list', params: childParams('reportId'), body: s.reportUpdateSchema, response: { 200: s.reportListSchema, ...errors } },
    handler: async (request) => updateReport(deps, request.ctx, request.params.id, request.params.reportId as string, request.body),
  });
  app.get('/api/initiatives/:id/risks', {
    config: readPolicy,
    schema: { tags, summary: 'Risks: likelihood × impact, mitigation and owner; open ones first, the highest score first', params: idParams, response: { 200: s.riskListSchema, ...errors } },
    handler: async (request) => listRisks(deps, request.ctx, request.params.id),
  });
  app.post('/api/initiatives/:id/risks', {
    config: writePolicy,
    schema: { tags, summary: 'Record a risk with its likelihood and impact (1–5), mitigation and owner', params: idParams, body: s.riskInputSchema, response: { 201: s.riskListSchema, ...errors } },
    handler: async (request, reply) => {
      await addRisk(deps, request.ctx, request.params.id, request.body);
      return reply.code(201).send(await listRisks(deps, request.ctx, request.params.id));
    },
  });
  app.patch('/api/initiatives/:id/risks/:riskId', {
    config: writePolicy,
    schema: { tags, summary: 'Change a risk, e.g. re-rate it or close it', params: childParams('riskId'), body: s.riskUpdateSchema, response: { 200: s.riskListSchema, ...errors } },
    handler: async (request) => updateRisk(deps, request.ctx, request.params.id, request.params.riskId as string, request.body),
  });

  app.get('/api/initiatives/:id/action-lines', {
    config: readPolicy,
    schema: { tags, summary: 'The plan-of-action lines the initiative advances', params: idParams, response: { 200: s.actionLinksInputSchema, ...errors } },
    handler: async (request) => initiativeActionLines(deps, request.ctx, request.params.id),
  });
  app.put('/api/initiatives/:id/action-lines', {
    config: writePolicy,
    schema: { tags, summary: 'Set the plan-of-action lines the initiative advances', params: idParams, body: s.actionLinksInputSchema, response: { 200: s.actionLinksInputSchema, ...errors } },
    handler: async (request) => setInitiativeActionLines(deps, request.ctx, request.params.id, request.body.actionLineIds),
  });

  recordRoutes(app, {
    path: '/api/funds',
    tag: 'initiatives',
    noun: 'fund',
    schemas: { listQuery: s.fundListQuerySchema, list: s.fundListSchema, item: s.fundSchema, input: s.fundInputSchema, update: s.fundUpdateSchema },
    ops: { list: searchFunds, get: getFund, create: createFund, update: updateFund, setArchived: setFundArchived },
  });
  app.post('/api/funds/:id/contributions', {
    config: writePolicy,
    schema: { tags, summary: 'Record a contribution received for a year, in the fund’s currency', params: idParams, body: s.contributionInputSchema, response: { 201: s.fundSchema, ...errors } },
    handler: async (request, reply) => reply.code(201).send(await addContribution(deps, request.ctx, request.params.id, request.body)),
  });

  recordRoutes(app, {
    path: '/api/plans',
    tag: 'initiatives',
    noun: 'plan',
    schemas: { listQuery: s.planListQuerySchema, list: s.planListSchema, item: s.planSchema, input: s.planInputSchema, update: s.planUpdateSchema },
    ops: { list: searchPlans, get: getPlan, create: createPlan, update: updatePlan, setArchived: setPlanArchived },
  });
  app.post('/api/plans/:id/action-lines', {
    config: writePolicy,
    schema: { tags, summary: 'Add a numbered action line under a pillar', params: idParams, body: s.actionLineInputSchema, response: { 201: s.planSchema, ...errors } },
    handler: async (request, reply) => reply.code(201).send(await addActionLine(deps, request.ctx, request.params.id, request.body)),
  });
}
