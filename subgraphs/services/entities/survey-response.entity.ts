import { Entity, Enum, Index, PrimaryKey, Property } from '@mikro-orm/core';
import { ServiceCode } from './services.enums';

/**
 * One answer to the public satisfaction survey (SKM) after a completed application: the nine elements of
 * Permenpan-RB 14/2017, scored 1-4. It keeps the MPP, service and day it counts towards, and nothing that leads
 * back to who answered or which application it followed (its id is random; the application only notes that its
 * survey was answered, so that each is answered once).
 */
@Entity({ schema: 'services', tableName: 'survey_response' })
@Index({ properties: ['mppId', 'service', 'answeredOn'] })
export class SurveyResponse {
  @PrimaryKey({ type: 'uuid' })
  id!: string;

  @Property({ type: 'text' })
  mppId!: string;

  @Enum({ items: () => ServiceCode, type: 'text' })
  service!: ServiceCode;

  @Property({ type: 'date' })
  answeredOn!: string;

  @Property({ type: 'smallint' }) u1!: number;
  @Property({ type: 'smallint' }) u2!: number;
  @Property({ type: 'smallint' }) u3!: number;
  @Property({ type: 'smallint' }) u4!: number;
  @Property({ type: 'smallint' }) u5!: number;
  @Property({ type: 'smallint' }) u6!: number;
  @Property({ type: 'smallint' }) u7!: number;
  @Property({ type: 'smallint' }) u8!: number;
  @Property({ type: 'smallint' }) u9!: number;
}
