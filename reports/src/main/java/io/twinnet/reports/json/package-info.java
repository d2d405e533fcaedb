/** A report as JSON and back ({@link io.twinnet.reports.json.ReportJson}), with Jackson. */
package io.twinnet.reports.json;
