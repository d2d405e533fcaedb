package io.twinnet.experiments.app.bench;

/**
 * The arithmetic rate of one core row (the double or the float32 core) on one case, from its median thread
 * CPU time per example (the core is single-threaded, so one core's peak is the reference: the double peak for
 * the double core, twice it for the float core, whose SIMD lanes are twice as many).
 *
 * @param caseId                 the case
 * @param side                   the core side ({@code core} or {@code core-float})
 * @param minibatch              N
 * @param inputNonZeroFraction   fraction of input values that are not exactly zero
 * @param denseFlopsPerExample   {@link FlopCount#denseFlopsPerExample}
 * @param performedFlopsPerExample {@link FlopCount#performedFlopsPerExample}
 * @param coreCpuMicrosPerExample the core's median thread CPU time per example
 * @param denseEquivalentGflops  dense flops / CPU time: the rate a dense implementation would need to match the core
 * @param performedGflops        performed flops / CPU time: what the core's loops actually sustain
 * @param peakGflopsPerCore      {@link MachineInfo#peakGflopsPerCore}, doubled for the float core
 * @param performedFractionOfPeak performedGflops / peakGflopsPerCore
 */
public record FlopRate(String caseId, String side, int minibatch, double inputNonZeroFraction, double denseFlopsPerExample,
                       double performedFlopsPerExample, double coreCpuMicrosPerExample, double denseEquivalentGflops,
                       double performedGflops, double peakGflopsPerCore, double performedFractionOfPeak) {

    public static FlopRate of(String caseId, String side, int minibatch, FlopCount count, double nonZero, double coreCpuMicros, double peakGflopsPerCore) {
        double dense = count.denseFlopsPerExample(minibatch);
        double performed = count.performedFlopsPerExample(minibatch, nonZero);
        double denseRate = dense / (coreCpuMicros * 1e3);
        double performedRate = performed / (coreCpuMicros * 1e3);
        return new FlopRate(caseId, side, minibatch, nonZero, dense, performed, coreCpuMicros, denseRate, performedRate,
                peakGflopsPerCore, performedRate / peakGflopsPerCore);
    }
}
