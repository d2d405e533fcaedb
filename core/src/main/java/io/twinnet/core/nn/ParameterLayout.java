package io.twinnet.core.nn;

import io.twinnet.core.spec.NetworkSpec;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * The layout of a network's flat parameter vector (and of its gradient, which has the same layout):
 * the blocks of layer 0, then of layer 1, and so on, contiguous and in order. Per layer type:
 * <ul>
 *   <li>dense or output: W (row-major {nIn, nOut}), then b ({nOut}) when the layer has a bias;</li>
 *   <li>convolution: W (row-major {nOut, nIn, kH, kW}, DL4J's shape), then b ({nOut}) when it has a bias
 *       (DL4J stores b first: the bridge reorders);</li>
 *   <li>batch normalisation: gamma, beta (trained), mean, var (running statistics, not trained), each {F}
 *       (DL4J stores log10 of the standard deviation instead of var: the bridge converts);</li>
 *   <li>pooling: nothing.</li>
 * </ul>
 * Immutable.
 */
public final class ParameterLayout {
    private final List<ParameterBlock> blocks;
    private final int size;

    ParameterLayout(List<ParameterBlock> blocks) {
        int next = 0;
        for (ParameterBlock b : blocks) {
            if (b.offset() != next) throw new IllegalArgumentException("blocks: " + b + " does not start at " + next);
            next = b.end();
        }
        this.blocks = Collections.unmodifiableList(new ArrayList<>(blocks));
        this.size = next;
    }

    /** The layout of the network a spec describes (the same as {@code Network.initialise(spec).layout()}). */
    public static ParameterLayout of(NetworkSpec spec) {
        return LayerFactory.layout(spec);
    }

    /** All blocks in order. */
    public List<ParameterBlock> blocks() {
        return blocks;
    }

    /** Total number of values. */
    public int size() {
        return size;
    }

    /** The blocks of one layer, in order (empty for a layer without parameters). */
    public List<ParameterBlock> blocksOf(int layerIndex) {
        List<ParameterBlock> out = new ArrayList<>();
        for (ParameterBlock b : blocks) if (b.layerIndex() == layerIndex) out.add(b);
        return out;
    }

    /** The block of a layer with the given name; throws when there is none. */
    public ParameterBlock block(int layerIndex, String name) {
        for (ParameterBlock b : blocks) {
            if (b.layerIndex() == layerIndex && b.name().equals(name)) return b;
        }
        throw new IllegalArgumentException("layers[" + layerIndex + "] has no parameter block '" + name + "'");
    }

    /** Whether a layer has a block with that name. */
    public boolean has(int layerIndex, String name) {
        for (ParameterBlock b : blocks) {
            if (b.layerIndex() == layerIndex && b.name().equals(name)) return true;
        }
        return false;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ParameterLayout l && l.blocks.equals(blocks);
    }

    @Override
    public int hashCode() {
        return blocks.hashCode();
    }

    @Override
    public String toString() {
        return blocks.toString();
    }
}
