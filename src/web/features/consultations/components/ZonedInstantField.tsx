// A date and time on the clocks of a chosen zone (a deadline), with the zone beside it.
import { Group, Select, Stack, Text, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { requiredField } from '../../../components/form/required.ts';
import { COMMON_ZONES, ownZone, wallTimeToInstant, zoneOffsetMinutes } from '../../../lib/zoned-time.ts';
import { useInstantText } from '../lib/time.ts';

interface Props {
  /** Ids of the two inputs, for the error summary. */
  ids: { wall: string; zone: string };
  label: string;
  description?: string;
  wall: string;
  timeZone: string;
  onWallChange: (wall: string) => void;
  onZoneChange: (zone: string) => void;
  error?: string;
  required?: boolean;
  /** The zone field can be left out where the zone is fixed (an extension keeps the procedure's zone). */
  zoneFixed?: boolean;
}

/**
 * A date and time on the clocks of a named zone, with the resulting instant
 * shown on the viewer's own clocks as they type (when those differ).
 */
export function ZonedInstantField({ ids, label, description, wall, timeZone, onWallChange, onZoneChange, error, required, zoneFixed }: Props) {
  const { t } = useTranslation();
  const text = useInstantText();
  const zones = (COMMON_ZONES as readonly string[]).includes(timeZone) ? [...COMMON_ZONES] : [timeZone, ...COMMON_ZONES];
  const instant = wallTimeToInstant(wall, timeZone);
  return (
    <Stack gap={4}>
      <Group align="flex-start" gap="sm" wrap="wrap">
        <TextInput
          id={ids.wall}
          type="datetime-local"
          label={label}
          description={description ?? t('consultations.form.inZone', { zone: timeZone })}
          {...(required ? requiredField : {})}
          value={wall}
          onChange={(e) => onWallChange(e.currentTarget.value)}
          error={error}
          style={{ flex: '1 1 240px' }}
          maw={320}
        />
        {!zoneFixed && (
          <Select
            id={ids.zone}
            label={t('consultations.fields.timeZone')}
            data={zones}
            searchable
            allowDeselect={false}
            value={timeZone}
            onChange={(v) => v && onZoneChange(v)}
            style={{ flex: '1 1 200px' }}
            maw={280}
          />
        )}
      </Group>
      {/* The instant on the viewer's own clock, only when that clock differs from the zone's. */}
      {instant && zoneOffsetMinutes(new Date(instant), ownZone()) !== zoneOffsetMinutes(new Date(instant), timeZone) && (
        <Text size="sm" c="dimmed" aria-live="polite">
          {t('consultations.form.resultingInstant', { mine: text.mine(instant) })}
        </Text>
      )}
    </Stack>
  );
}
