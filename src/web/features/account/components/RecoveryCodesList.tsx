// The recovery codes, shown once after they are made, with the advice to keep them safe.
import { Alert, Button, List, Stack, Text } from '@mantine/core';
import { IconKey } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { READABLE_ALERT } from './alert-styles.ts';

export function RecoveryCodesList({ codes, onDone }: { codes: string[]; onDone: () => void }) {
  const { t } = useTranslation();
  return (
    <Alert color="yellow" icon={<IconKey size={18} aria-hidden />} title={t('account.codes.title')} variant="light" styles={READABLE_ALERT}>
      <Stack gap="sm">
        <Text size="sm">{t('account.codes.intro')}</Text>
        <List aria-label={t('account.codes.listLabel')} spacing={2} ff="monospace" size="sm">
          {codes.map((c) => (
            <List.Item key={c}>{c}</List.Item>
          ))}
        </List>
        <Button variant="default" onClick={onDone} w="fit-content">
          {t('account.codes.saved')}
        </Button>
      </Stack>
    </Alert>
  );
}
