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

registerEnumType(FloorMaterial, {
  name: 'FloorMaterial',
  description: 'Main material of the floor (DTSEN housing survey).',
  valuesConfig: {
    CERAMIC: { description: 'Ceramic tiles (keramik).' },
    TILE: { description: 'Tiles or terrazzo (ubin, tegel).' },
    WOOD: { description: 'Wood or boards (kayu, papan).' },
    CEMENT: { description: 'Cement screed (semen).' },
    BAMBOO: { description: 'Bamboo.' },
    EARTH: { description: 'Bare earth (tanah).' },
  },
});
registerEnumType(WallMaterial, {
  name: 'WallMaterial',
  description: 'Main material of the outer walls (DTSEN housing survey).',
  valuesConfig: {
    BRICK: { description: 'Brick or concrete masonry (tembok).' },
    WOOD: { description: 'Wood or boards (kayu, papan).' },
    BAMBOO: { description: 'Woven bamboo (bambu, anyaman bambu).' },
    OTHER: { description: 'Any other material.' },
  },
});
registerEnumType(RoofMaterial, {
  name: 'RoofMaterial',
  description: 'Main material of the roof (DTSEN housing survey).',
  valuesConfig: {
    CONCRETE: { description: 'Concrete slab (beton).' },
    CLAY_TILE: { description: 'Clay roof tiles (genteng tanah liat).' },
    ZINC: { description: 'Corrugated zinc or metal sheets (seng).' },
    ASBESTOS: { description: 'Asbestos sheets.' },
    THATCH: { description: 'Thatch: straw, palm fibre or leaves (ijuk, jerami, rumbia).' },
  },
});
registerEnumType(WaterSource, {
  name: 'WaterSource',
  description: 'Main source of drinking water.',
  valuesConfig: {
    PIPED: { description: 'Piped water (PDAM or another network).' },
    BOTTLED: { description: 'Bottled or refill water (air kemasan, isi ulang).' },
    PROTECTED_WELL: { description: 'A protected well or borehole.' },
    UNPROTECTED_WELL: { description: 'An unprotected well.' },
    SPRING: { description: 'A spring (mata air).' },
    RIVER: { description: 'A river, lake or other surface water.' },
    RAIN: { description: 'Rainwater.' },
  },
});
registerEnumType(Sanitation, {
  name: 'Sanitation',
  description: 'The toilet the household uses (DTSEN housing survey).',
  valuesConfig: {
    PRIVATE_TOILET: { description: "The household's own toilet." },
    SHARED_TOILET: { description: 'A toilet shared with certain other households.' },
    PUBLIC_TOILET: { description: 'A public toilet (MCK umum).' },
    NONE: { description: 'No toilet facility.' },
  },
});
registerEnumType(Electricity, {
  name: 'Electricity',
  description: 'Main source of lighting: PLN (state grid) with or without a meter, or other.',
  valuesConfig: {
    PLN_METERED: { description: 'PLN electricity with its own meter.' },
    PLN_UNMETERED: { description: 'PLN electricity without a meter of its own (e.g. through a neighbour).' },
    NON_PLN: { description: 'Electricity not from PLN, e.g. a generator or solar panels.' },
    NONE: { description: 'No electricity.' },
  },
});
registerEnumType(Asset, {
  name: 'Asset',
  description: 'An asset the household owns, as the DTSEN survey records it for the proxy-means test.',
  valuesConfig: {
    REFRIGERATOR: { description: 'A refrigerator.' },
    AIR_CONDITIONER: { description: 'An air conditioner.' },
    MOTORCYCLE: { description: 'A motorcycle.' },
    CAR: { description: 'A car.' },
    LAND: { description: 'Land (lahan).' },
    GOLD: { description: 'Gold or jewellery (emas, perhiasan).' },
    SMARTPHONE: { description: 'A smartphone.' },
    TELEVISION: { description: 'A television.' },
    LAPTOP: { description: 'A laptop computer.' },
    LIVESTOCK: { description: 'Livestock (ternak).' },
  },
});
registerEnumType(SchoolLevel, {
  name: 'SchoolLevel',
  description: 'Highest school level completed (BPS categories).',
  valuesConfig: {
    NONE: { description: 'No school completed.' },
    PRIMARY: { description: 'Sekolah Dasar (SD, primary school) or equivalent.' },
    JUNIOR_SECONDARY: { description: 'Sekolah Menengah Pertama (SMP, junior high school) or equivalent.' },
    SENIOR_SECONDARY: { description: 'Sekolah Menengah Atas (SMA, senior high school), SMK or equivalent.' },
    DIPLOMA: { description: 'Diploma I to III (vocational diploma).' },
    BACHELOR: { description: "Diploma IV or Strata 1 (bachelor's degree)." },
    POSTGRADUATE: { description: "Strata 2 or 3 (master's degree or doctorate)." },
  },
});
registerEnumType(EmploymentStatus, {
  name: 'EmploymentStatus',
  description: "A household member's main activity, as the DTSEN survey recorded it.",
  valuesConfig: {
    WORKING: { description: 'Working (bekerja).' },
    UNEMPLOYED: { description: 'Looking for work (pengangguran).' },
    IN_SCHOOL: { description: 'At school or in higher education.' },
    HOMEMAKER: { description: 'Keeping house (mengurus rumah tangga).' },
    NOT_WORKING: { description: 'Not working for another reason (a child, retired, unable to work).' },
  },
});
registerEnumType(EmploymentSector, {
  name: 'EmploymentSector',
  description:
    'Sector of work: government, military/police and state-company employees exclude a household from assistance.',
  valuesConfig: {
    GOVERNMENT: { description: 'Civil servant (ASN/PNS) of a government agency.' },
    MILITARY_POLICE: { description: 'Member of the armed forces (TNI) or the police (Polri).' },
    STATE_ENTERPRISE: { description: 'Employee of a state-owned enterprise (BUMN/BUMD).' },
    PRIVATE: { description: 'Employee of a private company.' },
    SELF_EMPLOYED: { description: 'Self-employed or running a business (wiraswasta).' },
    AGRICULTURE: { description: 'Farming, fishing or forestry.' },
    NONE: { description: 'Not working.' },
  },
});
registerEnumType(Disability, {
  name: 'Disability',
  description: "A household member's disability (penyandang disabilitas), as the DTSEN survey recorded it.",
  valuesConfig: {
    NONE: { description: 'No disability.' },
    PHYSICAL: { description: 'Physical disability (disabilitas fisik).' },
    SENSORY: { description: 'Sensory disability: sight, hearing or speech.' },
    INTELLECTUAL: { description: 'Intellectual disability.' },
    MENTAL: { description: 'Mental or psychosocial disability.' },
    MULTIPLE: { description: 'More than one kind of disability (disabilitas ganda).' },
  },
});
registerEnumType(Programme, {
  name: 'Programme',
  description: 'A social-assistance programme whose eligibility DTSEN decides.',
  valuesConfig: {
    PKH: { description: 'Program Keluarga Harapan (conditional cash transfer).' },
    BPNT: { description: 'Bantuan Pangan Non Tunai / Sembako (food assistance).' },
    PBI_JK: { description: 'Penerima Bantuan Iuran JKN: health-insurance premium paid by the state.' },
  },
});
