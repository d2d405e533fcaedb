package io.twinnet.experiments.app.exchange;

import io.twinnet.core.nn.ParameterBlock;
import io.twinnet.core.nn.ParameterLayout;
import io.twinnet.core.spec.Updater;
import java.util.Arrays;

/**
 * The README.md of an export directory: what each file holds (shape, dtype), the parameter layout, the
 * forward pass, the loss convention and the update rule (SGD or Adam), precisely enough to re-implement the run in NumPy
 * and compare it with {@code twinnet compare}.
 */
final class ExportReadme {
    private ExportReadme() {
    }

    static String text(ExportCase c, ParameterLayout layout, Exporter.Summary s) {
        int n = c.data().size();
        int f = c.data().featureCount();
        int k = c.data().labelCount();
        int p = layout.size();
        StringBuilder b = new StringBuilder();
        b.append("# twinnet export: ").append(c.id()).append("\n\n");
        b.append(c.description()).append(".\n\n");
        b.append("Everything needed to run this training in another implementation and compare the result with\n")
         .append("twinnet's own network (the core) and Deeplearning4j 1.0.0-M2.1 (DOUBLE). Arrays are NumPy `.npy`\n")
         .append("files (format 1.0, little-endian, C order): `numpy.load(\"file.npy\")`.\n\n");
        b.append("## Files\n\n");
        b.append("| file | dtype | shape | content |\n|---|---|---|---|\n");
        row(b, Exporter.SPEC, "JSON", "", "the network (twinnet's spec format: layers, activations, loss, learning rate, seed)");
        row(b, Exporter.CASE, "JSON", "", "this case: name, sizes, and how closely the core and DL4J agreed");
        row(b, Exporter.LAYOUT, "JSON", "", "the parameter blocks: layer, name, offset, length, shape, and DL4J's key, offset and order");
        row(b, Exporter.PARAMS_INIT, "float64", "(" + p + ",)", "the initial parameters θ₀, core layout (below)");
        row(b, Exporter.FEATURES, "float64", "(" + n + ", " + f + ")", "the data slice: one example per row");
        row(b, Exporter.LABELS, "float64", "(" + n + ", " + k + ")", "its targets (one-hot for classification)");
        row(b, Exporter.BATCHES, "int32", "(" + s.steps() + ", " + s.batchSize() + ")", "row s: the rows of features/labels forming minibatch s, in order");
        row(b, Exporter.CORE_LOSSES, "float64", "(" + s.steps() + ",)", "the core's loss at each step");
        row(b, Exporter.DL4J_LOSSES, "float64", "(" + s.steps() + ",)", "DL4J's loss at each step");
        row(b, Exporter.CORE_PARAMS_FINAL, "float64", "(" + p + ",)", "the core's parameters after the last step, core layout");
        row(b, Exporter.DL4J_PARAMS_FINAL, "float64", "(" + p + ",)", "DL4J's parameters after the last step, converted to the core layout");
        b.append("\n");
        b.append("## Parameter layout\n\n");
        b.append("One flat vector, layer by layer; within a dense or output layer the weights W of shape (nIn, nOut),\n")
         .append("row-major (element (i, j) at offset + i·nOut + j), then the bias b of shape (nOut,):\n\n");
        b.append("| layer | block | offset | shape |\n|---|---|---|---|\n");
        for (ParameterBlock blk : layout.blocks()) {
            b.append("| ").append(blk.layerIndex()).append(" | ").append(blk.name()).append(" | ").append(blk.offset())
             .append(" | ").append(Arrays.toString(blk.shape())).append(" |\n");
        }
        b.append("\nSo `W = theta[off:off + nIn*nOut].reshape(nIn, nOut)`. DL4J's own `params()` has the same blocks at the\n")
         .append("same offsets but stores each W column-major (`reshape(nIn, nOut, order=\"F\")`); the files here are all in\n")
         .append("the core layout.\n\n");
        b.append("## Forward pass\n\n");
        b.append("For a minibatch X (B × nIn), each layer computes Z = A·W + b (A the previous layer's output, A = X for the\n")
         .append("first) and A' = f(Z) row by row, with f from spec.json: sigmoid 1/(1+e^−z), tanh, relu max(0, z) (its\n")
         .append("derivative at exactly 0 is 0), leakyrelu (slope α below 0), identity, softmax exp(z_j)/Σ_m exp(z_m) per row.\n\n");
        b.append("## Loss (the numbers in *_losses.npy)\n\n");
        b.append("The loss of step s is the **mean over the B examples of minibatch s** of the per-example loss ℓ, computed\n")
         .append("with the parameters **before** that step's update (DL4J's `score()` after `fit`). Per example, with output\n")
         .append("a and target t over K output units:\n\n");
        b.append("- `mse`: ℓ = (1/K) Σ_k (a_k − t_k)² — the mean over output units too (DL4J's LossMSE), gradient 2(a_k − t_k)/K;\n");
        b.append("- `l2`: ℓ = Σ_k (a_k − t_k)², gradient 2(a_k − t_k);\n");
        b.append("- `mcxent` (with softmax): ℓ = −Σ_k t_k ln p_k with p clipped to [1e-10, 1 − 1e-10]; gradient with respect to\n")
         .append("  the logits z: p − t;\n");
        b.append("- `xent` (with sigmoid): ℓ = −Σ_k [t_k ln a_k + (1 − t_k) ln(1 − a_k)], a clipped likewise; gradient a − t.\n\n");
        b.append("With softmax and `mse`, backpropagate through the softmax Jacobian: ∂ℓ/∂z_j = Σ_k g_k a_k (δ_kj − a_j) with\n")
         .append("g_k = 2(a_k − t_k)/K.\n\n");
        if (c.spec().updater() instanceof Updater.Adam a) {
            b.append("## Adam update\n\n");
            b.append("Adam (Kingma & Ba 2015) as Deeplearning4j 1.0.0-M2.1 computes it, no weight decay, every parameter trained,\n")
             .append("m = v = 0 before step 0 (the export starts from θ₀, so there is no optimiser state to load). At step s = 0, 1, …:\n\n")
             .append("    g = Σ_{n in batch s} ∇θ ℓ_n(θ) / B    (the mean over the minibatch)\n")
             .append("    m ← β₁·m + g·(1 − β₁);   v ← β₂·v + g·g·(1 − β₂)\n")
             .append("    α = lr(s)·√(1 − β₂^(s+1)) / (1 − β₁^(s+1))\n")
             .append("    θ ← θ − m·α / (√v + ε)\n\n")
             .append("with β₁ = ").append(a.beta1()).append(", β₂ = ").append(a.beta2()).append(", ε = ").append(a.epsilon())
             .append(" (spec.json's \"updater\"). ε is added to √v itself, not to a bias-corrected √v.\n");
        } else {
            b.append("## SGD update\n\n");
            b.append("Plain SGD, no momentum, no weight decay, every parameter trained. At step s = 0, 1, …, steps − 1:\n\n")
             .append("    G = Σ_{n in batch s} ∇θ ℓ_n(θ)      (sum over the minibatch)\n")
             .append("    θ ← θ − lr(s) · G / B\n\n");
        }
        b.append("lr(s) comes from spec.json's \"learningRate\": fixed lr₀; step lr₀·decayRate^⌊s/step⌋; exponential lr₀·decayRate^s.\n\n");
        b.append("## A NumPy sketch (dense layers)\n\n");
        b.append("```python\n")
         .append("import json, numpy as np\n")
         .append("spec = json.load(open(\"spec.json\")); layout = json.load(open(\"layout.json\"))\n")
         .append("theta = np.load(\"params_init.npy\"); X = np.load(\"features.npy\"); T = np.load(\"labels.npy\")\n")
         .append("batches = np.load(\"batches.npy\")\n")
         .append("# views into theta: Ws[i] (nIn, nOut), bs[i] (nOut,) from layout[\"blocks\"] (offset, shape)\n")
         .append("losses = []\n")
         .append("for s, rows in enumerate(batches):\n")
         .append("    x, t = X[rows], T[rows]\n")
         .append("    # forward: keep every layer's output; loss = mean over rows of the per-example loss\n")
         .append("    # backward: G = per-example gradients summed over rows\n")
         .append("    # theta -= lr(s) * G / len(rows)   (SGD; with Adam, the update above)\n")
         .append("    losses.append(loss)\n")
         .append("np.save(\"mine/losses.npy\", np.array(losses, dtype=np.float64))\n")
         .append("np.save(\"mine/params_final.npy\", theta)\n")
         .append("```\n\n");
        b.append("## Comparing\n\n");
        b.append("Put your per-step losses in `").append(Exporter.THEIR_LOSSES).append("` (float64, shape (").append(s.steps())
         .append(",)) and your final parameters in `").append(Exporter.THEIR_PARAMS_FINAL).append("` (float64, shape (").append(p)
         .append(",), the layout above) in a directory, then run\n\n")
         .append("    twinnet compare THIS_DIRECTORY YOUR_DIRECTORY\n\n")
         .append("It reports, against the core and against DL4J, the largest per-step relative difference of the losses and\n")
         .append("the relative difference of the final parameters, rel(a, b) = max_i |a_i − b_i| / max(max_i |a_i|, max_i |b_i|, 1e-300).\n\n");
        b.append(String.format("For reference, the core and DL4J here differ by at most %.3g per step in the loss and by %.3g in the final parameters.%n",
                s.lossRelDiff(), s.paramRelDiff()));
        return b.toString();
    }

    private static void row(StringBuilder b, String file, String dtype, String shape, String content) {
        b.append("| `").append(file).append("` | ").append(dtype).append(" | ").append(shape.isEmpty() ? "" : "`" + shape + "`")
         .append(" | ").append(content).append(" |\n");
    }
}
