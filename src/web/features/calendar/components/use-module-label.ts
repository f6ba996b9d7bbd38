// The names of the modules that put items on the calendar.
import { useTranslation } from 'react-i18next';

const KNOWN = ['directory', 'meetings', 'consultations', 'initiatives'] as const;
type KnownModule = (typeof KNOWN)[number];
const isKnown = (m: string): m is KnownModule => (KNOWN as readonly string[]).includes(m);

/** Modules that put items on the calendar, whether or not this period has any. */
export const CALENDAR_MODULES: readonly string[] = KNOWN;

/** A module's name in the interface language (its id when it is new to the web app). */
export function useModuleLabel() {
  const { t } = useTranslation();
  return (module: string) => (isKnown(module) ? t(`calendar.modules.${module}`) : module);
}
