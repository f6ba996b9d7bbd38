// One version: read-only once circulated; a draft the mission can edit and circulate.
import { Button, Group, Stack, Text } from '@mantine/core';
import { IconSend } from '@tabler/icons-react';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ConfirmDialog } from '../../../components/ConfirmDialog.tsx';
import { QueryError } from '../../../components/QueryError.tsx';
import { describeError } from '../../../lib/form.ts';
import { toast } from '../../../lib/toast.ts';
import { RichTextEditor } from '../../../components/rich-text/RichTextEditor.tsx';
import type { Consultation, ConsultationVersion } from '../api/types.ts';
import { useCirculateVersion } from '../api/circulate-version.ts';
import { useUpdateVersion } from '../api/update-version.ts';
import { useVersion } from '../api/get-version.ts';
import { usePartyName } from '../lib/party-name.ts';
import { useInstantText } from '../lib/time.ts';
import { consultationTitle } from './consultation-title.ts';

/** One version: read-only once circulated; a draft can be edited and circulated by the mission. */
export function VersionPanel({ consultation: c, versionId }: { consultation: Consultation; versionId: string }) {
  const query = useVersion(c.id, versionId);
  if (query.isError) return <QueryError error={query.error} onRetry={() => query.refetch()} />;
  if (!query.data) return null;
  return <VersionBody key={query.data.id} consultation={c} version={query.data} />;
}

function VersionBody({ consultation: c, version: v }: { consultation: Consultation; version: ConsultationVersion }) {
  const { t, i18n } = useTranslation();
  const text = useInstantText();
  const partyName = usePartyName();
  const update = useUpdateVersion(c.id);
  const circulate = useCirculateVersion(c.id);
  const [draft, setDraft] = useState(v.content);
  const [asking, setAsking] = useState(false);
  useEffect(() => setDraft(v.content), [v.content]);
  const isDraft = !v.circulatedAt;
  const editable = isDraft && c.abilities.update && (c.status === 'draft' || c.status === 'open');
  const dirty = draft !== v.content;
  const label = t('consultations.text.versionLabel', { number: v.number, title: consultationTitle(c, i18n.language) });

  const save = async () => {
    try {
      await update.mutateAsync({ versionId: v.id, content: draft });
      toast({ message: t('consultations.text.saved', { number: v.number }), autoClose: 3000 });
    } catch (error) {
      toast({ color: 'red', title: t('consultations.text.notSaved'), message: describeError(error, t), autoClose: false });
    }
  };
  const doCirculate = async () => {
    try {
      if (dirty) await update.mutateAsync({ versionId: v.id, content: draft });
      await circulate.mutateAsync(v.id);
      setAsking(false);
      toast({ message: t('consultations.text.circulated', { number: v.number }), autoClose: 4000 });
    } catch (error) {
      setAsking(false);
      toast({ color: 'red', title: t('consultations.text.notCirculated'), message: describeError(error, t), autoClose: false });
    }
  };

  return (
    <Stack gap="sm">
      <Text size="sm" c="dimmed">
        {v.circulatedAt
          ? t('consultations.text.circulatedAt', { zoned: text.inZone(v.circulatedAt, c.timeZone) })
          : t('consultations.text.draftNote')}
        {v.note && ` · ${v.note}`}
      </Text>
      <RichTextEditor label={label} content={draft} editable={editable} onChange={setDraft} resetKey={v.id} />
      {editable && (
        <Group gap="sm">
          <Button variant="default" onClick={save} loading={update.isPending && !asking} disabled={!dirty}>
            {t('consultations.text.save')}
          </Button>
          {c.can.circulate && (
            <Button leftSection={<IconSend size={16} aria-hidden />} onClick={() => setAsking(true)}>
              {t('consultations.text.circulate')}
            </Button>
          )}
        </Group>
      )}
      {v.acknowledgements.length > 0 && (
        <Text size="xs" c="dimmed">
          {t('consultations.text.receivedBy', {
            list: v.acknowledgements.map((a) => `${partyName(a.partyCode)} ${text.timeIn(a.at, c.timeZone)} ${text.zoneName(a.at, c.timeZone)}`).join(', '),
          })}
        </Text>
      )}
      <ConfirmDialog
        opened={asking}
        title={t('consultations.text.circulateQuestion', { number: v.number, title: consultationTitle(c, i18n.language) })}
        message={c.status === 'draft' ? t('consultations.text.circulateFirstExplained') : t('consultations.text.circulateExplained')}
        confirmLabel={t('consultations.text.circulate')}
        loading={circulate.isPending}
        onConfirm={doCirculate}
        onCancel={() => setAsking(false)}
      />
    </Stack>
  );
}
