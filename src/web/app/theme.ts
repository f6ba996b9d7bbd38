// The Mantine theme: one accent colour, and text and error colours dark enough for AA contrast.
import { type CSSVariablesResolver, createTheme, Fieldset, Tooltip } from '@mantine/core';

const systemSans =
  'system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", "Noto Sans Thai", "Liberation Sans", "Helvetica Neue", Arial, sans-serif, "Apple Color Emoji", "Segoe UI Emoji"';

export const theme = createTheme({
  primaryColor: 'blue',
  // Shade 8 keeps white text on filled buttons above the AA contrast ratio.
  primaryShade: { light: 8, dark: 8 },
  fontFamily: systemSans,
  fontFamilyMonospace: 'ui-monospace, "SFMono-Regular", "DejaVu Sans Mono", Menlo, Consolas, monospace',
  headings: { fontFamily: systemSans, fontWeight: '650' },
  defaultRadius: 'sm',
  cursorType: 'pointer',
  focusRing: 'auto',
  components: {
    Tooltip: Tooltip.extend({ defaultProps: { openDelay: 250, withArrow: true } }),
    Fieldset: Fieldset.extend({ styles: { legend: { fontWeight: 650 } } }),
  },
});

/** Darker secondary text and error colours than the defaults, for AA contrast. */
export const cssVariablesResolver: CSSVariablesResolver = () => ({
  variables: {},
  light: {
    '--mantine-color-dimmed': 'var(--mantine-color-gray-7)',
    '--mantine-color-error': 'var(--mantine-color-red-9)',
    '--mantine-color-placeholder': 'var(--mantine-color-gray-6)',
    // Hovering an active (light) item keeps its blue text above 4.5:1.
    '--mantine-color-blue-light-hover': 'var(--mantine-color-blue-1)',
  },
  dark: {
    '--mantine-color-dimmed': 'var(--mantine-color-dark-1)',
    '--mantine-color-error': 'var(--mantine-color-red-4)',
  },
});
