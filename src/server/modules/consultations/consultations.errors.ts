import { conflict, forbidden, notFound } from '../../platform/errors.ts';

export const consultationNotFound = () => notFound('consultation');
export const versionNotFound = () => notFound('consultation_version');
export const consultationWriteForbidden = () => forbidden('consultation.write_forbidden', 'You may not change this consultation.');
export const consultationDecided = (status: string) =>
  conflict('consultation.decided', `The consultation is already decided (${status.replaceAll('_', ' ')}); nothing more can be recorded on it.`);
