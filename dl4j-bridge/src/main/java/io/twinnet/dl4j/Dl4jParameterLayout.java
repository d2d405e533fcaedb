package io.twinnet.dl4j;

import io.twinnet.core.nn.ParameterLayout;
import io.twinnet.core.spec.ActivationLayerSpec;
import io.twinnet.core.spec.BatchNormLayerSpec;
import io.twinnet.core.spec.ConvolutionLayerSpec;
import io.twinnet.core.spec.DenseLayerSpec;
import io.twinnet.core.spec.LayerSpec;
import io.twinnet.core.spec.NetworkSpec;
import io.twinnet.core.spec.OutputLayerSpec;
import io.twinnet.core.spec.SubsamplingLayerSpec;

import java.util.ArrayList;
import java.util.List;

/**
 * Where every parameter of a spec's network sits in the core's flat vector and in DL4J's {@code params()},
 * and the reordering between the two.
 *
 * <p>The core's layout (io.twinnet.core.nn.Network): layer by layer; a dense or output layer holds W
 * row-major [nIn][nOut] (element (i, j) at i·nOut + j), then b (if it has a bias).
 * DL4J's layout (measured on 1.0.0-M2.1 through {@code paramTable()}, see {@code Dl4jParameterLayoutTest}):
 * layer by layer; a dense or output layer holds "W" of shape [nIn, nOut] in column-major ('f') order
 * (element (i, j) at j·nIn + i), then "b". So for dense networks both vectors have the same blocks at the
 * same offsets, and each W block is transposed in memory.
 *
 * <p>Convolution and batch normalisation (measured the same way, {@code Dl4jParameterLayoutTest}):
 * <ul>
 *   <li>a convolution stores "b" <em>first</em>, then "W" of shape [nOut, nIn, kH, kW] in row-major ('c')
 *       order, the core's own order of W, so only the two blocks swap places;</li>
 *   <li>batch normalisation stores "gamma", "beta", "mean", "log10stdev" (DL4J's default {@code useLogStd}); the
 *       core's running variance V becomes ½·log10(V) ({@link ParameterBlock.Encoding#VARIANCE_AS_LOG10_STD});
 *       mean and log10stdev are not trained, and their DL4J "gradient" (the running-average step DL4J applies
 *       in {@code fit}) has no core counterpart: {@link #gradientToCoreOrder} reports 0 there, as the core;</li>
 *   <li>pooling and activation layers have no parameters.</li>
 * </ul>
 */
public final class Dl4jParameterLayout {
    private final List<ParameterBlock> blocks;
    private final int parameterCount;

    private Dl4jParameterLayout(List<ParameterBlock> blocks, int parameterCount) {
        this.blocks = List.copyOf(blocks);
        this.parameterCount = parameterCount;
    }

    /**
     * The layout of {@code spec}'s parameters: the core's blocks (from {@code io.twinnet.core.nn.ParameterLayout}),
     * each located in DL4J's vector too.
     *
     * @throws UnsupportedOperationException if the spec holds a layer type the bridge does not map yet
     */
    public static Dl4jParameterLayout of(NetworkSpec spec) {
        ParameterLayout core = ParameterLayout.of(spec);
        List<ParameterBlock> blocks = new ArrayList<>();
        int dl4jOffset = 0;
        for (int i = 0; i < spec.layers().size(); i++) {
            LayerSpec layer = spec.layers().get(i);
            for (String name : dl4jOrderOfBlocks(layer, i)) {
                io.twinnet.core.nn.ParameterBlock c = core.block(i, name);
                List<Integer> shape = new ArrayList<>();
                for (int d : c.shape()) shape.add(d);
                boolean variance = layer instanceof BatchNormLayerSpec && name.equals("var");
                ParameterBlock b = new ParameterBlock(i, name, shape, c.offset(), dl4jOffset, dl4jFlatteningOf(layer, name),
                        variance ? "log10stdev" : name,
                        variance ? ParameterBlock.Encoding.VARIANCE_AS_LOG10_STD : ParameterBlock.Encoding.SAME, c.trainable());
                blocks.add(b);
                dl4jOffset += b.length();
            }
            if (core.blocksOf(i).size() != dl4jOrderOfBlocks(layer, i).size()) {
                throw new IllegalStateException("layers[" + i + "]: the core has blocks " + core.blocksOf(i)
                        + " but DL4J's are " + dl4jOrderOfBlocks(layer, i));
            }
        }
        if (dl4jOffset != core.size() || core.size() != spec.parameterCount()) {
            throw new IllegalStateException("layout covers " + core.size() + " core and " + dl4jOffset
                    + " DL4J values, but the spec has " + spec.parameterCount() + " parameters");
        }
        blocks.sort(java.util.Comparator.comparingInt(ParameterBlock::coreOffset));
        return new Dl4jParameterLayout(blocks, core.size());
    }

    /** The core names of a layer's parameter blocks in the order DL4J stores them. */
    private static List<String> dl4jOrderOfBlocks(LayerSpec layer, int index) {
        if (layer instanceof DenseLayerSpec d) return d.hasBias() ? List.of("W", "b") : List.of("W");
        if (layer instanceof OutputLayerSpec o) return o.hasBias() ? List.of("W", "b") : List.of("W");
        if (layer instanceof ConvolutionLayerSpec c) return c.hasBias() ? List.of("b", "W") : List.of("W");
        if (layer instanceof BatchNormLayerSpec) return List.of("gamma", "beta", "mean", "var");
        if (layer instanceof SubsamplingLayerSpec || layer instanceof ActivationLayerSpec) return List.of();
        throw Dl4jLayers.unsupported(layer, index);
    }

    /** How DL4J flattens a block: dense weights [nIn, nOut] column-major, everything else (conv W too) row-major. */
    private static char dl4jFlatteningOf(LayerSpec layer, String name) {
        return name.equals("W") && (layer instanceof DenseLayerSpec || layer instanceof OutputLayerSpec) ? 'f' : 'c';
    }

    /** The blocks, in the core's order. */
    public List<ParameterBlock> blocks() {
        return blocks;
    }

    /** Total number of parameters (equal to {@code spec.parameterCount()} and DL4J's {@code numParams()}). */
    public int parameterCount() {
        return parameterCount;
    }

    /** The block of layer {@code layerIndex} named {@code name}. */
    public ParameterBlock block(int layerIndex, String name) {
        for (ParameterBlock b : blocks) {
            if (b.layerIndex() == layerIndex && b.name().equals(name)) return b;
        }
        throw new IllegalArgumentException("no parameter block " + layerIndex + "_" + name + " in this layout");
    }

    /**
     * Rearranges a parameter vector in the core's layout into DL4J's order, encoding each value as DL4J holds it
     * (a batch-norm variance becomes its log10 standard deviation). For networks without batch normalisation
     * this is a pure permutation, so it serves gradients too.
     */
    public double[] toDl4jOrder(double[] core) {
        requireLength(core, "core vector");
        double[] dl4j = new double[parameterCount];
        for (ParameterBlock b : blocks) {
            for (int k = 0, n = b.length(); k < n; k++) {
                dl4j[b.dl4jOffset() + b.dl4jPositionOf(k)] = b.encoding().toDl4j(core[b.coreOffset() + k]);
            }
        }
        return dl4j;
    }

    /** The inverse of {@link #toDl4jOrder}: a DL4J parameter vector in the core's layout and encoding. */
    public double[] toCoreOrder(double[] dl4j) {
        requireLength(dl4j, "DL4J vector");
        double[] core = new double[parameterCount];
        for (ParameterBlock b : blocks) {
            for (int k = 0, n = b.length(); k < n; k++) {
                core[b.coreOffset() + k] = b.encoding().toCore(dl4j[b.dl4jOffset() + b.dl4jPositionOf(k)]);
            }
        }
        return core;
    }

    /**
     * A DL4J gradient vector in the core's layout: trainable blocks rearranged as they are, blocks that are not
     * trained (batch-norm running statistics, whose DL4J "gradient" is its running-average step) set to 0, as
     * the core's gradient holds them.
     */
    public double[] gradientToCoreOrder(double[] dl4j) {
        requireLength(dl4j, "DL4J vector");
        double[] core = new double[parameterCount];
        for (ParameterBlock b : blocks) {
            if (!b.trainable()) continue;
            for (int k = 0, n = b.length(); k < n; k++) {
                core[b.coreOffset() + k] = dl4j[b.dl4jOffset() + b.dl4jPositionOf(k)];
            }
        }
        return core;
    }

    private void requireLength(double[] v, String what) {
        if (v.length != parameterCount) {
            throw new IllegalArgumentException(what + ": expected " + parameterCount + " values, got " + v.length);
        }
    }
}
