// A meeting's export tab: the full record as DOCX or PDF, in English or Russian.
import { Button, Group, SegmentedControl, Stack, Text } from '@mantine/core';
import { IconFileText, IconFileTypePdf } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Meeting } from '../api/types.ts';

/** The full record as DOCX or PDF, in English or Russian. */
export function ExportTab({ meeting }: { meeting: Meeting }) {
  const { t, i18n } = useTranslation();
  const [lang, setLang] = useState<'en' | 'ru'>(i18n.language === 'ru' ? 'ru' : 'en');
  const href = (format: 'docx' | 'pdf') => `/api/meetings/${encodeURIComponent(meeting.id)}/export.${format}?lang=${lang}`;
  return (
    <Stack gap="md" maw={640}>
      <Text size="sm">{t('meetings.export.intro')}</Text>
      <Stack gap={4}>
        <Text size="sm" fw={500} id="export-language-label">
          {t('meetings.export.language')}
        </Text>
        <SegmentedControl
          aria-labelledby="export-language-label"
          w="fit-content"
          data={[
            { value: 'en', label: t('common.languages.en') },
            { value: 'ru', label: t('common.languages.ru') },
          ]}
          value={lang}
          onChange={(v) => setLang(v === 'ru' ? 'ru' : 'en')}
        />
      </Stack>
      <Group>
        <Button component="a" href={href('docx')} download leftSection={<IconFileText size={16} aria-hidden />}>
          {t('meetings.export.docx')}
        </Button>
        <Button component="a" href={href('pdf')} download variant="default" leftSection={<IconFileTypePdf size={16} aria-hidden />}>
          {t('meetings.export.pdf')}
        </Button>
      </Group>
    </Stack>
  );
}
