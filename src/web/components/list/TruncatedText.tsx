// Text cut to its cell's width, whole in a tooltip.
import { Text, Tooltip } from '@mantine/core';
import { type ReactNode, type SyntheticEvent, useEffect, useRef, useState } from 'react';

interface TruncatedTextProps {
  /** The full text, shown in a tooltip when the cell is too narrow for it. */
  text: string;
  children?: ReactNode;
  dimmed?: boolean;
}

const OPEN_DELAY_MS = 300;

/** One line, cut with an ellipsis; hovering or focusing a cut line shows all of it. */
export function TruncatedText({ text, children, dimmed }: TruncatedTextProps) {
  const [opened, setOpened] = useState(false);
  const timer = useRef<number | undefined>(undefined);
  useEffect(() => () => window.clearTimeout(timer.current), []);

  const show = (event: SyntheticEvent<HTMLElement>) => {
    const el = event.currentTarget;
    if (!text || el.scrollWidth <= el.clientWidth + 1) return;
    window.clearTimeout(timer.current);
    timer.current = window.setTimeout(() => setOpened(true), OPEN_DELAY_MS);
  };
  const hide = () => {
    window.clearTimeout(timer.current);
    setOpened(false);
  };

  return (
    <Tooltip label={text} opened={opened} multiline maw={420}>
      <Text size="sm" truncate="end" c={dimmed ? 'dimmed' : undefined} onMouseEnter={show} onMouseLeave={hide} onFocus={show} onBlur={hide}>
        {children ?? text}
      </Text>
    </Tooltip>
  );
}
