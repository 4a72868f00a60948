/* eslint-disable */
import * as types from './graphql';



/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "fragment WebApplications on Citizen {\n  applications {\n    id type status submittedAt issuedSip\n    practiceLocation { name regencyCode }\n    unmetRequirements\n    history { status at note }\n  }\n}": typeof types.WebApplicationsFragmentDoc,
    "mutation WebApplyForSip($nik: NIK!, $location: PracticeLocationInput!) {\n  applyForLicence(nik: $nik, type: SIP, practiceLocation: $location) { id status unmetRequirements }\n}": typeof types.WebApplyForSipDocument,
    "mutation WebReviewApplication($id: ID!, $decision: ReviewDecision!, $note: String) {\n  reviewLicenceApplication(id: $id, decision: $decision, note: $note) { id status issuedSip }\n}": typeof types.WebReviewApplicationDocument,
    "query WebAccessEvents($filter: AccessEventFilter!, $after: String) {\n  accessEvents(filter: $filter, first: 100, after: $after) {\n    events { position at kind actorRole actorSubject clientId purpose nik decision basis scopes refusedScopes }\n    hasMore endCursor\n  }\n}": typeof types.WebAccessEventsDocument,
    "query WebCheckpoint { accessLogCheckpoint { size root at keyId signature publicKey } }": typeof types.WebCheckpointDocument,
    "query WebBreachScope($clientId: String!, $from: DateTimeISO!, $to: DateTimeISO!) {\n  breachScope(clientId: $clientId, from: $from, to: $to) {\n    affectedPeople\n    categories { scope description }\n    subjects { nik releases firstRelease lastRelease categories { scope } }\n  }\n}": typeof types.WebBreachScopeDocument,
    "fragment WebLogPage on AccessLogPage {\n  entries {\n    position at kind role decision legalBasis\n    client { name }\n    purpose { code name }\n    categories { scope description }\n    refusedCategories { scope description }\n    inclusion { leafHash leafIndex path checkpoint { size root at signature publicKey } }\n  }\n  hasMore endCursor\n}": typeof types.WebLogPageFragmentDoc,
    "query WebMyOlderLog($after: String) { me { accessLog(first: 50, after: $after) { ...WebLogPage } } }": typeof types.WebMyOlderLogDocument,
    "query WebMyData {\n  me {\n    nik\n    citizen { ...WebProfile ...WebApplications address { village { code } } }\n    accessLog(first: 50) { ...WebLogPage }\n    consents { id status scopes validUntil receipt client { name } purpose { code name } }\n    ...WebPendingRequests\n    ...WebMyRights\n  }\n  scopes { name description sensitivity }\n}": typeof types.WebMyDataDocument,
    "mutation WebRevokeConsent($id: ID!) { revokeConsent(id: $id) { id status } }": typeof types.WebRevokeConsentDocument,
    "fragment WebPendingRequests on Me {\n  consentRequests(status: PENDING) {\n    id scopes requestedAt expiresAt client { name agency } purpose { code name description }\n  }\n}": typeof types.WebPendingRequestsFragmentDoc,
    "mutation WebAnswerConsentRequest($id: ID!, $approve: Boolean!) {\n  answerConsentRequest(id: $id, approve: $approve) { id status }\n}": typeof types.WebAnswerConsentRequestDocument,
    "mutation WebRequestConsent($nik: NIK!) { requestConsent(nik: $nik) { id status expiresAt } }": typeof types.WebRequestConsentDocument,
    "mutation WebRequestCorrection($field: String!, $proposedValue: String!, $evidence: String!) {\n  requestCorrection(field: $field, proposedValue: $proposedValue, evidence: $evidence) { id field agency dueAt }\n}": typeof types.WebRequestCorrectionDocument,
    "mutation WebRequestDataExport {\n  requestDataExport {\n    id createdAt format document signature keyId publicKey\n    files { name agency mediaType content sha256 }\n  }\n}": typeof types.WebRequestDataExportDocument,
    "query WebCatalogue {\n  clients { id name agency active }\n  purposes { code name description active }\n  scopes { name description sensitivity }\n}": typeof types.WebCatalogueDocument,
    "mutation WebGrantConsent($input: GrantConsentInput!) { grantConsent(input: $input) { id status } }": typeof types.WebGrantConsentDocument,
    "query WebCorrectionQueue {\n  correctionQueue(first: 50) {\n    id field scope agency proposedValue evidence status receivedAt dueAt overdue citizen { nik fullName }\n  }\n}": typeof types.WebCorrectionQueueDocument,
    "mutation WebAnswerCorrection($id: ID!, $accept: Boolean!, $reason: String!) {\n  answerCorrection(id: $id, accept: $accept, reason: $reason) { id field status }\n}": typeof types.WebAnswerCorrectionDocument,
    "query WebEligibilityObjections {\n  eligibilityObjections(status: OPEN, first: 50) {\n    id programme eligible ruleVersion inputs { ...WebDecisionInputs } reason receivedAt dueAt overdue\n    citizen { nik fullName }\n  }\n}": typeof types.WebEligibilityObjectionsDocument,
    "mutation WebReviewEligibilityObjection($id: ID!, $outcome: ObjectionOutcome!, $reason: String!) {\n  reviewEligibilityObjection(id: $id, outcome: $outcome, reason: $reason) { id programme outcome }\n}": typeof types.WebReviewEligibilityObjectionDocument,
    "fragment WebPendingCorrections on Citizen { pendingCorrections { field agency receivedAt dueAt } }": typeof types.WebPendingCorrectionsFragmentDoc,
    "query WebLookup($nik: NIK!) { citizen(nik: $nik) { ...WebProfile ...WebPendingCorrections } }": typeof types.WebLookupDocument,
    "query WebLicensingLookup($nik: NIK!) {\n  citizen(nik: $nik) { ...WebProfile ...WebPendingCorrections ...WebApplications }\n}": typeof types.WebLicensingLookupDocument,
    "query WebCohort($filter: CohortFilter!, $groupBy: [Dimension!]!, $unit: CohortUnit!) {\n  cohort(filter: $filter, groupBy: $groupBy, unit: $unit) {\n    asOf minCellSize maxPerturbation\n    total { count }\n    cells { coordinates { dimension value } count share suppressed }\n  }\n}": typeof types.WebCohortDocument,
    "fragment WebProfile on Citizen {\n  fullName\n  birthDate\n  source { agency system asOf }\n  address { street village { name district { regency { name } } } }\n  household { welfareDecile source { agency system asOf } }\n  taxProfile { status source { agency system asOf } }\n  bpjsMembership { status careClass source { agency system asOf } }\n  licences { sips { number practiceLocation source { agency system asOf } } }\n}": typeof types.WebProfileFragmentDoc,
    "query WebPerformanceReport($regencyCode: String!, $from: String!, $to: String!) {\n  performanceReport(regencyCode: $regencyCode, from: $from, to: $to) {\n    mpp { id name regencyCode }\n    satisfaction { respondents converted grade gradeName }\n    services {\n      service submitted byStatus { status count } completed completedWithinStandard shareWithinStandard\n      medianProcessingDays overdue complaints complaintsAnswered complaintsAnsweredInTime\n      medianComplaintResolutionDays\n      satisfaction { respondents converted grade gradeName }\n    }\n  }\n}": typeof types.WebPerformanceReportDocument,
    "fragment WebMyRights on Me {\n  corrections { id field scope agency proposedValue evidence status receivedAt dueAt overdue answeredAt answer }\n  citizen {\n    fullName sex birthPlace birthDate religion maritalStatus occupation education\n    address { street rt rw }\n    household { welfareDecile }\n    taxProfile { npwp }\n    eligibility {\n      decisions {\n        programme eligible ruleVersion status final\n        inputs { ...WebDecisionInputs }\n        objection { id status outcome reason reviewReason receivedAt dueAt reviewedAt overdue }\n      }\n    }\n  }\n}": typeof types.WebMyRightsFragmentDoc,
    "fragment WebDecisionInputs on DecisionInputs { welfareDecile maxDecile excludedSectors memberSectors }": typeof types.WebDecisionInputsFragmentDoc,
    "mutation WebObjectToEligibility($programme: Programme!, $reason: String!) {\n  objectToEligibility(programme: $programme, reason: $reason) { id programme status dueAt }\n}": typeof types.WebObjectToEligibilityDocument,
    "query WebMppsOfRegency($regencyCode: String!) {\n  services(regencyCode: $regencyCode) { service name mpp { id name regencyCode address } }\n}": typeof types.WebMppsOfRegencyDocument,
    "query WebServiceQueue($mppId: String!, $service: ServiceCode) {\n  serviceQueue(mppId: $mppId, service: $service, first: 100) { ...WebServiceApplication }\n}": typeof types.WebServiceQueueDocument,
    "mutation WebDecideServiceApplication($id: ID!, $decision: ServiceDecision!, $note: String) {\n  decideServiceApplication(id: $id, decision: $decision, note: $note) { ...WebServiceApplication }\n}": typeof types.WebDecideServiceApplicationDocument,
    "query WebComplaintQueue($mppId: String!) {\n  complaintQueue(mppId: $mppId, first: 100) { ...WebComplaint }\n}": typeof types.WebComplaintQueueDocument,
    "mutation WebRespondToComplaint($id: ID!, $message: String!, $resolves: Boolean!) {\n  respondToComplaint(id: $id, message: $message, resolves: $resolves) { id title status }\n}": typeof types.WebRespondToComplaintDocument,
    "query WebLaporExport($mppId: String!, $from: String!, $to: String!) {\n  laporExport(mppId: $mppId, from: $from, to: $to, first: 200) {\n    lapor {\n      trackingId title content category destinationAgency regencyCode submittedAt channel anonymous confidential\n      status dueOn followUps { at content }\n    }\n  }\n}": typeof types.WebLaporExportDocument,
    "fragment WebServiceApplication on ServiceApplication {\n  id service serviceName status submittedAt dueOn decidedAt overdue outcome\n  mpp { id name }\n  entered { label value scope }\n  prefilled { label value scope }\n  requirements { requirement met detail scope }\n  history { status at note }\n}": typeof types.WebServiceApplicationFragmentDoc,
    "fragment WebComplaint on Complaint {\n  id service agency category title description status submittedAt dueOn overdue answeredAt applicationId\n  mpp { id name }\n  responses { at author message status }\n}": typeof types.WebComplaintFragmentDoc,
    "fragment WebInbox on Me {\n  notifications(first: 100) { id kind title body link createdAt readAt emailStatus occurrences }\n  unreadNotifications\n  notificationEmail\n}": typeof types.WebInboxFragmentDoc,
    "query WebMyServices {\n  me {\n    applications { ...WebServiceApplication surveyAnswered }\n    complaints { ...WebComplaint }\n    ...WebInbox\n  }\n}": typeof types.WebMyServicesDocument,
    "query WebServiceCatalogue($regencyCode: String!) {\n  services(regencyCode: $regencyCode) {\n    service name agency legalBasis legalReference feeRupiah standardDays complaintDays\n    requirements { requirement scope }\n    mpp { id name regencyCode address }\n  }\n}": typeof types.WebServiceCatalogueDocument,
    "mutation WebApplyForNib($nik: NIK!, $mppId: String!, $business: NibApplicationInput!) {\n  applyForNib(nik: $nik, mppId: $mppId, business: $business) { ...WebServiceApplication }\n}": typeof types.WebApplyForNibDocument,
    "mutation WebApplyForPbiJk($nik: NIK!, $mppId: String!) {\n  applyForPbiJk(nik: $nik, mppId: $mppId) { ...WebServiceApplication }\n}": typeof types.WebApplyForPbiJkDocument,
    "mutation WebApplyForAddressChange(\n  $nik: NIK!, $mppId: String!, $newAddress: AddressChangeInput!\n) {\n  applyForAddressChange(nik: $nik, mppId: $mppId, newAddress: $newAddress) { ...WebServiceApplication }\n}": typeof types.WebApplyForAddressChangeDocument,
    "mutation WebApplyForServiceSip($nik: NIK!, $mppId: String!, $location: SipLocationInput!) {\n  applyForSip(nik: $nik, mppId: $mppId, practiceLocation: $location) { ...WebServiceApplication }\n}": typeof types.WebApplyForServiceSipDocument,
    "mutation WebAnswerSurvey($applicationId: ID!, $scores: SkmScoresInput!) {\n  answerSatisfactionSurvey(applicationId: $applicationId, scores: $scores) { applicationId submittedAt }\n}": typeof types.WebAnswerSurveyDocument,
    "mutation WebFileComplaint($input: ComplaintInput!) {\n  fileComplaint(input: $input) { id status dueOn }\n}": typeof types.WebFileComplaintDocument,
    "mutation WebCloseComplaint($id: ID!, $message: String) {\n  closeComplaint(id: $id, message: $message) { id status }\n}": typeof types.WebCloseComplaintDocument,
    "mutation WebMarkNotificationsRead($ids: [ID!]) {\n  markNotificationsRead(ids: $ids) { ...WebInbox }\n}": typeof types.WebMarkNotificationsReadDocument,
    "mutation WebSetNotificationEmail($email: String) {\n  setNotificationEmail(email: $email) { ...WebInbox }\n}": typeof types.WebSetNotificationEmailDocument,
    "mutation WebRegisterClient($input: ClientInput!, $reason: String!) {\n  registerClient(input: $input, reason: $reason) { id }\n}": typeof types.WebRegisterClientDocument,
    "mutation WebDefinePurpose($input: PurposeInput!, $reason: String!) {\n  definePurpose(input: $input, reason: $reason) { code }\n}": typeof types.WebDefinePurposeDocument,
    "mutation WebSetDisclosureControl($minCellSize: Int!, $maxPerturbation: Int!, $reason: String!) {\n  setDisclosureControl(minCellSize: $minCellSize, maxPerturbation: $maxPerturbation, reason: $reason) { version }\n}": typeof types.WebSetDisclosureControlDocument,
    "fragment WebRightsCounts on RightsRequestCounts {\n  received answered answeredInTime open overdue outcomes { outcome count } medianHoursToAnswer\n}": typeof types.WebRightsCountsFragmentDoc,
    "fragment WebOverdueRightsRequest on OverdueRightsRequest { id kind agency receivedAt dueAt }": typeof types.WebOverdueRightsRequestFragmentDoc,
    "query WebRightsReport($month: String!) {\n  rightsReport(month: $month) {\n    month\n    exports { ...WebRightsCounts }\n    overdueExports { ...WebOverdueRightsRequest }\n    corrections { ...WebRightsCounts }\n    overdueCorrections { ...WebOverdueRightsRequest }\n    objections { ...WebRightsCounts }\n    overdueObjections { ...WebOverdueRightsRequest }\n  }\n}": typeof types.WebRightsReportDocument,
    "query WebStewardOverview {\n  clients { id name agency contactEmail policyUrl active requestsPerMinute personsPerHour personsPerDay }\n  purposes { code name description active }\n  disclosureControl { version minCellSize maxPerturbation changedBy reason changedAt }\n  scopes { name description sensitivity }\n  accessRules { clientId purpose version scopes legalBasis legalReference }\n  consentCounts { clientId purpose active pending expired revoked }\n  stewardChanges(first: 20) { id at actor kind subject reason }\n}": typeof types.WebStewardOverviewDocument,
    "query WebRuleHistory($clientId: String!, $purpose: String!) {\n  accessRuleHistory(clientId: $clientId, purpose: $purpose) {\n    version scopes legalBasis legalReference retired changedBy reason changedAt\n  }\n}": typeof types.WebRuleHistoryDocument,
    "query WebRuleDryRun($input: AccessRuleInput!) {\n  accessRuleDryRun(input: $input, days: 30) {\n    from to requests people truncated changedPeople\n    newlyReleased { scope people requests }\n    newlyRefused { scope people requests }\n  }\n}": typeof types.WebRuleDryRunDocument,
    "mutation WebSetAccessRule($input: AccessRuleInput!, $reason: String!) {\n  setAccessRule(input: $input, reason: $reason) { version }\n}": typeof types.WebSetAccessRuleDocument,
    "mutation WebRetireAccessRule($clientId: String!, $purpose: String!, $reason: String!) {\n  retireAccessRule(clientId: $clientId, purpose: $purpose, reason: $reason) { version }\n}": typeof types.WebRetireAccessRuleDocument,
    "mutation WebSetClientQuota($clientId: String!, $quota: ClientQuotaInput!, $reason: String!) {\n  setClientQuota(clientId: $clientId, quota: $quota, reason: $reason) { id }\n}": typeof types.WebSetClientQuotaDocument,
};
const documents: Documents = {
    "fragment WebApplications on Citizen {\n  applications {\n    id type status submittedAt issuedSip\n    practiceLocation { name regencyCode }\n    unmetRequirements\n    history { status at note }\n  }\n}": types.WebApplicationsFragmentDoc,
    "mutation WebApplyForSip($nik: NIK!, $location: PracticeLocationInput!) {\n  applyForLicence(nik: $nik, type: SIP, practiceLocation: $location) { id status unmetRequirements }\n}": types.WebApplyForSipDocument,
    "mutation WebReviewApplication($id: ID!, $decision: ReviewDecision!, $note: String) {\n  reviewLicenceApplication(id: $id, decision: $decision, note: $note) { id status issuedSip }\n}": types.WebReviewApplicationDocument,
    "query WebAccessEvents($filter: AccessEventFilter!, $after: String) {\n  accessEvents(filter: $filter, first: 100, after: $after) {\n    events { position at kind actorRole actorSubject clientId purpose nik decision basis scopes refusedScopes }\n    hasMore endCursor\n  }\n}": types.WebAccessEventsDocument,
    "query WebCheckpoint { accessLogCheckpoint { size root at keyId signature publicKey } }": types.WebCheckpointDocument,
    "query WebBreachScope($clientId: String!, $from: DateTimeISO!, $to: DateTimeISO!) {\n  breachScope(clientId: $clientId, from: $from, to: $to) {\n    affectedPeople\n    categories { scope description }\n    subjects { nik releases firstRelease lastRelease categories { scope } }\n  }\n}": types.WebBreachScopeDocument,
    "fragment WebLogPage on AccessLogPage {\n  entries {\n    position at kind role decision legalBasis\n    client { name }\n    purpose { code name }\n    categories { scope description }\n    refusedCategories { scope description }\n    inclusion { leafHash leafIndex path checkpoint { size root at signature publicKey } }\n  }\n  hasMore endCursor\n}": types.WebLogPageFragmentDoc,
    "query WebMyOlderLog($after: String) { me { accessLog(first: 50, after: $after) { ...WebLogPage } } }": types.WebMyOlderLogDocument,
    "query WebMyData {\n  me {\n    nik\n    citizen { ...WebProfile ...WebApplications address { village { code } } }\n    accessLog(first: 50) { ...WebLogPage }\n    consents { id status scopes validUntil receipt client { name } purpose { code name } }\n    ...WebPendingRequests\n    ...WebMyRights\n  }\n  scopes { name description sensitivity }\n}": types.WebMyDataDocument,
    "mutation WebRevokeConsent($id: ID!) { revokeConsent(id: $id) { id status } }": types.WebRevokeConsentDocument,
    "fragment WebPendingRequests on Me {\n  consentRequests(status: PENDING) {\n    id scopes requestedAt expiresAt client { name agency } purpose { code name description }\n  }\n}": types.WebPendingRequestsFragmentDoc,
    "mutation WebAnswerConsentRequest($id: ID!, $approve: Boolean!) {\n  answerConsentRequest(id: $id, approve: $approve) { id status }\n}": types.WebAnswerConsentRequestDocument,
    "mutation WebRequestConsent($nik: NIK!) { requestConsent(nik: $nik) { id status expiresAt } }": types.WebRequestConsentDocument,
    "mutation WebRequestCorrection($field: String!, $proposedValue: String!, $evidence: String!) {\n  requestCorrection(field: $field, proposedValue: $proposedValue, evidence: $evidence) { id field agency dueAt }\n}": types.WebRequestCorrectionDocument,
    "mutation WebRequestDataExport {\n  requestDataExport {\n    id createdAt format document signature keyId publicKey\n    files { name agency mediaType content sha256 }\n  }\n}": types.WebRequestDataExportDocument,
    "query WebCatalogue {\n  clients { id name agency active }\n  purposes { code name description active }\n  scopes { name description sensitivity }\n}": types.WebCatalogueDocument,
    "mutation WebGrantConsent($input: GrantConsentInput!) { grantConsent(input: $input) { id status } }": types.WebGrantConsentDocument,
    "query WebCorrectionQueue {\n  correctionQueue(first: 50) {\n    id field scope agency proposedValue evidence status receivedAt dueAt overdue citizen { nik fullName }\n  }\n}": types.WebCorrectionQueueDocument,
    "mutation WebAnswerCorrection($id: ID!, $accept: Boolean!, $reason: String!) {\n  answerCorrection(id: $id, accept: $accept, reason: $reason) { id field status }\n}": types.WebAnswerCorrectionDocument,
    "query WebEligibilityObjections {\n  eligibilityObjections(status: OPEN, first: 50) {\n    id programme eligible ruleVersion inputs { ...WebDecisionInputs } reason receivedAt dueAt overdue\n    citizen { nik fullName }\n  }\n}": types.WebEligibilityObjectionsDocument,
    "mutation WebReviewEligibilityObjection($id: ID!, $outcome: ObjectionOutcome!, $reason: String!) {\n  reviewEligibilityObjection(id: $id, outcome: $outcome, reason: $reason) { id programme outcome }\n}": types.WebReviewEligibilityObjectionDocument,
    "fragment WebPendingCorrections on Citizen { pendingCorrections { field agency receivedAt dueAt } }": types.WebPendingCorrectionsFragmentDoc,
    "query WebLookup($nik: NIK!) { citizen(nik: $nik) { ...WebProfile ...WebPendingCorrections } }": types.WebLookupDocument,
    "query WebLicensingLookup($nik: NIK!) {\n  citizen(nik: $nik) { ...WebProfile ...WebPendingCorrections ...WebApplications }\n}": types.WebLicensingLookupDocument,
    "query WebCohort($filter: CohortFilter!, $groupBy: [Dimension!]!, $unit: CohortUnit!) {\n  cohort(filter: $filter, groupBy: $groupBy, unit: $unit) {\n    asOf minCellSize maxPerturbation\n    total { count }\n    cells { coordinates { dimension value } count share suppressed }\n  }\n}": types.WebCohortDocument,
    "fragment WebProfile on Citizen {\n  fullName\n  birthDate\n  source { agency system asOf }\n  address { street village { name district { regency { name } } } }\n  household { welfareDecile source { agency system asOf } }\n  taxProfile { status source { agency system asOf } }\n  bpjsMembership { status careClass source { agency system asOf } }\n  licences { sips { number practiceLocation source { agency system asOf } } }\n}": types.WebProfileFragmentDoc,
    "query WebPerformanceReport($regencyCode: String!, $from: String!, $to: String!) {\n  performanceReport(regencyCode: $regencyCode, from: $from, to: $to) {\n    mpp { id name regencyCode }\n    satisfaction { respondents converted grade gradeName }\n    services {\n      service submitted byStatus { status count } completed completedWithinStandard shareWithinStandard\n      medianProcessingDays overdue complaints complaintsAnswered complaintsAnsweredInTime\n      medianComplaintResolutionDays\n      satisfaction { respondents converted grade gradeName }\n    }\n  }\n}": types.WebPerformanceReportDocument,
    "fragment WebMyRights on Me {\n  corrections { id field scope agency proposedValue evidence status receivedAt dueAt overdue answeredAt answer }\n  citizen {\n    fullName sex birthPlace birthDate religion maritalStatus occupation education\n    address { street rt rw }\n    household { welfareDecile }\n    taxProfile { npwp }\n    eligibility {\n      decisions {\n        programme eligible ruleVersion status final\n        inputs { ...WebDecisionInputs }\n        objection { id status outcome reason reviewReason receivedAt dueAt reviewedAt overdue }\n      }\n    }\n  }\n}": types.WebMyRightsFragmentDoc,
    "fragment WebDecisionInputs on DecisionInputs { welfareDecile maxDecile excludedSectors memberSectors }": types.WebDecisionInputsFragmentDoc,
    "mutation WebObjectToEligibility($programme: Programme!, $reason: String!) {\n  objectToEligibility(programme: $programme, reason: $reason) { id programme status dueAt }\n}": types.WebObjectToEligibilityDocument,
    "query WebMppsOfRegency($regencyCode: String!) {\n  services(regencyCode: $regencyCode) { service name mpp { id name regencyCode address } }\n}": types.WebMppsOfRegencyDocument,
    "query WebServiceQueue($mppId: String!, $service: ServiceCode) {\n  serviceQueue(mppId: $mppId, service: $service, first: 100) { ...WebServiceApplication }\n}": types.WebServiceQueueDocument,
    "mutation WebDecideServiceApplication($id: ID!, $decision: ServiceDecision!, $note: String) {\n  decideServiceApplication(id: $id, decision: $decision, note: $note) { ...WebServiceApplication }\n}": types.WebDecideServiceApplicationDocument,
    "query WebComplaintQueue($mppId: String!) {\n  complaintQueue(mppId: $mppId, first: 100) { ...WebComplaint }\n}": types.WebComplaintQueueDocument,
    "mutation WebRespondToComplaint($id: ID!, $message: String!, $resolves: Boolean!) {\n  respondToComplaint(id: $id, message: $message, resolves: $resolves) { id title status }\n}": types.WebRespondToComplaintDocument,
    "query WebLaporExport($mppId: String!, $from: String!, $to: String!) {\n  laporExport(mppId: $mppId, from: $from, to: $to, first: 200) {\n    lapor {\n      trackingId title content category destinationAgency regencyCode submittedAt channel anonymous confidential\n      status dueOn followUps { at content }\n    }\n  }\n}": types.WebLaporExportDocument,
    "fragment WebServiceApplication on ServiceApplication {\n  id service serviceName status submittedAt dueOn decidedAt overdue outcome\n  mpp { id name }\n  entered { label value scope }\n  prefilled { label value scope }\n  requirements { requirement met detail scope }\n  history { status at note }\n}": types.WebServiceApplicationFragmentDoc,
    "fragment WebComplaint on Complaint {\n  id service agency category title description status submittedAt dueOn overdue answeredAt applicationId\n  mpp { id name }\n  responses { at author message status }\n}": types.WebComplaintFragmentDoc,
    "fragment WebInbox on Me {\n  notifications(first: 100) { id kind title body link createdAt readAt emailStatus occurrences }\n  unreadNotifications\n  notificationEmail\n}": types.WebInboxFragmentDoc,
    "query WebMyServices {\n  me {\n    applications { ...WebServiceApplication surveyAnswered }\n    complaints { ...WebComplaint }\n    ...WebInbox\n  }\n}": types.WebMyServicesDocument,
    "query WebServiceCatalogue($regencyCode: String!) {\n  services(regencyCode: $regencyCode) {\n    service name agency legalBasis legalReference feeRupiah standardDays complaintDays\n    requirements { requirement scope }\n    mpp { id name regencyCode address }\n  }\n}": types.WebServiceCatalogueDocument,
    "mutation WebApplyForNib($nik: NIK!, $mppId: String!, $business: NibApplicationInput!) {\n  applyForNib(nik: $nik, mppId: $mppId, business: $business) { ...WebServiceApplication }\n}": types.WebApplyForNibDocument,
    "mutation WebApplyForPbiJk($nik: NIK!, $mppId: String!) {\n  applyForPbiJk(nik: $nik, mppId: $mppId) { ...WebServiceApplication }\n}": types.WebApplyForPbiJkDocument,
    "mutation WebApplyForAddressChange(\n  $nik: NIK!, $mppId: String!, $newAddress: AddressChangeInput!\n) {\n  applyForAddressChange(nik: $nik, mppId: $mppId, newAddress: $newAddress) { ...WebServiceApplication }\n}": types.WebApplyForAddressChangeDocument,
    "mutation WebApplyForServiceSip($nik: NIK!, $mppId: String!, $location: SipLocationInput!) {\n  applyForSip(nik: $nik, mppId: $mppId, practiceLocation: $location) { ...WebServiceApplication }\n}": types.WebApplyForServiceSipDocument,
    "mutation WebAnswerSurvey($applicationId: ID!, $scores: SkmScoresInput!) {\n  answerSatisfactionSurvey(applicationId: $applicationId, scores: $scores) { applicationId submittedAt }\n}": types.WebAnswerSurveyDocument,
    "mutation WebFileComplaint($input: ComplaintInput!) {\n  fileComplaint(input: $input) { id status dueOn }\n}": types.WebFileComplaintDocument,
    "mutation WebCloseComplaint($id: ID!, $message: String) {\n  closeComplaint(id: $id, message: $message) { id status }\n}": types.WebCloseComplaintDocument,
    "mutation WebMarkNotificationsRead($ids: [ID!]) {\n  markNotificationsRead(ids: $ids) { ...WebInbox }\n}": types.WebMarkNotificationsReadDocument,
    "mutation WebSetNotificationEmail($email: String) {\n  setNotificationEmail(email: $email) { ...WebInbox }\n}": types.WebSetNotificationEmailDocument,
    "mutation WebRegisterClient($input: ClientInput!, $reason: String!) {\n  registerClient(input: $input, reason: $reason) { id }\n}": types.WebRegisterClientDocument,
    "mutation WebDefinePurpose($input: PurposeInput!, $reason: String!) {\n  definePurpose(input: $input, reason: $reason) { code }\n}": types.WebDefinePurposeDocument,
    "mutation WebSetDisclosureControl($minCellSize: Int!, $maxPerturbation: Int!, $reason: String!) {\n  setDisclosureControl(minCellSize: $minCellSize, maxPerturbation: $maxPerturbation, reason: $reason) { version }\n}": types.WebSetDisclosureControlDocument,
    "fragment WebRightsCounts on RightsRequestCounts {\n  received answered answeredInTime open overdue outcomes { outcome count } medianHoursToAnswer\n}": types.WebRightsCountsFragmentDoc,
    "fragment WebOverdueRightsRequest on OverdueRightsRequest { id kind agency receivedAt dueAt }": types.WebOverdueRightsRequestFragmentDoc,
    "query WebRightsReport($month: String!) {\n  rightsReport(month: $month) {\n    month\n    exports { ...WebRightsCounts }\n    overdueExports { ...WebOverdueRightsRequest }\n    corrections { ...WebRightsCounts }\n    overdueCorrections { ...WebOverdueRightsRequest }\n    objections { ...WebRightsCounts }\n    overdueObjections { ...WebOverdueRightsRequest }\n  }\n}": types.WebRightsReportDocument,
    "query WebStewardOverview {\n  clients { id name agency contactEmail policyUrl active requestsPerMinute personsPerHour personsPerDay }\n  purposes { code name description active }\n  disclosureControl { version minCellSize maxPerturbation changedBy reason changedAt }\n  scopes { name description sensitivity }\n  accessRules { clientId purpose version scopes legalBasis legalReference }\n  consentCounts { clientId purpose active pending expired revoked }\n  stewardChanges(first: 20) { id at actor kind subject reason }\n}": types.WebStewardOverviewDocument,
    "query WebRuleHistory($clientId: String!, $purpose: String!) {\n  accessRuleHistory(clientId: $clientId, purpose: $purpose) {\n    version scopes legalBasis legalReference retired changedBy reason changedAt\n  }\n}": types.WebRuleHistoryDocument,
    "query WebRuleDryRun($input: AccessRuleInput!) {\n  accessRuleDryRun(input: $input, days: 30) {\n    from to requests people truncated changedPeople\n    newlyReleased { scope people requests }\n    newlyRefused { scope people requests }\n  }\n}": types.WebRuleDryRunDocument,
    "mutation WebSetAccessRule($input: AccessRuleInput!, $reason: String!) {\n  setAccessRule(input: $input, reason: $reason) { version }\n}": types.WebSetAccessRuleDocument,
    "mutation WebRetireAccessRule($clientId: String!, $purpose: String!, $reason: String!) {\n  retireAccessRule(clientId: $clientId, purpose: $purpose, reason: $reason) { version }\n}": types.WebRetireAccessRuleDocument,
    "mutation WebSetClientQuota($clientId: String!, $quota: ClientQuotaInput!, $reason: String!) {\n  setClientQuota(clientId: $clientId, quota: $quota, reason: $reason) { id }\n}": types.WebSetClientQuotaDocument,
};

/**
 * The gql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function gql(source: "fragment WebApplications on Citizen {\n  applications {\n    id type status submittedAt issuedSip\n    practiceLocation { name regencyCode }\n    unmetRequirements\n    history { status at note }\n  }\n}"): typeof import('./graphql').WebApplicationsFragmentDoc;
/**
 * The gql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function gql(source: "mutation WebApplyForSip($nik: NIK!, $location: PracticeLocationInput!) {\n  applyForLicence(nik: $nik, type: SIP, practiceLocation: $location) { id status unmetRequirements }\n}"): typeof import('./graphql').WebApplyForSipDocument;
/**
 * The gql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function gql(source: "mutation WebReviewApplication($id: ID!, $decision: ReviewDecision!, $note: String) {\n  reviewLicenceApplication(id: $id, decision: $decision, note: $note) { id status issuedSip }\n}"): typeof import('./graphql').WebReviewApplicationDocument;
/**
 * The gql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function gql(source: "query WebAccessEvents($filter: AccessEventFilter!, $after: String) {\n  accessEvents(filter: $filter, first: 100, after: $after) {\n    events { position at kind actorRole actorSubject clientId purpose nik decision basis scopes refusedScopes }\n    hasMore endCursor\n  }\n}"): typeof import('./graphql').WebAccessEventsDocument;
/**
 * The gql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function gql(source: "query WebCheckpoint { accessLogCheckpoint { size root at keyId signature publicKey } }"): typeof import('./graphql').WebCheckpointDocument;
/**
 * The gql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function gql(source: "query WebBreachScope($clientId: String!, $from: DateTimeISO!, $to: DateTimeISO!) {\n  breachScope(clientId: $clientId, from: $from, to: $to) {\n    affectedPeople\n    categories { scope description }\n    subjects { nik releases firstRelease lastRelease categories { scope } }\n  }\n}"): typeof import('./graphql').WebBreachScopeDocument;
/**
 * The gql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function gql(source: "fragment WebLogPage on AccessLogPage {\n  entries {\n    position at kind role decision legalBasis\n    client { name }\n    purpose { code name }\n    categories { scope description }\n    refusedCategories { scope description }\n    inclusion { leafHash leafIndex path checkpoint { size root at signature publicKey } }\n  }\n  hasMore endCursor\n}"): typeof import('./graphql').WebLogPageFragmentDoc;
/**
 * The gql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function gql(source: "query WebMyOlderLog($after: String) { me { accessLog(first: 50, after: $after) { ...WebLogPage } } }"): typeof import('./graphql').WebMyOlderLogDocument;
/**
 * The gql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function gql(source: "query WebMyData {\n  me {\n    nik\n    citizen { ...WebProfile ...WebApplications address { village { code } } }\n    accessLog(first: 50) { ...WebLogPage }\n    consents { id status scopes validUntil receipt client { name } purpose { code name } }\n    ...WebPendingRequests\n    ...WebMyRights\n  }\n  scopes { name description sensitivity }\n}"): typeof import('./graphql').WebMyDataDocument;
/**
 * The gql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function gql(source: "mutation WebRevokeConsent($id: ID!) { revokeConsent(id: $id) { id status } }"): typeof import('./graphql').WebRevokeConsentDocument;
/**
 * The gql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function gql(source: "fragment WebPendingRequests on Me {\n  consentRequests(status: PENDING) {\n    id scopes requestedAt expiresAt client { name agency } purpose { code name description }\n  }\n}"): typeof import('./graphql').WebPendingRequestsFragmentDoc;
/**
 * The gql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function gql(source: "mutation WebAnswerConsentRequest($id: ID!, $approve: Boolean!) {\n  answerConsentRequest(id: $id, approve: $approve) { id status }\n}"): typeof import('./graphql').WebAnswerConsentRequestDocument;
/**
 * The gql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function gql(source: "mutation WebRequestConsent($nik: NIK!) { requestConsent(nik: $nik) { id status expiresAt } }"): typeof import('./graphql').WebRequestConsentDocument;
/**
 * The gql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function gql(source: "mutation WebRequestCorrection($field: String!, $proposedValue: String!, $evidence: String!) {\n  requestCorrection(field: $field, proposedValue: $proposedValue, evidence: $evidence) { id field agency dueAt }\n}"): typeof import('./graphql').WebRequestCorrectionDocument;
/**
 * The gql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function gql(source: "mutation WebRequestDataExport {\n  requestDataExport {\n    id createdAt format document signature keyId publicKey\n    files { name agency mediaType content sha256 }\n  }\n}"): typeof import('./graphql').WebRequestDataExportDocument;
/**
 * The gql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function gql(source: "query WebCatalogue {\n  clients { id name agency active }\n  purposes { code name description active }\n  scopes { name description sensitivity }\n}"): typeof import('./graphql').WebCatalogueDocument;
/**
 * The gql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function gql(source: "mutation WebGrantConsent($input: GrantConsentInput!) { grantConsent(input: $input) { id status } }"): typeof import('./graphql').WebGrantConsentDocument;
/**
 * The gql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function gql(source: "query WebCorrectionQueue {\n  correctionQueue(first: 50) {\n    id field scope agency proposedValue evidence status receivedAt dueAt overdue citizen { nik fullName }\n  }\n}"): typeof import('./graphql').WebCorrectionQueueDocument;
/**
 * The gql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function gql(source: "mutation WebAnswerCorrection($id: ID!, $accept: Boolean!, $reason: String!) {\n  answerCorrection(id: $id, accept: $accept, reason: $reason) { id field status }\n}"): typeof import('./graphql').WebAnswerCorrectionDocument;
/**
 * The gql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function gql(source: "query WebEligibilityObjections {\n  eligibilityObjections(status: OPEN, first: 50) {\n    id programme eligible ruleVersion inputs { ...WebDecisionInputs } reason receivedAt dueAt overdue\n    citizen { nik fullName }\n  }\n}"): typeof import('./graphql').WebEligibilityObjectionsDocument;
/**
 * The gql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function gql(source: "mutation WebReviewEligibilityObjection($id: ID!, $outcome: ObjectionOutcome!, $reason: String!) {\n  reviewEligibilityObjection(id: $id, outcome: $outcome, reason: $reason) { id programme outcome }\n}"): typeof import('./graphql').WebReviewEligibilityObjectionDocument;
/**
 * The gql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function gql(source: "fragment WebPendingCorrections on Citizen { pendingCorrections { field agency receivedAt dueAt } }"): typeof import('./graphql').WebPendingCorrectionsFragmentDoc;
/**
 * The gql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function gql(source: "query WebLookup($nik: NIK!) { citizen(nik: $nik) { ...WebProfile ...WebPendingCorrections } }"): typeof import('./graphql').WebLookupDocument;
/**
 * The gql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function gql(source: "query WebLicensingLookup($nik: NIK!) {\n  citizen(nik: $nik) { ...WebProfile ...WebPendingCorrections ...WebApplications }\n}"): typeof import('./graphql').WebLicensingLookupDocument;
/**
 * The gql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function gql(source: "query WebCohort($filter: CohortFilter!, $groupBy: [Dimension!]!, $unit: CohortUnit!) {\n  cohort(filter: $filter, groupBy: $groupBy, unit: $unit) {\n    asOf minCellSize maxPerturbation\n    total { count }\n    cells { coordinates { dimension value } count share suppressed }\n  }\n}"): typeof import('./graphql').WebCohortDocument;
/**
 * The gql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function gql(source: "fragment WebProfile on Citizen {\n  fullName\n  birthDate\n  source { agency system asOf }\n  address { street village { name district { regency { name } } } }\n  household { welfareDecile source { agency system asOf } }\n  taxProfile { status source { agency system asOf } }\n  bpjsMembership { status careClass source { agency system asOf } }\n  licences { sips { number practiceLocation source { agency system asOf } } }\n}"): typeof import('./graphql').WebProfileFragmentDoc;
/**
 * The gql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function gql(source: "query WebPerformanceReport($regencyCode: String!, $from: String!, $to: String!) {\n  performanceReport(regencyCode: $regencyCode, from: $from, to: $to) {\n    mpp { id name regencyCode }\n    satisfaction { respondents converted grade gradeName }\n    services {\n      service submitted byStatus { status count } completed completedWithinStandard shareWithinStandard\n      medianProcessingDays overdue complaints complaintsAnswered complaintsAnsweredInTime\n      medianComplaintResolutionDays\n      satisfaction { respondents converted grade gradeName }\n    }\n  }\n}"): typeof import('./graphql').WebPerformanceReportDocument;
/**
 * The gql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function gql(source: "fragment WebMyRights on Me {\n  corrections { id field scope agency proposedValue evidence status receivedAt dueAt overdue answeredAt answer }\n  citizen {\n    fullName sex birthPlace birthDate religion maritalStatus occupation education\n    address { street rt rw }\n    household { welfareDecile }\n    taxProfile { npwp }\n    eligibility {\n      decisions {\n        programme eligible ruleVersion status final\n        inputs { ...WebDecisionInputs }\n        objection { id status outcome reason reviewReason receivedAt dueAt reviewedAt overdue }\n      }\n    }\n  }\n}"): typeof import('./graphql').WebMyRightsFragmentDoc;
/**
 * The gql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function gql(source: "fragment WebDecisionInputs on DecisionInputs { welfareDecile maxDecile excludedSectors memberSectors }"): typeof import('./graphql').WebDecisionInputsFragmentDoc;
/**
 * The gql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function gql(source: "mutation WebObjectToEligibility($programme: Programme!, $reason: String!) {\n  objectToEligibility(programme: $programme, reason: $reason) { id programme status dueAt }\n}"): typeof import('./graphql').WebObjectToEligibilityDocument;
/**
 * The gql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function gql(source: "query WebMppsOfRegency($regencyCode: String!) {\n  services(regencyCode: $regencyCode) { service name mpp { id name regencyCode address } }\n}"): typeof import('./graphql').WebMppsOfRegencyDocument;
/**
 * The gql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function gql(source: "query WebServiceQueue($mppId: String!, $service: ServiceCode) {\n  serviceQueue(mppId: $mppId, service: $service, first: 100) { ...WebServiceApplication }\n}"): typeof import('./graphql').WebServiceQueueDocument;
/**
 * The gql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function gql(source: "mutation WebDecideServiceApplication($id: ID!, $decision: ServiceDecision!, $note: String) {\n  decideServiceApplication(id: $id, decision: $decision, note: $note) { ...WebServiceApplication }\n}"): typeof import('./graphql').WebDecideServiceApplicationDocument;
/**
 * The gql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function gql(source: "query WebComplaintQueue($mppId: String!) {\n  complaintQueue(mppId: $mppId, first: 100) { ...WebComplaint }\n}"): typeof import('./graphql').WebComplaintQueueDocument;
/**
 * The gql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function gql(source: "mutation WebRespondToComplaint($id: ID!, $message: String!, $resolves: Boolean!) {\n  respondToComplaint(id: $id, message: $message, resolves: $resolves) { id title status }\n}"): typeof import('./graphql').WebRespondToComplaintDocument;
/**
 * The gql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function gql(source: "query WebLaporExport($mppId: String!, $from: String!, $to: String!) {\n  laporExport(mppId: $mppId, from: $from, to: $to, first: 200) {\n    lapor {\n      trackingId title content category destinationAgency regencyCode submittedAt channel anonymous confidential\n      status dueOn followUps { at content }\n    }\n  }\n}"): typeof import('./graphql').WebLaporExportDocument;
/**
 * The gql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function gql(source: "fragment WebServiceApplication on ServiceApplication {\n  id service serviceName status submittedAt dueOn decidedAt overdue outcome\n  mpp { id name }\n  entered { label value scope }\n  prefilled { label value scope }\n  requirements { requirement met detail scope }\n  history { status at note }\n}"): typeof import('./graphql').WebServiceApplicationFragmentDoc;
/**
 * The gql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function gql(source: "fragment WebComplaint on Complaint {\n  id service agency category title description status submittedAt dueOn overdue answeredAt applicationId\n  mpp { id name }\n  responses { at author message status }\n}"): typeof import('./graphql').WebComplaintFragmentDoc;
/**
 * The gql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function gql(source: "fragment WebInbox on Me {\n  notifications(first: 100) { id kind title body link createdAt readAt emailStatus occurrences }\n  unreadNotifications\n  notificationEmail\n}"): typeof import('./graphql').WebInboxFragmentDoc;
/**
 * The gql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function gql(source: "query WebMyServices {\n  me {\n    applications { ...WebServiceApplication surveyAnswered }\n    complaints { ...WebComplaint }\n    ...WebInbox\n  }\n}"): typeof import('./graphql').WebMyServicesDocument;
/**
 * The gql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function gql(source: "query WebServiceCatalogue($regencyCode: String!) {\n  services(regencyCode: $regencyCode) {\n    service name agency legalBasis legalReference feeRupiah standardDays complaintDays\n    requirements { requirement scope }\n    mpp { id name regencyCode address }\n  }\n}"): typeof import('./graphql').WebServiceCatalogueDocument;
/**
 * The gql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function gql(source: "mutation WebApplyForNib($nik: NIK!, $mppId: String!, $business: NibApplicationInput!) {\n  applyForNib(nik: $nik, mppId: $mppId, business: $business) { ...WebServiceApplication }\n}"): typeof import('./graphql').WebApplyForNibDocument;
/**
 * The gql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function gql(source: "mutation WebApplyForPbiJk($nik: NIK!, $mppId: String!) {\n  applyForPbiJk(nik: $nik, mppId: $mppId) { ...WebServiceApplication }\n}"): typeof import('./graphql').WebApplyForPbiJkDocument;
/**
 * The gql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function gql(source: "mutation WebApplyForAddressChange(\n  $nik: NIK!, $mppId: String!, $newAddress: AddressChangeInput!\n) {\n  applyForAddressChange(nik: $nik, mppId: $mppId, newAddress: $newAddress) { ...WebServiceApplication }\n}"): typeof import('./graphql').WebApplyForAddressChangeDocument;
/**
 * The gql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function gql(source: "mutation WebApplyForServiceSip($nik: NIK!, $mppId: String!, $location: SipLocationInput!) {\n  applyForSip(nik: $nik, mppId: $mppId, practiceLocation: $location) { ...WebServiceApplication }\n}"): typeof import('./graphql').WebApplyForServiceSipDocument;
/**
 * The gql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function gql(source: "mutation WebAnswerSurvey($applicationId: ID!, $scores: SkmScoresInput!) {\n  answerSatisfactionSurvey(applicationId: $applicationId, scores: $scores) { applicationId submittedAt }\n}"): typeof import('./graphql').WebAnswerSurveyDocument;
/**
 * The gql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function gql(source: "mutation WebFileComplaint($input: ComplaintInput!) {\n  fileComplaint(input: $input) { id status dueOn }\n}"): typeof import('./graphql').WebFileComplaintDocument;
/**
 * The gql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function gql(source: "mutation WebCloseComplaint($id: ID!, $message: String) {\n  closeComplaint(id: $id, message: $message) { id status }\n}"): typeof import('./graphql').WebCloseComplaintDocument;
/**
 * The gql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function gql(source: "mutation WebMarkNotificationsRead($ids: [ID!]) {\n  markNotificationsRead(ids: $ids) { ...WebInbox }\n}"): typeof import('./graphql').WebMarkNotificationsReadDocument;
/**
 * The gql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function gql(source: "mutation WebSetNotificationEmail($email: String) {\n  setNotificationEmail(email: $email) { ...WebInbox }\n}"): typeof import('./graphql').WebSetNotificationEmailDocument;
/**
 * The gql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function gql(source: "mutation WebRegisterClient($input: ClientInput!, $reason: String!) {\n  registerClient(input: $input, reason: $reason) { id }\n}"): typeof import('./graphql').WebRegisterClientDocument;
/**
 * The gql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function gql(source: "mutation WebDefinePurpose($input: PurposeInput!, $reason: String!) {\n  definePurpose(input: $input, reason: $reason) { code }\n}"): typeof import('./graphql').WebDefinePurposeDocument;
/**
 * The gql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function gql(source: "mutation WebSetDisclosureControl($minCellSize: Int!, $maxPerturbation: Int!, $reason: String!) {\n  setDisclosureControl(minCellSize: $minCellSize, maxPerturbation: $maxPerturbation, reason: $reason) { version }\n}"): typeof import('./graphql').WebSetDisclosureControlDocument;
/**
 * The gql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function gql(source: "fragment WebRightsCounts on RightsRequestCounts {\n  received answered answeredInTime open overdue outcomes { outcome count } medianHoursToAnswer\n}"): typeof import('./graphql').WebRightsCountsFragmentDoc;
/**
 * The gql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function gql(source: "fragment WebOverdueRightsRequest on OverdueRightsRequest { id kind agency receivedAt dueAt }"): typeof import('./graphql').WebOverdueRightsRequestFragmentDoc;
/**
 * The gql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function gql(source: "query WebRightsReport($month: String!) {\n  rightsReport(month: $month) {\n    month\n    exports { ...WebRightsCounts }\n    overdueExports { ...WebOverdueRightsRequest }\n    corrections { ...WebRightsCounts }\n    overdueCorrections { ...WebOverdueRightsRequest }\n    objections { ...WebRightsCounts }\n    overdueObjections { ...WebOverdueRightsRequest }\n  }\n}"): typeof import('./graphql').WebRightsReportDocument;
/**
 * The gql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function gql(source: "query WebStewardOverview {\n  clients { id name agency contactEmail policyUrl active requestsPerMinute personsPerHour personsPerDay }\n  purposes { code name description active }\n  disclosureControl { version minCellSize maxPerturbation changedBy reason changedAt }\n  scopes { name description sensitivity }\n  accessRules { clientId purpose version scopes legalBasis legalReference }\n  consentCounts { clientId purpose active pending expired revoked }\n  stewardChanges(first: 20) { id at actor kind subject reason }\n}"): typeof import('./graphql').WebStewardOverviewDocument;
/**
 * The gql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function gql(source: "query WebRuleHistory($clientId: String!, $purpose: String!) {\n  accessRuleHistory(clientId: $clientId, purpose: $purpose) {\n    version scopes legalBasis legalReference retired changedBy reason changedAt\n  }\n}"): typeof import('./graphql').WebRuleHistoryDocument;
/**
 * The gql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function gql(source: "query WebRuleDryRun($input: AccessRuleInput!) {\n  accessRuleDryRun(input: $input, days: 30) {\n    from to requests people truncated changedPeople\n    newlyReleased { scope people requests }\n    newlyRefused { scope people requests }\n  }\n}"): typeof import('./graphql').WebRuleDryRunDocument;
/**
 * The gql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function gql(source: "mutation WebSetAccessRule($input: AccessRuleInput!, $reason: String!) {\n  setAccessRule(input: $input, reason: $reason) { version }\n}"): typeof import('./graphql').WebSetAccessRuleDocument;
/**
 * The gql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function gql(source: "mutation WebRetireAccessRule($clientId: String!, $purpose: String!, $reason: String!) {\n  retireAccessRule(clientId: $clientId, purpose: $purpose, reason: $reason) { version }\n}"): typeof import('./graphql').WebRetireAccessRuleDocument;
/**
 * The gql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function gql(source: "mutation WebSetClientQuota($clientId: String!, $quota: ClientQuotaInput!, $reason: String!) {\n  setClientQuota(clientId: $clientId, quota: $quota, reason: $reason) { id }\n}"): typeof import('./graphql').WebSetClientQuotaDocument;


export function gql(source: string) {
  return (documents as any)[source] ?? {};
}
