// Typed errors of initiatives, their stage gates and money, funds and plans of action, with stable codes; the status is set here.
import { AppError, forbidden, invalid, notFound } from '../../platform/errors.ts';
import { nameConstraintError } from '../../platform/http/constraint-errors.ts';

export const initiativeNotFound = () => notFound('initiative');
export const fundNotFound = () => notFound('fund');
export const planNotFound = () => notFound('plan');
export const budgetNotFound = () => notFound('initiative_budget');
export const transactionNotFound = () => notFound('initiative_transaction');
export const participantNotFound = () => notFound('initiative_participant');
export const milestoneNotFound = () => notFound('initiative_milestone');
export const actionLineNotFound = () => notFound('action_line');
export const reportNotFound = () => notFound('initiative_report');
export const riskNotFound = () => notFound('initiative_risk');

export const initiativeWriteForbidden = () => forbidden('initiative.write_forbidden', 'You may not change this initiative.');
export const fundWriteForbidden = () => forbidden('fund.write_forbidden', 'You may not change this fund.');
export const planWriteForbidden = () => forbidden('plan.write_forbidden', 'You may not change this plan of action.');

export const proposalCodeTaken = () => invalid('initiative.proposal_code_taken', 'proposalCode', 'Another initiative already has this proposal identification code.');
export const unknownBody = () => invalid('initiative.unknown_body', 'sponsoringBodyId', 'Choose a sponsoring body you can see.');
export const unknownFund = () => invalid('initiative.unknown_fund', 'fundId', 'Choose a fund you can see.');
export const responsibleNotStaff = () => invalid('initiative.responsible_not_staff', 'responsibleUserId', 'The responsible person must be a mission staff account.');
export const invalidPeriod = (field: string) => invalid('initiatives.invalid_period', field, 'The end must be on or after the start.');
/** An amount in another currency than the initiative's (or the fund's): totals are never mixed. */
export const currencyMismatch = (field: string, expected: string) => invalid('initiative.currency_mismatch', `${field}.currency`, `Give the amount in ${expected}, the currency of this record.`);
export const currencyFixed = () => invalid('initiative.currency_fixed', 'currency', 'Budgets or transactions are recorded in this currency; it can no longer change.');
export const participantNameRequired = () => invalid('initiative_participant.name_required', 'name', 'Choose an organisation or enter its name.');
export const unknownActionLine = (field: string) => invalid('initiative.unknown_action_line', field, 'Choose an action line of a plan you can see.');
export const actionLineCodeTaken = () => invalid('action_line.code_taken', 'code', 'This plan already has an action line with this number.');
export const planYears = () => invalid('plan.years', 'toYear', 'The last year must be on or after the first.');

export const transitionNotAllowed = (from: string, to: string) =>
  new AppError('initiative.transition_not_allowed', 409, 'Conflict', `An initiative cannot move from ${from.replaceAll('_', ' ')} to ${to.replaceAll('_', ' ')}.`, [
    { field: 'stage', message: `Not allowed from ${from.replaceAll('_', ' ')}` },
  ]);
/** A gate that does not hold: each missing requirement named by its field. */
export const gateUnmet = (to: string, missing: { field: string; message: string }[]) =>
  new AppError('initiative.gate_unmet', 409, 'Conflict', `Before moving to ${to.replaceAll('_', ' ')}: ${missing.map((m) => m.message).join(' ')}`, missing);
export const approvalNotAdopted = () => invalid('initiative.approval_not_adopted', 'approval.recordId', 'A consultation approves an initiative only once its text is adopted.');
export const unknownApproval = () => invalid('initiative.unknown_approval', 'approval.recordId', 'Choose a decision or consultation you can see.');
export const unknownReport = () => invalid('initiative.unknown_report', 'completionReportDocumentId', 'Choose a document attached to this initiative.');

// The same answers when the database's constraint catches what a check let through (two requests at once).
/** The constraints whose refusal answers as the rule the use case checks (listed in the manifest). */
export const initiativesConstraintErrors = [
  nameConstraintError('initiatives_proposal_code_uq', proposalCodeTaken),
  nameConstraintError('initiatives_planned_period_check', () => invalidPeriod('plannedEnd')),
  nameConstraintError('initiatives_actual_period_check', () => invalidPeriod('actualEnd')),
  nameConstraintError('initiative_budgets_period_check', () => invalidPeriod('periodEnd')),
  nameConstraintError('initiative_reports_period_check', () => invalidPeriod('periodEnd')),
  nameConstraintError('action_lines_plan_code_uq', actionLineCodeTaken),
  nameConstraintError('plans_years_check', planYears),
];
