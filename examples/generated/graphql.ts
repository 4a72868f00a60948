/* eslint-disable */
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
export type Maybe<T> = T | null;
export type InputMaybe<T> = T | null | undefined;
export type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
export type MakeOptional<T, K extends keyof T> = Omit<T, K> & { [SubKey in K]?: Maybe<T[SubKey]> };
export type MakeMaybe<T, K extends keyof T> = Omit<T, K> & { [SubKey in K]: Maybe<T[SubKey]> };
export type MakeEmpty<T extends { [key: string]: unknown }, K extends keyof T> = { [_ in K]?: never };
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
/** All built-in and custom scalars, mapped to their actual values */
export type Scalars = {
  ID: { input: string; output: string; }
  String: { input: string; output: string; }
  Boolean: { input: boolean; output: boolean; }
  Int: { input: number; output: number; }
  Float: { input: number; output: number; }
  /** A date-time string at UTC, such as 2007-12-03T10:15:30Z, compliant with the `date-time` format outlined in section 5.6 of the RFC 3339 profile of the ISO 8601 standard for representation of dates and times using the Gregorian calendar.This scalar is serialized to a string in ISO 8601 format and parsed from a string in ISO 8601 format. */
  DateTimeISO: { input: string; output: string; }
  /** The `JSONObject` scalar type represents JSON objects as specified by [ECMA-404](http://www.ecma-international.org/publications/files/ECMA-ST/ECMA-404.pdf). */
  JSONObject: { input: Record<string, unknown>; output: Record<string, unknown>; }
  /** Nomor Kartu Keluarga: 16 digits PPRRSS DDMMYY NNNN (issuing kecamatan, date recorded, serial). */
  KK: { input: string; output: string; }
  /** Nomor Induk Kependudukan: 16 digits PPRRSS DDMMYY NNNN (first-registration kecamatan, birth date with +40 on the day for women, serial). */
  NIK: { input: string; output: string; }
  /** Nomor Pokok Wajib Pajak: a resident's NIK (16 digits), or the legacy 15 digits AA.BBB.BBB.C-DDD.EEE (Luhn check digit C), optionally prefixed with 0. */
  NPWP: { input: string; output: string; }
};

/** Which events: every condition given must hold. */
export type AccessEventFilter = {
  /** Only events of this client. */
  clientId?: InputMaybe<Scalars['String']['input']>;
  /** ALLOWED, REFUSED or PARTIAL. */
  decision?: InputMaybe<Scalars['String']['input']>;
  /** From this time (inclusive). */
  from?: InputMaybe<Scalars['DateTimeISO']['input']>;
  /** An event kind, e.g. ACCESS or RULE_CHANGED. */
  kind?: InputMaybe<Scalars['String']['input']>;
  /** Only events about this person. */
  nik?: InputMaybe<Scalars['NIK']['input']>;
  /** Only events under this purpose code. */
  purpose?: InputMaybe<Scalars['String']['input']>;
  /** Before this time (exclusive). */
  to?: InputMaybe<Scalars['DateTimeISO']['input']>;
};

/** A new version of the rule for a client and purpose. */
export type AccessRuleInput = {
  /** The client (service) the rule is for. */
  clientId: Scalars['String']['input'];
  /** The lawful basis (UU PDP Pasal 20(2)); CONSENT also needs each citizen's grant. */
  legalBasis: LegalBasis;
  /** The regulation or agreement the basis rests on. */
  legalReference: Scalars['String']['input'];
  /** The purpose code the rule is for. */
  purpose: Scalars['String']['input'];
  /** Scopes from the catalogue (Query.scopes) the rule releases. */
  scopes: Array<Scalars['String']['input']>;
};

/** The address a citizen is moving to: all the applicant enters. */
export type AddressChangeInput = {
  /** RT, 3 digits. */
  rt: Scalars['String']['input'];
  /** RW, 3 digits. */
  rw: Scalars['String']['input'];
  /** Street and house number, 3-200 characters. */
  street: Scalars['String']['input'];
  /** Kemendagri village (kelurahan or desa) code PP.RR.DD.VVVV. */
  villageCode: Scalars['String']['input'];
};

/** Age at the projection's as-of date, in fixed bands. */
export type AgeBand =
  /** Aged 0 to 14. */
  | 'A0_14'
  /** Aged 15 to 24. */
  | 'A15_24'
  /** Aged 25 to 34. */
  | 'A25_34'
  /** Aged 35 to 44. */
  | 'A35_44'
  /** Aged 45 to 54. */
  | 'A45_54'
  /** Aged 55 to 64. */
  | 'A55_64'
  /** Aged 65 or over. */
  | 'A65_PLUS';

/** A licence application's status. */
export type ApplicationStatus =
  /** Approved: the SIP is issued. */
  | 'APPROVED'
  /** Rejected, with the reviewer's note. */
  | 'REJECTED'
  /** Submitted, awaiting verification. */
  | 'SUBMITTED'
  /** Verified by an officer, awaiting approval. */
  | 'VERIFIED';

/** An asset the household owns, as the DTSEN survey records it for the proxy-means test. */
export type Asset =
  /** An air conditioner. */
  | 'AIR_CONDITIONER'
  /** A car. */
  | 'CAR'
  /** Gold or jewellery (emas, perhiasan). */
  | 'GOLD'
  /** Land (lahan). */
  | 'LAND'
  /** A laptop computer. */
  | 'LAPTOP'
  /** Livestock (ternak). */
  | 'LIVESTOCK'
  /** A motorcycle. */
  | 'MOTORCYCLE'
  /** A refrigerator. */
  | 'REFRIGERATOR'
  /** A smartphone. */
  | 'SMARTPHONE'
  /** A television. */
  | 'TELEVISION';

/** JKN membership segment: who pays the premium. */
export type BpjsSegment =
  /** Bukan Pekerja: non-workers such as pensioners and investors. */
  | 'BP'
  /** Penerima Bantuan Iuran: premium paid by a regional budget (APBD). */
  | 'PBI_APBD'
  /** Penerima Bantuan Iuran: premium paid by the state budget (APBN). */
  | 'PBI_APBN'
  /** Pekerja Bukan Penerima Upah: self-employed and informal workers, paying themselves. */
  | 'PBPU'
  /** Pekerja Penerima Upah: wage earners, premium shared with the employer. */
  | 'PPU';

/** What a Dukcapil change event did to a person's record. */
export type ChangeKind =
  /** The person moved: read the new address through `citizen`. */
  | 'ADDRESS_CHANGED'
  /** The death was registered: read the date through `citizen.diedOn`. */
  | 'DIED'
  /** Pecah KK: the person moved to a new family card, e.g. on marriage or divorce. */
  | 'FAMILY_SPLIT';

/** Citizenship (kewarganegaraan) as recorded by Dukcapil. */
export type Citizenship =
  /** Warga Negara Asing: foreign national with a residence registration. */
  | 'WNA'
  /** Warga Negara Indonesia: Indonesian citizen. */
  | 'WNI';

/** A service that may read the graph: registered anew, or changed. */
export type ClientInput = {
  /** An inactive client is refused everything. Default: true. */
  active?: InputMaybe<Scalars['Boolean']['input']>;
  /** The agency responsible for the service (the data controller). */
  agency: Scalars['String']['input'];
  /** Where to reach whoever answers for the service. */
  contactEmail: Scalars['String']['input'];
  /** The OIDC client id: lower case letters, digits and hyphens. */
  id: Scalars['String']['input'];
  /** Name of the service. */
  name: Scalars['String']['input'];
  /** Where the service publishes its privacy policy. */
  policyUrl: Scalars['String']['input'];
};

/** A client's quota; a limit left out (null) is the hub's default. */
export type ClientQuotaInput = {
  /** Most distinct persons read per day (UTC), 1 to 100,000,000. */
  personsPerDay?: InputMaybe<Scalars['Int']['input']>;
  /** Most distinct persons read per hour, 1 to 100,000,000. */
  personsPerHour?: InputMaybe<Scalars['Int']['input']>;
  /** Most requests for personal data per minute, 1 to 100,000,000. */
  requestsPerMinute?: InputMaybe<Scalars['Int']['input']>;
};

/** Who is in the cohort: every condition given must hold. */
export type CohortFilter = {
  /** Only people in one of these age bands. */
  ageBands?: InputMaybe<Array<AgeBand>>;
  /** true: JKN membership active; false: none or not active. */
  bpjsActive?: InputMaybe<Scalars['Boolean']['input']>;
  /** JKN segment among these. */
  bpjsSegments?: InputMaybe<Array<BpjsSegment>>;
  /** Highest welfare decile (1-10). */
  decileMax?: InputMaybe<Scalars['Int']['input']>;
  /** Lowest welfare decile (1-10); people in no surveyed household are left out when a decile is given. */
  decileMin?: InputMaybe<Scalars['Int']['input']>;
  /** Eligible for every programme listed. */
  eligibleFor?: InputMaybe<Array<CohortProgramme>>;
  /** Holding any of these licences. */
  licences?: InputMaybe<Array<LicenceHeld>>;
  /** NPWP status among these. */
  npwpStatuses?: InputMaybe<Array<TaxpayerStatus>>;
  /** A Kemendagri province (53), regency (53.01) or district (53.01.01) code. */
  regionPrefix?: InputMaybe<Scalars['String']['input']>;
  /** Only people of this sex. */
  sex?: InputMaybe<Sex>;
};

/** A social-assistance programme whose eligibility DTSEN decides. */
export type CohortProgramme =
  /** Bantuan Pangan Non Tunai / Sembako (food assistance). */
  | 'BPNT'
  /** Penerima Bantuan Iuran JKN: health-insurance premium paid by the state. */
  | 'PBI_JK'
  /** Program Keluarga Harapan (conditional cash transfer). */
  | 'PKH';

/** What a cohort table counts. */
export type CohortUnit =
  /** DTSEN households, each counted once by its head's values. */
  | 'HOUSEHOLD'
  /** People. */
  | 'PERSON';

/** What a complaint is about. */
export type ComplaintCategory =
  /** Wrong or misused personal data. */
  | 'DATA'
  /** The service took longer than its standard. */
  | 'DELAY'
  /** Facilities of the service point. */
  | 'FACILITIES'
  /** A fee or an unofficial charge. */
  | 'FEE'
  /** Anything else. */
  | 'OTHER'
  /** Requirements or procedure. */
  | 'PROCEDURE'
  /** Officers' competence or behaviour. */
  | 'STAFF_CONDUCT';

/** A complaint: about one of your applications, or about a service at an MPP. */
export type ComplaintInput = {
  /** The application complained about (then MPP and service follow). */
  applicationId?: InputMaybe<Scalars['ID']['input']>;
  /** What it is about. */
  category: ComplaintCategory;
  /** What happened, 20-4,000 characters. */
  description: Scalars['String']['input'];
  /** The MPP, when no application is named. */
  mppId?: InputMaybe<Scalars['String']['input']>;
  /** The service, when no application is named. */
  service?: InputMaybe<ServiceCode>;
  /** A title, 5-150 characters. */
  title: Scalars['String']['input'];
};

/** A complaint's status, as SP4N-LAPOR! tracks it. */
export type ComplaintStatus =
  /** Answered with a resolution (LAPOR!: selesai). */
  | 'ANSWERED'
  /** Closed by the citizen after the answer (LAPOR!: selesai, ditutup). */
  | 'CLOSED'
  /** Taken up, a first response given (LAPOR!: proses). */
  | 'IN_PROGRESS'
  /** Filed, not yet taken up by the agency (LAPOR!: belum diverifikasi). */
  | 'RECEIVED';

/** Outcome of a taxpayer status confirmation (KSWP). */
export type ComplianceStatus =
  /** At least one of the conditions fails: see the reasons. */
  | 'INVALID'
  /** Registered, active, NIK matched, and the returns of the last two due tax years filed. */
  | 'VALID';

/** A consent request as of the server's clock now. */
export type ConsentRequestStatus =
  /** The citizen approved it: the consent it names was granted. */
  | 'APPROVED'
  /** The citizen declined it. */
  | 'DECLINED'
  /** Nobody answered it before it lapsed. */
  | 'EXPIRED'
  /** Waiting for the citizen. */
  | 'PENDING';

/** A consent as of the server's clock now. */
export type ConsentStatus =
  /** In force: between validFrom and validUntil and not revoked. */
  | 'ACTIVE'
  /** Past its validUntil. */
  | 'EXPIRED'
  /** Granted, but its validFrom is still to come. */
  | 'PENDING'
  /** Withdrawn by the citizen. */
  | 'REVOKED';

/** Where a citizen's request to correct their data stands. */
export type CorrectionStatus =
  /** The agency accepted it and corrects its register; the corrected value arrives through its connector. */
  | 'ACCEPTED'
  /** Waiting for the agency that holds the datum to answer. */
  | 'PENDING'
  /** The agency rejected it, with the reason in `answer`. */
  | 'REJECTED';

/** How far an eligibility decision as served rests on the automated rules alone (UU PDP No. 27/2022 Pasal 10). */
export type DecisionStatus =
  /** The person objected and no officer has reviewed it yet: the decision is not final and must not be acted on as final. */
  | 'CONTESTED'
  /** Decided by the rules alone, and not objected to. */
  | 'FINAL'
  /** An officer reviewed the automated decision and reversed it: `eligible` is the officer's outcome. */
  | 'REVIEWED_OVERTURNED'
  /** An officer reviewed the automated decision and upheld it. */
  | 'REVIEWED_UPHELD';

/** A fixed dimension of cohort tables. */
export type Dimension =
  /** Age band (AgeBand). */
  | 'AGE_BAND'
  /** JKN membership segment (BpjsSegment). */
  | 'BPJS_SEGMENT'
  /** DTSEN welfare decile, 1 (poorest) to 10. */
  | 'DECILE'
  /** Province, by Kemendagri code (PP). */
  | 'PROVINCE'
  /** Regency or city, by Kemendagri code (PP.RR). */
  | 'REGENCY'
  /** Sex: MALE or FEMALE. */
  | 'SEX';

/** A household member's disability (penyandang disabilitas), as the DTSEN survey recorded it. */
export type Disability =
  /** Intellectual disability. */
  | 'INTELLECTUAL'
  /** Mental or psychosocial disability. */
  | 'MENTAL'
  /** More than one kind of disability (disabilitas ganda). */
  | 'MULTIPLE'
  /** No disability. */
  | 'NONE'
  /** Physical disability (disabilitas fisik). */
  | 'PHYSICAL'
  /** Sensory disability: sight, hearing or speech. */
  | 'SENSORY';

/** Highest education completed (Dukcapil categories). */
export type Education =
  /** Belum tamat SD: left primary school without completing it. */
  | 'BELUM_TAMAT_SD'
  /** Diploma I or II (one- or two-year vocational diploma). */
  | 'D1_D2'
  /** Diploma III (three-year vocational diploma, Ahli Madya). */
  | 'D3'
  /** Strata 1 (bachelor's degree) or Diploma IV (applied bachelor's). */
  | 'S1_D4'
  /** Strata 2 (master's degree). */
  | 'S2'
  /** Strata 3 (doctorate). */
  | 'S3'
  /** Sekolah Dasar (primary school, 6 years) or equivalent. */
  | 'SD'
  /** Sekolah Menengah Atas (senior high school) or equivalent, including SMK. */
  | 'SMA'
  /** Sekolah Menengah Pertama (junior high school) or equivalent. */
  | 'SMP'
  /** Tidak/belum sekolah: never attended school. */
  | 'TIDAK_SEKOLAH';

/** Main source of lighting: PLN (state grid) with or without a meter, or other. */
export type Electricity =
  /** No electricity. */
  | 'NONE'
  /** Electricity not from PLN, e.g. a generator or solar panels. */
  | 'NON_PLN'
  /** PLN electricity with its own meter. */
  | 'PLN_METERED'
  /** PLN electricity without a meter of its own (e.g. through a neighbour). */
  | 'PLN_UNMETERED';

/** A notification's e-mail. */
export type EmailStatus =
  /** Given up: refused for good, or failed too many times. */
  | 'FAILED'
  /** Not sent by e-mail: no address was set when it was made. */
  | 'NONE'
  /** To be sent (again, after a failure, with a growing wait). */
  | 'PENDING'
  /** Accepted by the mail server. */
  | 'SENT';

/** Sector of work: government, military/police and state-company employees exclude a household from assistance. */
export type EmploymentSector =
  /** Farming, fishing or forestry. */
  | 'AGRICULTURE'
  /** Civil servant (ASN/PNS) of a government agency. */
  | 'GOVERNMENT'
  /** Member of the armed forces (TNI) or the police (Polri). */
  | 'MILITARY_POLICE'
  /** Not working. */
  | 'NONE'
  /** Employee of a private company. */
  | 'PRIVATE'
  /** Self-employed or running a business (wiraswasta). */
  | 'SELF_EMPLOYED'
  /** Employee of a state-owned enterprise (BUMN/BUMD). */
  | 'STATE_ENTERPRISE';

/** A household member's main activity, as the DTSEN survey recorded it. */
export type EmploymentStatus =
  /** Keeping house (mengurus rumah tangga). */
  | 'HOMEMAKER'
  /** At school or in higher education. */
  | 'IN_SCHOOL'
  /** Not working for another reason (a child, retired, unable to work). */
  | 'NOT_WORKING'
  /** Looking for work (pengangguran). */
  | 'UNEMPLOYED'
  /** Working (bekerja). */
  | 'WORKING';

/** Kind of primary-care facility (FKTP). */
export type FacilityType =
  /** Dokter praktik perorangan: a general practitioner's own practice. */
  | 'DOKTER_PRAKTIK'
  /** Klinik pratama: a primary-care clinic. */
  | 'KLINIK_PRATAMA'
  /** Pusat Kesehatan Masyarakat: the public community health centre of a district. */
  | 'PUSKESMAS';

/** Relationship to the head of the family card (SHDK). */
export type FamilyRelationship =
  /** Anak: child of the head. */
  | 'CHILD'
  /** Menantu: the spouse of the head's child. */
  | 'CHILD_IN_LAW'
  /** Cucu: grandchild of the head. */
  | 'GRANDCHILD'
  /** Kepala keluarga: the head of the family card. */
  | 'HEAD'
  /** Pembantu: a domestic helper living in the household. */
  | 'HOUSEHOLD_HELPER'
  /** Suami: husband of the head. */
  | 'HUSBAND'
  /** Lainnya: any other relationship. */
  | 'OTHER'
  /** Famili lain: another relative of the head. */
  | 'OTHER_RELATIVE'
  /** Orang tua: parent of the head. */
  | 'PARENT'
  /** Mertua: parent-in-law of the head. */
  | 'PARENT_IN_LAW'
  /** Istri: wife of the head. */
  | 'WIFE';

/** Whether the annual return for a tax year was filed, and on time. */
export type FilingStatus =
  /** Filed by the deadline. */
  | 'FILED'
  /** Filed after the deadline. */
  | 'LATE'
  /** Not filed. */
  | 'NOT_FILED';

/** Main material of the floor (DTSEN housing survey). */
export type FloorMaterial =
  /** Bamboo. */
  | 'BAMBOO'
  /** Cement screed (semen). */
  | 'CEMENT'
  /** Ceramic tiles (keramik). */
  | 'CERAMIC'
  /** Bare earth (tanah). */
  | 'EARTH'
  /** Tiles or terrazzo (ubin, tegel). */
  | 'TILE'
  /** Wood or boards (kayu, papan). */
  | 'WOOD';

/** A consent to one client for one purpose. The citizen is the one signed on. */
export type GrantConsentInput = {
  /** The client (service) the consent is given to. */
  clientId: Scalars['String']['input'];
  /** Purpose code from the catalogue. */
  purpose: Scalars['String']['input'];
  /** Scopes the client's consent rule for this purpose lists. */
  scopes: Array<Scalars['String']['input']>;
  /** Default: now. Not in the past. */
  validFrom?: InputMaybe<Scalars['DateTimeISO']['input']>;
  /** Default: one year after validFrom; at most five years after it. */
  validUntil?: InputMaybe<Scalars['DateTimeISO']['input']>;
};

/** The health profession an STR registers (tenaga kesehatan and tenaga medis). */
export type HealthProfession =
  /** Dokter gigi (dentist). */
  | 'DENTIST'
  /** Dokter (physician). */
  | 'DOCTOR'
  /** Ahli teknologi laboratorium medik (medical laboratory analyst). */
  | 'LAB_ANALYST'
  /** Bidan (midwife). */
  | 'MIDWIFE'
  /** Perawat (nurse). */
  | 'NURSE'
  /** Nutrisionis or dietisien (nutritionist). */
  | 'NUTRITIONIST'
  /** Apoteker (pharmacist). */
  | 'PHARMACIST';

/** Why a JKN membership is inactive. */
export type InactiveReason =
  /** The member's data must be updated, e.g. matched with Dukcapil. */
  | 'DATA_UPDATE_REQUIRED'
  /** The employer is in arrears with the PPU member's premiums. */
  | 'EMPLOYER_ARREARS'
  /** Removed from the PBI (state-paid) list. */
  | 'PBI_DEACTIVATED'
  /** The member is in arrears with their own premiums (mostly PBPU). */
  | 'PREMIUM_ARREARS';

/** Lawful bases of UU PDP No. 27/2022, Pasal 20(2): (a) consent to (f) legitimate interest. */
export type LegalBasis =
  /** (a) The citizen's explicit consent: each citizen must grant it (Mutation.grantConsent). */
  | 'CONSENT'
  /** (b) Performance of a contract the citizen is party to, or steps at their request. */
  | 'CONTRACT'
  /** (c) The controller's legal obligation under a law or regulation. */
  | 'LEGAL_OBLIGATION'
  /** (f) The controller's legitimate interest, weighed against the citizen's rights. */
  | 'LEGITIMATE_INTEREST'
  /** (e) A task in the public interest, a public service or statutory authority. */
  | 'PUBLIC_TASK'
  /** (d) Protecting the citizen's vital interests. */
  | 'VITAL_INTEREST';

/** A kind of licence a person may hold. */
export type LicenceHeld =
  /** Nomor Induk Berusaha: a business the person owns, registered in OSS. */
  | 'NIB'
  /** Surat Izin Praktik: a licence to practise. */
  | 'SIP'
  /** Surat Tanda Registrasi: a health-worker registration. */
  | 'STR';

/** Licences that can be applied for through the hub: SIP (licence to practise). */
export type LicenceType =
  /** Surat Izin Praktik: licence to practise at one location. */
  | 'SIP';

/** Marital status (status perkawinan) as recorded by Dukcapil. */
export type MaritalStatus =
  /** Belum kawin: never married. */
  | 'BELUM_KAWIN'
  /** Cerai hidup: divorced. */
  | 'CERAI_HIDUP'
  /** Cerai mati: widowed. */
  | 'CERAI_MATI'
  /** Kawin: married. */
  | 'KAWIN';

/** NIK-NPWP matching (pemadanan) with the population register. */
export type MatchingStatus =
  /** The NIK is not yet matched with the NPWP. */
  | 'NOT_YET_VALID'
  /** The NIK is matched with the NPWP and valid as a tax identifier. */
  | 'VALID';

/** Whether a JKN membership currently gives cover. */
export type MembershipStatus =
  /** Active: the member is covered. */
  | 'ACTIVE'
  /** Inactive: no cover until the reason is resolved. */
  | 'INACTIVE';

/** The business an NIB is applied for: all the applicant enters. */
export type NibApplicationInput = {
  /** Its activity as a 5-digit KBLI 2020 code, e.g. 56103 (Kedai Makanan). */
  kbli: Scalars['String']['input'];
  /** The business name, 3-200 characters. */
  name: Scalars['String']['input'];
};

/** What a notification is about. */
export type NotificationKind =
  /** One of your applications moved (verified, completed, rejected). */
  | 'APPLICATION_STATUS'
  /** Your complaint was answered. */
  | 'COMPLAINT_RESPONSE'
  /** A service asks for your consent. */
  | 'CONSENT_REQUEST'
  /** An officer received some of your data (your access log has the details). */
  | 'DATA_RELEASED'
  /** An agency answered your request under UU PDP: a correction, or an objection to an automated decision. */
  | 'RIGHTS_ANSWER';

/** What an officer's review of an automated eligibility decision concluded. */
export type ObjectionOutcome =
  /** The automated decision is reversed: eligible becomes not eligible, or the reverse. */
  | 'OVERTURNED'
  /** The automated decision stands. */
  | 'UPHELD';

/** Where an objection to an automated eligibility decision stands. */
export type ObjectionStatus =
  /** Reviewed by an officer: the outcome and the reason are recorded. */
  | 'ANSWERED'
  /** Received, waiting for review by an officer of Kementerian Sosial. */
  | 'OPEN';

/** Where the applicant will practise. */
export type PracticeLocationInput = {
  /** Name of the facility or practice, 3-200 characters. */
  name: Scalars['String']['input'];
  /** Kemendagri code `PP.RR` of the regency or city that issues the SIP. */
  regencyCode: Scalars['String']['input'];
};

/** A social-assistance programme whose eligibility DTSEN decides. */
export type Programme =
  /** Bantuan Pangan Non Tunai / Sembako (food assistance). */
  | 'BPNT'
  /** Penerima Bantuan Iuran JKN: health-insurance premium paid by the state. */
  | 'PBI_JK'
  /** Program Keluarga Harapan (conditional cash transfer). */
  | 'PKH';

/** A purpose of use: defined anew, or changed. */
export type PurposeInput = {
  /** A retired (inactive) purpose is refused in every request. Default: true. */
  active?: InputMaybe<Scalars['Boolean']['input']>;
  /** Upper-case code, e.g. SOCIAL_ASSISTANCE. */
  code: Scalars['String']['input'];
  /** What the purpose covers. */
  description: Scalars['String']['input'];
  /** Short name of the purpose. */
  name: Scalars['String']['input'];
};

/** An address as Dukcapil registers it. */
export type RegisteredAddressInput = {
  /** RT, 3 digits. */
  rt: Scalars['String']['input'];
  /** RW, 3 digits. */
  rw: Scalars['String']['input'];
  /** Street and house number, 3-200 characters. */
  street: Scalars['String']['input'];
  /** Kemendagri village (kelurahan or desa) code PP.RR.DD.VVVV. */
  villageCode: Scalars['String']['input'];
};

/** Religion (agama) as recorded by Dukcapil: the six recognised religions and Kepercayaan. */
export type Religion =
  /** Buddha (Buddhism). */
  | 'BUDDHA'
  /** Hindu. */
  | 'HINDU'
  /** Islam. */
  | 'ISLAM'
  /** Katolik (Catholicism). */
  | 'KATOLIK'
  /** Kepercayaan terhadap Tuhan YME (an indigenous belief, not one of the six religions). */
  | 'KEPERCAYAAN'
  /** Konghucu (Confucianism). */
  | 'KONGHUCU'
  /** Kristen (Protestant Christianity). */
  | 'KRISTEN';

/** An officer's decision on a licence application. */
export type ReviewDecision =
  /** Approve a verified application, issuing the SIP. */
  | 'APPROVE'
  /** Reject a submitted or verified application; a note is required. */
  | 'REJECT'
  /** Mark a submitted application verified. */
  | 'VERIFY';

/** OSS risk level of a business activity (KBLI x scale): it decides which permits the business needs. */
export type RiskLevel =
  /** Tinggi: NIB and a licence (izin) from the authority. */
  | 'HIGH'
  /** Rendah: the NIB alone suffices. */
  | 'LOW'
  /** Menengah tinggi: NIB and a verified standard certificate. */
  | 'MEDIUM_HIGH'
  /** Menengah rendah: NIB and a self-declared standard certificate. */
  | 'MEDIUM_LOW';

/** Main material of the roof (DTSEN housing survey). */
export type RoofMaterial =
  /** Asbestos sheets. */
  | 'ASBESTOS'
  /** Clay roof tiles (genteng tanah liat). */
  | 'CLAY_TILE'
  /** Concrete slab (beton). */
  | 'CONCRETE'
  /** Thatch: straw, palm fibre or leaves (ijuk, jerami, rumbia). */
  | 'THATCH'
  /** Corrugated zinc or metal sheets (seng). */
  | 'ZINC';

/** The toilet the household uses (DTSEN housing survey). */
export type Sanitation =
  /** No toilet facility. */
  | 'NONE'
  /** The household's own toilet. */
  | 'PRIVATE_TOILET'
  /** A public toilet (MCK umum). */
  | 'PUBLIC_TOILET'
  /** A toilet shared with certain other households. */
  | 'SHARED_TOILET';

/** Highest school level completed (BPS categories). */
export type SchoolLevel =
  /** Diploma IV or Strata 1 (bachelor's degree). */
  | 'BACHELOR'
  /** Diploma I to III (vocational diploma). */
  | 'DIPLOMA'
  /** Sekolah Menengah Pertama (SMP, junior high school) or equivalent. */
  | 'JUNIOR_SECONDARY'
  /** No school completed. */
  | 'NONE'
  /** Strata 2 or 3 (master's degree or doctorate). */
  | 'POSTGRADUATE'
  /** Sekolah Dasar (SD, primary school) or equivalent. */
  | 'PRIMARY'
  /** Sekolah Menengah Atas (SMA, senior high school), SMK or equivalent. */
  | 'SENIOR_SECONDARY';

/** A service application's status. */
export type ServiceApplicationStatus =
  /** Completed: the service was delivered (its outcome says what was issued). */
  | 'COMPLETED'
  /** Rejected, with the officer's note. */
  | 'REJECTED'
  /** Submitted, awaiting verification by an officer. */
  | 'SUBMITTED'
  /** Verified by an officer, awaiting completion. */
  | 'VERIFIED';

/** A public service an MPP offers through the hub, its application filled from the graph. */
export type ServiceCode =
  /** Change of address within Indonesia (pindah datang; Dukcapil). */
  | 'ADDRESS_CHANGE'
  /** Nomor Induk Berusaha for a micro or small business (OSS, Kementerian Investasi/BKPM). */
  | 'NIB_UMK'
  /** Proposal to enrol in JKN as a premium assistance recipient (PBI-JK; Dinas Sosial, BPJS). */
  | 'PBI_JK'
  /** Surat Izin Praktik, a health worker's licence to practise (decided by licensing). */
  | 'SIP';

/** An officer's decision on a service application. */
export type ServiceDecision =
  /** Complete a verified application: the service is delivered. */
  | 'COMPLETE'
  /** Reject a submitted or verified application; a note is required. */
  | 'REJECT'
  /** Mark a submitted application verified. */
  | 'VERIFY';

/** Sex (jenis kelamin) as recorded by Dukcapil. */
export type Sex =
  /** Perempuan (female). */
  | 'FEMALE'
  /** Laki-laki (male). */
  | 'MALE';

/** Where a health worker will practise: all the applicant enters for a SIP. */
export type SipLocationInput = {
  /** Name of the practice (clinic, hospital, own practice), 3-200 characters. */
  name: Scalars['String']['input'];
  /** Kemendagri code of its regency or city, PP.RR. */
  regencyCode: Scalars['String']['input'];
};

/** Your scores, 1 (poor) to 4 (very good), on the nine elements of the survey. */
export type SkmScoresInput = {
  /** U7 Perilaku pelaksana: the officers' behaviour. */
  behaviour: Scalars['Int']['input'];
  /** U6 Kompetensi pelaksana: the officers' competence. */
  competence: Scalars['Int']['input'];
  /** U8 Penanganan pengaduan, saran dan masukan: complaint handling. */
  complaintHandling: Scalars['Int']['input'];
  /** U3 Waktu penyelesaian: the time it took. */
  completionTime: Scalars['Int']['input'];
  /** U9 Sarana dan prasarana: the facilities. */
  facilities: Scalars['Int']['input'];
  /** U4 Biaya/tarif: the fee. */
  fee: Scalars['Int']['input'];
  /** U2 Sistem, mekanisme dan prosedur: the procedure. */
  procedure: Scalars['Int']['input'];
  /** U5 Produk spesifikasi jenis pelayanan: what was delivered. */
  product: Scalars['Int']['input'];
  /** U1 Persyaratan: the requirements. */
  requirements: Scalars['Int']['input'];
};

/** Annual return form: F1770, F1770S or F1770SS. */
export type SptForm =
  /** SPT 1770: individuals with business or professional income. */
  | 'F1770'
  /** SPT 1770 S: employees and others without business income. */
  | 'F1770S'
  /** SPT 1770 SS: employees with one employer and simple income. */
  | 'F1770SS';

/** What a steward change was about. */
export type StewardChangeKind =
  /** A client (service) registered or changed, its quota set, or its trusted documents. */
  | 'CLIENT'
  /** A purpose of use defined or changed. */
  | 'PURPOSE'
  /** An access rule set or retired. */
  | 'RULE';

/** What a client's officers receive where a person's NIK would be. */
export type SubjectIdentifierKind =
  /** The NIK itself. */
  | 'NIK'
  /** An identifier of the person for this client alone (`ps-` and 26 letters and digits), the same at every read; another client's identifier of the same person differs. The client asks about the person by it. */
  | 'PAIRWISE';

/** SMALL_CELL: under the minimum cell size; SECONDARY: withheld so that a small cell cannot be worked out from a total. */
export type SuppressionReason =
  /** Withheld so that a small cell cannot be worked out from a total. */
  | 'SECONDARY'
  /** Fewer people than the minimum cell size. */
  | 'SMALL_CELL';

/** NPWP registration status with the tax authority (DJP). */
export type TaxpayerStatus =
  /** Active taxpayer, required to file annual returns. */
  | 'ACTIVE'
  /** The NPWP has been deleted (hapus). */
  | 'DELETED'
  /** Non-effective (NE): need not file while income is below the threshold. */
  | 'NON_EFFECTIVE';

/** Main material of the outer walls (DTSEN housing survey). */
export type WallMaterial =
  /** Woven bamboo (bambu, anyaman bambu). */
  | 'BAMBOO'
  /** Brick or concrete masonry (tembok). */
  | 'BRICK'
  /** Any other material. */
  | 'OTHER'
  /** Wood or boards (kayu, papan). */
  | 'WOOD';

/** Main source of drinking water. */
export type WaterSource =
  /** Bottled or refill water (air kemasan, isi ulang). */
  | 'BOTTLED'
  /** Piped water (PDAM or another network). */
  | 'PIPED'
  /** A protected well or borehole. */
  | 'PROTECTED_WELL'
  /** Rainwater. */
  | 'RAIN'
  /** A river, lake or other surface water. */
  | 'RIVER'
  /** A spring (mata air). */
  | 'SPRING'
  /** An unprotected well. */
  | 'UNPROTECTED_WELL';

export type Citizen360QueryVariables = Exact<{
  nik: Scalars['NIK']['input'];
}>;


export type Citizen360Query = { __typename?: 'Query', citizen?: { __typename?: 'Citizen', fullName?: string | null, sex?: Sex | null, birthDate?: string | null, ihsNumber?: string | null, address?: { __typename?: 'Address', street: string, rt: string, rw: string, village?: { __typename?: 'Village', name: string, district: { __typename?: 'District', name: string, regency: { __typename?: 'Regency', name: string, province: { __typename?: 'Province', name: string } } } } | null } | null, family?: { __typename?: 'Family', kk: string, members?: Array<{ __typename?: 'FamilyMember', relationship: FamilyRelationship, citizen?: { __typename?: 'Citizen', fullName?: string | null } | null }> | null } | null, household?: { __typename?: 'Household', welfareDecile: number, assets: Array<Asset>, housing: { __typename?: 'Housing', floorAreaM2: number, floorMaterial: FloorMaterial, drinkingWater: WaterSource, electricity: Electricity } } | null, eligibility?: { __typename?: 'Eligibility', pkh: boolean, bpnt: boolean, pbiJk: boolean, reasons: Array<string> } | null, taxProfile?: { __typename?: 'TaxProfile', npwp: string, status: TaxpayerStatus, matchingStatus: MatchingStatus, taxOffice: { __typename?: 'TaxOffice', name: string }, filings?: Array<{ __typename?: 'Filing', year: number, form: SptForm, status: FilingStatus }> | null } | null, bpjsMembership?: { __typename?: 'BpjsMembership', cardNumber: string, segment: BpjsSegment, careClass: number, status: MembershipStatus, statusReason?: InactiveReason | null, coverageStart: string, coverageEnd?: string | null, primaryCareFacility: { __typename?: 'Facility', name: string } } | null, licences?: { __typename?: 'Licences', str?: { __typename?: 'Str', number: string, profession: HealthProfession } | null, sips?: Array<{ __typename?: 'Sip', number: string, practiceLocation: string, validUntil: string }> | null, businesses?: Array<{ __typename?: 'Business', nib: string, name: string, activities?: Array<{ __typename?: 'BusinessActivity', kbli: string, riskLevel: RiskLevel }> | null }> | null } | null, applications?: Array<{ __typename?: 'LicenceApplication', id: string, status: ApplicationStatus }> | null } | null };

export type GrantConsentMutationVariables = Exact<{
  input: GrantConsentInput;
}>;


export type GrantConsentMutation = { __typename?: 'Mutation', grantConsent: { __typename?: 'Consent', id: string, status: ConsentStatus, receipt: Record<string, unknown> } };

export type MyProfileQueryVariables = Exact<{ [key: string]: never; }>;


export type MyProfileQuery = { __typename?: 'Query', me?: { __typename?: 'Me', nik: string, citizen?: { __typename?: 'Citizen', fullName?: string | null, birthDate?: string | null, bpjsMembership?: { __typename?: 'BpjsMembership', status: MembershipStatus } | null } | null, consents?: Array<{ __typename?: 'Consent', id: string, status: ConsentStatus, scopes: Array<string>, validUntil: string, client?: { __typename?: 'Client', id: string, name: string } | null }> | null } | null };


export const Citizen360Document = {"__meta__":{"hash":"7a5e07f8fcc77543d43eafdb119bf53a10a3d46fe8c21868df051bc89e32f96f"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Citizen360"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"nik"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"NIK"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"citizen"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"nik"},"value":{"kind":"Variable","name":{"kind":"Name","value":"nik"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fullName"}},{"kind":"Field","name":{"kind":"Name","value":"sex"}},{"kind":"Field","name":{"kind":"Name","value":"birthDate"}},{"kind":"Field","name":{"kind":"Name","value":"address"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"street"}},{"kind":"Field","name":{"kind":"Name","value":"rt"}},{"kind":"Field","name":{"kind":"Name","value":"rw"}},{"kind":"Field","name":{"kind":"Name","value":"village"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"district"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"regency"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"province"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"family"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kk"}},{"kind":"Field","name":{"kind":"Name","value":"members"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"relationship"}},{"kind":"Field","name":{"kind":"Name","value":"citizen"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fullName"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"household"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"welfareDecile"}},{"kind":"Field","name":{"kind":"Name","value":"housing"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"floorAreaM2"}},{"kind":"Field","name":{"kind":"Name","value":"floorMaterial"}},{"kind":"Field","name":{"kind":"Name","value":"drinkingWater"}},{"kind":"Field","name":{"kind":"Name","value":"electricity"}}]}},{"kind":"Field","name":{"kind":"Name","value":"assets"}}]}},{"kind":"Field","name":{"kind":"Name","value":"eligibility"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"pkh"}},{"kind":"Field","name":{"kind":"Name","value":"bpnt"}},{"kind":"Field","name":{"kind":"Name","value":"pbiJk"}},{"kind":"Field","name":{"kind":"Name","value":"reasons"}}]}},{"kind":"Field","name":{"kind":"Name","value":"taxProfile"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"npwp"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"matchingStatus"}},{"kind":"Field","name":{"kind":"Name","value":"taxOffice"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"filings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"form"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"bpjsMembership"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cardNumber"}},{"kind":"Field","name":{"kind":"Name","value":"segment"}},{"kind":"Field","name":{"kind":"Name","value":"careClass"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"statusReason"}},{"kind":"Field","name":{"kind":"Name","value":"primaryCareFacility"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"coverageStart"}},{"kind":"Field","name":{"kind":"Name","value":"coverageEnd"}}]}},{"kind":"Field","name":{"kind":"Name","value":"ihsNumber"}},{"kind":"Field","name":{"kind":"Name","value":"licences"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"str"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"profession"}}]}},{"kind":"Field","name":{"kind":"Name","value":"sips"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"practiceLocation"}},{"kind":"Field","name":{"kind":"Name","value":"validUntil"}}]}},{"kind":"Field","name":{"kind":"Name","value":"businesses"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nib"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"activities"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kbli"}},{"kind":"Field","name":{"kind":"Name","value":"riskLevel"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"applications"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]}}]} as unknown as DocumentNode<Citizen360Query, Citizen360QueryVariables>;
export const GrantConsentDocument = {"__meta__":{"hash":"98fe0680a02b7314efdf93659c7cbb6ddc4c7a62b83878d336e073b8c0ce3032"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"GrantConsent"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"GrantConsentInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"grantConsent"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"receipt"}}]}}]}}]} as unknown as DocumentNode<GrantConsentMutation, GrantConsentMutationVariables>;
export const MyProfileDocument = {"__meta__":{"hash":"6f4d4f5652a2bf45c35ca36b71cb7369d62f532ca9d10fdc39785e61375fd7e2"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MyProfile"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nik"}},{"kind":"Field","name":{"kind":"Name","value":"citizen"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fullName"}},{"kind":"Field","name":{"kind":"Name","value":"birthDate"}},{"kind":"Field","name":{"kind":"Name","value":"bpjsMembership"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"consents"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"scopes"}},{"kind":"Field","name":{"kind":"Name","value":"validUntil"}},{"kind":"Field","name":{"kind":"Name","value":"client"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]} as unknown as DocumentNode<MyProfileQuery, MyProfileQueryVariables>;