// Records, once per version, that the viewer's delegation has opened a circulated text.
import { useEffect, useRef } from 'react';
import { useMe } from '../../../lib/auth.ts';
import type { Consultation } from '../api/types.ts';
import { useAcknowledgeVersion } from '../api/acknowledge-version.ts';

/** Versions this tab has already acknowledged, per user, so each is sent once. */
const sent = new Set<string>();

/**
 * When a delegate on the list opens the consultation, their delegation's
 * receipt of the current circulated version is recorded (once).
 */
export function useAcknowledgeOnOpen(c: Consultation | undefined) {
  const me = useMe();
  const acknowledge = useAcknowledgeVersion(c?.id ?? '');
  const mutate = useRef(acknowledge.mutate);
  mutate.current = acknowledge.mutate;
  const versionId = c?.currentVersion?.circulatedAt ? c.currentVersion.id : null;
  const userId = me?.user.role === 'delegate' && c?.myParty?.onList ? me.user.id : null;
  useEffect(() => {
    if (!userId || !versionId) return;
    const key = `${userId}:${versionId}`;
    if (sent.has(key)) return;
    sent.add(key);
    mutate.current(versionId, { onError: () => sent.delete(key) });
  }, [userId, versionId]);
}
