/**
 * A reproducibility report as immutable, validated data: a {@link io.twinnet.reports.model.Report}
 * holds provenance groups and {@link io.twinnet.reports.model.Section}s; a section holds paragraphs,
 * {@link io.twinnet.reports.model.Claim}s with one verdict per implementation,
 * {@link io.twinnet.reports.model.Figure}s (x–y charts with colour groups, line styles, bands and
 * reference curves; bar charts; estimates with intervals; heat maps) and
 * {@link io.twinnet.reports.model.Table}s. Nothing here knows what the numbers mean: the model is
 * as happy with neural networks as with anything else that is checked twice.
 *
 * <p>Every part validates on construction and throws a
 * {@link io.twinnet.reports.model.ReportModelException} naming the field; builders collect parts
 * in display order.
 */
package io.twinnet.reports.model;
