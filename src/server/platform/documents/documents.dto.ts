// Documents and their versions as the API answers them, with download addresses.
import type { DocumentVersion } from '../../../shared/documents.ts';
import { abilitiesOn, isMission } from '../access/policy.ts';
import type { RequestContext } from '../context.ts';
import { attachable } from './attachable.ts';
import { documentResource } from './documents.access.ts';
import type { DocumentRow, VersionRow } from './documents.repository.ts';

export const downloadUrl = (documentId: string, version?: number) =>
  version === undefined ? `/api/documents/${documentId}/download` : `/api/documents/${documentId}/versions/${version}/download`;

export function toVersionDto(ctx: RequestContext, v: VersionRow, names: Map<string, string>): DocumentVersion {
  // Outsiders see that someone uploaded a version, not which member of the mission it was.
  const showName = !!ctx.system || isMission(ctx.viewer?.role);
  return {
    version: v.version,
    filename: v.filename,
    mimeType: v.mimeType,
    size: v.size,
    sha256: v.sha256,
    textStatus: v.textStatus,
    uploadedBy: v.uploadedBy ? { id: v.uploadedBy, displayName: showName ? (names.get(v.uploadedBy) ?? null) : null } : null,
    createdAt: v.createdAt.toISOString(),
    downloadUrl: downloadUrl(v.documentId, v.version),
  };
}

export function toDocumentDto(ctx: RequestContext, d: DocumentRow, current: VersionRow | null, names: Map<string, string>) {
  const kind = d.recordType ? attachable(d.recordType) : undefined;
  return {
    id: d.id,
    classification: d.classification,
    sharedWith: { parties: d.sharedParties, organizations: d.sharedOrganizations },
    restrictedTo: d.restrictedTo,
    createdAt: d.createdAt.toISOString(),
    updatedAt: d.updatedAt.toISOString(),
    archivedAt: d.archivedAt?.toISOString() ?? null,
    abilities: abilitiesOn(ctx, documentResource(kind?.externalContributors), d),
    title: d.title,
    record: d.recordType && d.recordId ? { type: d.recordType, id: d.recordId, path: kind?.path(d.recordId) ?? null } : null,
    currentVersion: d.currentVersion,
    current: current ? toVersionDto(ctx, current, names) : null,
    downloadUrl: downloadUrl(d.id),
  };
}
