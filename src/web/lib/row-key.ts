// Stable React keys for rows added in a form.
let counter = 0;
/** A stable React key for a row added in a form (ids come from the server only after saving). */
export const newRowKey = (): string => `row-${++counter}`;
