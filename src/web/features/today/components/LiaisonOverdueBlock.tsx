// The Today block of overdue liaison requests: open requests past their target date, for the mission's staff.
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { AnchorLink } from '../../../components/links.tsx';
import { useFormatters } from '../../../lib/format.ts';
import { overdueLiaisonQuery } from '../api/today-queries.ts';
import { TodayBlock, TodayRow } from './TodayBlock.tsx';

export function LiaisonOverdueBlock() {
  const { t, i18n } = useTranslation();
  const fmt = useFormatters();
  const q = useQuery(overdueLiaisonQuery(i18n.language));
  const items = q.data?.items ?? [];
  return (
    <TodayBlock
      testId="today-liaison-overdue"
      title={t('today.liaisonOverdue')}
      total={q.data?.total}
      empty={t('today.liaisonOverdueEmpty')}
      query={q}
      seeAll="/liaison/requests?overdue=true&sort=targetDate"
      hasRows={items.length > 0}
    >
      {items.map((r) => (
        <TodayRow key={r.id} detail={t('today.liaisonDue', { date: fmt.date(r.targetDate) })}>
          <AnchorLink to="/liaison/requests/$id" params={{ id: r.id }} size="sm" fw={500}>
            {r.reference} {r.subject}
          </AnchorLink>
        </TodayRow>
      ))}
    </TodayBlock>
  );
}
