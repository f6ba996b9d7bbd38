// The register's series: their formats as the numbering service keeps them, and setting a format (the head or an administrator).
import { inArray } from 'drizzle-orm';
import { CORRESPONDENCE_SERIES } from '../../../shared/correspondence.ts';
import { numberFormatSchema } from '../../../shared/numbering.ts';
import { numberSeries } from '../../db/schema/numbering.table.ts';
import type { RequestContext } from '../../platform/context.ts';
import type { Deps } from '../../platform/deps.ts';
import { configureSeries } from '../../platform/records/numbering.ts';
import { badSeriesFormat, seriesForbidden } from './correspondence.errors.ts';
import { mayEditTemplates } from './correspondence.policy.ts';
import { SERIES } from './correspondence.usecases.ts';

/** Both series, as stored once used or configured, else as they will start. */
export async function listSeries(deps: Deps) {
  const keys = CORRESPONDENCE_SERIES.map((d) => SERIES[d].key);
  const rows = await deps.db.select().from(numberSeries).where(inArray(numberSeries.key, keys));
  return {
    items: CORRESPONDENCE_SERIES.map((d) => {
      const r = rows.find((x) => x.key === SERIES[d].key);
      return r ? { key: r.key, format: r.format, perYear: r.perYear, timeZone: r.timeZone } : { ...SERIES[d] };
    }),
  };
}

/** Sets the format of a series (numbers already given keep their codes); counted per year, so the format must hold the year. */
export async function setSeriesFormat(deps: Deps, ctx: RequestContext, direction: (typeof CORRESPONDENCE_SERIES)[number], format: string) {
  if (!mayEditTemplates(ctx)) throw seriesForbidden();
  const parsed = numberFormatSchema.safeParse(format);
  if (!parsed.success) throw badSeriesFormat(parsed.error.issues[0]?.message ?? 'Not a number format');
  if (!/\{yy(yy)?\}/.test(format)) throw badSeriesFormat('The register starts again each year: put the year in the format, as {yyyy} or {yy}.');
  await deps.db.transaction((tx) => configureSeries(tx, ctx, { ...SERIES[direction], format }));
  return listSeries(deps);
}
