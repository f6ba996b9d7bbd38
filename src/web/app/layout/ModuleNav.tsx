// The modules this user has across the top of every page: as many links as the header has room for, the rest under "More".
import { Box, Menu, UnstyledButton } from '@mantine/core';
import { IconChevronDown } from '@tabler/icons-react';
import { Link, useNavigate } from '@tanstack/react-router';
import { useLayoutEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Me } from '../../../shared/auth.ts';
import classes from './AppLayout.module.css';
import { availableModules, type ModuleEntry } from './modules.ts';
import { splitModules } from './module-overflow.ts';

/** The gap between two links, in pixels (as in the CSS). */
const GAP = 4;
/** The row's padding left and right together (room for the focus ring). */
const ROW_PADDING = 4;

/**
 * The modules this user has, across the top of every page (from the tablet's
 * width up). Whatever does not fit beside the search and the user's controls
 * goes under a "More" menu, so that any number of modules, in any language,
 * keeps the header on one line; the current module is always among the links.
 */
export function ModuleNav({ me, current }: { me: Me | null; current: ModuleEntry | null }) {
  const { t, i18n } = useTranslation();
  const navigate = useNavigate();
  const modules = availableModules(me);
  const rowRef = useRef<HTMLDivElement>(null);
  const measureRef = useRef<HTMLDivElement>(null);
  const [fitting, setFitting] = useState(modules.length);

  // Measure every link (in a hidden copy of the row) and keep as many as fit in the room the header leaves;
  // again whenever that room or the links' widths change (another language, more modules once signed in).
  useLayoutEffect(() => {
    const row = rowRef.current;
    const measure = measureRef.current;
    if (!row || !measure) return;
    const refit = () => {
      const items = [...measure.children] as HTMLElement[];
      const more = items.pop();
      const widths = items.map((el) => el.getBoundingClientRect().width);
      setFitting(splitModules(widths, more?.getBoundingClientRect().width ?? 0, row.clientWidth - ROW_PADDING, GAP));
    };
    refit();
    const observer = new ResizeObserver(refit);
    observer.observe(row);
    observer.observe(measure);
    return () => observer.disconnect();
  }, []);

  const shown = modules.slice(0, fitting);
  const currentIndex = current ? modules.findIndex((m) => m.id === current.id) : -1;
  // The current module stays in sight: it takes the last place in the row when it would fall under "More".
  if (currentIndex >= fitting && fitting > 0) shown.splice(fitting - 1, 1, modules[currentIndex] as ModuleEntry);
  const overflow = modules.filter((m) => !shown.includes(m));
  const isCurrent = (m: ModuleEntry) => current?.id === m.id;

  return (
    <Box component="nav" aria-label={t('common.nav.modules')} className={classes.moduleNav} visibleFrom="md">
      <div ref={rowRef} className={classes.moduleRow}>
        {shown.map((m) => (
          <Link
            key={m.id}
            to={m.home(me)}
            className={classes.moduleLink}
            data-active={isCurrent(m) || undefined}
            aria-current={isCurrent(m) ? 'page' : undefined}
            activeProps={{}}
          >
            {t(m.label)}
          </Link>
        ))}
        {overflow.length > 0 && (
          <Menu position="bottom-start" shadow="md">
            <Menu.Target>
              <UnstyledButton className={classes.moduleLink} lang={i18n.language}>
                <span className={classes.moreLabel}>
                  {t('common.nav.more')}
                  <IconChevronDown size={14} aria-hidden />
                </span>
              </UnstyledButton>
            </Menu.Target>
            <Menu.Dropdown>
              {overflow.map((m) => (
                <Menu.Item
                  key={m.id}
                  component="a"
                  href={m.home(me)}
                  aria-current={isCurrent(m) ? 'page' : undefined}
                  onClick={(event) => {
                    if (event.metaKey || event.ctrlKey || event.shiftKey || event.button !== 0) return;
                    event.preventDefault();
                    navigate({ to: m.home(me) });
                  }}
                >
                  {t(m.label)}
                </Menu.Item>
              ))}
            </Menu.Dropdown>
          </Menu>
        )}
      </div>
      {/* A copy of every link, out of sight and out of the accessibility tree, only to measure them. */}
      <div ref={measureRef} className={classes.moduleMeasure} aria-hidden>
        {modules.map((m) => (
          <span key={m.id} className={classes.moduleLink} data-active>
            {t(m.label)}
          </span>
        ))}
        <span className={classes.moduleLink}>
          <span className={classes.moreLabel}>
            {t('common.nav.more')}
            <IconChevronDown size={14} aria-hidden />
          </span>
        </span>
      </div>
    </Box>
  );
}
