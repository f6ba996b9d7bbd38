// The interface texts: one namespace per feature (plus `common`), each in <namespace>.en.json and <namespace>.ru.json; a key's first segment names its file.
import commonEn from './common.en.json';
import commonRu from './common.ru.json';
import authEn from './auth.en.json';
import authRu from './auth.ru.json';
import accountEn from './account.en.json';
import accountRu from './account.ru.json';
import organizationsEn from './organizations.en.json';
import organizationsRu from './organizations.ru.json';
import peopleEn from './people.en.json';
import peopleRu from './people.ru.json';
import partiesEn from './parties.en.json';
import partiesRu from './parties.ru.json';
import delegationsEn from './delegations.en.json';
import delegationsRu from './delegations.ru.json';
import initiativesEn from './initiatives.en.json';
import correspondenceEn from './correspondence.en.json';
import correspondenceRu from './correspondence.ru.json';
import initiativesRu from './initiatives.ru.json';
import dialogueEn from './dialogue.en.json';
import dialogueRu from './dialogue.ru.json';
import meetingsEn from './meetings.en.json';
import meetingsRu from './meetings.ru.json';
import consultationsEn from './consultations.en.json';
import consultationsRu from './consultations.ru.json';
import calendarEn from './calendar.en.json';
import calendarRu from './calendar.ru.json';
import searchEn from './search.en.json';
import searchRu from './search.ru.json';
import documentsEn from './documents.en.json';
import documentsRu from './documents.ru.json';
import notificationsEn from './notifications.en.json';
import notificationsRu from './notifications.ru.json';
import auditEn from './audit.en.json';
import auditRu from './audit.ru.json';
import adminEn from './admin.en.json';
import adminRu from './admin.ru.json';
import adminJobsEn from './adminJobs.en.json';
import adminJobsRu from './adminJobs.ru.json';
import liaisonEn from './liaison.en.json';
import liaisonRu from './liaison.ru.json';
import eventsEn from './events.en.json';
import eventsRu from './events.ru.json';
import todayEn from './today.en.json';
import todayRu from './today.ru.json';

/** English: the reference language, whose keys `t()` is type-checked against. */
export const en = {
  common: commonEn,
  auth: authEn,
  account: accountEn,
  organizations: organizationsEn,
  people: peopleEn,
  parties: partiesEn,
  delegations: delegationsEn,
  initiatives: initiativesEn,
  correspondence: correspondenceEn,
  dialogue: dialogueEn,
  meetings: meetingsEn,
  consultations: consultationsEn,
  calendar: calendarEn,
  search: searchEn,
  documents: documentsEn,
  notifications: notificationsEn,
  audit: auditEn,
  admin: adminEn,
  adminJobs: adminJobsEn,
  liaison: liaisonEn,
  events: eventsEn,
  today: todayEn,
};

/** Russian: the same namespaces and keys (checked by test/web-i18n.test.ts). */
export const ru: typeof en = {
  common: commonRu,
  auth: authRu,
  account: accountRu,
  organizations: organizationsRu,
  people: peopleRu,
  parties: partiesRu,
  delegations: delegationsRu,
  initiatives: initiativesRu,
  correspondence: correspondenceRu,
  dialogue: dialogueRu,
  meetings: meetingsRu,
  consultations: consultationsRu,
  calendar: calendarRu,
  search: searchRu,
  documents: documentsRu,
  notifications: notificationsRu,
  audit: auditRu,
  admin: adminRu,
  adminJobs: adminJobsRu,
  liaison: liaisonRu,
  events: eventsRu,
  today: todayRu,
};
