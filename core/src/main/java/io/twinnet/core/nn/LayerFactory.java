package io.twinnet.core.nn;

import io.twinnet.core.math.Arithmetic;
import io.twinnet.core.spec.ActivationLayerSpec;
import io.twinnet.core.spec.BatchNormLayerSpec;
import io.twinnet.core.spec.ConvolutionLayerSpec;
import io.twinnet.core.spec.DenseLayerSpec;
import io.twinnet.core.spec.LayerSpec;
import io.twinnet.core.spec.NetworkSpec;
import io.twinnet.core.spec.OutputLayerSpec;
import io.twinnet.core.spec.Shape;
import io.twinnet.core.spec.SubsamplingLayerSpec;

import java.util.ArrayList;
import java.util.List;

/** Turns the layer specs of a {@link NetworkSpec} into parameter blocks and {@link Layer}s. */
final class LayerFactory {
    private LayerFactory() {
    }

    static ParameterLayout layout(NetworkSpec spec) {
        List<ParameterBlock> blocks = new ArrayList<>();
        int offset = 0;
        Shape shape = spec.input();
        for (int i = 0; i < spec.layers().size(); i++) {
            LayerSpec layer = spec.layers().get(i);
            List<ParameterBlock> own;
            if (layer instanceof DenseLayerSpec d) {
                own = DenseLayer.blocks(i, offset, shape.size(), d.nOut(), d.hasBias());
            } else if (layer instanceof OutputLayerSpec o) {
                own = DenseLayer.blocks(i, offset, shape.size(), o.nOut(), o.hasBias());
            } else if (layer instanceof ConvolutionLayerSpec c) {
                own = ConvolutionLayer.blocks(i, offset, shape, c);
            } else if (layer instanceof BatchNormLayerSpec bn) {
                own = BatchNormLayer.blocks(i, offset, shape, bn);
            } else if (layer instanceof SubsamplingLayerSpec || layer instanceof ActivationLayerSpec) {
                own = List.of();
            } else {
                throw notYet(i, layer);
            }
            for (ParameterBlock b : own) offset = b.end();
            blocks.addAll(own);
            shape = layer.outputShape(shape, "layers[" + i + "]");
        }
        return new ParameterLayout(blocks);
    }

    static Layer create(NetworkSpec spec, int i, ParameterLayout layout, double[] params, double[] grad) {
        Arithmetic ar = arithmetic(spec);
        LayerSpec layer = spec.layers().get(i);
        Shape input = spec.inputShapeOf(i);
        int nIn = input.size();
        List<ParameterBlock> own = layout.blocksOf(i);
        int offset = own.isEmpty() ? 0 : own.get(0).offset();
        if (layer instanceof DenseLayerSpec d) {
            return new DenseLayer(ar, i, nIn, d.nOut(), d.activation(), d.weightInit(), d.biasInit(), d.hasBias(), offset, params, grad);
        }
        if (layer instanceof OutputLayerSpec o) {
            return new DenseLayer(ar, i, nIn, o.nOut(), o.activation(), o.weightInit(), o.biasInit(), o.hasBias(), offset, params, grad);
        }
        if (layer instanceof ConvolutionLayerSpec c) return new ConvolutionLayer(ar, i, input, c, offset, params, grad);
        if (layer instanceof SubsamplingLayerSpec s) return new SubsamplingLayer(ar, i, input, s);
        if (layer instanceof BatchNormLayerSpec bn) return new BatchNormLayer(ar, i, input, bn, offset, params, grad);
        if (layer instanceof ActivationLayerSpec a) return new ActivationLayer(ar, i, input, a);
        throw notYet(i, layer);
    }

    /** The arithmetic of a spec's precision: DL4J's DOUBLE computes in binary64, FLOAT in binary32. */
    static Arithmetic arithmetic(NetworkSpec spec) {
        return switch (spec.precision()) {
            case DOUBLE -> Arithmetic.DOUBLE;
            case FLOAT -> Arithmetic.FLOAT;
        };
    }

    private static UnsupportedOperationException notYet(int i, LayerSpec layer) {
        return new UnsupportedOperationException("layers[" + i + "]: " + layer.type() + " layers are not implemented in the core");
    }
}
