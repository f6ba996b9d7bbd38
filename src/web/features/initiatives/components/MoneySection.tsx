// An initiative's money: totals, budget lines and transactions, and the form that records a transaction.
import { Button, Group, Select, Stack, Table, Text, TextInput } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { TRANSACTION_TYPES } from '../../../../shared/initiatives.ts';
import { parseDecimalAmount } from '../../../../shared/money.ts';
import { Facts } from '../../../components/record/Facts.tsx';
import { Section } from '../../../components/record/Section.tsx';
import { describeError } from '../../../lib/form.ts';
import { useFormatters } from '../../../lib/format.ts';
import { toast } from '../../../lib/toast.ts';
import { useAddTransaction } from '../api/add-money.ts';
import { useInitiativeMoney } from '../api/get-money.ts';
import type { Initiative } from '../api/types.ts';

type TransactionType = (typeof TRANSACTION_TYPES)[number];

export function MoneySection({ initiative }: { initiative: Initiative }) {
  const { t } = useTranslation();
  const fmt = useFormatters();
  const money = useInitiativeMoney(initiative.id).data;
  const totals = initiative.totals;
  return (
    <Section title={t('initiatives.money.title')}>
      <Stack gap="md">
        <Facts
          items={[
            { label: t('initiatives.money.budget'), value: fmt.money(totals.budget) },
            { label: t('initiatives.money.committed'), value: fmt.money(totals.committed) },
            { label: t('initiatives.money.disbursed'), value: fmt.money(totals.disbursed) },
            { label: t('initiatives.money.spent'), value: fmt.money(totals.spent) },
            { label: t('initiatives.money.remaining'), value: fmt.money(totals.remaining) },
          ]}
        />
        {money && money.budgets.length > 0 && (
          <Table>
            <Table.Caption>{t('initiatives.money.budgets')}</Table.Caption>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('initiatives.money.period')}</Table.Th>
                <Table.Th>{t('initiatives.money.budgetType')}</Table.Th>
                <Table.Th style={{ textAlign: 'right' }}>{t('initiatives.money.value')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {money.budgets.map((b) => (
                <Table.Tr key={b.id}>
                  <Table.Td>{fmt.period(b.periodStart, b.periodEnd, '')}</Table.Td>
                  <Table.Td>{t(`initiatives.budgetType.${b.type}`)}</Table.Td>
                  <Table.Td style={{ textAlign: 'right' }}>{fmt.money(b.value)}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        )}
        {money && money.transactions.length > 0 && (
          <Table>
            <Table.Caption>{t('initiatives.money.transactions')}</Table.Caption>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('initiatives.money.date')}</Table.Th>
                <Table.Th>{t('initiatives.money.type')}</Table.Th>
                <Table.Th style={{ textAlign: 'right' }}>{t('initiatives.money.value')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {money.transactions.map((x) => (
                <Table.Tr key={x.id}>
                  <Table.Td>{fmt.date(x.date)}</Table.Td>
                  <Table.Td>{t(`initiatives.transactionType.${x.type}`)}</Table.Td>
                  <Table.Td style={{ textAlign: 'right' }}>{fmt.money(x.value)}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        )}
        {initiative.abilities.update && <TransactionForm initiative={initiative} />}
      </Stack>
    </Section>
  );
}

function TransactionForm({ initiative }: { initiative: Initiative }) {
  const { t } = useTranslation();
  const add = useAddTransaction(initiative.id);
  const [type, setType] = useState<TransactionType>('3');
  const [date, setDate] = useState('');
  const [amount, setAmount] = useState('');
  const [error, setError] = useState<string | null>(null);
  const submit = async () => {
    setError(null);
    try {
      await add.mutateAsync({ type, date, value: parseDecimalAmount(amount, initiative.currency) });
      toast({ message: t('initiatives.money.recorded'), autoClose: 3000 });
      setAmount('');
    } catch (e) {
      setError(describeError(e, t));
    }
  };
  return (
    <Stack gap="xs">
      <Text fw={600} size="sm">
        {t('initiatives.money.record')}
      </Text>
      <Group align="flex-end">
        <Select
          label={t('initiatives.money.type')}
          allowDeselect={false}
          data={TRANSACTION_TYPES.map((x) => ({ value: x, label: t(`initiatives.transactionType.${x}`) }))}
          value={type}
          onChange={(v) => v && setType(v as TransactionType)}
          w={220}
        />
        <TextInput type="date" label={t('initiatives.money.date')} value={date} onChange={(e) => setDate(e.currentTarget.value)} />
        <TextInput label={t('initiatives.money.amount', { currency: initiative.currency })} inputMode="decimal" value={amount} onChange={(e) => setAmount(e.currentTarget.value)} w={200} error={error} />
        <Button onClick={submit} loading={add.isPending} disabled={!date || !amount}>
          {t('initiatives.money.add')}
        </Button>
      </Group>
    </Stack>
  );
}
