/**
 * What pages group figures by: a topic for each figure, from its metric (data/reference/topics.csv
 * maps the metric's first segment, `training.trainees` → `training`, to a topic). Pages ask for
 * topics and sources; they never match patterns in figure ids.
 */
import { z } from 'zod';

export const topicSchema = z.object({
  /** The metric key's first segment (`training` for `training.trainees`). */
  metric_prefix: z.string().regex(/^[a-z_]+$/),
  /** The topic pages ask for. */
  topic: z.string().regex(/^[a-z-]+$/),
  label_vi: z.string().min(1),
  label_en: z.string().min(1),
});
export type TopicRow = z.infer<typeof topicSchema>;

/** The topic of a metric key; a metric with no row fails, naming the file to edit. */
export function topicOf(metric: string, rows: readonly TopicRow[]): string {
  const prefix = metric.split('.')[0]!;
  const row = rows.find((r) => r.metric_prefix === prefix);
  if (!row) throw new Error(`metric "${metric}" has no topic: add a row for "${prefix}" to data/reference/topics.csv`);
  return row.topic;
}
