package io.twinnet.dl4j.parity;

import io.twinnet.core.spec.ActivationKind;
import io.twinnet.core.spec.DenseLayerSpec;
import io.twinnet.core.spec.InitScheme;
import io.twinnet.core.spec.LayerSpec;
import io.twinnet.core.spec.LossFunction;
import io.twinnet.core.spec.OutputLayerSpec;
import io.twinnet.core.spec.ScheduleKind;
import org.junit.jupiter.api.Test;

import java.util.EnumSet;
import java.util.HashSet;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ParityCasesTest {

    @Test
    void defaultCasesHaveUniqueNamesAndCoverEveryActivationLossInitDepthScheduleAndUpdater() {
        Set<String> names = new HashSet<>();
        Set<ActivationKind> hidden = EnumSet.noneOf(ActivationKind.class);
        Set<String> heads = new HashSet<>();
        Set<InitScheme> inits = EnumSet.noneOf(InitScheme.class);
        Set<Integer> depths = new HashSet<>();
        Set<ScheduleKind> schedules = EnumSet.noneOf(ScheduleKind.class);
        boolean biasFree = false;
        boolean biasInit = false;
        Set<Class<?>> updaters = new HashSet<>();
        for (ParityCase c : ParityCases.defaults()) {
            assertTrue(names.add(c.name()), "duplicate case name " + c.name());
            depths.add(c.spec().layers().size() - 1);
            schedules.add(c.spec().learningRate().kind());
            updaters.add(c.spec().updater().getClass());
            for (LayerSpec l : c.spec().layers()) {
                if (l instanceof DenseLayerSpec d) {
                    hidden.add(d.activation().kind());
                    inits.add(d.weightInit().scheme());
                    biasFree |= !d.hasBias();
                    biasInit |= d.biasInit() != 0;
                } else if (l instanceof OutputLayerSpec o) {
                    heads.add(o.activation().kind() + "+" + o.loss());
                    inits.add(o.weightInit().scheme());
                }
            }
        }
        assertEquals(EnumSet.complementOf(EnumSet.of(ActivationKind.SOFTMAX)), hidden);
        for (String head : new String[] {"SOFTMAX+MSE", "SOFTMAX+MCXENT", "RELU+MSE", "SIGMOID+XENT", "IDENTITY+L2"}) {
            assertTrue(heads.contains(head), "no case with output " + head);
        }
        assertEquals(EnumSet.allOf(InitScheme.class), inits);
        assertTrue(depths.containsAll(Set.of(1, 2, 3)), "depths " + depths);
        assertEquals(EnumSet.allOf(ScheduleKind.class), schedules);
        assertTrue(biasFree && biasInit);
        assertEquals(Set.of(io.twinnet.core.spec.Updater.Sgd.class, io.twinnet.core.spec.Updater.Adam.class), updaters, "every updater");
        for (LossFunction loss : LossFunction.values()) {
            assertTrue(heads.stream().anyMatch(h -> h.endsWith("+" + loss)), "no case with loss " + loss);
        }
    }

    @Test
    void casesAreFoundByNameAndAnUnknownNameIsRefused() {
        assertEquals("schedule/step", ParityCases.named("schedule/step").name());
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> ParityCases.named("nope"));
        assertEquals("no parity case named 'nope'", e.getMessage());
    }
}
