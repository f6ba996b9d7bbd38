import { Text, Tooltip } from '@mantine/core';
import { type ReactNode, type SyntheticEvent, useState } from 'react';

interface TruncatedTextProps {
  /** The full text, shown in a tooltip when the cell is too narrow for it. */
  text: string;
  children?: ReactNode;
  dimmed?: boolean;
}

export function TruncatedText({ text, children, dimmed }: TruncatedTextProps) {
  const [overflowing, setOverflowing] = useState(false);
  const measure = (event: SyntheticEvent<HTMLElement>) => {
    const el = event.currentTarget;
    setOverflowing(el.scrollWidth > el.clientWidth + 1);
  };
  return (
    <Tooltip label={text} disabled={!overflowing || !text} multiline maw={420} events={{ hover: true, focus: true, touch: false }}>
      <Text size="sm" truncate="end" c={dimmed ? 'dimmed' : undefined} onMouseEnter={measure} onFocus={measure}>
        {children ?? text}
      </Text>
    </Tooltip>
  );
}
