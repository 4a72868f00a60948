import { parseSeedArgs, UsageError } from '../../app/seed';

// `npm run seed -- ...` argument handling: what a person typing the command sees.
describe('seed command line', () => {
  it('reads the citizen count, seed and --replace', () => {
    expect(parseSeedArgs(['--citizens', '100000'])).toEqual({
      kind: 'seed',
      citizens: 100_000,
      seed: undefined,
      replace: false,
    });
    expect(parseSeedArgs(['--citizens=5', '--seed', 'demo', '--replace'])).toEqual({
      kind: 'seed',
      citizens: 5,
      seed: 'demo',
      replace: true,
    });
    expect(parseSeedArgs(['--help'])).toEqual({ kind: 'help' });
  });

  it('reads --export as writing files instead of loading a database', () => {
    expect(parseSeedArgs(['--citizens', '1000', '--export', 'out'])).toEqual({
      kind: 'export',
      citizens: 1_000,
      seed: undefined,
      dir: 'out',
    });
    expect(() => parseSeedArgs(['--citizens', '10', '--export', 'out', '--replace'])).toThrow(/drop --replace/);
    expect(() => parseSeedArgs(['--citizens', '10', '--export', ' '])).toThrow(/--export needs a directory/);
  });

  it.each([
    [[], /--citizens is required/],
    [['--citizens'], /argument missing/],
    [['--citizens', 'abc'], /whole number from 1 to 100000000, not "abc"/],
    [['--citizens', '1.5'], /whole number/],
    [['--citizens', '0'], /whole number/],
    [['--citizens', '1e3'], /whole number/],
    [['--citizens=-5'], /whole number/],
    [['--citizens', '10', '--bogus'], /Unknown option '--bogus'/],
    [['--citizens', '10', 'extra'], /Unexpected argument 'extra'/],
    [['--citizens', '10', '--seed', ' '], /--seed must not be empty/],
  ])('refuses %j with a clear message', (argv, message) => {
    expect(() => parseSeedArgs(argv as string[])).toThrow(UsageError);
    expect(() => parseSeedArgs(argv as string[])).toThrow(message);
  });
});
