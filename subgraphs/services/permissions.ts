import { roles, type PolicyOptions } from '../../policy/shield';
import { peopleBy } from '../host/entry-people';

const applicant = peopleBy('id', 'select nik from services.application where id = ?', (id) =>
  /^[0-9a-f-]{36}$/.test(id) ? id : undefined,
);

const complainant = peopleBy('id', 'select nik from services.complaint where id = ?', (id) =>
  /^[0-9a-f-]{36}$/.test(id) ? id : undefined,
);

/**
 * The services subgraph's access map beyond its `@sensitive` scopes: an application is its applicant's data
 * wherever it appears (a work queue lists many people, each decided and recorded for them); an application id
 * names its applicant, so reading or deciding it is on the applicant's access log; only officers work queues
 * and decide, and answer complaints. What a citizen does about themselves (their notifications, complaints and
 * surveys) only citizens do, for themselves. The catalogue, the satisfaction index and the performance reports
 * are counts and descriptions, for anyone signed in.
 */
export const servicesPolicy: PolicyOptions = {
  personTypes: ['ServiceApplication', 'Complaint'],
  aboutCaller: [
    'Mutation.setNotificationEmail',
    'Mutation.markNotificationsRead',
    'Mutation.fileComplaint',
    'Mutation.closeComplaint',
    'Mutation.answerSatisfactionSurvey',
  ],
  entryPeople: {
    'Query.serviceApplication': applicant,
    'Mutation.decideServiceApplication': applicant,
    'Mutation.respondToComplaint': complainant,
  },
  fieldRules: {
    Query: { serviceQueue: roles('officer'), complaintQueue: roles('officer'), laporExport: roles('officer') },
    Mutation: {
      decideServiceApplication: roles('officer'),
      respondToComplaint: roles('officer'),
      setNotificationEmail: roles('citizen'),
      markNotificationsRead: roles('citizen'),
      fileComplaint: roles('citizen'),
      closeComplaint: roles('citizen'),
      answerSatisfactionSurvey: roles('citizen'),
    },
  },
};
