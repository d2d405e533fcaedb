package io.twinnet.dl4j;

import io.twinnet.core.nn.ParameterLayout;
import io.twinnet.core.spec.DenseLayerSpec;
import io.twinnet.core.spec.LayerSpec;
import io.twinnet.core.spec.NetworkSpec;
import io.twinnet.core.spec.OutputLayerSpec;

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
 * a new type adds DL4J's block order in {@code dl4jOrderOfBlocks} and its flattening in {@code dl4jFlatteningOf}.
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
                ParameterBlock b = new ParameterBlock(i, name, shape, c.offset(), dl4jOffset, dl4jFlatteningOf(layer, name));
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

    /** The names of a layer's parameter blocks in the order DL4J stores them. */
    private static List<String> dl4jOrderOfBlocks(LayerSpec layer, int index) {
        boolean hasBias;
        if (layer instanceof DenseLayerSpec d) {
            hasBias = d.hasBias();
        } else if (layer instanceof OutputLayerSpec o) {
            hasBias = o.hasBias();
        } else {
            throw Dl4jLayers.unsupported(layer, index);
        }
        return hasBias ? List.of("W", "b") : List.of("W");
    }

    /** How DL4J flattens a block: dense weights [nIn, nOut] column-major, everything else row-major. */
    private static char dl4jFlatteningOf(LayerSpec layer, String name) {
        return name.equals("W") ? 'f' : 'c';
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
