import type { PopulationBatch } from '../generator';
import { Random } from '../prng';
import { addHealth, healthFacilities, healthTables, type HealthCounters } from './health';
import { addLicences, licensingTables, type LicensingCounters } from './licensing';
import { addHousehold, regsosekTables } from './regsosek';
import { addTaxpayers, taxOffices, taxTables } from './tax';
import type { TableRows } from './table-rows';

/**
 * Derives every other agency's records from the generated population, family by family, so they agree with
 * it and with each other (a poor household's members get PBI health cover, an employee gets an NPWP, ...).
 * One random stream for all batches: the output depends only on the seed and the population, not on batching.
 */
export class AgencyGenerator {
  private readonly random: Random;
  private readonly counters: HealthCounters & LicensingCounters = { card: 0, ihs: 0, str: 0, nib: 0 };

  constructor(seed: string | number) {
    this.random = new Random(`${seed}:agencies`);
  }

  /** Reference tables the agency records point to (tax offices, health facilities); loaded once, first. */
  reference(): TableRows[] {
    return [taxOffices(), healthFacilities()];
  }

  /** Tables in dependency order, as bulkInsert must load them. */
  derive(batch: PopulationBatch): TableRows[] {
    const regsosek = regsosekTables();
    const tax = taxTables();
    const health = healthTables();
    const licensing = licensingTables();
    let start = 0;
    for (const family of batch.families) {
      let end = start;
      while (end < batch.citizens.length && batch.citizens[end].familyKk === family.kk) end += 1;
      const members = batch.citizens.slice(start, end);
      start = end;
      const decile = addHousehold(this.random, family, members, regsosek);
      addTaxpayers(this.random, members, decile, tax);
      addHealth(this.random, members, decile, this.counters, health);
      addLicences(this.random, members, this.counters, licensing);
    }
    return [...regsosek, ...tax, ...health, ...licensing];
  }
}

/** Every agency table the seed writes, children first, for truncation. */
export const AGENCY_TABLES = [
  'regsosek.household_member',
  'regsosek.household',
  'tax.filing',
  'tax.taxpayer',
  'tax.tax_office',
  'health.membership',
  'health.patient',
  'health.facility',
  'services.application_event',
  'services.application',
  'licensing.application_event',
  'licensing.application',
  'licensing.sip',
  'licensing.str',
  'licensing.business_activity',
  'licensing.business',
];
