import type { EntityManager } from '@mikro-orm/postgresql';
import { DisclosureSetting } from './entities/disclosure-setting.entity';

/** The disclosure control in force: the newest version (the migration writes the first). */
export async function currentSettings(em: EntityManager): Promise<DisclosureSetting> {
  const [latest] = await em.find(DisclosureSetting, {}, { orderBy: { version: 'desc' }, limit: 1 });
  return latest;
}
