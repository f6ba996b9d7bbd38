// The form that adds a dated step to a liaison request, optionally moving its status forward.
import { Button, Group, Select, Stack, Textarea, TextInput } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { requiredField } from '../../../components/form/required.ts';
import { isApiError } from '../../../lib/api-client.ts';
import { useAddStep } from '../api/add-step.ts';
import type { LiaisonRequest, LiaisonStatus } from '../api/types.ts';

const today = () => new Date().toISOString().slice(0, 10);

export function StepForm({ request }: { request: LiaisonRequest }) {
  const { t } = useTranslation();
  const write = useAddStep(request.id);
  const [on, setOn] = useState(today());
  const [action, setAction] = useState('');
  const [status, setStatus] = useState<LiaisonStatus | null>(null);
  const fieldError = (field: string) => (isApiError(write.error) ? write.error.fieldErrors?.find((e) => e.field === field)?.message : undefined);
  const submit = async (e: React.FormEvent) => {
    e.preventDefault();
    await write.mutateAsync({ on, action, status });
    setAction('');
    setStatus(null);
  };
  return (
    <form onSubmit={(e) => void submit(e).catch(() => undefined)} aria-label={t('liaison.steps.add')}>
      <Stack gap="xs">
        <Group align="flex-end" gap="sm">
          <TextInput type="date" label={t('liaison.steps.on')} value={on} onChange={(e) => setOn(e.currentTarget.value)} {...requiredField} w={170} error={fieldError('on')} />
          <Select
            label={t('liaison.steps.moveTo')}
            placeholder={t('liaison.steps.noMove')}
            clearable
            data={request.nextStatuses.map((s) => ({ value: s, label: t(`liaison.status.${s}`) }))}
            value={status}
            onChange={(s) => setStatus(s as LiaisonStatus | null)}
            w={220}
            error={fieldError('status')}
          />
        </Group>
        <Textarea label={t('liaison.steps.action')} value={action} onChange={(e) => setAction(e.currentTarget.value)} {...requiredField} autosize minRows={2} error={fieldError('action')} />
        {isApiError(write.error) && !write.error.fieldErrors?.length && <div role="alert">{write.error.message}</div>}
        <Group>
          <Button type="submit" loading={write.isPending}>
            {t('liaison.steps.add')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
