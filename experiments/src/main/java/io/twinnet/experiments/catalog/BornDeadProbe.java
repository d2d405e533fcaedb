package io.twinnet.experiments.catalog;

import static io.twinnet.experiments.catalog.BornDead.DEAD_AT_X;
import static io.twinnet.experiments.catalog.BornDead.DEAD_BY_DEPTH;
import static io.twinnet.experiments.catalog.BornDead.DEAD_EVERYWHERE;
import static io.twinnet.experiments.catalog.BornDead.DEAD_SOMEWHERE;
import static io.twinnet.experiments.catalog.BornDead.DOMAIN;
import static io.twinnet.experiments.catalog.BornDead.DRAWS;
import static io.twinnet.experiments.catalog.BornDead.THEORY_DEAD_BY_DEPTH;
import static io.twinnet.experiments.catalog.BornDead.X;

import io.twinnet.experiments.lab.Measurements;
import io.twinnet.experiments.lab.RunSeeds;
import io.twinnet.experiments.lab.SeriesBuilder;
import io.twinnet.experiments.lab.TwinNetwork;

/**
 * What one {@link BornDead} run measures: many nets drawn on one implementation, each fed x = 1 and the domain
 * grid, and the first hidden layer that is all-zero at each point. A net with such a layer at x is constant near x
 * (the layer stays all-zero in a neighbourhood of x, whatever the later layers and their biases do).
 */
final class BornDeadProbe {
    private BornDeadProbe() {
    }

    /**
     * Draws {@code draws} nets on {@code first}'s implementation ({@code first} itself, then nets
     * seeded from the stream of the run's init seed) and counts the dead ones.
     */
    static Measurements measure(TwinNetwork first, BornDead.Point p, RunSeeds seeds, int draws) {
        NetDraws nets = new NetDraws(first, seeds);
        double[] inputs = new double[DOMAIN.length + 1];
        inputs[0] = X;
        System.arraycopy(DOMAIN, 0, inputs, 1, DOMAIN.length);
        int atX = 0;
        int somewhere = 0;
        int everywhere = 0;
        int[] deadBy = new int[p.hidden() + 1];
        for (int k = 0; k < draws; k++) {
            TwinNetwork net = nets.next();
            double[][] a = net.activations(inputs, inputs.length);
            int firstDeadAtX = firstDeadLayer(a, p, 0);
            if (firstDeadAtX <= p.hidden()) {
                atX++;
                deadBy[firstDeadAtX]++;
            }
            int deadPoints = 0;
            for (int row = 1; row < inputs.length; row++) if (firstDeadLayer(a, p, row) <= p.hidden()) deadPoints++;
            if (deadPoints > 0) somewhere++;
            if (deadPoints == DOMAIN.length) everywhere++;
        }
        SeriesBuilder measured = new SeriesBuilder();
        SeriesBuilder theory = new SeriesBuilder();
        int cumulative = 0;
        for (int l = 1; l <= p.hidden(); l++) {
            cumulative += deadBy[l];
            measured.add(l, (double) cumulative / draws);
            theory.add(l, BornDead.bornDeadAtX(p.width(), l));
        }
        return new Measurements().put(DRAWS, draws).put(DEAD_AT_X, atX).put(DEAD_SOMEWHERE, somewhere).put(DEAD_EVERYWHERE, everywhere)
                .put(DEAD_BY_DEPTH, measured.build()).put(THEORY_DEAD_BY_DEPTH, theory.build());
    }

    /** The first hidden layer (1-based) whose every unit is 0 at example {@code row}, or hidden + 1 when none is. */
    static int firstDeadLayer(double[][] activations, BornDead.Point p, int row) {
        for (int l = 1; l <= p.hidden(); l++) {
            boolean allZero = true;
            for (int u = 0; u < p.width() && allZero; u++) allZero = activations[l][row * p.width() + u] == 0;
            if (allZero) return l;
        }
        return p.hidden() + 1;
    }
}
