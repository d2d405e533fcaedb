package io.twinnet.experiments.app.bench;

import java.util.List;

/**
 * Everything one {@code twinnet bench} run measured: the machine, the settings, one row per side and
 * case, the core's flop rates, the targets and the cases left out.
 *
 * @param machine      where it ran
 * @param settings     how much work
 * @param rows         per case, per side
 * @param flopRates    the core's arithmetic rate per dense case
 * @param targets      issue 8's targets judged on the rows
 * @param pending      cases left out, with the reason
 * @param totalSeconds wall time of the whole benchmark
 */
public record BenchReport(MachineInfo machine, BenchSettings settings, List<BenchRow> rows, List<FlopRate> flopRates,
                          List<BenchTarget> targets, List<String> pending, double totalSeconds) {
    public BenchReport {
        rows = List.copyOf(rows);
        flopRates = List.copyOf(flopRates);
        targets = List.copyOf(targets);
        pending = List.copyOf(pending);
    }
}
