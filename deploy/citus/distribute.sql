-- Citus placement of every table the hub's migrations create: distributed (with its distribution column and
-- co-location group), reference (a copy on every node), or left local on the coordinator (with why).
-- deploy/citus/README.md explains the choices; tests/integration/citus-plan.test.ts checks this file against a
-- freshly migrated database (every table placed exactly once, columns and keys as Citus needs them).
--
-- Run once on the coordinator, with the workers already added (citus_add_node: an operator step), after
-- `node app/migrate.js` and after the key changes listed below have shipped as migrations of their owning
-- modules (create_distributed_table refuses a table whose keys lack the distribution column: run too early, this
-- stops at the first such table, and the reference tables placed before it are placed as planned):
--   psql -v ON_ERROR_STOP=1 -d "$DATABASE_URL" -f deploy/citus/distribute.sql
--
-- Line formats the test reads (one entry per line, nothing else on it):
--   SELECT create_reference_table('schema.table');
--   SELECT create_distributed_table('schema.table', 'column', colocate_with => 'none', shard_count => N);
--   SELECT create_distributed_table('schema.table', 'column', colocate_with => 'schema.first_table_of_group');
--   -- local schema.table: why it stays a plain PostgreSQL table on the coordinator
--   -- key-change schema.table constraint_or_index -> (column, ...): why      (the new key's columns)
--   -- key-change schema.table foreign_key -> drop: why                       (a foreign key Citus cannot keep)

-- The append-only triggers (refuse_change) only raise an error, so they are safe to run on shards; Citus
-- refuses triggers on distributed tables unless this is on. Also set it for the database (README) so that later
-- migrations adding such triggers pass.
SET citus.enable_unsafe_triggers TO on;

-- ## Key changes needed first (ship them as migrations of the owning module; the current key is in brackets)
--
-- Person group (by NIK): each key gains the NIK. What was unique alone (a card number, an NPWP, an IHS number,
-- a licence number, a NIB) is then unique per person only; the connectors that write them check it.
-- key-change population.change change_pkey -> (nik, id): [id]; the event id + NIK key already includes it
-- key-change population.citizen citizen_family_kk_foreign -> drop: families are distributed by KK, elsewhere
-- key-change regsosek.household_member household_member_household_id_foreign -> drop: households by their id
-- key-change tax.taxpayer taxpayer_pkey -> (nik, npwp): [npwp]; NPWP is the NIK for residents since 2024
-- key-change tax.filing filing_pkey -> (npwp, id): [id]; the id is already `${npwp}-${year}`
-- key-change health.membership membership_pkey -> (nik, card_number): [card_number]
-- key-change health.patient patient_ihs_number_unique -> (nik, ihs_number): [ihs_number]
-- key-change licensing.application application_pkey -> (nik, id): [id]; ids are random UUIDs
-- key-change licensing.sip sip_pkey -> (nik, number): [number]
-- key-change licensing.str str_pkey -> (nik, number): [number]
-- key-change licensing.business business_pkey -> (owner_nik, nib): [nib]; a change of owner is delete + insert
-- key-change consent.consent_event consent_event_pkey -> (nik, id): [id]
-- key-change consent.consent_event consent_event_granted -> (nik, consent_id): [consent_id] where GRANTED
-- key-change consent.consent_event consent_event_revoked -> (nik, consent_id): [consent_id] where REVOKED;
--   a racing second revocation names the same NIK, so it still fails here
-- key-change consent.consent_request consent_request_pkey -> (nik, id): [id]
-- key-change consent.rights_request rights_request_pkey -> (nik, id): [id]; ids are random UUIDs
-- key-change services.application application_pkey -> (nik, id): [id]; ids are random UUIDs
-- key-change services.application_event application_event_pkey -> (nik, id): [id]; the event carries the NIK
-- key-change services.notification notification_pkey -> (nik, id): [id]
-- key-change services.notification notification_source_key_unique -> (nik, source_key): [source_key]; a source
--   key names one person's application, request or access event, so it is unique per person as it was alone
-- key-change services.complaint complaint_pkey -> (nik, id): [id]
-- key-change services.complaint_response complaint_response_pkey -> (nik, id): [id]; the response carries the NIK
--
-- Tables keyed by something else, each in a group of its own:
-- key-change regsosek.household household_kk_unique -> (id, kk): [kk]; one household per KK is then kept by
--   the recommended regsosek.household_by_kk (kk primary key) in the family group (README, finding F4)
-- key-change licensing.business_activity business_activity_pkey -> (nib, id): [id]
-- key-change licensing.business_activity business_activity_nib_foreign -> drop: businesses are by owner NIK
-- key-change licensing.application_event application_event_pkey -> (application_id, id): [id]
-- key-change licensing.application_event application_event_application_id_foreign -> drop: applications by NIK
-- (Better, later: give business_activity the owner's NIK and application_event the applicant's NIK, move both
-- into the person group and keep their foreign keys as (nik, ...). The plan below fits the schema as it is.)

-- The trigger function of consent's append-only tables (access_rule, consent_event) must exist on every node.
SELECT create_distributed_function('consent.refuse_change()');

-- ## Reference tables: regions and catalogues, small, read everywhere and joined with person rows
-- Referenced tables come before the tables whose foreign keys point at them.
SELECT create_reference_table('population.province');
SELECT create_reference_table('population.regency');
SELECT create_reference_table('population.district');
SELECT create_reference_table('population.village');
SELECT create_reference_table('tax.tax_office');
SELECT create_reference_table('health.facility');
SELECT create_reference_table('regsosek.programme_rule');
SELECT create_reference_table('connectors.bps_village');
SELECT create_reference_table('consent.client');
SELECT create_reference_table('consent.purpose');
SELECT create_reference_table('consent.access_rule');
SELECT create_reference_table('consent.trusted_document');
SELECT create_reference_table('services.mpp');
SELECT create_reference_table('services.offering');

-- ## Person group: every table of one person's data, by NIK, co-located (a person's rows share one shard)
SELECT create_distributed_table('population.citizen', 'nik', colocate_with => 'none', shard_count => 128);
SELECT create_distributed_table('population.change', 'nik', colocate_with => 'population.citizen');
SELECT create_distributed_table('regsosek.household_member', 'nik', colocate_with => 'population.citizen');
SELECT create_distributed_table('tax.taxpayer', 'nik', colocate_with => 'population.citizen');
-- Returns are read by NPWP, never joined: a resident's NPWP is their NIK, so their returns share their shard.
SELECT create_distributed_table('tax.filing', 'npwp', colocate_with => 'population.citizen');
SELECT create_distributed_table('health.membership', 'nik', colocate_with => 'population.citizen');
SELECT create_distributed_table('health.patient', 'nik', colocate_with => 'population.citizen');
SELECT create_distributed_table('licensing.str', 'nik', colocate_with => 'population.citizen');
SELECT create_distributed_table('licensing.sip', 'nik', colocate_with => 'population.citizen');
SELECT create_distributed_table('licensing.business', 'owner_nik', colocate_with => 'population.citizen');
SELECT create_distributed_table('licensing.application', 'nik', colocate_with => 'population.citizen');
-- Consent: the release's consent lookup and every grant, revocation and request name one NIK: single-shard.
SELECT create_distributed_table('consent.consent_event', 'nik', colocate_with => 'population.citizen');
SELECT create_distributed_table('consent.consent_request', 'nik', colocate_with => 'population.citizen');
-- The data subject's requests (exports, corrections): one person's each; the stewards' report reads all shards.
SELECT create_distributed_table('consent.rights_request', 'nik', colocate_with => 'population.citizen');
-- MPP services: a citizen's applications, their history, complaints, inbox and e-mail address, all by NIK.
SELECT create_distributed_table('services.application', 'nik', colocate_with => 'population.citizen');
SELECT create_distributed_table('services.application_event', 'nik', colocate_with => 'population.citizen');
SELECT create_distributed_table('services.complaint', 'nik', colocate_with => 'population.citizen');
SELECT create_distributed_table('services.complaint_response', 'nik', colocate_with => 'population.citizen');
SELECT create_distributed_table('services.notification', 'nik', colocate_with => 'population.citizen');
SELECT create_distributed_table('services.contact', 'nik', colocate_with => 'population.citizen');
-- DTSEN objections to eligibility decisions: each one person's, keyed (nik, id); the review queue reads all shards.
SELECT create_distributed_table('regsosek.eligibility_objection', 'nik', colocate_with => 'population.citizen');

-- ## Family group: family cards by KK (a family's members live on many shards of the person group)
SELECT create_distributed_table('population.family', 'kk', colocate_with => 'none', shard_count => 32);

-- ## Household group: DTSEN households by their id, the key every read reaches them by (Household @key(id))
SELECT create_distributed_table('regsosek.household', 'id', colocate_with => 'none', shard_count => 32);

-- ## Business-activity group: a business's KBLI activities by NIB, read by NIB only
SELECT create_distributed_table('licensing.business_activity', 'nib', colocate_with => 'none', shard_count => 32);

-- ## Application-history group: an application's status history by application id, read by it only
SELECT create_distributed_table('licensing.application_event', 'application_id', colocate_with => 'none',
  shard_count => 32);

-- ## Survey group: satisfaction survey answers by their random id (anonymous: no NIK, no application)
SELECT create_distributed_table('services.survey_response', 'id', colocate_with => 'none',
  shard_count => 32);

-- ## Projection group: the planners' pseudonymised projection by its keyed hash (no NIK to co-locate with)
SELECT create_distributed_table('insights.person', 'person_key', colocate_with => 'none', shard_count => 128);

-- ## Pairwise-subject group: the identifiers given to each client, by the identifier (a keyed hash, read by it)
SELECT create_distributed_table('consent.pairwise_subject', 'subject', colocate_with => 'none', shard_count => 32);

-- ## Left local on the coordinator
-- local audit.access_event: one global Merkle log; positions are gapless and sealed in order under one head
-- local audit.checkpoint: the signed checkpoints of that one log, read with it by the verifier and proofs
-- local audit.log_head: the log's right edge, one row locked per appended batch (README: the access log)
-- local consent.steward_change: the stewards' change log, written with rule changes, read by stewards only
-- local consent.idempotent_request: keyed by caller and key, kept 24 h, never joined with person data
-- local licensing.idempotent_request: keyed by caller and key, kept 24 h, never joined with person data
-- local insights.idempotent_request: keyed by caller and key, kept 24 h, never joined with person data
-- local services.idempotent_request: keyed by caller and key, kept 24 h, never joined with person data
-- local services.notification_source: how far the notifier has read each source, two rows locked in turn
-- local insights.refresh: one row per projection rebuild
-- local insights.regency: the regencies in the projection, a few hundred rows, rebuilt with it, read whole
-- local insights.disclosure_setting: a few versions of the disclosure control, read whole
-- local insights.question_budget: planners' budgets, a few rows per planner
-- local insights.question_tally: one row per planner and day, counted under a row lock
-- local insights.question_cohort: answered cohorts for the differencing guard, 30 days, under one advisory lock
-- local connectors.import_run: the connectors' run bookkeeping, one row per import
-- local connectors.quarantine: rejected records of import runs, keyed by run
-- local population.mikro_orm_migrations: migration bookkeeping; migrations run on the coordinator
-- local regsosek.mikro_orm_migrations: migration bookkeeping; migrations run on the coordinator
-- local tax.mikro_orm_migrations: migration bookkeeping; migrations run on the coordinator
-- local health.mikro_orm_migrations: migration bookkeeping; migrations run on the coordinator
-- local licensing.mikro_orm_migrations: migration bookkeeping; migrations run on the coordinator
-- local consent.mikro_orm_migrations: migration bookkeeping; migrations run on the coordinator
-- local insights.mikro_orm_migrations: migration bookkeeping; migrations run on the coordinator
-- local services.mikro_orm_migrations: migration bookkeeping; migrations run on the coordinator
-- local audit.mikro_orm_migrations: migration bookkeeping; migrations run on the coordinator
-- local connectors.mikro_orm_migrations: migration bookkeeping; migrations run on the coordinator
