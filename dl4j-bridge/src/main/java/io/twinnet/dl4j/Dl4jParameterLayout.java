package io.twinnet.dl4j;

import io.twinnet.core.spec.DenseLayerSpec;
import io.twinnet.core.spec.LayerSpec;
import io.twinnet.core.spec.NetworkSpec;
import io.twinnet.core.spec.OutputLayerSpec;
import io.twinnet.core.spec.Shape;

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
 * <p>Layer types other than dense and output are not mapped yet ({@link UnsupportedOperationException});
 * a new type adds its blocks in {@link #blocksOf}.
 */
public final class Dl4jParameterLayout {
    private final List<ParameterBlock> blocks;
    private final int parameterCount;

    private Dl4jParameterLayout(List<ParameterBlock> blocks, int parameterCount) {
        this.blocks = List.copyOf(blocks);
        this.parameterCount = parameterCount;
    }

    /**
     * The layout of {@code spec}'s parameters.
     *
     * @throws UnsupportedOperationException if the spec holds a layer type the bridge does not map yet
     */
    public static Dl4jParameterLayout of(NetworkSpec spec) {
        List<ParameterBlock> blocks = new ArrayList<>();
        int[] offsets = {0, 0};
        Shape shape = spec.input();
        for (int i = 0; i < spec.layers().size(); i++) {
            LayerSpec layer = spec.layers().get(i);
            blocksOf(layer, shape, i, offsets, blocks);
            shape = layer.outputShape(shape, "layers[" + i + "]");
        }
        if (offsets[0] != spec.parameterCount() || offsets[1] != spec.parameterCount()) {
            throw new IllegalStateException("layout covers " + offsets[0] + " core and " + offsets[1]
                    + " DL4J values, but the spec has " + spec.parameterCount() + " parameters");
        }
        return new Dl4jParameterLayout(blocks, offsets[0]);
    }

    /** Appends the blocks of layer {@code index}, advancing {@code offsets} = {core, dl4j}. */
    private static void blocksOf(LayerSpec layer, Shape input, int index, int[] offsets, List<ParameterBlock> out) {
        boolean hasBias;
        int nOut;
        if (layer instanceof DenseLayerSpec d) {
            hasBias = d.hasBias();
            nOut = d.nOut();
        } else if (layer instanceof OutputLayerSpec o) {
            hasBias = o.hasBias();
            nOut = o.nOut();
        } else {
            throw Dl4jLayers.unsupported(layer, index);
        }
        add(out, offsets, new ParameterBlock(index, "W", List.of(input.size(), nOut), offsets[0], offsets[1], 'f'));
        if (hasBias) add(out, offsets, new ParameterBlock(index, "b", List.of(nOut), offsets[0], offsets[1], 'c'));
    }

    private static void add(List<ParameterBlock> out, int[] offsets, ParameterBlock block) {
        out.add(block);
        offsets[0] += block.length();
        offsets[1] += block.length();
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

    /** Rearranges a vector in the core's layout (parameters or gradient) into DL4J's order. */
    public double[] toDl4jOrder(double[] core) {
        requireLength(core, "core vector");
        double[] dl4j = new double[parameterCount];
        for (ParameterBlock b : blocks) {
            for (int k = 0, n = b.length(); k < n; k++) {
                dl4j[b.dl4jOffset() + b.dl4jPositionOf(k)] = core[b.coreOffset() + k];
            }
        }
        return dl4j;
    }

    /** Rearranges a vector in DL4J's order (parameters or gradient) into the core's layout. */
    public double[] toCoreOrder(double[] dl4j) {
        requireLength(dl4j, "DL4J vector");
        double[] core = new double[parameterCount];
        for (ParameterBlock b : blocks) {
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
