import type { Connector } from './core/connector';
import type { SourceExporter } from './core/exporter';
import { dukcapilConnector } from './dukcapil/connector';
import { dukcapilExporter } from './dukcapil/export';
import { dtsenConnector } from './dtsen/connector';
import { dtsenExporter } from './dtsen/export';
import { satusehatConnector } from './satusehat/connector';
import { satusehatExporter } from './satusehat/export';
import { djpConnector } from './djp/connector';
import { djpExporter } from './djp/export';
import { ossConnector } from './oss/connector';
import { ossExporter } from './oss/export';

interface SourceDefinition {
  connector: Connector;
  /** Writes a generated population in this source's format under `<dir>/<source>/`. */
  exporter: (dir: string) => Promise<SourceExporter>;
}

/**
 * Every agency source, in the order a full load imports them: the population register first, since the
 * other sources' records must name a NIK it holds.
 */
export const SOURCES: Readonly<Record<string, SourceDefinition>> = {
  dukcapil: { connector: dukcapilConnector, exporter: dukcapilExporter },
  dtsen: { connector: dtsenConnector, exporter: dtsenExporter },
  satusehat: { connector: satusehatConnector, exporter: satusehatExporter },
  djp: { connector: djpConnector, exporter: djpExporter },
  oss: { connector: ossConnector, exporter: ossExporter },
};
