import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { createMetrics } from '../../hub/metrics';

// The committed Grafana dashboard charts what the hub exports, under the names it exports them by.
describe('the Grafana dashboard', () => {
  it('queries only metrics the hub registers', async () => {
    const dashboard = JSON.parse(readFileSync(resolve(__dirname, '../../deploy/grafana/citizen360-hub.json'), 'utf8'));
    const metrics = createMetrics();
    const exported = new Set(
      (await metrics.registry.getMetricsAsJSON()).flatMap((metric) =>
        String(metric.type) === 'histogram'
          ? [`${metric.name}_bucket`, `${metric.name}_sum`, `${metric.name}_count`]
          : [metric.name],
      ),
    );
    const queried = (dashboard.panels as { targets: { expr: string }[] }[]).flatMap((panel) =>
      panel.targets.flatMap((target) => target.expr.match(/\b(?:c360|nodejs|process)_[a-z0-9_]+\b/g) ?? []),
    );
    expect(queried.length).toBeGreaterThan(15);
    expect(queried.filter((name) => !exported.has(name))).toEqual([]);
  });
});
