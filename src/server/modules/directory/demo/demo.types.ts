// Shapes of the demo directory data, whose records refer to each other by readable keys.
/**
 * Shapes of the demo directory data (parties, organisations, people,
 * delegations, demo accounts). Records refer to each other by readable `key`s;
 * the seed turns keys into ids. Provenance rules: demo-data.md §0.
 */
import type { z } from 'zod';
import type { partyInputSchema } from '../../../../shared/directory.ts';
import type { Names } from '../../../../shared/names.ts';

type Access = {
  classification: 'public' | 'mission' | 'shared' | 'restricted';
  /** Party codes a `shared` record is shared with. */
  sharedParties?: string[];
  /** Keys of organisations a `shared` record is shared with. */
  sharedOrgKeys?: string[];
  /** demo account e-mails a restricted record is open to */
  restrictedToEmails?: string[];
};

type Prov = { provenance: 'REAL' | 'MIXED' | 'INVENTED' | 'UNVERIFIED'; sourceUrl?: string };

export type DemoParty = Omit<
  z.input<typeof partyInputSchema>,
  'classification' | 'sharedWith' | 'restrictedTo' | 'provenance' | 'sourceUrl' | 'names'
> & { names: Names } &
  Access &
  Prov;

export type DemoOrganization = Access &
  Prov & {
    key: string;
    names: Names;
    nameLocal?: string;
    acronym?: string;
    kind:
      | 'government_ministry'
      | 'permanent_mission'
      | 'secretariat'
      | 'regional_organization'
      | 'agency'
      | 'academic'
      | 'other';
    countryCode?: string;
    parentKey?: string;
    website?: string;
    address?: string;
  };

export type DemoPerson = Access &
  Prov & {
    key: string;
    fullName: string;
    nameLatin?: string;
    nameRu?: string;
    honorific?: string;
    email?: string;
    phone?: string;
    languages: string[];
    notes?: string;
    posts: { orgKey: string; title: string; fromDate?: string; toDate?: string }[];
  };

export type DemoDelegation = Access &
  Prov & {
    key: string;
    partyCode: string;
    names: Names;
    orgKey?: string;
    headKey?: string;
    members: { personKey: string; title?: string; fromDate?: string; toDate?: string }[];
  };

export type DemoAccount = {
  email: string;
  displayName: string;
  language: 'en' | 'ru';
  role: 'admin' | 'head' | 'staff' | 'delegate' | 'liaison';
  partyCode?: string;
  orgKey?: string;
};
