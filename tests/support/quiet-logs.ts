import { setLogLevel } from '../../hub/log';

setLogLevel((process.env.TEST_LOG_LEVEL as 'debug' | 'info' | 'warn' | 'error' | undefined) ?? 'error');
