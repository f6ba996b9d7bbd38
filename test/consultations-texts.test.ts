// Outcomes are stored as facts and worded in each reader's language: the notes, the outcome notification and the register's wording.
import { describe, expect, it } from 'vitest';
import type { OutcomeFacts } from '../src/shared/consultations.ts';
import { outcomeNote, type PartyNames } from '../src/server/modules/consultations/consultations.texts.ts';
import { CONSULTATION_OUTCOME } from '../src/server/modules/consultations/silence.notifications.ts';
import { adoptionText } from '../src/server/modules/meetings/decisions.texts.ts';

const names: PartyNames = new Map([
  ['VN', { en: 'Viet Nam', ru: 'Вьетнам' }],
  ['ID', { en: 'Indonesia', ru: 'Индонезия' }],
]);
const at = '2026-12-04T05:00:00.000Z';
const zone = 'Asia/Jakarta';

describe('an outcome worded for its reader', () => {
  const cases: [OutcomeFacts, string, string][] = [
    [
      { kind: 'adopted', how: 'silence', at, zone, reservations: [{ party: 'VN', reservationKind: 'scrutiny', text: 'Subject to scrutiny.' }], decisionCode: 'ARJCC-23/D4' },
      'Adopted by silence procedure at 12:00 on 4 December 2026 (Asia/Jakarta). Reservations attached: Viet Nam (scrutiny reservation): Subject to scrutiny.',
      'Принят по процедуре молчания: 12:00, 4 декабря 2026 г. (Asia/Jakarta). С оговорками: Вьетнам (оговорка о внутригосударственном рассмотрении): Subject to scrutiny.',
    ],
    [
      { kind: 'adopted', how: 'consensus', at, zone, reservations: [], decisionCode: null },
      'Adopted by consensus at 12:00 on 4 December 2026 (Asia/Jakarta). No reservations. No decision number was given: the body has no meeting to record it under.',
      'Принят консенсусом: 12:00, 4 декабря 2026 г. (Asia/Jakarta). Без оговорок. Номер решения не присвоен: у органа нет заседания, в протоколе которого его можно учесть.',
    ],
    [
      { kind: 'silence_broken', at, zone, party: 'ID', positionKind: 'amendment' },
      'Silence broken by Indonesia (amendment) at 12:00 on 4 December 2026 (Asia/Jakarta).',
      'Молчание нарушено: Индонезия (поправка), 12:00, 4 декабря 2026 г. (Asia/Jakarta).',
    ],
    [
      { kind: 'lapsed', at, zone, awaiting: ['ID', 'VN'] },
      'Lapsed at the deadline, 12:00 on 4 December 2026 (Asia/Jakarta), without consensus: no consent from Indonesia, Viet Nam.',
      'Срок истёк (12:00, 4 декабря 2026 г. (Asia/Jakarta)) без консенсуса: нет согласия — Индонезия, Вьетнам.',
    ],
    [{ kind: 'withdrawn', at, reason: 'Overtaken by events.' }, 'Withdrawn by the mission: Overtaken by events.', 'Отозвано миссией: Overtaken by events.'],
  ];
  it.each(cases)('in English and Russian: %o', (facts, en, ru) => {
    expect(outcomeNote(facts, 'en', names)).toBe(en);
    expect(outcomeNote(facts, 'ru', names)).toBe(ru);
  });

  it('names a party the reader may not see by its code', () => {
    expect(outcomeNote({ kind: 'not_adopted', at, zone, objecting: ['TH'] }, 'en', names)).toContain('objection by TH.');
  });

  it('reaches a Russian reader of the outcome notification in Russian, names included', () => {
    const facts: OutcomeFacts = { kind: 'silence_broken', at, zone, party: 'VN', positionKind: 'objection' };
    const params = { title: 'Guidelines', titleRu: 'Руководство', outcome: 'not_adopted', at, zone, facts: JSON.stringify(facts), names: JSON.stringify(Object.fromEntries(names)), decisionCode: null };
    const ru = CONSULTATION_OUTCOME.render(params, 'ru');
    expect(ru.title).toBe('Руководство: текст не принят');
    expect(ru.body).toContain('Молчание нарушено: Вьетнам (возражение)');
    expect(CONSULTATION_OUTCOME.render(params, 'en').body).toContain('Silence broken by Viet Nam (objection)');
  });

  it('words a text adopted outside a meeting for the register, ending each sentence once', () => {
    const f = { how: 'consensus' as const, at, zone, title: 'Guidelines', titleRu: 'Руководство', reference: 'CPR/2026/1', reservations: [{ party: 'VN', partyName: 'Viet Nam', partyNameRu: 'Вьетнам', reservationKind: null, text: 'Pending national approval.' }] };
    expect(adoptionText(f, 'en')).toBe('"Guidelines" (CPR/2026/1) is adopted by consensus as of 12:00 on 4 December 2026 (Asia/Jakarta). Reservations: Viet Nam (general reservation): Pending national approval.');
    expect(adoptionText(f, 'ru')).toBe('«Руководство» (CPR/2026/1) принят консенсусом по состоянию на 12:00, 4 декабря 2026 г. (Asia/Jakarta). Оговорки: Вьетнам (общая оговорка): Pending national approval.');
  });
});
