import { GraphQLScalarType, Kind } from 'graphql';
import { inputError } from '../errors';
import { checkKk, checkNik, type IdentityCheck } from './identity-number';
import { checkNpwp } from './npwp';

/**
 * A 16-digit identity number as a scalar, checked on the way in (argument literal or variable) before anything
 * is resolved, so a malformed value never reaches a database; the error names the failed check, never the value.
 */
function identityScalar(
  name: 'NIK' | 'KK' | 'NPWP',
  description: string,
  check: (value: unknown) => IdentityCheck<unknown>,
): GraphQLScalarType {
  const accept = (value: unknown): string => {
    const result = check(value);
    if (!result.ok) throw inputError(result.reason);
    return value as string;
  };
  return new GraphQLScalarType({
    name,
    description,
    serialize: (value) => value,
    parseValue: accept,
    parseLiteral: (ast) => {
      if (ast.kind !== Kind.STRING) throw inputError(`${name} must be a string of digits`);
      return accept(ast.value);
    },
  });
}

/** Nomor Induk Kependudukan. */
export const NIKScalar = identityScalar(
  'NIK',
  'Nomor Induk Kependudukan: 16 digits PPRRSS DDMMYY NNNN (first-registration kecamatan, birth date with +40 on the ' +
    'day for women, serial).',
  (value) => checkNik(value),
);

/** Nomor Kartu Keluarga (family card number). */
export const KKScalar = identityScalar(
  'KK',
  'Nomor Kartu Keluarga: 16 digits PPRRSS DDMMYY NNNN (issuing kecamatan, date recorded, serial).',
  (value) => checkKk(value),
);

/** Nomor Pokok Wajib Pajak (taxpayer number). */
export const NPWPScalar = identityScalar(
  'NPWP',
  "Nomor Pokok Wajib Pajak: a resident's NIK (16 digits), or the legacy 15 digits AA.BBB.BBB.C-DDD.EEE (Luhn check " +
    'digit C), optionally prefixed with 0.',
  (value) => checkNpwp(value),
);

/** Every custom scalar, by name: the gateway attaches these to the supergraph's API schema. */
export const SCALARS: Readonly<Record<string, GraphQLScalarType>> = { NIK: NIKScalar, KK: KKScalar, NPWP: NPWPScalar };
