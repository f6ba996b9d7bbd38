// A new comment in the thread, with mentions and, for the mission, a note delegations never see.
import { MultiSelect, Stack, Switch, Textarea, Button, Group } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ErrorSummary } from '../../../components/form/ErrorSummary.tsx';
import { requiredField } from '../../../components/form/required.ts';
import { errorFor, type FieldErrors, fieldId, useForm } from '../../../lib/form.ts';
import { toast } from '../../../lib/toast.ts';
import { useAddComment } from '../api/add-comment.ts';
import { useMentionable } from '../api/get-mentionable.ts';
import type { Consultation } from '../api/types.ts';
import { usePartyName } from '../lib/party-name.ts';

const FORM_ID = 'comment';

/** A comment, with people to notify and, for the mission, the choice of a note delegations never see. */
export function CommentForm({ consultation: c, versionId }: { consultation: Consultation; versionId: string | null }) {
  const { t } = useTranslation();
  const partyName = usePartyName();
  const add = useAddComment(c.id);
  const form = useForm({
    initialValues: { body: '', mentions: [] as string[], missionOnly: false },
    validate: (v) => {
      const errors: FieldErrors = {};
      if (!v.body.trim()) errors.body = t('consultations.thread.errors.body');
      return errors;
    },
    t,
  });
  const { values, setValue, setAll, errors } = form;
  const note = c.can.missionNote && values.missionOnly;
  const mentionable = useMentionable(c.id, note, versionId).data?.items ?? [];
  const id = (p: string) => fieldId(FORM_ID, p);
  const options = mentionable.map((m) => ({ value: m.id, label: m.partyCode ? `${m.displayName} (${partyName(m.partyCode)})` : m.displayName }));

  return (
    <form
      noValidate
      onSubmit={form.handleSubmit(async (v) => {
        // A note delegations never see notifies only those who may read it (the list offered for it).
        const mentions = v.mentions.filter((m) => mentionable.some((o) => o.id === m));
        await add.mutateAsync({ body: v.body.trim(), versionId, missionOnly: note, mentions });
        setAll({ body: '', mentions: [], missionOnly: v.missionOnly });
        toast({ message: t('consultations.thread.posted'), autoClose: 3000 });
      })}
    >
      <Stack gap="sm">
        <ErrorSummary ref={form.summaryRef} formId={FORM_ID} errors={errors} formError={form.formError} />
        <Textarea
          id={id('body')}
          label={versionId ? t('consultations.thread.commentOnVersion') : t('consultations.thread.comment')}
          {...requiredField}
          autosize
          minRows={3}
          value={values.body}
          onChange={(e) => setValue('body', e.currentTarget.value)}
          error={errorFor(errors, 'body')}
        />
        <MultiSelect
          id={id('mentions')}
          label={t('consultations.thread.mention')}
          description={t('consultations.thread.mentionHint')}
          data={options}
          searchable
          clearable
          value={values.mentions}
          onChange={(v) => setValue('mentions', v)}
          error={errorFor(errors, 'mentions')}
          nothingFoundMessage={t('common.pickers.nothingFound')}
        />
        {c.can.missionNote && (
          <Switch
            label={t('consultations.thread.missionOnly')}
            description={t('consultations.thread.missionOnlyHint')}
            checked={values.missionOnly}
            onChange={(e) => setValue('missionOnly', e.currentTarget.checked)}
          />
        )}
        <Group>
          <Button type="submit" loading={form.submitting}>
            {values.missionOnly && c.can.missionNote ? t('consultations.thread.postNote') : t('consultations.thread.post')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
