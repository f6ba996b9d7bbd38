// A tinted badge whose text keeps the normal text colour, so every tone meets AA contrast.
import { Badge, type BadgeProps } from '@mantine/core';

/**
 * A tinted badge whose text keeps the normal text colour, so every tone meets
 * AA contrast in both colour schemes; the word carries the meaning, the tint helps.
 */
export function ToneBadge({ color, children, ...props }: BadgeProps & { children: React.ReactNode; title?: string }) {
  return (
    <Badge
      variant="light"
      color={color}
      radius="sm"
      tt="none"
      fw={600}
      styles={{ root: { color: 'var(--mantine-color-text)', maxWidth: '100%' }, label: { overflow: 'hidden', textOverflow: 'ellipsis' } }}
      {...props}
    >
      {children}
    </Badge>
  );
}
