// Consultations in a Today block: title, when positions close (on the procedure's clock and mine), positions still missing, a running silence procedure.
import { Group } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { Consultation } from '../../../../shared/consultations.ts';
import { AnchorLink } from '../../../components/links.tsx';
import { ToneBadge } from '../../../components/record/ToneBadge.tsx';
import { ZonedTime } from '../../../components/ZonedTime.tsx';
import { useFormatters } from '../../../lib/format.ts';
import { consultationsQuery, recentlySharedQuery } from '../api/today-queries.ts';
import { TodayBlock, TodayRow } from './TodayBlock.tsx';

interface ConsultationRowsProps {
  /** `open`: the mission's view (missing positions); `awaiting_mine`: a delegation's; `shared`: the latest shared with the user. */
  view: 'open' | 'awaiting_mine' | 'shared';
  title: string;
  empty: string;
  /** The web path of the whole list. */
  seeAll: string;
}

export function ConsultationRows({ view, title, empty, seeAll }: ConsultationRowsProps) {
  const { i18n } = useTranslation();
  const q = useQuery(view === 'shared' ? recentlySharedQuery(i18n.language) : consultationsQuery(view, i18n.language));
  const items = q.data?.items ?? [];
  return (
    <TodayBlock
      testId={`today-consultations-${view}`}
      title={title}
      total={view === 'shared' ? undefined : q.data?.total}
      empty={empty}
      query={q}
      seeAll={seeAll}
      hasRows={items.length > 0}
    >
      {items.map((c) => (
        <TodayRow key={c.id} detail={<ConsultationDetail consultation={c} view={view} />}>
          <AnchorLink to="/consultations/$id" params={{ id: c.id }} size="sm" fw={500}>
            {i18n.language === 'ru' && c.titleRu ? c.titleRu : c.title}
          </AnchorLink>
        </TodayRow>
      ))}
    </TodayBlock>
  );
}

function ConsultationDetail({ consultation: c, view }: { consultation: Consultation; view: ConsultationRowsProps['view'] }) {
  const { t } = useTranslation();
  const fmt = useFormatters();
  const silenceRunning = c.silence?.status === 'running';
  const missing = c.tally.none ?? 0;
  return (
    <Group gap={6} wrap="wrap">
      {silenceRunning && (
        <ToneBadge color="grape" size="sm">
          {t('today.silenceRunning')}
        </ToneBadge>
      )}
      {view === 'open' && c.status === 'open' && missing > 0 && (
        <ToneBadge color="orange" size="sm">
          {t('today.positionsMissing', { count: missing })}
        </ToneBadge>
      )}
      {view === 'shared' ? (
        <span>{t('today.updated', { when: fmt.relative(c.updatedAt) })}</span>
      ) : c.closesAt ? (
        <span>
          {t('today.closes')} <ZonedTime iso={c.closesAt} timeZone={c.timeZone} size="xs" />
        </span>
      ) : (
        <span>{t('today.noDeadline')}</span>
      )}
    </Group>
  );
}
