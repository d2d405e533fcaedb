package io.twinnet.experiments.data;

import io.twinnet.core.data.Dataset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class MnistTest {
    @TempDir
    Path home;

    @Test
    void firstUseProvisionsTheDirectoryAndBothSidesReadIt() throws Exception {
        Mnist mnist = Mnist.provisioned(new MnistProvisioner(home, List.of(new DirectorySource(RealMnist.directory(), "--from")), line -> { }));
        assertEquals(home, mnist.directory());
        Dataset core = mnist.core(MnistSplit.TEST);
        assertEquals(MnistCoreLoader.load(RealMnist.directory(), MnistSplit.TEST, false), core);
        Dl4jMnist dl4j = mnist.dl4j(MnistSplit.TEST);
        assertEquals(10_000, dl4j.size());
        assertEquals((float) core.features()[7 * 784 + 400], dl4j.feature(7, 400));
        assertEquals(1.0f, dl4j.label(0, 7)); // the first test digit is a 7
    }

    @Test
    void aCorruptFileStopsFirstUseWithTheRemedy() throws Exception {
        RealMnist.copyAllInto(home);
        IdxFiles.flipByte(home.resolve(MnistFile.TEST_IMAGES.fileName()), 1000);
        MnistUnavailableException e = assertThrows(MnistUnavailableException.class,
                () -> Mnist.provisioned(new MnistProvisioner(home, List.of(), line -> { })));
        assertTrue(e.getMessage().contains(home.resolve(MnistFile.TEST_IMAGES.fileName()) + " is corrupt"), e.getMessage());
        assertTrue(e.getMessage().contains("twinnet fetch-mnist"), e.getMessage());
    }
}
