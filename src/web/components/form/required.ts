// Marks a form field as required, with an asterisk that screen readers do not read out.
/**
 * Marks a field as required. The asterisk is drawn by CSS with empty alternative
 * text, so the label's text (and the field's accessible name) stays exactly the
 * visible label, e.g. "Name (English)".
 */
export const requiredField = { labelProps: { mod: { required: true } }, 'aria-required': true } as const;
