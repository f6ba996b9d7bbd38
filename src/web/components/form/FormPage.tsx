// The frame of a page holding a form: "← back", what is being edited, the heading and an introduction.
import { Anchor, Stack, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';

interface FormPageProps {
  title: string;
  /** The record being edited, named above the heading. */
  context?: string;
  intro?: string;
  children: ReactNode;
  onBack?: () => void;
  backLabel?: string;
}

export function FormPage({ title, context, intro, children, onBack, backLabel }: FormPageProps) {
  return (
    <Stack gap="lg">
      <Stack gap={4}>
        {onBack && backLabel && (
          <Anchor component="button" type="button" size="sm" onClick={onBack} w="fit-content">
            ← {backLabel}
          </Anchor>
        )}
        {context && (
          <Text size="sm" c="dimmed">
            {context}
          </Text>
        )}
        <Title order={1} size="h2">
          {title}
        </Title>
        {intro && (
          <Text size="sm" c="dimmed" maw={760}>
            {intro}
          </Text>
        )}
      </Stack>
      {children}
    </Stack>
  );
}
