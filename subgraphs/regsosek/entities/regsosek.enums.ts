import { registerEnumType } from 'type-graphql';

export enum FloorMaterial {
  CERAMIC = 'CERAMIC',
  TILE = 'TILE',
  WOOD = 'WOOD',
  CEMENT = 'CEMENT',
  BAMBOO = 'BAMBOO',
  EARTH = 'EARTH',
}
export enum WallMaterial {
  BRICK = 'BRICK',
  WOOD = 'WOOD',
  BAMBOO = 'BAMBOO',
  OTHER = 'OTHER',
}
export enum RoofMaterial {
  CONCRETE = 'CONCRETE',
  CLAY_TILE = 'CLAY_TILE',
  ZINC = 'ZINC',
  ASBESTOS = 'ASBESTOS',
  THATCH = 'THATCH',
}
export enum WaterSource {
  PIPED = 'PIPED',
  BOTTLED = 'BOTTLED',
  PROTECTED_WELL = 'PROTECTED_WELL',
  UNPROTECTED_WELL = 'UNPROTECTED_WELL',
  SPRING = 'SPRING',
  RIVER = 'RIVER',
  RAIN = 'RAIN',
}
export enum Sanitation {
  PRIVATE_TOILET = 'PRIVATE_TOILET',
  SHARED_TOILET = 'SHARED_TOILET',
  PUBLIC_TOILET = 'PUBLIC_TOILET',
  NONE = 'NONE',
}
export enum Electricity {
  PLN_METERED = 'PLN_METERED',
  PLN_UNMETERED = 'PLN_UNMETERED',
  NON_PLN = 'NON_PLN',
  NONE = 'NONE',
}
export enum Asset {
  REFRIGERATOR = 'REFRIGERATOR',
  AIR_CONDITIONER = 'AIR_CONDITIONER',
  MOTORCYCLE = 'MOTORCYCLE',
  CAR = 'CAR',
  LAND = 'LAND',
  GOLD = 'GOLD',
  SMARTPHONE = 'SMARTPHONE',
  TELEVISION = 'TELEVISION',
  LAPTOP = 'LAPTOP',
  LIVESTOCK = 'LIVESTOCK',
}
export enum SchoolLevel {
  NONE = 'NONE',
  PRIMARY = 'PRIMARY',
  JUNIOR_SECONDARY = 'JUNIOR_SECONDARY',
  SENIOR_SECONDARY = 'SENIOR_SECONDARY',
  DIPLOMA = 'DIPLOMA',
  BACHELOR = 'BACHELOR',
  POSTGRADUATE = 'POSTGRADUATE',
}
export enum EmploymentStatus {
  WORKING = 'WORKING',
  UNEMPLOYED = 'UNEMPLOYED',
  IN_SCHOOL = 'IN_SCHOOL',
  HOMEMAKER = 'HOMEMAKER',
  NOT_WORKING = 'NOT_WORKING',
}
/** Sector of work: government, military/police and state-company employees exclude a household from assistance. */
export enum EmploymentSector {
  GOVERNMENT = 'GOVERNMENT',
  MILITARY_POLICE = 'MILITARY_POLICE',
  STATE_ENTERPRISE = 'STATE_ENTERPRISE',
  PRIVATE = 'PRIVATE',
  SELF_EMPLOYED = 'SELF_EMPLOYED',
  AGRICULTURE = 'AGRICULTURE',
  NONE = 'NONE',
}
export enum Disability {
  NONE = 'NONE',
  PHYSICAL = 'PHYSICAL',
  SENSORY = 'SENSORY',
  INTELLECTUAL = 'INTELLECTUAL',
  MENTAL = 'MENTAL',
  MULTIPLE = 'MULTIPLE',
}
/** Social-assistance programmes whose eligibility DTSEN decides. */
export enum Programme {
  PKH = 'PKH',
  BPNT = 'BPNT',
  PBI_JK = 'PBI_JK',
}

registerEnumType(FloorMaterial, { name: 'FloorMaterial' });
registerEnumType(WallMaterial, { name: 'WallMaterial' });
registerEnumType(RoofMaterial, { name: 'RoofMaterial' });
registerEnumType(WaterSource, { name: 'WaterSource', description: 'Main source of drinking water.' });
registerEnumType(Sanitation, { name: 'Sanitation' });
registerEnumType(Electricity, {
  name: 'Electricity',
  description: 'Main source of lighting: PLN (state grid) with or without a meter, or other.',
});
registerEnumType(Asset, { name: 'Asset' });
registerEnumType(SchoolLevel, { name: 'SchoolLevel', description: 'Highest school level completed (BPS categories).' });
registerEnumType(EmploymentStatus, { name: 'EmploymentStatus' });
registerEnumType(EmploymentSector, { name: 'EmploymentSector' });
registerEnumType(Disability, { name: 'Disability' });
registerEnumType(Programme, { name: 'Programme' });
