/* eslint-disable */
import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
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

export type WebApplicationsFragment = { applications: Array<{ id: string, type: LicenceType, status: ApplicationStatus, submittedAt: string, issuedSip: string | null, unmetRequirements: Array<string> | null, practiceLocation: { name: string, regencyCode: string }, history: Array<{ status: ApplicationStatus, at: string, note: string | null }> | null }> | null };

export type WebApplyForSipMutationVariables = Exact<{
  nik: Scalars['NIK']['input'];
  location: PracticeLocationInput;
}>;


export type WebApplyForSipMutation = { applyForLicence: { id: string, status: ApplicationStatus, unmetRequirements: Array<string> | null } };

export type WebReviewApplicationMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  decision: ReviewDecision;
  note?: InputMaybe<Scalars['String']['input']>;
}>;


export type WebReviewApplicationMutation = { reviewLicenceApplication: { id: string, status: ApplicationStatus, issuedSip: string | null } };

export type WebAccessEventsQueryVariables = Exact<{
  filter: AccessEventFilter;
  after?: InputMaybe<Scalars['String']['input']>;
}>;


export type WebAccessEventsQuery = { accessEvents: { hasMore: boolean, endCursor: string | null, events: Array<{ position: number, at: string, kind: string, actorRole: string, actorSubject: string, clientId: string | null, purpose: string | null, nik: string | null, decision: string | null, basis: string | null, scopes: Array<string>, refusedScopes: Array<string> }> | null } | null };

export type WebCheckpointQueryVariables = Exact<{ [key: string]: never; }>;


export type WebCheckpointQuery = { accessLogCheckpoint: { size: number, root: string, at: string, keyId: string, signature: string, publicKey: string } | null };

export type WebBreachScopeQueryVariables = Exact<{
  clientId: Scalars['String']['input'];
  from: Scalars['DateTimeISO']['input'];
  to: Scalars['DateTimeISO']['input'];
}>;


export type WebBreachScopeQuery = { breachScope: { affectedPeople: number, categories: Array<{ scope: string, description: string }>, subjects: Array<{ nik: string, releases: number, firstRelease: string, lastRelease: string, categories: Array<{ scope: string }> }> | null } | null };

export type WebLogPageFragment = { hasMore: boolean, endCursor: string | null, entries: Array<{ position: number, at: string, kind: string, role: string, decision: string | null, legalBasis: string | null, client: { name: string } | null, purpose: { code: string, name: string } | null, categories: Array<{ scope: string, description: string }>, refusedCategories: Array<{ scope: string, description: string }>, inclusion: { leafHash: string, leafIndex: number, path: Array<string>, checkpoint: { size: number, root: string, at: string, signature: string, publicKey: string } } | null }> | null };

export type WebMyOlderLogQueryVariables = Exact<{
  after?: InputMaybe<Scalars['String']['input']>;
}>;


export type WebMyOlderLogQuery = { me: { accessLog: { hasMore: boolean, endCursor: string | null, entries: Array<{ position: number, at: string, kind: string, role: string, decision: string | null, legalBasis: string | null, client: { name: string } | null, purpose: { code: string, name: string } | null, categories: Array<{ scope: string, description: string }>, refusedCategories: Array<{ scope: string, description: string }>, inclusion: { leafHash: string, leafIndex: number, path: Array<string>, checkpoint: { size: number, root: string, at: string, signature: string, publicKey: string } } | null }> | null } | null } | null };

export type WebMyDataQueryVariables = Exact<{ [key: string]: never; }>;


export type WebMyDataQuery = { me: { nik: string, citizen: { fullName: string | null, sex: Sex | null, birthPlace: string | null, birthDate: string | null, religion: Religion | null, maritalStatus: MaritalStatus | null, occupation: string | null, education: Education | null, address: { street: string, rt: string, rw: string, village: { code: string, name: string, district: { regency: { name: string } } } | null } | null, household: { welfareDecile: number, source: { agency: string, system: string, asOf: string } } | null, taxProfile: { npwp: string, status: TaxpayerStatus, source: { agency: string, system: string, asOf: string } } | null, eligibility: { decisions: Array<{ programme: Programme, eligible: boolean, ruleVersion: number | null, status: DecisionStatus, final: boolean, inputs: { welfareDecile: number, maxDecile: number | null, excludedSectors: Array<EmploymentSector> | null, memberSectors: Array<EmploymentSector> | null } | null, objection: { id: string, status: ObjectionStatus | null, outcome: ObjectionOutcome | null, reason: string | null, reviewReason: string | null, receivedAt: string | null, dueAt: string | null, reviewedAt: string | null, overdue: boolean | null } | null }> | null } | null, source: { agency: string, system: string, asOf: string } | null, bpjsMembership: { status: MembershipStatus, careClass: number, source: { agency: string, system: string, asOf: string } } | null, licences: { sips: Array<{ number: string, practiceLocation: string, source: { agency: string, system: string, asOf: string } }> | null } | null, applications: Array<{ id: string, type: LicenceType, status: ApplicationStatus, submittedAt: string, issuedSip: string | null, unmetRequirements: Array<string> | null, practiceLocation: { name: string, regencyCode: string }, history: Array<{ status: ApplicationStatus, at: string, note: string | null }> | null }> | null } | null, accessLog: { hasMore: boolean, endCursor: string | null, entries: Array<{ position: number, at: string, kind: string, role: string, decision: string | null, legalBasis: string | null, client: { name: string } | null, purpose: { code: string, name: string } | null, categories: Array<{ scope: string, description: string }>, refusedCategories: Array<{ scope: string, description: string }>, inclusion: { leafHash: string, leafIndex: number, path: Array<string>, checkpoint: { size: number, root: string, at: string, signature: string, publicKey: string } } | null }> | null } | null, consents: Array<{ id: string, status: ConsentStatus, scopes: Array<string>, validUntil: string, receipt: Record<string, unknown>, client: { name: string } | null, purpose: { code: string, name: string } | null }> | null, consentRequests: Array<{ id: string, scopes: Array<string>, requestedAt: string, expiresAt: string, client: { name: string, agency: string } | null, purpose: { code: string, name: string, description: string } | null }> | null, corrections: Array<{ id: string, field: string, scope: string, agency: string, proposedValue: string, evidence: string, status: CorrectionStatus, receivedAt: string, dueAt: string, overdue: boolean, answeredAt: string | null, answer: string | null }> | null } | null, scopes: Array<{ name: string, description: string, sensitivity: string }> };

export type WebRevokeConsentMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type WebRevokeConsentMutation = { revokeConsent: { id: string, status: ConsentStatus } };

export type WebPendingRequestsFragment = { consentRequests: Array<{ id: string, scopes: Array<string>, requestedAt: string, expiresAt: string, client: { name: string, agency: string } | null, purpose: { code: string, name: string, description: string } | null }> | null };

export type WebAnswerConsentRequestMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  approve: Scalars['Boolean']['input'];
}>;


export type WebAnswerConsentRequestMutation = { answerConsentRequest: { id: string, status: ConsentRequestStatus } };

export type WebRequestConsentMutationVariables = Exact<{
  nik: Scalars['NIK']['input'];
}>;


export type WebRequestConsentMutation = { requestConsent: { id: string, status: ConsentRequestStatus, expiresAt: string } };

export type WebRequestCorrectionMutationVariables = Exact<{
  field: Scalars['String']['input'];
  proposedValue: Scalars['String']['input'];
  evidence: Scalars['String']['input'];
}>;


export type WebRequestCorrectionMutation = { requestCorrection: { id: string, field: string, agency: string, dueAt: string } };

export type WebRequestDataExportMutationVariables = Exact<{ [key: string]: never; }>;


export type WebRequestDataExportMutation = { requestDataExport: { id: string, createdAt: string, format: string, document: string, signature: string, keyId: string, publicKey: string, files: Array<{ name: string, agency: string, mediaType: string, content: string, sha256: string }> } };

export type WebCatalogueQueryVariables = Exact<{ [key: string]: never; }>;


export type WebCatalogueQuery = { clients: Array<{ id: string, name: string, agency: string, active: boolean }>, purposes: Array<{ code: string, name: string, description: string, active: boolean }>, scopes: Array<{ name: string, description: string, sensitivity: string }> };

export type WebGrantConsentMutationVariables = Exact<{
  input: GrantConsentInput;
}>;


export type WebGrantConsentMutation = { grantConsent: { id: string, status: ConsentStatus } };

export type WebCorrectionQueueQueryVariables = Exact<{ [key: string]: never; }>;


export type WebCorrectionQueueQuery = { correctionQueue: Array<{ id: string, field: string, scope: string, agency: string, proposedValue: string, evidence: string, status: CorrectionStatus, receivedAt: string, dueAt: string, overdue: boolean, citizen: { nik: string, fullName: string | null } | null }> };

export type WebAnswerCorrectionMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  accept: Scalars['Boolean']['input'];
  reason: Scalars['String']['input'];
}>;


export type WebAnswerCorrectionMutation = { answerCorrection: { id: string, field: string, status: CorrectionStatus } };

export type WebEligibilityObjectionsQueryVariables = Exact<{ [key: string]: never; }>;


export type WebEligibilityObjectionsQuery = { eligibilityObjections: Array<{ id: string, programme: Programme | null, eligible: boolean | null, ruleVersion: number | null, reason: string | null, receivedAt: string | null, dueAt: string | null, overdue: boolean | null, inputs: { welfareDecile: number, maxDecile: number | null, excludedSectors: Array<EmploymentSector> | null, memberSectors: Array<EmploymentSector> | null } | null, citizen: { nik: string, fullName: string | null } | null }> | null };

export type WebReviewEligibilityObjectionMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  outcome: ObjectionOutcome;
  reason: Scalars['String']['input'];
}>;


export type WebReviewEligibilityObjectionMutation = { reviewEligibilityObjection: { id: string, programme: Programme | null, outcome: ObjectionOutcome | null } };

export type WebPendingCorrectionsFragment = { pendingCorrections: Array<{ field: string, agency: string, receivedAt: string, dueAt: string }> | null };

export type WebLookupQueryVariables = Exact<{
  nik: Scalars['NIK']['input'];
}>;


export type WebLookupQuery = { citizen: { fullName: string | null, birthDate: string | null, source: { agency: string, system: string, asOf: string } | null, address: { street: string, village: { name: string, district: { regency: { name: string } } } | null } | null, household: { welfareDecile: number, source: { agency: string, system: string, asOf: string } } | null, taxProfile: { status: TaxpayerStatus, source: { agency: string, system: string, asOf: string } } | null, bpjsMembership: { status: MembershipStatus, careClass: number, source: { agency: string, system: string, asOf: string } } | null, licences: { sips: Array<{ number: string, practiceLocation: string, source: { agency: string, system: string, asOf: string } }> | null } | null, pendingCorrections: Array<{ field: string, agency: string, receivedAt: string, dueAt: string }> | null } | null };

export type WebLicensingLookupQueryVariables = Exact<{
  nik: Scalars['NIK']['input'];
}>;


export type WebLicensingLookupQuery = { citizen: { fullName: string | null, birthDate: string | null, source: { agency: string, system: string, asOf: string } | null, address: { street: string, village: { name: string, district: { regency: { name: string } } } | null } | null, household: { welfareDecile: number, source: { agency: string, system: string, asOf: string } } | null, taxProfile: { status: TaxpayerStatus, source: { agency: string, system: string, asOf: string } } | null, bpjsMembership: { status: MembershipStatus, careClass: number, source: { agency: string, system: string, asOf: string } } | null, licences: { sips: Array<{ number: string, practiceLocation: string, source: { agency: string, system: string, asOf: string } }> | null } | null, pendingCorrections: Array<{ field: string, agency: string, receivedAt: string, dueAt: string }> | null, applications: Array<{ id: string, type: LicenceType, status: ApplicationStatus, submittedAt: string, issuedSip: string | null, unmetRequirements: Array<string> | null, practiceLocation: { name: string, regencyCode: string }, history: Array<{ status: ApplicationStatus, at: string, note: string | null }> | null }> | null } | null };

export type WebCohortQueryVariables = Exact<{
  filter: CohortFilter;
  groupBy: Array<Dimension> | Dimension;
  unit: CohortUnit;
}>;


export type WebCohortQuery = { cohort: { asOf: string, minCellSize: number, maxPerturbation: number, total: { count: number | null }, cells: Array<{ count: number | null, share: number | null, suppressed: SuppressionReason | null, coordinates: Array<{ dimension: Dimension, value: string | null }> }> } | null };

export type WebProfileFragment = { fullName: string | null, birthDate: string | null, source: { agency: string, system: string, asOf: string } | null, address: { street: string, village: { name: string, district: { regency: { name: string } } } | null } | null, household: { welfareDecile: number, source: { agency: string, system: string, asOf: string } } | null, taxProfile: { status: TaxpayerStatus, source: { agency: string, system: string, asOf: string } } | null, bpjsMembership: { status: MembershipStatus, careClass: number, source: { agency: string, system: string, asOf: string } } | null, licences: { sips: Array<{ number: string, practiceLocation: string, source: { agency: string, system: string, asOf: string } }> | null } | null };

export type WebPerformanceReportQueryVariables = Exact<{
  regencyCode: Scalars['String']['input'];
  from: Scalars['String']['input'];
  to: Scalars['String']['input'];
}>;


export type WebPerformanceReportQuery = { performanceReport: Array<{ mpp: { id: string, name: string, regencyCode: string }, satisfaction: { respondents: number, converted: number | null, grade: string | null, gradeName: string | null }, services: Array<{ service: ServiceCode, submitted: number, completed: number, completedWithinStandard: number, shareWithinStandard: number | null, medianProcessingDays: number | null, overdue: number, complaints: number, complaintsAnswered: number, complaintsAnsweredInTime: number, medianComplaintResolutionDays: number | null, byStatus: Array<{ status: ServiceApplicationStatus, count: number }>, satisfaction: { respondents: number, converted: number | null, grade: string | null, gradeName: string | null } }> }> };

export type WebMyRightsFragment = { corrections: Array<{ id: string, field: string, scope: string, agency: string, proposedValue: string, evidence: string, status: CorrectionStatus, receivedAt: string, dueAt: string, overdue: boolean, answeredAt: string | null, answer: string | null }> | null, citizen: { fullName: string | null, sex: Sex | null, birthPlace: string | null, birthDate: string | null, religion: Religion | null, maritalStatus: MaritalStatus | null, occupation: string | null, education: Education | null, address: { street: string, rt: string, rw: string } | null, household: { welfareDecile: number } | null, taxProfile: { npwp: string } | null, eligibility: { decisions: Array<{ programme: Programme, eligible: boolean, ruleVersion: number | null, status: DecisionStatus, final: boolean, inputs: { welfareDecile: number, maxDecile: number | null, excludedSectors: Array<EmploymentSector> | null, memberSectors: Array<EmploymentSector> | null } | null, objection: { id: string, status: ObjectionStatus | null, outcome: ObjectionOutcome | null, reason: string | null, reviewReason: string | null, receivedAt: string | null, dueAt: string | null, reviewedAt: string | null, overdue: boolean | null } | null }> | null } | null } | null };

export type WebDecisionInputsFragment = { welfareDecile: number, maxDecile: number | null, excludedSectors: Array<EmploymentSector> | null, memberSectors: Array<EmploymentSector> | null };

export type WebObjectToEligibilityMutationVariables = Exact<{
  programme: Programme;
  reason: Scalars['String']['input'];
}>;


export type WebObjectToEligibilityMutation = { objectToEligibility: { id: string, programme: Programme | null, status: ObjectionStatus | null, dueAt: string | null } };

export type WebMppsOfRegencyQueryVariables = Exact<{
  regencyCode: Scalars['String']['input'];
}>;


export type WebMppsOfRegencyQuery = { services: Array<{ service: ServiceCode, name: string, mpp: { id: string, name: string, regencyCode: string, address: string } }> };

export type WebServiceQueueQueryVariables = Exact<{
  mppId: Scalars['String']['input'];
  service?: InputMaybe<ServiceCode>;
}>;


export type WebServiceQueueQuery = { serviceQueue: Array<{ id: string, service: ServiceCode | null, serviceName: string, status: ServiceApplicationStatus | null, submittedAt: string | null, dueOn: string | null, decidedAt: string | null, overdue: boolean | null, outcome: string | null, mpp: { id: string, name: string } | null, entered: Array<{ label: string, value: string, scope: string }> | null, prefilled: Array<{ label: string, value: string, scope: string }> | null, requirements: Array<{ requirement: string, met: boolean, detail: string | null, scope: string }> | null, history: Array<{ status: ServiceApplicationStatus, at: string, note: string | null }> | null }> | null };

export type WebDecideServiceApplicationMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  decision: ServiceDecision;
  note?: InputMaybe<Scalars['String']['input']>;
}>;


export type WebDecideServiceApplicationMutation = { decideServiceApplication: { id: string, service: ServiceCode | null, serviceName: string, status: ServiceApplicationStatus | null, submittedAt: string | null, dueOn: string | null, decidedAt: string | null, overdue: boolean | null, outcome: string | null, mpp: { id: string, name: string } | null, entered: Array<{ label: string, value: string, scope: string }> | null, prefilled: Array<{ label: string, value: string, scope: string }> | null, requirements: Array<{ requirement: string, met: boolean, detail: string | null, scope: string }> | null, history: Array<{ status: ServiceApplicationStatus, at: string, note: string | null }> | null } };

export type WebComplaintQueueQueryVariables = Exact<{
  mppId: Scalars['String']['input'];
}>;


export type WebComplaintQueueQuery = { complaintQueue: Array<{ id: string, service: ServiceCode | null, agency: string | null, category: ComplaintCategory | null, title: string | null, description: string | null, status: ComplaintStatus | null, submittedAt: string | null, dueOn: string | null, overdue: boolean | null, answeredAt: string | null, applicationId: string | null, mpp: { id: string, name: string } | null, responses: Array<{ at: string, author: string, message: string, status: ComplaintStatus }> | null }> | null };

export type WebRespondToComplaintMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  message: Scalars['String']['input'];
  resolves: Scalars['Boolean']['input'];
}>;


export type WebRespondToComplaintMutation = { respondToComplaint: { id: string, title: string | null, status: ComplaintStatus | null } };

export type WebLaporExportQueryVariables = Exact<{
  mppId: Scalars['String']['input'];
  from: Scalars['String']['input'];
  to: Scalars['String']['input'];
}>;


export type WebLaporExportQuery = { laporExport: Array<{ lapor: { trackingId: string, title: string, content: string, category: string, destinationAgency: string, regencyCode: string, submittedAt: string, channel: string, anonymous: boolean, confidential: boolean, status: string, dueOn: string, followUps: Array<{ at: string, content: string }> | null } | null }> | null };

export type WebServiceApplicationFragment = { id: string, service: ServiceCode | null, serviceName: string, status: ServiceApplicationStatus | null, submittedAt: string | null, dueOn: string | null, decidedAt: string | null, overdue: boolean | null, outcome: string | null, mpp: { id: string, name: string } | null, entered: Array<{ label: string, value: string, scope: string }> | null, prefilled: Array<{ label: string, value: string, scope: string }> | null, requirements: Array<{ requirement: string, met: boolean, detail: string | null, scope: string }> | null, history: Array<{ status: ServiceApplicationStatus, at: string, note: string | null }> | null };

export type WebComplaintFragment = { id: string, service: ServiceCode | null, agency: string | null, category: ComplaintCategory | null, title: string | null, description: string | null, status: ComplaintStatus | null, submittedAt: string | null, dueOn: string | null, overdue: boolean | null, answeredAt: string | null, applicationId: string | null, mpp: { id: string, name: string } | null, responses: Array<{ at: string, author: string, message: string, status: ComplaintStatus }> | null };

export type WebInboxFragment = { unreadNotifications: number | null, notificationEmail: string | null, notifications: Array<{ id: string, kind: NotificationKind, title: string, body: string, link: string, createdAt: string, readAt: string | null, emailStatus: EmailStatus, occurrences: number }> | null };

export type WebMyServicesQueryVariables = Exact<{ [key: string]: never; }>;


export type WebMyServicesQuery = { me: { unreadNotifications: number | null, notificationEmail: string | null, applications: Array<{ surveyAnswered: boolean | null, id: string, service: ServiceCode | null, serviceName: string, status: ServiceApplicationStatus | null, submittedAt: string | null, dueOn: string | null, decidedAt: string | null, overdue: boolean | null, outcome: string | null, mpp: { id: string, name: string } | null, entered: Array<{ label: string, value: string, scope: string }> | null, prefilled: Array<{ label: string, value: string, scope: string }> | null, requirements: Array<{ requirement: string, met: boolean, detail: string | null, scope: string }> | null, history: Array<{ status: ServiceApplicationStatus, at: string, note: string | null }> | null }> | null, complaints: Array<{ id: string, service: ServiceCode | null, agency: string | null, category: ComplaintCategory | null, title: string | null, description: string | null, status: ComplaintStatus | null, submittedAt: string | null, dueOn: string | null, overdue: boolean | null, answeredAt: string | null, applicationId: string | null, mpp: { id: string, name: string } | null, responses: Array<{ at: string, author: string, message: string, status: ComplaintStatus }> | null }> | null, notifications: Array<{ id: string, kind: NotificationKind, title: string, body: string, link: string, createdAt: string, readAt: string | null, emailStatus: EmailStatus, occurrences: number }> | null } | null };

export type WebServiceCatalogueQueryVariables = Exact<{
  regencyCode: Scalars['String']['input'];
}>;


export type WebServiceCatalogueQuery = { services: Array<{ service: ServiceCode, name: string, agency: string, legalBasis: LegalBasis, legalReference: string, feeRupiah: number, standardDays: number, complaintDays: number, requirements: Array<{ requirement: string, scope: string }>, mpp: { id: string, name: string, regencyCode: string, address: string } }> };

export type WebApplyForNibMutationVariables = Exact<{
  nik: Scalars['NIK']['input'];
  mppId: Scalars['String']['input'];
  business: NibApplicationInput;
}>;


export type WebApplyForNibMutation = { applyForNib: { id: string, service: ServiceCode | null, serviceName: string, status: ServiceApplicationStatus | null, submittedAt: string | null, dueOn: string | null, decidedAt: string | null, overdue: boolean | null, outcome: string | null, mpp: { id: string, name: string } | null, entered: Array<{ label: string, value: string, scope: string }> | null, prefilled: Array<{ label: string, value: string, scope: string }> | null, requirements: Array<{ requirement: string, met: boolean, detail: string | null, scope: string }> | null, history: Array<{ status: ServiceApplicationStatus, at: string, note: string | null }> | null } };

export type WebApplyForPbiJkMutationVariables = Exact<{
  nik: Scalars['NIK']['input'];
  mppId: Scalars['String']['input'];
}>;


export type WebApplyForPbiJkMutation = { applyForPbiJk: { id: string, service: ServiceCode | null, serviceName: string, status: ServiceApplicationStatus | null, submittedAt: string | null, dueOn: string | null, decidedAt: string | null, overdue: boolean | null, outcome: string | null, mpp: { id: string, name: string } | null, entered: Array<{ label: string, value: string, scope: string }> | null, prefilled: Array<{ label: string, value: string, scope: string }> | null, requirements: Array<{ requirement: string, met: boolean, detail: string | null, scope: string }> | null, history: Array<{ status: ServiceApplicationStatus, at: string, note: string | null }> | null } };

export type WebApplyForAddressChangeMutationVariables = Exact<{
  nik: Scalars['NIK']['input'];
  mppId: Scalars['String']['input'];
  newAddress: AddressChangeInput;
}>;


export type WebApplyForAddressChangeMutation = { applyForAddressChange: { id: string, service: ServiceCode | null, serviceName: string, status: ServiceApplicationStatus | null, submittedAt: string | null, dueOn: string | null, decidedAt: string | null, overdue: boolean | null, outcome: string | null, mpp: { id: string, name: string } | null, entered: Array<{ label: string, value: string, scope: string }> | null, prefilled: Array<{ label: string, value: string, scope: string }> | null, requirements: Array<{ requirement: string, met: boolean, detail: string | null, scope: string }> | null, history: Array<{ status: ServiceApplicationStatus, at: string, note: string | null }> | null } };

export type WebApplyForServiceSipMutationVariables = Exact<{
  nik: Scalars['NIK']['input'];
  mppId: Scalars['String']['input'];
  location: SipLocationInput;
}>;


export type WebApplyForServiceSipMutation = { applyForSip: { id: string, service: ServiceCode | null, serviceName: string, status: ServiceApplicationStatus | null, submittedAt: string | null, dueOn: string | null, decidedAt: string | null, overdue: boolean | null, outcome: string | null, mpp: { id: string, name: string } | null, entered: Array<{ label: string, value: string, scope: string }> | null, prefilled: Array<{ label: string, value: string, scope: string }> | null, requirements: Array<{ requirement: string, met: boolean, detail: string | null, scope: string }> | null, history: Array<{ status: ServiceApplicationStatus, at: string, note: string | null }> | null } };

export type WebAnswerSurveyMutationVariables = Exact<{
  applicationId: Scalars['ID']['input'];
  scores: SkmScoresInput;
}>;


export type WebAnswerSurveyMutation = { answerSatisfactionSurvey: { applicationId: string, submittedAt: string } };

export type WebFileComplaintMutationVariables = Exact<{
  input: ComplaintInput;
}>;


export type WebFileComplaintMutation = { fileComplaint: { id: string, status: ComplaintStatus | null, dueOn: string | null } };

export type WebCloseComplaintMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  message?: InputMaybe<Scalars['String']['input']>;
}>;


export type WebCloseComplaintMutation = { closeComplaint: { id: string, status: ComplaintStatus | null } };

export type WebMarkNotificationsReadMutationVariables = Exact<{
  ids?: InputMaybe<Array<Scalars['ID']['input']> | Scalars['ID']['input']>;
}>;


export type WebMarkNotificationsReadMutation = { markNotificationsRead: { unreadNotifications: number | null, notificationEmail: string | null, notifications: Array<{ id: string, kind: NotificationKind, title: string, body: string, link: string, createdAt: string, readAt: string | null, emailStatus: EmailStatus, occurrences: number }> | null } | null };

export type WebSetNotificationEmailMutationVariables = Exact<{
  email?: InputMaybe<Scalars['String']['input']>;
}>;


export type WebSetNotificationEmailMutation = { setNotificationEmail: { unreadNotifications: number | null, notificationEmail: string | null, notifications: Array<{ id: string, kind: NotificationKind, title: string, body: string, link: string, createdAt: string, readAt: string | null, emailStatus: EmailStatus, occurrences: number }> | null } | null };

export type WebRegisterClientMutationVariables = Exact<{
  input: ClientInput;
  reason: Scalars['String']['input'];
}>;


export type WebRegisterClientMutation = { registerClient: { id: string } };

export type WebDefinePurposeMutationVariables = Exact<{
  input: PurposeInput;
  reason: Scalars['String']['input'];
}>;


export type WebDefinePurposeMutation = { definePurpose: { code: string } };

export type WebSetDisclosureControlMutationVariables = Exact<{
  minCellSize: Scalars['Int']['input'];
  maxPerturbation: Scalars['Int']['input'];
  reason: Scalars['String']['input'];
}>;


export type WebSetDisclosureControlMutation = { setDisclosureControl: { version: number } };

export type WebRightsCountsFragment = { received: number, answered: number, answeredInTime: number, open: number, overdue: number, medianHoursToAnswer: number | null, outcomes: Array<{ outcome: string, count: number }> };

export type WebOverdueRightsRequestFragment = { id: string, kind: string, agency: string, receivedAt: string, dueAt: string };

export type WebRightsReportQueryVariables = Exact<{
  month: Scalars['String']['input'];
}>;


export type WebRightsReportQuery = { rightsReport: { month: string, exports: { received: number, answered: number, answeredInTime: number, open: number, overdue: number, medianHoursToAnswer: number | null, outcomes: Array<{ outcome: string, count: number }> }, overdueExports: Array<{ id: string, kind: string, agency: string, receivedAt: string, dueAt: string }>, corrections: { received: number, answered: number, answeredInTime: number, open: number, overdue: number, medianHoursToAnswer: number | null, outcomes: Array<{ outcome: string, count: number }> }, overdueCorrections: Array<{ id: string, kind: string, agency: string, receivedAt: string, dueAt: string }>, objections: { received: number, answered: number, answeredInTime: number, open: number, overdue: number, medianHoursToAnswer: number | null, outcomes: Array<{ outcome: string, count: number }> }, overdueObjections: Array<{ id: string, kind: string, agency: string, receivedAt: string, dueAt: string }> } };

export type WebStewardOverviewQueryVariables = Exact<{ [key: string]: never; }>;


export type WebStewardOverviewQuery = { clients: Array<{ id: string, name: string, agency: string, contactEmail: string, policyUrl: string, active: boolean, requestsPerMinute: number | null, personsPerHour: number | null, personsPerDay: number | null }>, purposes: Array<{ code: string, name: string, description: string, active: boolean }>, disclosureControl: { version: number, minCellSize: number, maxPerturbation: number, changedBy: string, reason: string, changedAt: string }, scopes: Array<{ name: string, description: string, sensitivity: string }>, accessRules: Array<{ clientId: string, purpose: string, version: number, scopes: Array<string>, legalBasis: LegalBasis, legalReference: string }>, consentCounts: Array<{ clientId: string, purpose: string, active: number, pending: number, expired: number, revoked: number }>, stewardChanges: Array<{ id: string, at: string, actor: string, kind: StewardChangeKind, subject: string, reason: string }> };

export type WebRuleHistoryQueryVariables = Exact<{
  clientId: Scalars['String']['input'];
  purpose: Scalars['String']['input'];
}>;


export type WebRuleHistoryQuery = { accessRuleHistory: Array<{ version: number, scopes: Array<string>, legalBasis: LegalBasis, legalReference: string, retired: boolean, changedBy: string, reason: string, changedAt: string }> };

export type WebRuleDryRunQueryVariables = Exact<{
  input: AccessRuleInput;
}>;


export type WebRuleDryRunQuery = { accessRuleDryRun: { from: string, to: string, requests: number, people: number, truncated: boolean, changedPeople: number, newlyReleased: Array<{ scope: string, people: number, requests: number }>, newlyRefused: Array<{ scope: string, people: number, requests: number }> } };

export type WebSetAccessRuleMutationVariables = Exact<{
  input: AccessRuleInput;
  reason: Scalars['String']['input'];
}>;


export type WebSetAccessRuleMutation = { setAccessRule: { version: number } };

export type WebRetireAccessRuleMutationVariables = Exact<{
  clientId: Scalars['String']['input'];
  purpose: Scalars['String']['input'];
  reason: Scalars['String']['input'];
}>;


export type WebRetireAccessRuleMutation = { retireAccessRule: { version: number } };

export type WebSetClientQuotaMutationVariables = Exact<{
  clientId: Scalars['String']['input'];
  quota: ClientQuotaInput;
  reason: Scalars['String']['input'];
}>;


export type WebSetClientQuotaMutation = { setClientQuota: { id: string } };

export class TypedDocumentString<TResult, TVariables>
  extends String
  implements DocumentTypeDecoration<TResult, TVariables>
{
  __apiType?: NonNullable<DocumentTypeDecoration<TResult, TVariables>['__apiType']>;
  private value: string;
  public __meta__?: Record<string, any> | undefined;

  constructor(value: string, __meta__?: Record<string, any> | undefined) {
    super(value);
    this.value = value;
    this.__meta__ = __meta__;
  }

  override toString(): string & DocumentTypeDecoration<TResult, TVariables> {
    return this.value;
  }
}
export const WebApplicationsFragmentDoc = new TypedDocumentString(`
    fragment WebApplications on Citizen {
  applications {
    id
    type
    status
    submittedAt
    issuedSip
    practiceLocation {
      name
      regencyCode
    }
    unmetRequirements
    history {
      status
      at
      note
    }
  }
}
    `, {"fragmentName":"WebApplications"}) as unknown as TypedDocumentString<WebApplicationsFragment, unknown>;
export const WebLogPageFragmentDoc = new TypedDocumentString(`
    fragment WebLogPage on AccessLogPage {
  entries {
    position
    at
    kind
    role
    decision
    legalBasis
    client {
      name
    }
    purpose {
      code
      name
    }
    categories {
      scope
      description
    }
    refusedCategories {
      scope
      description
    }
    inclusion {
      leafHash
      leafIndex
      path
      checkpoint {
        size
        root
        at
        signature
        publicKey
      }
    }
  }
  hasMore
  endCursor
}
    `, {"fragmentName":"WebLogPage"}) as unknown as TypedDocumentString<WebLogPageFragment, unknown>;
export const WebPendingRequestsFragmentDoc = new TypedDocumentString(`
    fragment WebPendingRequests on Me {
  consentRequests(status: PENDING) {
    id
    scopes
    requestedAt
    expiresAt
    client {
      name
      agency
    }
    purpose {
      code
      name
      description
    }
  }
}
    `, {"fragmentName":"WebPendingRequests"}) as unknown as TypedDocumentString<WebPendingRequestsFragment, unknown>;
export const WebPendingCorrectionsFragmentDoc = new TypedDocumentString(`
    fragment WebPendingCorrections on Citizen {
  pendingCorrections {
    field
    agency
    receivedAt
    dueAt
  }
}
    `, {"fragmentName":"WebPendingCorrections"}) as unknown as TypedDocumentString<WebPendingCorrectionsFragment, unknown>;
export const WebProfileFragmentDoc = new TypedDocumentString(`
    fragment WebProfile on Citizen {
  fullName
  birthDate
  source {
    agency
    system
    asOf
  }
  address {
    street
    village {
      name
      district {
        regency {
          name
        }
      }
    }
  }
  household {
    welfareDecile
    source {
      agency
      system
      asOf
    }
  }
  taxProfile {
    status
    source {
      agency
      system
      asOf
    }
  }
  bpjsMembership {
    status
    careClass
    source {
      agency
      system
      asOf
    }
  }
  licences {
    sips {
      number
      practiceLocation
      source {
        agency
        system
        asOf
      }
    }
  }
}
    `, {"fragmentName":"WebProfile"}) as unknown as TypedDocumentString<WebProfileFragment, unknown>;
export const WebDecisionInputsFragmentDoc = new TypedDocumentString(`
    fragment WebDecisionInputs on DecisionInputs {
  welfareDecile
  maxDecile
  excludedSectors
  memberSectors
}
    `, {"fragmentName":"WebDecisionInputs"}) as unknown as TypedDocumentString<WebDecisionInputsFragment, unknown>;
export const WebMyRightsFragmentDoc = new TypedDocumentString(`
    fragment WebMyRights on Me {
  corrections {
    id
    field
    scope
    agency
    proposedValue
    evidence
    status
    receivedAt
    dueAt
    overdue
    answeredAt
    answer
  }
  citizen {
    fullName
    sex
    birthPlace
    birthDate
    religion
    maritalStatus
    occupation
    education
    address {
      street
      rt
      rw
    }
    household {
      welfareDecile
    }
    taxProfile {
      npwp
    }
    eligibility {
      decisions {
        programme
        eligible
        ruleVersion
        status
        final
        inputs {
          ...WebDecisionInputs
        }
        objection {
          id
          status
          outcome
          reason
          reviewReason
          receivedAt
          dueAt
          reviewedAt
          overdue
        }
      }
    }
  }
}
    fragment WebDecisionInputs on DecisionInputs {
  welfareDecile
  maxDecile
  excludedSectors
  memberSectors
}`, {"fragmentName":"WebMyRights"}) as unknown as TypedDocumentString<WebMyRightsFragment, unknown>;
export const WebServiceApplicationFragmentDoc = new TypedDocumentString(`
    fragment WebServiceApplication on ServiceApplication {
  id
  service
  serviceName
  status
  submittedAt
  dueOn
  decidedAt
  overdue
  outcome
  mpp {
    id
    name
  }
  entered {
    label
    value
    scope
  }
  prefilled {
    label
    value
    scope
  }
  requirements {
    requirement
    met
    detail
    scope
  }
  history {
    status
    at
    note
  }
}
    `, {"fragmentName":"WebServiceApplication"}) as unknown as TypedDocumentString<WebServiceApplicationFragment, unknown>;
export const WebComplaintFragmentDoc = new TypedDocumentString(`
    fragment WebComplaint on Complaint {
  id
  service
  agency
  category
  title
  description
  status
  submittedAt
  dueOn
  overdue
  answeredAt
  applicationId
  mpp {
    id
    name
  }
  responses {
    at
    author
    message
    status
  }
}
    `, {"fragmentName":"WebComplaint"}) as unknown as TypedDocumentString<WebComplaintFragment, unknown>;
export const WebInboxFragmentDoc = new TypedDocumentString(`
    fragment WebInbox on Me {
  notifications(first: 100) {
    id
    kind
    title
    body
    link
    createdAt
    readAt
    emailStatus
    occurrences
  }
  unreadNotifications
  notificationEmail
}
    `, {"fragmentName":"WebInbox"}) as unknown as TypedDocumentString<WebInboxFragment, unknown>;
export const WebRightsCountsFragmentDoc = new TypedDocumentString(`
    fragment WebRightsCounts on RightsRequestCounts {
  received
  answered
  answeredInTime
  open
  overdue
  outcomes {
    outcome
    count
  }
  medianHoursToAnswer
}
    `, {"fragmentName":"WebRightsCounts"}) as unknown as TypedDocumentString<WebRightsCountsFragment, unknown>;
export const WebOverdueRightsRequestFragmentDoc = new TypedDocumentString(`
    fragment WebOverdueRightsRequest on OverdueRightsRequest {
  id
  kind
  agency
  receivedAt
  dueAt
}
    `, {"fragmentName":"WebOverdueRightsRequest"}) as unknown as TypedDocumentString<WebOverdueRightsRequestFragment, unknown>;
export const WebApplyForSipDocument = new TypedDocumentString(`
    mutation WebApplyForSip($nik: NIK!, $location: PracticeLocationInput!) {
  applyForLicence(nik: $nik, type: SIP, practiceLocation: $location) {
    id
    status
    unmetRequirements
  }
}
    `) as unknown as TypedDocumentString<WebApplyForSipMutation, WebApplyForSipMutationVariables>;
export const WebReviewApplicationDocument = new TypedDocumentString(`
    mutation WebReviewApplication($id: ID!, $decision: ReviewDecision!, $note: String) {
  reviewLicenceApplication(id: $id, decision: $decision, note: $note) {
    id
    status
    issuedSip
  }
}
    `) as unknown as TypedDocumentString<WebReviewApplicationMutation, WebReviewApplicationMutationVariables>;
export const WebAccessEventsDocument = new TypedDocumentString(`
    query WebAccessEvents($filter: AccessEventFilter!, $after: String) {
  accessEvents(filter: $filter, first: 100, after: $after) {
    events {
      position
      at
      kind
      actorRole
      actorSubject
      clientId
      purpose
      nik
      decision
      basis
      scopes
      refusedScopes
    }
    hasMore
    endCursor
  }
}
    `) as unknown as TypedDocumentString<WebAccessEventsQuery, WebAccessEventsQueryVariables>;
export const WebCheckpointDocument = new TypedDocumentString(`
    query WebCheckpoint {
  accessLogCheckpoint {
    size
    root
    at
    keyId
    signature
    publicKey
  }
}
    `) as unknown as TypedDocumentString<WebCheckpointQuery, WebCheckpointQueryVariables>;
export const WebBreachScopeDocument = new TypedDocumentString(`
    query WebBreachScope($clientId: String!, $from: DateTimeISO!, $to: DateTimeISO!) {
  breachScope(clientId: $clientId, from: $from, to: $to) {
    affectedPeople
    categories {
      scope
      description
    }
    subjects {
      nik
      releases
      firstRelease
      lastRelease
      categories {
        scope
      }
    }
  }
}
    `) as unknown as TypedDocumentString<WebBreachScopeQuery, WebBreachScopeQueryVariables>;
export const WebMyOlderLogDocument = new TypedDocumentString(`
    query WebMyOlderLog($after: String) {
  me {
    accessLog(first: 50, after: $after) {
      ...WebLogPage
    }
  }
}
    fragment WebLogPage on AccessLogPage {
  entries {
    position
    at
    kind
    role
    decision
    legalBasis
    client {
      name
    }
    purpose {
      code
      name
    }
    categories {
      scope
      description
    }
    refusedCategories {
      scope
      description
    }
    inclusion {
      leafHash
      leafIndex
      path
      checkpoint {
        size
        root
        at
        signature
        publicKey
      }
    }
  }
  hasMore
  endCursor
}`) as unknown as TypedDocumentString<WebMyOlderLogQuery, WebMyOlderLogQueryVariables>;
export const WebMyDataDocument = new TypedDocumentString(`
    query WebMyData {
  me {
    nik
    citizen {
      ...WebProfile
      ...WebApplications
      address {
        village {
          code
        }
      }
    }
    accessLog(first: 50) {
      ...WebLogPage
    }
    consents {
      id
      status
      scopes
      validUntil
      receipt
      client {
        name
      }
      purpose {
        code
        name
      }
    }
    ...WebPendingRequests
    ...WebMyRights
  }
  scopes {
    name
    description
    sensitivity
  }
}
    fragment WebApplications on Citizen {
  applications {
    id
    type
    status
    submittedAt
    issuedSip
    practiceLocation {
      name
      regencyCode
    }
    unmetRequirements
    history {
      status
      at
      note
    }
  }
}
fragment WebLogPage on AccessLogPage {
  entries {
    position
    at
    kind
    role
    decision
    legalBasis
    client {
      name
    }
    purpose {
      code
      name
    }
    categories {
      scope
      description
    }
    refusedCategories {
      scope
      description
    }
    inclusion {
      leafHash
      leafIndex
      path
      checkpoint {
        size
        root
        at
        signature
        publicKey
      }
    }
  }
  hasMore
  endCursor
}
fragment WebPendingRequests on Me {
  consentRequests(status: PENDING) {
    id
    scopes
    requestedAt
    expiresAt
    client {
      name
      agency
    }
    purpose {
      code
      name
      description
    }
  }
}
fragment WebProfile on Citizen {
  fullName
  birthDate
  source {
    agency
    system
    asOf
  }
  address {
    street
    village {
      name
      district {
        regency {
          name
        }
      }
    }
  }
  household {
    welfareDecile
    source {
      agency
      system
      asOf
    }
  }
  taxProfile {
    status
    source {
      agency
      system
      asOf
    }
  }
  bpjsMembership {
    status
    careClass
    source {
      agency
      system
      asOf
    }
  }
  licences {
    sips {
      number
      practiceLocation
      source {
        agency
        system
        asOf
      }
    }
  }
}
fragment WebMyRights on Me {
  corrections {
    id
    field
    scope
    agency
    proposedValue
    evidence
    status
    receivedAt
    dueAt
    overdue
    answeredAt
    answer
  }
  citizen {
    fullName
    sex
    birthPlace
    birthDate
    religion
    maritalStatus
    occupation
    education
    address {
      street
      rt
      rw
    }
    household {
      welfareDecile
    }
    taxProfile {
      npwp
    }
    eligibility {
      decisions {
        programme
        eligible
        ruleVersion
        status
        final
        inputs {
          ...WebDecisionInputs
        }
        objection {
          id
          status
          outcome
          reason
          reviewReason
          receivedAt
          dueAt
          reviewedAt
          overdue
        }
      }
    }
  }
}
fragment WebDecisionInputs on DecisionInputs {
  welfareDecile
  maxDecile
  excludedSectors
  memberSectors
}`) as unknown as TypedDocumentString<WebMyDataQuery, WebMyDataQueryVariables>;
export const WebRevokeConsentDocument = new TypedDocumentString(`
    mutation WebRevokeConsent($id: ID!) {
  revokeConsent(id: $id) {
    id
    status
  }
}
    `) as unknown as TypedDocumentString<WebRevokeConsentMutation, WebRevokeConsentMutationVariables>;
export const WebAnswerConsentRequestDocument = new TypedDocumentString(`
    mutation WebAnswerConsentRequest($id: ID!, $approve: Boolean!) {
  answerConsentRequest(id: $id, approve: $approve) {
    id
    status
  }
}
    `) as unknown as TypedDocumentString<WebAnswerConsentRequestMutation, WebAnswerConsentRequestMutationVariables>;
export const WebRequestConsentDocument = new TypedDocumentString(`
    mutation WebRequestConsent($nik: NIK!) {
  requestConsent(nik: $nik) {
    id
    status
    expiresAt
  }
}
    `) as unknown as TypedDocumentString<WebRequestConsentMutation, WebRequestConsentMutationVariables>;
export const WebRequestCorrectionDocument = new TypedDocumentString(`
    mutation WebRequestCorrection($field: String!, $proposedValue: String!, $evidence: String!) {
  requestCorrection(
    field: $field
    proposedValue: $proposedValue
    evidence: $evidence
  ) {
    id
    field
    agency
    dueAt
  }
}
    `) as unknown as TypedDocumentString<WebRequestCorrectionMutation, WebRequestCorrectionMutationVariables>;
export const WebRequestDataExportDocument = new TypedDocumentString(`
    mutation WebRequestDataExport {
  requestDataExport {
    id
    createdAt
    format
    document
    signature
    keyId
    publicKey
    files {
      name
      agency
      mediaType
      content
      sha256
    }
  }
}
    `) as unknown as TypedDocumentString<WebRequestDataExportMutation, WebRequestDataExportMutationVariables>;
export const WebCatalogueDocument = new TypedDocumentString(`
    query WebCatalogue {
  clients {
    id
    name
    agency
    active
  }
  purposes {
    code
    name
    description
    active
  }
  scopes {
    name
    description
    sensitivity
  }
}
    `) as unknown as TypedDocumentString<WebCatalogueQuery, WebCatalogueQueryVariables>;
export const WebGrantConsentDocument = new TypedDocumentString(`
    mutation WebGrantConsent($input: GrantConsentInput!) {
  grantConsent(input: $input) {
    id
    status
  }
}
    `) as unknown as TypedDocumentString<WebGrantConsentMutation, WebGrantConsentMutationVariables>;
export const WebCorrectionQueueDocument = new TypedDocumentString(`
    query WebCorrectionQueue {
  correctionQueue(first: 50) {
    id
    field
    scope
    agency
    proposedValue
    evidence
    status
    receivedAt
    dueAt
    overdue
    citizen {
      nik
      fullName
    }
  }
}
    `) as unknown as TypedDocumentString<WebCorrectionQueueQuery, WebCorrectionQueueQueryVariables>;
export const WebAnswerCorrectionDocument = new TypedDocumentString(`
    mutation WebAnswerCorrection($id: ID!, $accept: Boolean!, $reason: String!) {
  answerCorrection(id: $id, accept: $accept, reason: $reason) {
    id
    field
    status
  }
}
    `) as unknown as TypedDocumentString<WebAnswerCorrectionMutation, WebAnswerCorrectionMutationVariables>;
export const WebEligibilityObjectionsDocument = new TypedDocumentString(`
    query WebEligibilityObjections {
  eligibilityObjections(status: OPEN, first: 50) {
    id
    programme
    eligible
    ruleVersion
    inputs {
      ...WebDecisionInputs
    }
    reason
    receivedAt
    dueAt
    overdue
    citizen {
      nik
      fullName
    }
  }
}
    fragment WebDecisionInputs on DecisionInputs {
  welfareDecile
  maxDecile
  excludedSectors
  memberSectors
}`) as unknown as TypedDocumentString<WebEligibilityObjectionsQuery, WebEligibilityObjectionsQueryVariables>;
export const WebReviewEligibilityObjectionDocument = new TypedDocumentString(`
    mutation WebReviewEligibilityObjection($id: ID!, $outcome: ObjectionOutcome!, $reason: String!) {
  reviewEligibilityObjection(id: $id, outcome: $outcome, reason: $reason) {
    id
    programme
    outcome
  }
}
    `) as unknown as TypedDocumentString<WebReviewEligibilityObjectionMutation, WebReviewEligibilityObjectionMutationVariables>;
export const WebLookupDocument = new TypedDocumentString(`
    query WebLookup($nik: NIK!) {
  citizen(nik: $nik) {
    ...WebProfile
    ...WebPendingCorrections
  }
}
    fragment WebPendingCorrections on Citizen {
  pendingCorrections {
    field
    agency
    receivedAt
    dueAt
  }
}
fragment WebProfile on Citizen {
  fullName
  birthDate
  source {
    agency
    system
    asOf
  }
  address {
    street
    village {
      name
      district {
        regency {
          name
        }
      }
    }
  }
  household {
    welfareDecile
    source {
      agency
      system
      asOf
    }
  }
  taxProfile {
    status
    source {
      agency
      system
      asOf
    }
  }
  bpjsMembership {
    status
    careClass
    source {
      agency
      system
      asOf
    }
  }
  licences {
    sips {
      number
      practiceLocation
      source {
        agency
        system
        asOf
      }
    }
  }
}`) as unknown as TypedDocumentString<WebLookupQuery, WebLookupQueryVariables>;
export const WebLicensingLookupDocument = new TypedDocumentString(`
    query WebLicensingLookup($nik: NIK!) {
  citizen(nik: $nik) {
    ...WebProfile
    ...WebPendingCorrections
    ...WebApplications
  }
}
    fragment WebApplications on Citizen {
  applications {
    id
    type
    status
    submittedAt
    issuedSip
    practiceLocation {
      name
      regencyCode
    }
    unmetRequirements
    history {
      status
      at
      note
    }
  }
}
fragment WebPendingCorrections on Citizen {
  pendingCorrections {
    field
    agency
    receivedAt
    dueAt
  }
}
fragment WebProfile on Citizen {
  fullName
  birthDate
  source {
    agency
    system
    asOf
  }
  address {
    street
    village {
      name
      district {
        regency {
          name
        }
      }
    }
  }
  household {
    welfareDecile
    source {
      agency
      system
      asOf
    }
  }
  taxProfile {
    status
    source {
      agency
      system
      asOf
    }
  }
  bpjsMembership {
    status
    careClass
    source {
      agency
      system
      asOf
    }
  }
  licences {
    sips {
      number
      practiceLocation
      source {
        agency
        system
        asOf
      }
    }
  }
}`) as unknown as TypedDocumentString<WebLicensingLookupQuery, WebLicensingLookupQueryVariables>;
export const WebCohortDocument = new TypedDocumentString(`
    query WebCohort($filter: CohortFilter!, $groupBy: [Dimension!]!, $unit: CohortUnit!) {
  cohort(filter: $filter, groupBy: $groupBy, unit: $unit) {
    asOf
    minCellSize
    maxPerturbation
    total {
      count
    }
    cells {
      coordinates {
        dimension
        value
      }
      count
      share
      suppressed
    }
  }
}
    `) as unknown as TypedDocumentString<WebCohortQuery, WebCohortQueryVariables>;
export const WebPerformanceReportDocument = new TypedDocumentString(`
    query WebPerformanceReport($regencyCode: String!, $from: String!, $to: String!) {
  performanceReport(regencyCode: $regencyCode, from: $from, to: $to) {
    mpp {
      id
      name
      regencyCode
    }
    satisfaction {
      respondents
      converted
      grade
      gradeName
    }
    services {
      service
      submitted
      byStatus {
        status
        count
      }
      completed
      completedWithinStandard
      shareWithinStandard
      medianProcessingDays
      overdue
      complaints
      complaintsAnswered
      complaintsAnsweredInTime
      medianComplaintResolutionDays
      satisfaction {
        respondents
        converted
        grade
        gradeName
      }
    }
  }
}
    `) as unknown as TypedDocumentString<WebPerformanceReportQuery, WebPerformanceReportQueryVariables>;
export const WebObjectToEligibilityDocument = new TypedDocumentString(`
    mutation WebObjectToEligibility($programme: Programme!, $reason: String!) {
  objectToEligibility(programme: $programme, reason: $reason) {
    id
    programme
    status
    dueAt
  }
}
    `) as unknown as TypedDocumentString<WebObjectToEligibilityMutation, WebObjectToEligibilityMutationVariables>;
export const WebMppsOfRegencyDocument = new TypedDocumentString(`
    query WebMppsOfRegency($regencyCode: String!) {
  services(regencyCode: $regencyCode) {
    service
    name
    mpp {
      id
      name
      regencyCode
      address
    }
  }
}
    `) as unknown as TypedDocumentString<WebMppsOfRegencyQuery, WebMppsOfRegencyQueryVariables>;
export const WebServiceQueueDocument = new TypedDocumentString(`
    query WebServiceQueue($mppId: String!, $service: ServiceCode) {
  serviceQueue(mppId: $mppId, service: $service, first: 100) {
    ...WebServiceApplication
  }
}
    fragment WebServiceApplication on ServiceApplication {
  id
  service
  serviceName
  status
  submittedAt
  dueOn
  decidedAt
  overdue
  outcome
  mpp {
    id
    name
  }
  entered {
    label
    value
    scope
  }
  prefilled {
    label
    value
    scope
  }
  requirements {
    requirement
    met
    detail
    scope
  }
  history {
    status
    at
    note
  }
}`) as unknown as TypedDocumentString<WebServiceQueueQuery, WebServiceQueueQueryVariables>;
export const WebDecideServiceApplicationDocument = new TypedDocumentString(`
    mutation WebDecideServiceApplication($id: ID!, $decision: ServiceDecision!, $note: String) {
  decideServiceApplication(id: $id, decision: $decision, note: $note) {
    ...WebServiceApplication
  }
}
    fragment WebServiceApplication on ServiceApplication {
  id
  service
  serviceName
  status
  submittedAt
  dueOn
  decidedAt
  overdue
  outcome
  mpp {
    id
    name
  }
  entered {
    label
    value
    scope
  }
  prefilled {
    label
    value
    scope
  }
  requirements {
    requirement
    met
    detail
    scope
  }
  history {
    status
    at
    note
  }
}`) as unknown as TypedDocumentString<WebDecideServiceApplicationMutation, WebDecideServiceApplicationMutationVariables>;
export const WebComplaintQueueDocument = new TypedDocumentString(`
    query WebComplaintQueue($mppId: String!) {
  complaintQueue(mppId: $mppId, first: 100) {
    ...WebComplaint
  }
}
    fragment WebComplaint on Complaint {
  id
  service
  agency
  category
  title
  description
  status
  submittedAt
  dueOn
  overdue
  answeredAt
  applicationId
  mpp {
    id
    name
  }
  responses {
    at
    author
    message
    status
  }
}`) as unknown as TypedDocumentString<WebComplaintQueueQuery, WebComplaintQueueQueryVariables>;
export const WebRespondToComplaintDocument = new TypedDocumentString(`
    mutation WebRespondToComplaint($id: ID!, $message: String!, $resolves: Boolean!) {
  respondToComplaint(id: $id, message: $message, resolves: $resolves) {
    id
    title
    status
  }
}
    `) as unknown as TypedDocumentString<WebRespondToComplaintMutation, WebRespondToComplaintMutationVariables>;
export const WebLaporExportDocument = new TypedDocumentString(`
    query WebLaporExport($mppId: String!, $from: String!, $to: String!) {
  laporExport(mppId: $mppId, from: $from, to: $to, first: 200) {
    lapor {
      trackingId
      title
      content
      category
      destinationAgency
      regencyCode
      submittedAt
      channel
      anonymous
      confidential
      status
      dueOn
      followUps {
        at
        content
      }
    }
  }
}
    `) as unknown as TypedDocumentString<WebLaporExportQuery, WebLaporExportQueryVariables>;
export const WebMyServicesDocument = new TypedDocumentString(`
    query WebMyServices {
  me {
    applications {
      ...WebServiceApplication
      surveyAnswered
    }
    complaints {
      ...WebComplaint
    }
    ...WebInbox
  }
}
    fragment WebServiceApplication on ServiceApplication {
  id
  service
  serviceName
  status
  submittedAt
  dueOn
  decidedAt
  overdue
  outcome
  mpp {
    id
    name
  }
  entered {
    label
    value
    scope
  }
  prefilled {
    label
    value
    scope
  }
  requirements {
    requirement
    met
    detail
    scope
  }
  history {
    status
    at
    note
  }
}
fragment WebComplaint on Complaint {
  id
  service
  agency
  category
  title
  description
  status
  submittedAt
  dueOn
  overdue
  answeredAt
  applicationId
  mpp {
    id
    name
  }
  responses {
    at
    author
    message
    status
  }
}
fragment WebInbox on Me {
  notifications(first: 100) {
    id
    kind
    title
    body
    link
    createdAt
    readAt
    emailStatus
    occurrences
  }
  unreadNotifications
  notificationEmail
}`) as unknown as TypedDocumentString<WebMyServicesQuery, WebMyServicesQueryVariables>;
export const WebServiceCatalogueDocument = new TypedDocumentString(`
    query WebServiceCatalogue($regencyCode: String!) {
  services(regencyCode: $regencyCode) {
    service
    name
    agency
    legalBasis
    legalReference
    feeRupiah
    standardDays
    complaintDays
    requirements {
      requirement
      scope
    }
    mpp {
      id
      name
      regencyCode
      address
    }
  }
}
    `) as unknown as TypedDocumentString<WebServiceCatalogueQuery, WebServiceCatalogueQueryVariables>;
export const WebApplyForNibDocument = new TypedDocumentString(`
    mutation WebApplyForNib($nik: NIK!, $mppId: String!, $business: NibApplicationInput!) {
  applyForNib(nik: $nik, mppId: $mppId, business: $business) {
    ...WebServiceApplication
  }
}
    fragment WebServiceApplication on ServiceApplication {
  id
  service
  serviceName
  status
  submittedAt
  dueOn
  decidedAt
  overdue
  outcome
  mpp {
    id
    name
  }
  entered {
    label
    value
    scope
  }
  prefilled {
    label
    value
    scope
  }
  requirements {
    requirement
    met
    detail
    scope
  }
  history {
    status
    at
    note
  }
}`) as unknown as TypedDocumentString<WebApplyForNibMutation, WebApplyForNibMutationVariables>;
export const WebApplyForPbiJkDocument = new TypedDocumentString(`
    mutation WebApplyForPbiJk($nik: NIK!, $mppId: String!) {
  applyForPbiJk(nik: $nik, mppId: $mppId) {
    ...WebServiceApplication
  }
}
    fragment WebServiceApplication on ServiceApplication {
  id
  service
  serviceName
  status
  submittedAt
  dueOn
  decidedAt
  overdue
  outcome
  mpp {
    id
    name
  }
  entered {
    label
    value
    scope
  }
  prefilled {
    label
    value
    scope
  }
  requirements {
    requirement
    met
    detail
    scope
  }
  history {
    status
    at
    note
  }
}`) as unknown as TypedDocumentString<WebApplyForPbiJkMutation, WebApplyForPbiJkMutationVariables>;
export const WebApplyForAddressChangeDocument = new TypedDocumentString(`
    mutation WebApplyForAddressChange($nik: NIK!, $mppId: String!, $newAddress: AddressChangeInput!) {
  applyForAddressChange(nik: $nik, mppId: $mppId, newAddress: $newAddress) {
    ...WebServiceApplication
  }
}
    fragment WebServiceApplication on ServiceApplication {
  id
  service
  serviceName
  status
  submittedAt
  dueOn
  decidedAt
  overdue
  outcome
  mpp {
    id
    name
  }
  entered {
    label
    value
    scope
  }
  prefilled {
    label
    value
    scope
  }
  requirements {
    requirement
    met
    detail
    scope
  }
  history {
    status
    at
    note
  }
}`) as unknown as TypedDocumentString<WebApplyForAddressChangeMutation, WebApplyForAddressChangeMutationVariables>;
export const WebApplyForServiceSipDocument = new TypedDocumentString(`
    mutation WebApplyForServiceSip($nik: NIK!, $mppId: String!, $location: SipLocationInput!) {
  applyForSip(nik: $nik, mppId: $mppId, practiceLocation: $location) {
    ...WebServiceApplication
  }
}
    fragment WebServiceApplication on ServiceApplication {
  id
  service
  serviceName
  status
  submittedAt
  dueOn
  decidedAt
  overdue
  outcome
  mpp {
    id
    name
  }
  entered {
    label
    value
    scope
  }
  prefilled {
    label
    value
    scope
  }
  requirements {
    requirement
    met
    detail
    scope
  }
  history {
    status
    at
    note
  }
}`) as unknown as TypedDocumentString<WebApplyForServiceSipMutation, WebApplyForServiceSipMutationVariables>;
export const WebAnswerSurveyDocument = new TypedDocumentString(`
    mutation WebAnswerSurvey($applicationId: ID!, $scores: SkmScoresInput!) {
  answerSatisfactionSurvey(applicationId: $applicationId, scores: $scores) {
    applicationId
    submittedAt
  }
}
    `) as unknown as TypedDocumentString<WebAnswerSurveyMutation, WebAnswerSurveyMutationVariables>;
export const WebFileComplaintDocument = new TypedDocumentString(`
    mutation WebFileComplaint($input: ComplaintInput!) {
  fileComplaint(input: $input) {
    id
    status
    dueOn
  }
}
    `) as unknown as TypedDocumentString<WebFileComplaintMutation, WebFileComplaintMutationVariables>;
export const WebCloseComplaintDocument = new TypedDocumentString(`
    mutation WebCloseComplaint($id: ID!, $message: String) {
  closeComplaint(id: $id, message: $message) {
    id
    status
  }
}
    `) as unknown as TypedDocumentString<WebCloseComplaintMutation, WebCloseComplaintMutationVariables>;
export const WebMarkNotificationsReadDocument = new TypedDocumentString(`
    mutation WebMarkNotificationsRead($ids: [ID!]) {
  markNotificationsRead(ids: $ids) {
    ...WebInbox
  }
}
    fragment WebInbox on Me {
  notifications(first: 100) {
    id
    kind
    title
    body
    link
    createdAt
    readAt
    emailStatus
    occurrences
  }
  unreadNotifications
  notificationEmail
}`) as unknown as TypedDocumentString<WebMarkNotificationsReadMutation, WebMarkNotificationsReadMutationVariables>;
export const WebSetNotificationEmailDocument = new TypedDocumentString(`
    mutation WebSetNotificationEmail($email: String) {
  setNotificationEmail(email: $email) {
    ...WebInbox
  }
}
    fragment WebInbox on Me {
  notifications(first: 100) {
    id
    kind
    title
    body
    link
    createdAt
    readAt
    emailStatus
    occurrences
  }
  unreadNotifications
  notificationEmail
}`) as unknown as TypedDocumentString<WebSetNotificationEmailMutation, WebSetNotificationEmailMutationVariables>;
export const WebRegisterClientDocument = new TypedDocumentString(`
    mutation WebRegisterClient($input: ClientInput!, $reason: String!) {
  registerClient(input: $input, reason: $reason) {
    id
  }
}
    `) as unknown as TypedDocumentString<WebRegisterClientMutation, WebRegisterClientMutationVariables>;
export const WebDefinePurposeDocument = new TypedDocumentString(`
    mutation WebDefinePurpose($input: PurposeInput!, $reason: String!) {
  definePurpose(input: $input, reason: $reason) {
    code
  }
}
    `) as unknown as TypedDocumentString<WebDefinePurposeMutation, WebDefinePurposeMutationVariables>;
export const WebSetDisclosureControlDocument = new TypedDocumentString(`
    mutation WebSetDisclosureControl($minCellSize: Int!, $maxPerturbation: Int!, $reason: String!) {
  setDisclosureControl(
    minCellSize: $minCellSize
    maxPerturbation: $maxPerturbation
    reason: $reason
  ) {
    version
  }
}
    `) as unknown as TypedDocumentString<WebSetDisclosureControlMutation, WebSetDisclosureControlMutationVariables>;
export const WebRightsReportDocument = new TypedDocumentString(`
    query WebRightsReport($month: String!) {
  rightsReport(month: $month) {
    month
    exports {
      ...WebRightsCounts
    }
    overdueExports {
      ...WebOverdueRightsRequest
    }
    corrections {
      ...WebRightsCounts
    }
    overdueCorrections {
      ...WebOverdueRightsRequest
    }
    objections {
      ...WebRightsCounts
    }
    overdueObjections {
      ...WebOverdueRightsRequest
    }
  }
}
    fragment WebRightsCounts on RightsRequestCounts {
  received
  answered
  answeredInTime
  open
  overdue
  outcomes {
    outcome
    count
  }
  medianHoursToAnswer
}
fragment WebOverdueRightsRequest on OverdueRightsRequest {
  id
  kind
  agency
  receivedAt
  dueAt
}`) as unknown as TypedDocumentString<WebRightsReportQuery, WebRightsReportQueryVariables>;
export const WebStewardOverviewDocument = new TypedDocumentString(`
    query WebStewardOverview {
  clients {
    id
    name
    agency
    contactEmail
    policyUrl
    active
    requestsPerMinute
    personsPerHour
    personsPerDay
  }
  purposes {
    code
    name
    description
    active
  }
  disclosureControl {
    version
    minCellSize
    maxPerturbation
    changedBy
    reason
    changedAt
  }
  scopes {
    name
    description
    sensitivity
  }
  accessRules {
    clientId
    purpose
    version
    scopes
    legalBasis
    legalReference
  }
  consentCounts {
    clientId
    purpose
    active
    pending
    expired
    revoked
  }
  stewardChanges(first: 20) {
    id
    at
    actor
    kind
    subject
    reason
  }
}
    `) as unknown as TypedDocumentString<WebStewardOverviewQuery, WebStewardOverviewQueryVariables>;
export const WebRuleHistoryDocument = new TypedDocumentString(`
    query WebRuleHistory($clientId: String!, $purpose: String!) {
  accessRuleHistory(clientId: $clientId, purpose: $purpose) {
    version
    scopes
    legalBasis
    legalReference
    retired
    changedBy
    reason
    changedAt
  }
}
    `) as unknown as TypedDocumentString<WebRuleHistoryQuery, WebRuleHistoryQueryVariables>;
export const WebRuleDryRunDocument = new TypedDocumentString(`
    query WebRuleDryRun($input: AccessRuleInput!) {
  accessRuleDryRun(input: $input, days: 30) {
    from
    to
    requests
    people
    truncated
    changedPeople
    newlyReleased {
      scope
      people
      requests
    }
    newlyRefused {
      scope
      people
      requests
    }
  }
}
    `) as unknown as TypedDocumentString<WebRuleDryRunQuery, WebRuleDryRunQueryVariables>;
export const WebSetAccessRuleDocument = new TypedDocumentString(`
    mutation WebSetAccessRule($input: AccessRuleInput!, $reason: String!) {
  setAccessRule(input: $input, reason: $reason) {
    version
  }
}
    `) as unknown as TypedDocumentString<WebSetAccessRuleMutation, WebSetAccessRuleMutationVariables>;
export const WebRetireAccessRuleDocument = new TypedDocumentString(`
    mutation WebRetireAccessRule($clientId: String!, $purpose: String!, $reason: String!) {
  retireAccessRule(clientId: $clientId, purpose: $purpose, reason: $reason) {
    version
  }
}
    `) as unknown as TypedDocumentString<WebRetireAccessRuleMutation, WebRetireAccessRuleMutationVariables>;
export const WebSetClientQuotaDocument = new TypedDocumentString(`
    mutation WebSetClientQuota($clientId: String!, $quota: ClientQuotaInput!, $reason: String!) {
  setClientQuota(clientId: $clientId, quota: $quota, reason: $reason) {
    id
  }
}
    `) as unknown as TypedDocumentString<WebSetClientQuotaMutation, WebSetClientQuotaMutationVariables>;