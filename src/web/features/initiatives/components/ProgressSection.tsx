// An initiative's progress reports: each period with its status, percent complete, narrative and indicators (baseline, target, actual), and the form that files one.
import { Button, Group, NumberInput, Progress, Stack, Table, Text, TextInput, Textarea } from '@mantine/core';
import { useState } from 'react';
import { ToneBadge } from '../../../components/record/ToneBadge.tsx';
import { useTranslation } from 'react-i18next';
import { Section } from '../../../components/record/Section.tsx';
import { describeError } from '../../../lib/form.ts';
import { useFormatters } from '../../../lib/format.ts';
import { toast } from '../../../lib/toast.ts';
import { type Report, useReports } from '../api/get-progress.ts';
import { useAddReport } from '../api/save-progress.ts';
import type { Initiative } from '../api/types.ts';

export function ProgressSection({ initiative }: { initiative: Initiative }) {
  const { t } = useTranslation();
  const reports = useReports(initiative.id).data?.items ?? [];
  return (
    <Section title={t('initiatives.reports.title')} count={reports.length}>
      <Stack gap="md">
        {reports.length === 0 && <Text c="dimmed">{t('initiatives.reports.none')}</Text>}
        {reports.map((r) => (
          <ReportView key={r.id} report={r} />
        ))}
        {initiative.abilities.update && <ReportForm initiative={initiative} />}
      </Stack>
    </Section>
  );
}

function ReportStatus({ report }: { report: Report }) {
  const { t } = useTranslation();
  const fmt = useFormatters();
  if (report.submittedOn) return <ToneBadge color="green">{t('initiatives.reports.filed', { date: fmt.date(report.submittedOn) })}</ToneBadge>;
  if (report.overdue) return <ToneBadge color="red">{t('initiatives.reports.overdue', { date: fmt.date(report.dueDate) })}</ToneBadge>;
  return <ToneBadge color="blue">{report.dueDate ? t('initiatives.reports.due', { date: fmt.date(report.dueDate) }) : t('initiatives.reports.expected')}</ToneBadge>;
}

function ReportView({ report }: { report: Report }) {
  const { t } = useTranslation();
  const fmt = useFormatters();
  const num = (v: number | null) => (v === null ? '—' : fmt.number(v));
  const caption = t('initiatives.reports.period', { period: fmt.period(report.periodStart, report.periodEnd, '') });
  return (
    <Stack gap="xs" data-testid="progress-report">
      <Group gap="sm">
        <Text fw={600}>{caption}</Text>
        <ReportStatus report={report} />
      </Group>
      {report.percentComplete !== null && (
        <Group gap="sm" wrap="nowrap">
          <Progress value={report.percentComplete} w={240} aria-label={t('initiatives.reports.percentComplete')} />
          <Text size="sm">{t('initiatives.reports.percent', { value: report.percentComplete })}</Text>
        </Group>
      )}
      {report.narrative && <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>{report.narrative}</Text>}
      {report.indicators.length > 0 && (
        <Table>
          <Table.Caption>{t('initiatives.reports.indicatorsOf', { period: caption })}</Table.Caption>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('initiatives.reports.indicator')}</Table.Th>
              <Table.Th>{t('initiatives.reports.unit')}</Table.Th>
              <Table.Th style={{ textAlign: 'right' }}>{t('initiatives.reports.baseline')}</Table.Th>
              <Table.Th style={{ textAlign: 'right' }}>{t('initiatives.reports.target')}</Table.Th>
              <Table.Th style={{ textAlign: 'right' }}>{t('initiatives.reports.actual')}</Table.Th>
              <Table.Th>{t('initiatives.reports.ofTarget')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {report.indicators.map((x) => {
              const share = x.actual !== null && x.target ? Math.round((x.actual / x.target) * 100) : null;
              return (
                <Table.Tr key={x.id}>
                  <Table.Td>{x.title}</Table.Td>
                  <Table.Td>{x.unit}</Table.Td>
                  <Table.Td style={{ textAlign: 'right' }}>{num(x.baseline)}</Table.Td>
                  <Table.Td style={{ textAlign: 'right' }}>{num(x.target)}</Table.Td>
                  <Table.Td style={{ textAlign: 'right' }}>{num(x.actual)}</Table.Td>
                  <Table.Td>
                    {share !== null && (
                      <Group gap="xs" wrap="nowrap">
                        <Progress value={Math.min(share, 100)} w={100} aria-hidden />
                        <Text size="sm">{t('initiatives.reports.percent', { value: share })}</Text>
                      </Group>
                    )}
                  </Table.Td>
                </Table.Tr>
              );
            })}
          </Table.Tbody>
        </Table>
      )}
    </Stack>
  );
}

type IndicatorDraft = { key: number; title: string; unit: string; baseline: number | string; target: number | string; actual: number | string };
let nextKey = 0;
const emptyIndicator = (): IndicatorDraft => ({ key: nextKey++, title: '', unit: '', baseline: '', target: '', actual: '' });
const numberOrNull = (v: number | string) => (v === '' ? null : Number(v));
const today = () => new Date().toISOString().slice(0, 10);

function ReportForm({ initiative }: { initiative: Initiative }) {
  const { t } = useTranslation();
  const add = useAddReport(initiative.id);
  const [periodStart, setPeriodStart] = useState('');
  const [periodEnd, setPeriodEnd] = useState('');
  const [submittedOn, setSubmittedOn] = useState(today());
  const [percent, setPercent] = useState<number | string>('');
  const [narrative, setNarrative] = useState('');
  const [indicators, setIndicators] = useState<IndicatorDraft[]>([]);
  const [error, setError] = useState<string | null>(null);
  const setIndicator = (k: number, patch: Partial<IndicatorDraft>) => setIndicators((xs) => xs.map((x, i) => (i === k ? { ...x, ...patch } : x)));
  const submit = async () => {
    setError(null);
    try {
      await add.mutateAsync({
        periodStart,
        periodEnd,
        submittedOn: submittedOn || null,
        narrative: narrative || null,
        percentComplete: numberOrNull(percent),
        indicators: indicators.map((x) => ({ title: x.title, unit: x.unit, baseline: numberOrNull(x.baseline), target: numberOrNull(x.target), actual: numberOrNull(x.actual) })),
      });
      toast({ message: t('initiatives.reports.saved'), autoClose: 3000 });
      setNarrative('');
      setPercent('');
      setIndicators([]);
    } catch (e) {
      setError(describeError(e, t));
    }
  };
  return (
    <Stack gap="xs" component="fieldset" style={{ border: 0, padding: 0, margin: 0 }}>
      <Text component="legend" fw={600} size="sm">
        {t('initiatives.reports.file')}
      </Text>
      <Group align="flex-end">
        <TextInput type="date" label={t('initiatives.reports.periodStart')} value={periodStart} onChange={(e) => setPeriodStart(e.currentTarget.value)} />
        <TextInput type="date" label={t('initiatives.reports.periodEnd')} value={periodEnd} onChange={(e) => setPeriodEnd(e.currentTarget.value)} />
        <TextInput type="date" label={t('initiatives.reports.submittedOn')} value={submittedOn} onChange={(e) => setSubmittedOn(e.currentTarget.value)} />
        <NumberInput label={t('initiatives.reports.percentComplete')} min={0} max={100} allowDecimal={false} value={percent} onChange={setPercent} w={160} />
      </Group>
      <Textarea label={t('initiatives.reports.narrative')} autosize minRows={2} value={narrative} onChange={(e) => setNarrative(e.currentTarget.value)} />
      {indicators.map((x, k) => (
        <Group key={x.key} align="flex-end" wrap="wrap" aria-label={t('initiatives.reports.indicatorN', { n: k + 1 })} role="group">
          <TextInput label={t('initiatives.reports.indicator')} value={x.title} onChange={(e) => setIndicator(k, { title: e.currentTarget.value })} w={260} />
          <TextInput label={t('initiatives.reports.unit')} value={x.unit} onChange={(e) => setIndicator(k, { unit: e.currentTarget.value })} w={120} />
          <NumberInput label={t('initiatives.reports.baseline')} value={x.baseline} onChange={(v) => setIndicator(k, { baseline: v })} w={120} />
          <NumberInput label={t('initiatives.reports.target')} value={x.target} onChange={(v) => setIndicator(k, { target: v })} w={120} />
          <NumberInput label={t('initiatives.reports.actual')} value={x.actual} onChange={(v) => setIndicator(k, { actual: v })} w={120} />
          <Button variant="subtle" color="red" onClick={() => setIndicators((xs) => xs.filter((_, i) => i !== k))}>
            {t('initiatives.reports.removeIndicator')}
          </Button>
        </Group>
      ))}
      {error && (
        <Text c="red" size="sm" role="alert">
          {error}
        </Text>
      )}
      <Group>
        <Button variant="default" onClick={() => setIndicators((xs) => [...xs, emptyIndicator()])}>
          {t('initiatives.reports.addIndicator')}
        </Button>
        <Button onClick={submit} loading={add.isPending} disabled={!periodStart || !periodEnd}>
          {t('initiatives.reports.save')}
        </Button>
      </Group>
    </Stack>
  );
}
